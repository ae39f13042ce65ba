"""The kg command end to end."""

import json
import subprocess
import sys

from kg.cli import main

from .conftest import SEEDS


def kg(*args):
    return subprocess.run([sys.executable, "-m", "kg.cli", *map(str, args)], capture_output=True, text=True)


def test_build_query_stats_round_trip(tmp_path):
    out = tmp_path / "out"
    r = kg("build", SEEDS, "--out", out, "--quiet")
    assert r.returncode == 0, r.stderr
    assert "launched" in r.stdout
    for name in ("graph.ttl", "graph.trig", "graph.html", "report.json"):
        assert (out / name).stat().st_size > 0
    q = kg("query", out / "graph.ttl", "SELECT ?l WHERE { ?a qg:issued ?p . ?a rdfs:label ?l } ORDER BY ?l", "--format", "json")
    assert q.returncode == 0, q.stderr
    assert {"l": "国务院"} in json.loads(q.stdout)
    s = kg("stats", out / "graph.trig", "--format", "json")
    assert json.loads(s.stdout)["Agency"] >= 30


def test_query_from_a_file_as_csv(tmp_path, seeds_build, capsys):
    out, _ = seeds_build
    rq = tmp_path / "q.rq"
    rq.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?t a qg:Target }", encoding="utf-8")
    assert main(["query", str(out / "graph.ttl"), "--file", str(rq), "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines() == ["n", "7"]


def test_a_malformed_query_is_a_one_line_error(seeds_build, capsys):
    out, _ = seeds_build
    assert main(["query", str(out / "graph.ttl"), "SELECT ?x WHERE { ?x"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kg query: SPARQL syntax error at line 1, column 19") and len(err.strip().splitlines()) == 1


def test_one_broken_document_does_not_stop_the_build(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "good.txt").write_text("湛江市市场监管局全面开展质量提升行动。", encoding="utf-8")
    (docs / "empty.txt").write_bytes(b"")
    (docs / "binary.txt").write_bytes(b"\x00\x01\x02\x03")
    r = kg("build", docs, "--out", tmp_path / "out", "--quiet")
    assert r.returncode == 3
    assert "empty.txt" in r.stderr and "binary.txt" in r.stderr
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    status = {d["path"].split("/")[-1]: d["status"] for d in report["documents"]}
    assert status == {"good.txt": "ok", "empty.txt": "skipped", "binary.txt": "skipped"}
    assert "质量提升行动" in (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")


def test_missing_folder_is_a_usage_error(tmp_path, capsys):
    assert main(["build", str(tmp_path / "nope"), "--out", str(tmp_path / "o")]) == 2
    assert "not a folder" in capsys.readouterr().err


def test_help_has_examples():
    for sub in ([], ["build"], ["query"], ["stats"]):
        r = kg(*sub, "--help")
        assert "example" in r.stdout
