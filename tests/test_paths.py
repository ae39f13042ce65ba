"""kg build on a folder of hostile paths: each bad path is a report entry with its reason, the
build goes on, and nothing outside the corpus folder gets in."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import SEEDS


@pytest.fixture
def hostile(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for f in SEEDS.glob("*.txt"):
        shutil.copy(f, docs / f.name)
    (docs / "passwd.txt").symlink_to("/etc/passwd")
    (docs / "dangling.txt").symlink_to(docs / "nowhere.txt")
    (docs / "loop1.txt").symlink_to(docs / "loop2.txt")
    (docs / "loop2.txt").symlink_to(docs / "loop1.txt")
    (docs / "inside.txt").symlink_to(docs / sorted(SEEDS.glob("*.txt"))[0].name)  # a link inside is fine
    os.mkfifo(docs / "fifo.txt")
    (docs / os.fsdecode(b"bad\xff.txt")).write_text("湛江市市场监管局开展质量提升行动。", encoding="utf-8")
    (docs / "\x1b[31mred.txt").write_bytes(b"")  # an escape sequence in a name, and an empty file
    return docs


def test_bad_paths_are_reported_and_the_build_goes_on(hostile, tmp_path):
    out = tmp_path / "out"
    r = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(hostile), "--out", str(out), "--quiet", "--no-html"],
                       capture_output=True, text=True, timeout=120)  # a FIFO read would block: the timeout fails it
    assert r.returncode == 3, r.stderr
    assert "\x1b" not in r.stderr  # the escape sequence is shown escaped
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    status = {os.path.basename(d["path"]): (d["status"], d.get("error", "")) for d in report["documents"]}
    assert status["passwd.txt"][0] == "skipped" and "leaves the corpus" in status["passwd.txt"][1]
    assert "dangling" in status["dangling.txt"][1] and "looping" in status["loop1.txt"][1]
    assert "not a regular file" in status["fifo.txt"][1]
    assert "not valid UTF-8" in status["bad\\xff.txt"][1]
    assert status["inside.txt"][0] == "ok"
    assert sum(s == "ok" for s, _ in status.values()) == 6  # the five seeds and the link inside
    graph = (out / "graph.nt").read_text(encoding="utf-8")
    assert "root:x:0:0" not in graph


def test_follow_links_reads_a_link_out_of_the_folder(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "a.txt").write_text("湛江市市场监管局全面开展质量提升行动。", encoding="utf-8")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").symlink_to(outside / "a.txt")
    out = tmp_path / "out"
    refused = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(docs), "-o", str(out), "--quiet", "--no-html"],
                             capture_output=True, text=True, timeout=120)
    assert refused.returncode == 3
    followed = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(docs), "-o", str(out), "--quiet", "--no-html",
                               "--follow-links"], capture_output=True, text=True, timeout=120)
    assert followed.returncode == 0, followed.stderr
    assert "质量提升行动" in (out / "graph.ttl").read_text(encoding="utf-8")


def test_a_second_build_into_the_same_folder_stops_with_one_line(tmp_path):
    import fcntl

    out = tmp_path / "out"
    out.mkdir()
    with open(out / ".build.lock", "a") as held:  # a build in progress holds this
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        r = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(SEEDS), "-o", str(out), "--quiet"],
                           capture_output=True, text=True, timeout=120)
    assert r.returncode == 1
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "another build is writing" in lines[0], r.stderr
    assert not (out / "graph.nt").exists()
    again = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(SEEDS), "-o", str(out), "--quiet"],
                           capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr


def test_csv_cells_that_start_like_a_formula_are_neutralised(tmp_path):
    import csv

    graph = tmp_path / "g.ttl"  # names a spreadsheet would run as formulas
    graph.write_text("""@prefix qg: <https://w3id.org/qgkg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/qgkg/id/agency/a> a qg:Agency ; rdfs:label "=HYPERLINK(\\"http://x\\")" .
<https://w3id.org/qgkg/id/programme/p> a qg:Programme ; rdfs:label "@SUM(1)" .
<https://w3id.org/qgkg/id/agency/a> qg:launched <https://w3id.org/qgkg/id/programme/p> .
""", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "kg.cli", "export", str(graph), "--format", "csv", "-o",
                        str(tmp_path / "csv")], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    cells = []
    for name in ("nodes.csv", "edges.csv"):
        with open(tmp_path / "csv" / name, encoding="utf-8", newline="") as f:
            for row in csv.reader(f):
                assert not any(cell[:1] in ("=", "+", "-", "@") for cell in row[1:]), row
                cells.extend(row)
    assert "'=HYPERLINK(\"http://x\")" in cells and "'@SUM(1)" in cells


def test_a_definition_repeated_many_times_costs_linear_time(tmp_path):
    """第i条X（简称Y）… N times: every definition re-read every use, N^3 (35 KB took 115 s)."""
    from kg.decode import document_from_bytes
    from kg.extract import extract_document

    def mentions(n: int) -> int:
        text = "".join(f"第{i}条上海市市场监督管理局（简称质量）" + "质量" * 20 + "。" for i in range(n))
        return len(extract_document(document_from_bytes(text.encode(), tmp_path / "x.txt")).mentions)

    small, large = mentions(50), mentions(200)
    assert large <= 4 * small + 10  # mentions grow with the text, not with its square (was 16x)


def test_the_time_limit_stops_a_long_document_even_as_the_first_one(tmp_path):
    """A fresh process, whose first document would load jieba under the clock: the limit holds."""
    docs = tmp_path / "docs"
    docs.mkdir()
    line = "".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))).replace("\n", "")
    (docs / "long.txt").write_text(line * 60, encoding="utf-8")  # a few MB on one line: seconds of work
    out = tmp_path / "out"
    r = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(docs), "-o", str(out), "--quiet", "--no-html",
                        "--time-limit", "0.5"], capture_output=True, text=True, timeout=300)
    assert r.returncode == 3, r.stderr
    entry = json.loads((out / "report.json").read_text(encoding="utf-8"))["documents"][0]
    assert entry["status"] == "failed" and "longer than 0.5 s" in entry["error"], entry


def test_line_separators_and_control_characters_in_a_name_leave_every_graph_file_parseable(tmp_path):
    import pyoxigraph as ox

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a\u2028b\u2029c\x0bd\x0ce\x1cf\x85g.txt").write_text("湛江市市场监管局开展质量提升行动。", encoding="utf-8")
    out = tmp_path / "out"
    r = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(docs), "-o", str(out), "--quiet", "--no-html"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    formats = {"nt": ox.RdfFormat.N_TRIPLES, "ttl": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG,
               "turtle": ox.RdfFormat.TURTLE, "jsonld": ox.RdfFormat.JSON_LD, "nq": ox.RdfFormat.N_QUADS}
    counts = {f: len(list(ox.parse(path=str(out / f"graph.{f}"), format=formats[f]))) for f in ("nt", "ttl", "trig")}
    for fmt in ("nt", "turtle", "trig", "nq", "jsonld"):
        target = tmp_path / f"export.{fmt}"
        e = subprocess.run([sys.executable, "-m", "kg.cli", "export", str(out / "graph.trig"), "--format", fmt, "-o",
                            str(target)], capture_output=True, text=True, timeout=120)
        assert e.returncode == 0, e.stderr
        counts[fmt] = len(list(ox.parse(path=str(target), format=formats[fmt])))
    assert len(set(counts.values())) == 1 and counts["nt"] > 10, counts


def _five_mb_line(folder: Path) -> None:
    line = "".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))).replace("\n", "")
    (folder / "line.txt").write_text((line * 200)[: 5 * 1024 * 1024 // 3], encoding="utf-8")
    shutil.copy(SEEDS / "001_b68caeb56e822d77.txt", folder / "good.txt")


@pytest.mark.parametrize("mode", ["local", "jobs2", "dask"])
def test_time_limit_one_second_stops_the_5mb_line_in_every_mode(tmp_path, mode):
    """Local builds and Dask builds alike extract in child processes the build kills on time."""
    import time

    from kg.pipeline import BuildOptions, build_corpus

    docs = tmp_path / "docs"
    docs.mkdir()
    _five_mb_line(docs)
    options = dict(quiet=True, html=False, time_limit=1.0, max_bytes=50_000_000, jobs=2 if mode == "jobs2" else 1)
    started = time.monotonic()
    if mode == "dask":
        from distributed import LocalCluster

        # threads get no signals and a daemonic worker process may not fork: the limit still holds
        with LocalCluster(n_workers=1, threads_per_worker=2, processes=True, dashboard_address=None) as cluster:
            report = build_corpus(docs, tmp_path / "out", BuildOptions(dask=cluster.scheduler_address, **options))
    else:
        report = build_corpus(docs, tmp_path / "out", BuildOptions(**options))
    by_name = {Path(d["path"]).name: d for d in report.documents}
    assert by_name["good.txt"]["status"] == "ok" and by_name["good.txt"]["facts"] > 0
    assert by_name["line.txt"]["status"] == "failed" and "longer than 1 s" in by_name["line.txt"]["error"]
    assert time.monotonic() - started < 60
    assert "good" in (tmp_path / "out" / "graph.nt").read_text(encoding="utf-8")


def test_a_child_that_swallows_its_alarm_is_killed_on_time_and_replaced():
    """The build's own clock, not the child's alarm: a task whose child runs without a limit
    (as if a library had swallowed the alarm) is killed at the limit plus the grace."""
    import time

    from kg.worker import GRACE, Worker

    line = "".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))).replace("\n", "")
    worker = Worker()
    try:
        started = time.monotonic()
        answer = worker.run(((line * 200).encode(), "line.txt", ".", "test", None, 0.0), 1.0)  # the child: no alarm
        took = time.monotonic() - started
        assert answer.entry["status"] == "failed" and "stopped" in answer.entry["error"], answer.entry
        assert 1.0 + GRACE <= took < 1.0 + GRACE + 5
        again = worker.run(("湛江市市场监管局开展质量提升行动。".encode(), "a.txt", ".", "test", None, 10.0), 10.0)
        assert again.entry["status"] == "ok"  # a new child took its place
    finally:
        worker.close()
