"""Hostile input and failures: mixed encodings, web pages, binary and oversized files, kills
mid-build, fuzzed text and injected markup. Every file here is written by the test itself."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph

from kg.cli import main
from kg.extract import document_ntriples, extract_document
from kg.model import Document
from kg.pipeline import BuildOptions, build_corpus
from kg.query import canned_queries, format_answer, parse_params, run
from kg.rdf import document_graph, document_lines, ntriples_text, sorted_ntriples
from kg.store import MemoryStore

from .conftest import ROOT, SEEDS
from .nasty import ARTICLE, EXPECTED, write_nasty


@pytest.fixture(scope="module")
def nasty_build(tmp_path_factory):
    folder = tmp_path_factory.mktemp("nasty")
    write_nasty(folder / "docs")
    code = main(["build", str(folder / "docs"), "--out", str(folder / "out"), "--quiet"])
    report = json.loads((folder / "out" / "report.json").read_text(encoding="utf-8"))
    return folder, code, {d["doc"]: d for d in report["documents"]}


def test_every_nasty_file_gets_its_status_and_the_build_goes_on(nasty_build):
    _, code, docs = nasty_build
    assert code == 3  # some skipped
    assert {f"{name.rsplit('.', 1)[0]}": status for name, status in EXPECTED.items()} == \
        {doc: d["status"] for doc, d in docs.items()}
    for d in docs.values():
        if d["status"] != "ok":
            assert d["error"] and "\n" not in d["error"]


@pytest.mark.parametrize("name,encoding", [("utf8", "utf-8"), ("utf8-bom", "utf-8-sig"), ("utf16-bom", "utf-16"),
                                           ("gb18030", "gb18030"), ("gbk", "gb18030"), ("big5", "big5")])
def test_each_encoding_is_detected(nasty_build, name, encoding):
    _, _, docs = nasty_build
    assert docs[name]["encoding"] == encoding
    assert docs[name]["facts"] >= 1


def test_every_encoding_gives_the_same_facts(nasty_build):
    folder, _, _ = nasty_build
    ds = Dataset(default_union=True)
    ds.parse(folder / "out" / "graph.trig", format="trig")
    per_doc = {}
    for name in ("utf8", "utf8-bom", "utf16-bom", "gb18030", "gbk"):
        rows = ds.query("""SELECT ?a ?p WHERE { GRAPH ?g { ?a <https://w3id.org/qgkg/ontology#issued> ?p } }""",
                        initBindings={"g": __import__("rdflib").URIRef(f"https://w3id.org/qgkg/doc/{name}")})
        per_doc[name] = sorted((str(a), str(p)) for a, p in rows)
    assert per_doc["utf8"] and all(v == per_doc["utf8"] for v in per_doc.values())


def test_encoding_can_be_forced(tmp_path, capsys):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "short.txt").write_bytes("質量月".encode("big5"))  # too short to tell Big5 from GBK
    assert main(["build", str(docs), "--out", str(tmp_path / "o"), "--encoding", "big5", "--quiet"]) == 0
    report = json.loads((tmp_path / "o" / "report.json").read_text(encoding="utf-8"))
    assert report["documents"][0]["encoding"] == "big5"
    assert main(["build", str(docs), "--out", str(tmp_path / "o2"), "--encoding", "ascii", "--quiet"]) == 3
    assert "cannot decode: not ascii" in capsys.readouterr().err
    assert main(["build", str(docs), "--out", str(tmp_path / "o3"), "--encoding", "klingon"]) == 2


def test_a_web_page_gives_its_article_without_the_furniture(nasty_build):
    folder, _, docs = nasty_build
    assert docs["page"]["encoding"].endswith("+html")
    g = Graph().parse(folder / "out" / "graph.ttl")
    quotes = [str(q) for q in g.objects(None, __import__("kg.vocab").vocab.QG.quote)
              if "湛江" in str(q) and "质量月" in str(q)]
    assert quotes
    text = "".join(quotes)
    for furniture in ("首页", "登录", "网友评论", "相关文章", "版权所有"):
        assert furniture not in text
    launched = {str(o) for o in g.objects(None, __import__("kg.vocab").vocab.QG.launched)}
    assert any("质量月" in o for o in launched)


def test_files_over_the_size_limit_are_skipped(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "small.txt").write_text(ARTICLE, encoding="utf-8")
    (docs / "big.txt").write_text(ARTICLE * 200, encoding="utf-8")  # about 60 KB
    report = build_corpus(docs, tmp_path / "o", BuildOptions(quiet=True, max_bytes=20_000))
    status = {d["doc"]: d for d in report.documents}
    assert status["small"]["status"] == "ok"
    assert status["big"]["status"] == "skipped" and "over the limit" in status["big"]["error"]


def test_a_document_past_the_time_limit_fails_alone():
    slow = document_ntriples((ARTICLE * 3000).encode(), "slow.txt", ".", "test", seconds=0.05)
    assert slow.entry["status"] == "failed" and "took longer than 0.05 s" in slow.entry["error"]
    quick = document_ntriples(ARTICLE.encode(), "quick.txt", ".", "test", seconds=30)
    assert quick.entry["status"] == "ok" and quick.ntriples


def test_a_megabyte_line_builds_within_the_time_limit():
    line = ARTICLE.replace("。", "，") * 6000  # one "sentence" of about a megabyte (UTF-8)
    assert len(line.encode()) > 1_000_000
    result = document_ntriples(line.encode(), "line.txt", ".", "test", seconds=120)
    assert result.entry["status"] == "ok", result.entry
    Graph().parse(data=result.ntriples, format="nt")


def test_two_builds_give_byte_identical_sorted_ntriples(tmp_path, seeds_build):
    out, _ = seeds_build
    build_corpus(SEEDS, tmp_path / "again", BuildOptions(quiet=True, html=False, jobs=2))
    first, second = (out / "graph.nt").read_bytes(), (tmp_path / "again" / "graph.nt").read_bytes()
    assert first == second
    lines = first.decode().splitlines()
    assert lines == sorted(lines)
    assert "dateTime" not in first.decode() and "_:" not in first.decode()  # no timestamps, no blank nodes


def _corpus(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True)
    seeds = sorted(SEEDS.glob("*.txt"))
    for i in range(n):
        text = seeds[i % len(seeds)].read_text(encoding="utf-8")
        (folder / f"doc{i:03d}.txt").write_text(text + f"\n第{i}号补充说明。\n", encoding="utf-8")
    return folder


def _outputs_whole(out: Path) -> None:
    Graph().parse(out / "graph.ttl", format="turtle")
    Graph().parse(out / "graph.nt", format="nt")
    Dataset().parse(out / "graph.trig", format="trig")
    json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert "</html>" in (out / "graph.html").read_text(encoding="utf-8")


def test_a_build_killed_at_any_moment_leaves_the_previous_outputs_whole(tmp_path):
    corpus = _corpus(tmp_path / "corpus", 12)
    out = tmp_path / "out"
    assert main(["build", str(corpus), "--out", str(out), "--quiet"]) == 0
    before = (out / "graph.nt").read_bytes()
    for i, p in enumerate(sorted(corpus.iterdir())):  # every file changes: the next build redoes all
        p.write_text(p.read_text(encoding="utf-8") + f"\n修订{i}。\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for delay in (0.3, 1.0, 1.8, 2.6, 3.4):
        proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(corpus), "--out", str(out), "--quiet"],
                                env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        _outputs_whole(out)
        assert (out / "graph.nt").read_bytes() in (before, (out / "graph.nt").read_bytes())
    assert main(["build", str(corpus), "--out", str(out), "--quiet"]) == 0
    _outputs_whole(out)
    leftovers = [p.name for p in out.iterdir() if p.name.endswith(".tmp")]
    assert len(leftovers) <= 5  # temporary files of killed runs are never mistaken for outputs


def test_a_store_build_killed_midway_recovers_to_a_full_build(tmp_path):
    from kg.store import OxigraphStore

    corpus = _corpus(tmp_path / "corpus", 12)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(corpus), "--store", str(tmp_path / "s"),
                             "--out", str(tmp_path / "o"), "--quiet"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(2.5)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with OxigraphStore(tmp_path / "s") as store:  # opens and answers after the kill
        store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        build_corpus(corpus, tmp_path / "o", BuildOptions(quiet=True), store)
        resumed = store.quads_nq()
    with OxigraphStore(tmp_path / "scratch") as store:
        build_corpus(corpus, tmp_path / "o2", BuildOptions(quiet=True), store)
        assert store.quads_nq() == resumed


HOSTILE_NAMES = st.sampled_from([
    "《", "》", "“", "”", "市场监督管理局", "国(guó)家(jiā)", "到2025年", "达到95%以上", "\x00", "\x07", "\r\n",
    "\n", "。", "印发", "开展", "质量月", "(", ")", "（", "）", "湛江市", "以下简称“", "不低于", "%", "个百分点",
    "\ud800", "\udfff", "<script>alert(1)</script>", "\\", '"', "> . <", "@prefix", "\u3000", "\u200b", "\ufeff",
    "SELECT * WHERE {", "}", "Ω", "𠀀", "ـ", "\u202e",
])
TEXT = st.lists(st.one_of(HOSTILE_NAMES, st.text(max_size=30)), max_size=80).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(TEXT)
def test_fuzzed_text_never_breaks_the_pipeline_or_the_graph(text):
    result = extract_document(Document("fuzz", "fuzz.txt", text, "utf-8"))
    nt = sorted_ntriples(document_graph(result))
    Graph().parse(data=nt, format="nt")
    # the lines a build writes are spelt as rdflib spells the same terms
    assert ntriples_text(document_lines(result)) == nt
    for ev in (f.evidence for f in result.facts):
        assert 0 <= ev.start <= ev.end <= len(text)


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_fuzzed_bytes_give_a_status_within_the_time_limit_and_shapes_hold(data):
    import pyshacl

    result = document_ntriples(data, "fuzz.txt", ".", "test", seconds=20)
    assert result.entry["status"] in ("ok", "skipped"), result.entry
    if result.ntriples:
        g = Graph().parse(data=result.ntriples, format="nt")
        conforms, _, report = pyshacl.validate(g, shacl_graph=SHAPES, ont_graph=ONTOLOGY, inference="none")
        assert conforms, report


SHAPES = Graph().parse(ROOT / "ontology" / "shapes.ttl")
ONTOLOGY = Graph().parse(ROOT / "ontology" / "qgkg.ttl")


def test_injected_markup_and_syntax_stay_data(nasty_build):
    folder, _, docs = nasty_build
    assert docs["hostile"]["status"] == "ok"
    out = folder / "out"
    g = Graph().parse(out / "graph.ttl")  # Turtle with quotes, backslashes, > . < still parses
    labels = {str(o) for o in g.objects(None, __import__("rdflib").RDFS.label)}
    assert any("<script>" in x for x in labels) or any("<svg" in x for x in labels)
    page = (out / "graph.html").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in page and "<svg/onload" not in page
    store = MemoryStore.from_file(out / "graph.trig")
    q = canned_queries()["agency_record"]
    for value in ("湛江市<script>alert(1)</script>市场监督管理局", '"> . <x> "', "} UNION { ?a ?p ?o } #"):
        answer = format_answer(run(store, q.text, parse_params([f"agency={value}"], q.params)), "json")
        assert json.loads(answer) == [] or all(value in row["agency"] or row["agency"] for row in json.loads(answer))


def test_a_malformed_query_names_line_and_column(seeds_build, capsys):
    out, _ = seeds_build
    assert main(["query", str(out / "graph.ttl"), "SELECT ?x WHERE {\n  ?x qg:issued ?y ,, \n}"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("kg query: SPARQL syntax error at line 2, column 19") and "\n" not in err
    assert main(["query", str(out / "graph.ttl"), "SELECT ?x WHERE { ?x foo:bar ?y }"]) == 2
    assert "Traceback" not in capsys.readouterr().err
