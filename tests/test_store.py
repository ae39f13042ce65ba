"""Stores, canned queries, the SPARQL server, incremental and parallel builds."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from decimal import Decimal
from pathlib import Path

import pytest

from kg.cli import main
from kg.pipeline import BuildOptions, build_corpus
from kg.query import canned_queries, format_answer, parse_params, run
from kg.store import MemoryStore, OxigraphStore, RemoteStore

from .conftest import SEEDS


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str, proc: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.time() + seconds
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited: {proc.stdout.read() if proc.stdout else ''}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError(url)


@pytest.fixture(scope="module")
def seeds_store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("store")
    with OxigraphStore(folder / "store") as store:
        build_corpus(SEEDS, folder / "out", BuildOptions(quiet=True), store)
    return folder / "store"


@contextlib.contextmanager
def serving(graph: Path, *options: str):
    """`kg serve GRAPH OPTIONS…` on a free loopback port, for as long as the block runs: its base URL."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", str(graph), "--port", str(port), *options],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        wait_until_up(f"http://127.0.0.1:{port}/health", proc)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.kill()
        proc.wait()


@pytest.fixture(scope="module")
def served(seeds_build):
    """`kg serve` on the seeds graph file, on a free loopback port."""
    out, _ = seeds_build
    with serving(out / "graph.trig", "--timeout", "3", "--max-request-kb", "8", "--max-result-mb", "0.2") as url:
        yield url


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])  # kill, docker stop; Ctrl-C
def test_a_stopped_server_removes_its_copy_of_a_graph_file(tmp_path, seeds_build, stop):
    """`kg serve GRAPH_FILE` serves a copy of the graph in an Oxigraph store in the temporary
    folder: stopping the server must not leave it there (at 1 M triples, hundreds of MB)."""
    out, _ = seeds_build
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", str(out / "graph.trig"), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            env={**os.environ, "TMPDIR": str(tmp_path)})
    try:
        wait_until_up(f"http://127.0.0.1:{port}/health", proc)
        assert list(tmp_path.glob("qgkg-serve-*"))  # the copy it serves
        proc.send_signal(stop)
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert not list(tmp_path.glob("qgkg-serve-*"))


def answers(store, name: str, params: list[str] = ()) -> str:
    q = canned_queries()[name]
    return format_answer(run(store, q.text, parse_params(list(params), q.params)), "csv")


@pytest.mark.parametrize("name", sorted(canned_queries()))
def test_every_canned_query_gives_one_answer_from_a_file_a_store_and_the_server(name, seeds_build, seeds_store, served):
    out, _ = seeds_build
    from_file = answers(MemoryStore.from_file(out / "graph.ttl"), name)
    with OxigraphStore(seeds_store, read_only=True) as store:
        from_store = answers(store, name)
    from_server = answers(RemoteStore(served + "/query"), name)
    assert from_file.count("\n") >= 1  # a header and at least one row on the seeds
    assert from_file == from_store == from_server


def _sort_key(row: tuple, positions: list[int]) -> tuple:
    """SPARQL's order for one column of terms: unbound first, then numbers by value, strings
    by code point."""
    from rdflib import Literal

    def one(term):
        if term is None:
            return (0, 0, "")
        if isinstance(term, Literal) and isinstance(term.toPython(), (int, float, Decimal)):
            return (1, float(term.toPython()), "")
        return (2, 0, str(term))

    return tuple(one(row[i]) for i in positions)


@pytest.mark.parametrize("name", sorted(canned_queries()))
def test_canned_answers_come_in_the_order_their_query_states(name, seeds_build, seeds_store):
    """The sort keys are written for speed (README, "Writing queries that stay fast"): they must still order
    the rows by the variables they name, an unbound value first."""
    import re

    q = canned_queries()[name]
    order = q.text[q.text.rindex("ORDER BY"):]
    keys = list(dict.fromkeys(re.findall(r"\?(\w+)", order)))
    out, _ = seeds_build
    with OxigraphStore(seeds_store, read_only=True) as store:
        for answer in (run(MemoryStore.from_file(out / "graph.ttl"), q.text), run(store, q.text)):
            positions = [answer.variables.index(k) for k in keys]
            assert len(answer.rows) > 1
            assert answer.rows == sorted(answer.rows, key=lambda r: _sort_key(r, positions))


def test_stats_count_the_same_graph_in_a_file_and_a_store(seeds_build, seeds_store):
    from kg.query import stats

    out, _ = seeds_build
    with OxigraphStore(seeds_store, read_only=True) as store:
        in_store = stats(store)
    assert stats(MemoryStore.from_file(out / "graph.trig")) == in_store
    assert dict(in_store)["triples"] == str(len((out / "graph.nt").read_text(encoding="utf-8").splitlines()))


def test_sparqlwrapper_reads_the_server(served):
    from SPARQLWrapper import JSON, SPARQLWrapper

    client = SPARQLWrapper(served + "/query")
    client.setQuery("PREFIX qg: <https://w3id.org/qgkg/ontology#> SELECT (COUNT(DISTINCT ?p) AS ?n) "
                    "WHERE { ?a qg:launched ?p }")
    client.setReturnFormat(JSON)
    n = int(client.query().convert()["results"]["bindings"][0]["n"]["value"])
    assert n > 10


def test_rdflib_sparqlstore_reads_the_server_as_turtle(served):
    from rdflib import Graph
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    g = Graph(SPARQLStore(served + "/query", returnFormat="json"))
    rows = list(g.query("SELECT ?l WHERE { ?a a <https://w3id.org/qgkg/ontology#Agency> ; "
                        "<http://www.w3.org/2000/01/rdf-schema#label> ?l } LIMIT 3"))
    assert len(rows) == 3
    req = urllib.request.Request(served + "/query?query=" + urllib.request.quote(
        "CONSTRUCT { ?a ?p ?o } WHERE { ?a a <https://w3id.org/qgkg/ontology#Plan> ; ?p ?o }"),
        headers={"Accept": "text/turtle"})
    with urllib.request.urlopen(req) as resp:
        assert resp.headers["Content-Type"].startswith("text/turtle")
        assert len(Graph().parse(data=resp.read().decode(), format="turtle")) > 10


@pytest.mark.parametrize("fmt,mime", [("xml", "application/sparql-results+xml"), ("csv", "text/csv"),
                                      ("tsv", "text/tab-separated-values"), ("json", "application/sparql-results+json")])
def test_server_answers_in_every_results_format(served, fmt, mime):
    req = urllib.request.Request(served + "/query?query=" + urllib.request.quote("SELECT ?s WHERE { ?s ?p ?o } LIMIT 1"),
                                 headers={"Accept": mime})
    with urllib.request.urlopen(req) as resp:
        assert resp.headers["Content-Type"].startswith(mime)
        assert resp.read()


def _status(url: str, data: bytes | None = None, headers: dict | None = None) -> tuple[int, bytes]:
    req = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def test_server_is_read_only_and_keeps_its_limits(served):
    update = urllib.parse.urlencode({"update": "DROP ALL"}).encode()
    assert _status(served + "/query", update, {"Content-Type": "application/x-www-form-urlencoded"})[0] == 403
    big = urllib.parse.urlencode({"query": "SELECT * WHERE { ?s ?p ?o } #" + "x" * 20000}).encode()
    assert _status(served + "/query", big, {"Content-Type": "application/x-www-form-urlencoded"})[0] == 413
    huge = urllib.request.quote("SELECT * WHERE { ?s ?p ?o . ?a ?b ?c } LIMIT 100000")
    status, body = _status(served + "/query?query=" + huge)
    assert status in (413, 503), body
    slow = urllib.request.quote("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")
    status, body = _status(served + "/query?query=" + slow)
    assert status == 503 and b"limit" in body
    bad = urllib.request.quote("SELECT ?x WHERE { ?x")
    assert _status(served + "/query?query=" + bad)[0] == 400
    # and it still answers
    ok = urllib.request.quote("ASK { ?s ?p ?o }")
    assert _status(served + "/query?query=" + ok, headers={"Accept": "application/sparql-results+json"}) == \
        (200, b'{"head":{},"boolean":true}')


def _status_from(source: str, url: str) -> tuple[int, bytes]:
    """A GET from another loopback address: the server counts it as another client."""
    import http.client

    parts = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30, source_address=(source, 0))
    try:
        conn.request("GET", f"{parts.path}?{parts.query}", headers={"Host": parts.netloc})
        r = conn.getresponse()
        return r.status, r.read()
    finally:
        conn.close()


def test_server_keeps_answering_bounded_concurrent_clients(served):
    """Twelve clients, a third of them slow: the quick ones get answers or a clear 503, and the
    server answers after."""
    from concurrent.futures import ThreadPoolExecutor

    slow = urllib.request.quote("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")
    quick = urllib.request.quote("SELECT (COUNT(*) AS ?n) WHERE { ?a <https://w3id.org/qgkg/ontology#launched> ?p }")
    with ThreadPoolExecutor(8) as pool:
        futures = [pool.submit(_status_from, f"127.0.0.{i + 1}", served + "/query?query=" + (slow if i % 3 == 0 else quick))
                   for i in range(12)]
        results = [f.result() for f in futures]
    assert all(code in (200, 503) for code, _ in results), results
    assert sum(code == 200 for code, _ in results) >= 1  # slow ones may take every worker for a while
    assert _status(served + "/query?query=" + quick)[0] == 200


def test_canned_queries_are_listed_with_descriptions(capsys):
    assert main(["query", "--list"]) == 0
    listing = capsys.readouterr().out
    for name in ("who_launched_what", "plans_by_issuer", "co_issuers", "targets", "agency_record",
                 "indicators_across_regions", "evidence"):
        assert name in listing
    assert all(q.description for q in canned_queries().values())


def test_a_parameter_narrows_a_canned_query_and_stays_a_value(seeds_build, seeds_store, capsys):
    out, _ = seeds_build
    every = answers(MemoryStore.from_file(out / "graph.ttl"), "targets")
    shenyang = answers(MemoryStore.from_file(out / "graph.ttl"), "targets", ["region=沈阳市", "year=2025"])
    assert 1 < shenyang.count("\n") < every.count("\n")
    assert all("沈阳市" in line for line in shenyang.splitlines()[1:])
    # the targets one plan sets, asked by the plan's name, on both stores
    plan = "沈阳市产品、工程和服务质量提升行动方案(2023—2025年)"
    for store in (MemoryStore.from_file(out / "graph.ttl"), OxigraphStore(seeds_store, read_only=True)):
        rows = answers(store, "targets", [f"plan={plan}"]).splitlines()[1:]
        assert len(rows) == 4 and all(line.endswith(plan) for line in rows)
    hostile = ['region=沈阳市" } UNION { ?t ?p ?o } #', "region=<x> . }", "region=\\\"'"]
    for store in (MemoryStore.from_file(out / "graph.ttl"), OxigraphStore(seeds_store, read_only=True)):
        for value in hostile:
            assert answers(store, "targets", [value]).count("\n") == 0  # header only: no region has that name
    assert main(["query", str(out / "graph.ttl"), "--name", "targets", "--param", "year=soon"]) == 2
    assert "not a valid integer" in capsys.readouterr().err
    assert main(["query", str(out / "graph.ttl"), "--name", "targets", "--param", "colour=red"]) == 2


def _copy_seeds(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    return corpus


def _edit(corpus: Path) -> None:
    files = sorted(corpus.glob("*.txt"))
    files[0].write_text(files[0].read_text(encoding="utf-8") + "\n国家市场监督管理总局在北京启动全国质量月活动。\n",
                        encoding="utf-8")
    files[1].unlink()
    (corpus / "new.txt").write_text("广州市市场监督管理局印发《广州市质量提升行动方案》。", encoding="utf-8")


# Oxigraph writes a rebuild's few changes in transactions and a large share through the bulk
# loader (OxigraphStore.start_build): both ways must end where a build from scratch does; so
# must a build into graph files (which reads the previous graph.trig) and into rdflib's store
@pytest.mark.parametrize("backend", ["files", "memory", "oxigraph-transactions", "oxigraph-bulk"])
def test_an_incremental_rebuild_equals_a_build_from_scratch(tmp_path, monkeypatch, backend):
    import kg.store

    monkeypatch.setattr(kg.store, "BULK_SHARE", 0.0 if backend == "oxigraph-bulk" else 1.0)
    corpus = _copy_seeds(tmp_path)
    memory_stores: dict[str, MemoryStore] = {}

    def build(name: str):
        if backend == "files":
            report = build_corpus(corpus, tmp_path / name, BuildOptions(quiet=True, html=False))
            files = (tmp_path / name / "graph.nt").read_text(encoding="utf-8")
            return report, MemoryStore.from_file(tmp_path / name / "graph.trig").quads_nq() + files
        if backend == "memory":
            store = memory_stores.setdefault(name, MemoryStore())
            report = build_corpus(corpus, tmp_path / name, BuildOptions(quiet=True), store)
            return report, store.quads_nq()
        with OxigraphStore(tmp_path / name / "store") as store:
            report = build_corpus(corpus, tmp_path / name / "out", BuildOptions(quiet=True), store)
            return report, store.quads_nq() + store.dump("nt").decode()

    build("incremental")
    _edit(corpus)
    report, incremental = build("incremental")
    assert report.status_counts() == {"ok": 2, "unchanged": 3, "removed": 1}
    _, scratch = build("scratch")
    assert incremental == scratch


@pytest.mark.parametrize("damage", ["cut", "half-loaded"])
def test_a_damaged_graph_trig_makes_the_next_build_redo_everything(tmp_path, monkeypatch, seeds_build, damage):
    """A graph.trig cut off half way (a disk that filled up, a copy that stopped) is not
    trusted, even when Oxigraph's bulk loader wrote part of it before it found the damage (it
    writes large files in chunks, which need not end where a document's graph does): every
    document is extracted again, and the files come out as a build from scratch writes them."""
    out, _ = seeds_build
    damaged = tmp_path / "out"
    damaged.mkdir()
    whole = (out / "graph.trig").read_bytes()
    (damaged / "graph.trig").write_bytes(whole[: len(whole) // 2] if damage == "cut" else whole)
    if damage == "half-loaded":
        import pyoxigraph as ox

        from kg.errors import UsageError

        def load_half_then_fail(self, path):
            quads = list(ox.parse(path=str(path), format=ox.RdfFormat.TRIG))
            self.store.extend(quads[: len(quads) // 2])
            raise UsageError(f"{path}: not readable")

        monkeypatch.setattr(OxigraphStore, "load_file", load_half_then_fail)
    report = build_corpus(SEEDS, damaged, BuildOptions(quiet=True, html=False))
    assert report.status_counts() == {"ok": 5}
    for name in ("graph.nt", "graph.ttl", "graph.trig"):
        assert (damaged / name).read_bytes() == (out / name).read_bytes()


@pytest.mark.parametrize("jobs", [1, 2])  # extracted in the building process, and in a pool
def test_a_build_killed_while_writing_is_made_whole_by_the_next(tmp_path, monkeypatch, jobs):
    """Oxigraph's bulk loader promises nothing when stopped half way: a document it was
    writing must not count as built, and the next build must end with the graph a build from
    scratch gives, default graph included, even when those files are gone by then."""
    import kg.pipeline

    monkeypatch.setattr(kg.pipeline, "BATCH_DOCUMENTS", 2)  # three batches for five seeds
    corpus = _copy_seeds(tmp_path)

    class DiesInSecondBulkLoad:
        """The store, but the second bulk load writes only the default graph's copy of its
        first triples (the quads of a named graph are not there yet) and dies."""

        def __init__(self, real):
            self.real, self.loads = real, 0

        def __getattr__(self, name):
            return getattr(self.real, name)

        def bulk_load(self, data, format):
            self.loads += 1
            if self.loads == 2:
                import pyoxigraph as ox

                copy = [q for q in ox.parse(data, format=format) if isinstance(q.graph_name, ox.DefaultGraph)]
                self.real.bulk_load(ox.serialize(copy[:200], format=format), format=format)
                raise OSError("killed")
            self.real.bulk_load(data, format=format)

    with OxigraphStore(tmp_path / "killed") as store:
        store.store = DiesInSecondBulkLoad(store.store)
        with pytest.raises(OSError, match="killed"):
            build_corpus(corpus, tmp_path / "o1", BuildOptions(quiet=True, jobs=jobs), store)
        store.store = store.store.real
        built = store.document_state()
        assert len(built) == 2  # the first batch; the second is not built
        for path in corpus.glob("*.txt"):
            if not any(iri.endswith(path.stem) for iri in built):
                path.unlink()  # the files being written when the build died are deleted
        report = build_corpus(corpus, tmp_path / "o1", BuildOptions(quiet=True), store)
        assert report.status_counts() == {"unchanged": 2}
        resumed = store.quads_nq() + store.dump("nt").decode()
    with OxigraphStore(tmp_path / "scratch") as store:
        build_corpus(corpus, tmp_path / "o2", BuildOptions(quiet=True), store)
        assert resumed == store.quads_nq() + store.dump("nt").decode()


def test_parallel_and_dask_builds_equal_a_serial_build(tmp_path, seeds_build):
    out, _ = seeds_build

    def files(folder: Path) -> list[bytes]:  # all three graph files, byte for byte
        return [(folder / name).read_bytes() for name in ("graph.nt", "graph.ttl", "graph.trig")]

    serial = files(out)
    build_corpus(SEEDS, tmp_path / "jobs", BuildOptions(quiet=True, html=False, jobs=2))
    assert files(tmp_path / "jobs") == serial
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        build_corpus(SEEDS, tmp_path / "dask", BuildOptions(quiet=True, html=False, dask=cluster.scheduler_address))
    assert files(tmp_path / "dask") == serial


def test_build_into_a_remote_store_through_the_graph_store_protocol(tmp_path, seeds_build):
    oxigraph = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    port = free_port()
    proc = subprocess.Popen([oxigraph, "serve", "--location", str(tmp_path / "remote"), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        wait_until_up(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", proc)
        endpoint = f"http://127.0.0.1:{port}/query"
        assert main(["build", str(SEEDS), "--endpoint", endpoint, "--out", str(tmp_path / "o"), "--quiet"]) == 0
        out, _ = seeds_build
        for name in ("who_launched_what", "targets"):
            assert answers(RemoteStore(endpoint), name) == answers(MemoryStore.from_file(out / "graph.ttl"), name)
        report = build_corpus(SEEDS, tmp_path / "o", BuildOptions(quiet=True), RemoteStore(endpoint))
        assert report.status_counts() == {"unchanged": 5}
    finally:
        proc.kill()
        proc.wait()


def test_the_extractor_version_reads_every_extraction_stage_and_only_those():
    """A store's graphs are redone when extraction changes, not when a view or the server does."""
    import kg
    from kg.extract import EXTRACTION_MODULES

    here = Path(kg.__file__).parent
    assert all((here / f"{m}.py").is_file() for m in EXTRACTION_MODULES)
    assert not {"view", "server", "query", "cli", "export", "analyze", "store", "pipeline"} & set(EXTRACTION_MODULES)
