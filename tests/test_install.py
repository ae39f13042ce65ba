"""qgkg as a user receives it: a wheel installed into a fresh venv, run from another folder;
and the command line's conventions (version, -o, one-line errors that leave outputs alone)."""

import os
import shutil
import subprocess
import sys
import venv

import pyoxigraph
import pytest

from kg import __version__
from kg.cli import main
from kg.query import canned_queries

from .conftest import ROOT, SEEDS


@pytest.fixture(scope="module")
def wheel_venv(tmp_path_factory):
    """A wheel of this checkout, installed with its dependencies into a new venv."""
    work = tmp_path_factory.mktemp("wheel")
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(work / "dist"), str(ROOT)],
                           capture_output=True, text=True)
    assert built.returncode == 0, built.stderr
    wheel = next((work / "dist").glob("qgkg-*.whl"))
    venv.create(work / "venv", with_pip=True)
    python = work / "venv" / "bin" / "python"
    installed = subprocess.run([str(python), "-m", "pip", "install", "-q", str(wheel)], capture_output=True, text=True)
    assert installed.returncode == 0, installed.stderr
    return work, work / "venv" / "bin" / "kg"


def _clean_env() -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("QGKG_ONTOLOGY", "PYTHONPATH", "VIRTUAL_ENV")}
    return env


def test_a_wheel_builds_the_seeds_byte_for_byte_like_the_checkout(wheel_venv, seeds_build):
    work, kg = wheel_venv
    elsewhere = work / "elsewhere"
    elsewhere.mkdir()
    r = subprocess.run([str(kg), "build", str(SEEDS), "--out", "o", "--quiet"], cwd=elsewhere,
                       capture_output=True, text=True, env=_clean_env())
    assert r.returncode == 0, r.stderr
    editable_out, _ = seeds_build
    assert (elsewhere / "o" / "graph.nt").read_bytes() == (editable_out / "graph.nt").read_bytes()


def test_a_wheel_lists_every_canned_query(wheel_venv):
    work, kg = wheel_venv
    r = subprocess.run([str(kg), "query", "--list"], cwd=work, capture_output=True, text=True, env=_clean_env())
    assert r.returncode == 0, r.stderr
    names = sorted(p.stem for p in (ROOT / "ontology" / "queries").glob("*.rq"))
    assert len(names) >= 7
    for name in names:
        assert name in r.stdout


def test_a_wheel_answers_kg_version(wheel_venv):
    _, kg = wheel_venv
    r = subprocess.run([str(kg), "--version"], capture_output=True, text=True, env=_clean_env())
    assert r.returncode == 0 and __version__ in r.stdout


def test_version_short_and_long(capsys):
    for flag in ("-V", "--version"):
        with pytest.raises(SystemExit) as exc:
            main([flag])
        assert exc.value.code == 0
        assert capsys.readouterr().out.strip() == f"kg (qgkg) {__version__}"


def test_dash_o_is_out(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("湛江市市场监管局全面开展质量提升行动。", encoding="utf-8")
    assert main(["build", str(docs), "-o", str(tmp_path / "o"), "--quiet"]) == 0
    assert (tmp_path / "o" / "graph.nt").stat().st_size > 0


def _earlier_build(tmp_path):
    out = tmp_path / "out"
    assert main(["build", str(SEEDS), "--out", str(out), "--quiet"]) == 0
    return out, {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}


def test_an_unreadable_ontology_stops_the_build_with_one_line_and_leaves_outputs(tmp_path, capsys, monkeypatch):
    out, before = _earlier_build(tmp_path)
    broken = tmp_path / "ontology"
    shutil.copytree(ROOT / "ontology", broken)
    (broken / "lexicon" / "regions.tsv").unlink()
    monkeypatch.setenv("QGKG_ONTOLOGY", str(broken))
    from kg import lexicon

    lexicon.load.cache_clear()
    try:
        capsys.readouterr()
        assert main(["build", str(SEEDS), "--out", str(out), "--quiet"]) == 1
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and "regions.tsv" in err[0], err
    finally:
        lexicon.load.cache_clear()
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before


def test_an_unwritable_out_is_one_line_and_exit_1(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["build", str(SEEDS), "--out", str(blocker / "out"), "--quiet"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "cannot write" in err[0], err


def test_a_build_that_extracts_nothing_keeps_the_earlier_graph(tmp_path, capsys):
    out, before = _earlier_build(tmp_path)
    docs = tmp_path / "broken"
    docs.mkdir()
    (docs / "empty.txt").write_bytes(b"")
    assert main(["build", str(docs), "--out", str(out), "--quiet"]) == 3
    assert "left as they were" in capsys.readouterr().err
    for name in ("graph.nt", "graph.ttl", "graph.trig", "graph.html"):
        assert (out / name).read_bytes() == before[name], name


def test_every_canned_query_runs_in_a_strict_engine_with_no_prefixes():
    store = pyoxigraph.Store()  # declares no prefixes for a query
    queries = canned_queries()
    assert len(queries) >= 7
    for q in queries.values():
        list(store.query(q.text))  # raises SyntaxError on an undeclared prefix


def _one_line(r) -> str:
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    assert "Traceback" not in r.stderr
    return lines[0]


def _kg(*args, **kw):
    return subprocess.run([sys.executable, "-m", "kg.cli", *map(str, args)], capture_output=True, text=True,
                          timeout=120, **kw)


def test_a_busy_port_is_one_line_and_exit_1(seeds_build):
    import socket

    out, _ = seeds_build
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        r = _kg("serve", out / "graph.trig", "--port", port)
    assert r.returncode == 1
    assert "cannot listen" in _one_line(r) and "serving" not in r.stdout


def test_an_unreachable_endpoint_is_one_line_and_exit_1():
    r = _kg("query", "--endpoint", "http://127.0.0.1:1/query", "ASK {}")
    assert r.returncode == 1
    assert "cannot reach" in _one_line(r)


def test_an_unwritable_export_is_one_line_and_exit_1(seeds_build, tmp_path):
    out, _ = seeds_build
    blocker = tmp_path / "file"
    blocker.write_text("x")
    r = _kg("export", out / "graph.ttl", "--format", "nt", "-o", blocker / "sub" / "x.nt")
    assert r.returncode == 1
    _one_line(r)


def test_rdflib_warnings_do_not_reach_the_terminal(tmp_path):
    odd = tmp_path / "odd.ttl"
    odd.write_text('@prefix x: <http://x/> .\nx:a x:p "abc"^^<http://www.w3.org/2001/XMLSchema#date> .\n', encoding="utf-8")
    r = _kg("stats", odd)
    assert r.returncode == 0 and r.stderr == "", r.stderr


def test_serve_help_lists_only_what_serve_accepts():
    r = _kg("serve", "--help")
    assert r.returncode == 0
    assert "--endpoint" not in r.stdout and "--graph-store" not in r.stdout
    assert "--allow-service" in r.stdout and "--cors" in r.stdout
