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


def _deep_file(base: Path, total: int = 4500) -> str:
    """A document at the end of a path over `total` bytes (PATH_MAX is 4096), made through
    directory descriptors since no call can name the whole path. Returns the top folder's name."""
    fd = os.open(base, os.O_RDONLY)
    length, depth = len(str(base)), 0
    try:
        while length < total:
            name = "深" * 80 + str(depth)
            os.mkdir(name, dir_fd=fd)
            inner = os.open(name, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd, length, depth = inner, length + 1 + len(name.encode()), depth + 1
        f = os.open("deep.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
        os.write(f, "湛江市市场监管局开展质量提升行动。".encode())
        os.close(f)
    finally:
        os.close(fd)
    return "深" * 80 + "0"


def test_every_kind_of_bad_path_in_one_folder_is_reported_and_the_good_documents_build(hostile, tmp_path, monkeypatch):
    """Issue 17's folder: a non-UTF-8 name, a U+2028 name, a folder that cannot be entered, a
    4,500-byte path, a link to /etc/passwd, a link loop, a FIFO and a file swapped for a FIFO
    between the listing and the reading. Exit 3, an entry with its reason per bad path, and
    every good document's graph."""
    import kg.pipeline
    from kg.pipeline import BuildOptions, build_corpus

    docs = hostile
    (docs / "a\u2028b.txt").write_text("广东省湛江市市场监管局开展计量提升行动。", encoding="utf-8")
    _deep_file(docs)
    locked = docs / "locked"
    locked.mkdir()
    (locked / "inside.txt").write_text("湛江市市场监管局开展质量提升行动。", encoding="utf-8")
    locked.chmod(0o600)  # readable, not enterable: os.walk cannot list it (root can: see below)
    swapped = docs / "swapped.txt"
    swapped.write_text("湛江市市场监管局开展质量提升行动。", encoding="utf-8")

    listing = kg.pipeline.input_files
    real_scandir = os.scandir

    def list_then_swap(folder, follow_links=False):
        files, skipped = listing(folder, follow_links)
        swapped.unlink()
        os.mkfifo(swapped)  # listed as a file, a FIFO when read: reading it would block
        return files, skipped

    def scandir(path="."):
        if os.geteuid() == 0 and not isinstance(path, int) and Path(os.fsdecode(path)) == locked:  # root enters any folder: act as a user would see it
            raise PermissionError(13, "Permission denied", os.fsdecode(path))
        return real_scandir(path)

    monkeypatch.setattr(kg.pipeline, "input_files", list_then_swap)
    monkeypatch.setattr(os, "scandir", scandir)
    try:
        report = build_corpus(docs, tmp_path / "out", BuildOptions(quiet=True, html=False, time_limit=60))
    finally:
        locked.chmod(0o700)
    assert report.exit_code == 3
    entries = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))["documents"]
    reason = {}
    for e in entries:
        reason[os.path.basename(e["path"].rstrip("/"))] = (e["status"], e.get("error", ""))
    assert reason["passwd.txt"][0] == "skipped" and "leaves the corpus" in reason["passwd.txt"][1]
    assert "looping" in reason["loop1.txt"][1] and "looping" in reason["loop2.txt"][1]
    assert "not a regular file" in reason["fifo.txt"][1]
    assert "not a regular file" in reason["swapped.txt"][1]
    assert "not valid UTF-8" in reason["bad\\xff.txt"][1]
    assert "cannot list this folder" in reason["locked"][1]
    assert any("File name too long" in e.get("error", "") for e in entries)
    assert reason["a\u2028b.txt"][0] == "ok"
    graph = (tmp_path / "out" / "graph.nt").read_text(encoding="utf-8")
    assert "计量提升行动" in graph and "root:x:0:0" not in graph
    assert sum(e["status"] == "ok" for e in entries) == 7  # five seeds, the link inside, the U+2028 name


def test_a_full_disk_leaves_every_earlier_output_as_it_was(tmp_path):
    """RLIMIT_FSIZE makes writes past 1 MB fail as a full disk does (EFBIG instead of ENOSPC):
    the build says which file in one line, exits 1, and the earlier outputs stay byte for byte,
    with no temporary file left beside them."""
    import resource
    import signal

    docs = tmp_path / "docs"
    shutil.copytree(SEEDS, docs)
    out = tmp_path / "out"
    first = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(docs), "-o", str(out), "--quiet"],
                           capture_output=True, text=True, timeout=120)
    assert first.returncode == 0, first.stderr
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    assert (out / "graph.html").stat().st_size > 1_000_000  # the page is what cannot be written
    (docs / "new.txt").write_text("湛江市市场监管局开展计量提升行动。", encoding="utf-8")

    def small_disk():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (1_000_000, 1_000_000))

    full = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(docs), "-o", str(out), "--quiet"],
                          capture_output=True, text=True, timeout=120, preexec_fn=small_disk)
    assert full.returncode == 1
    lines = full.stderr.strip().splitlines()
    assert len(lines) == 1 and "cannot write" in lines[0] and str(out) in lines[0], full.stderr
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before  # all as they were, nothing added
    again = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(docs), "-o", str(out), "--quiet"],
                           capture_output=True, text=True, timeout=120)
    assert again.returncode == 0 and "计量提升行动" in (out / "graph.nt").read_text(encoding="utf-8")


def test_outputs_are_replaced_all_or_none_and_a_killed_replacement_is_completed(tmp_path, monkeypatch):
    from kg.pipeline import JOURNAL, OutputSet, recover_outputs

    out = tmp_path / "out"
    out.mkdir()
    for name in ("graph.trig", "graph.nt", "report.json"):
        (out / name).write_text("old", encoding="utf-8")
    outputs = OutputSet(out)
    for name in ("graph.trig", "graph.nt", "report.json"):
        outputs.stage(name, "new")
    assert {(out / n).read_text(encoding="utf-8") for n in ("graph.trig", "graph.nt", "report.json")} == {"old"}
    real_replace, calls = os.replace, []

    def killed_after_one(src, dst):  # the process dies after its first rename
        if calls:
            raise KeyboardInterrupt
        calls.append(dst)
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", killed_after_one)
    with pytest.raises(KeyboardInterrupt):
        outputs.commit()
    monkeypatch.setattr(os, "replace", real_replace)
    assert (out / JOURNAL).exists()  # a mix on disk, and the journal saying how to finish
    recover_outputs(out)  # what the next build does first
    assert {(out / n).read_text(encoding="utf-8") for n in ("graph.trig", "graph.nt", "report.json")} == {"new"}
    assert not (out / JOURNAL).exists() and not list(out.glob(".*.tmp"))


def test_a_build_without_pages_removes_the_pages_of_an_earlier_one(tmp_path):
    out = tmp_path / "out"
    assert subprocess.run([sys.executable, "-m", "kg.cli", "build", str(SEEDS), "-o", str(out), "--quiet"],
                          capture_output=True, timeout=120).returncode == 0
    assert (out / "graph.html").exists() and (out / "targets.html").exists()
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("湛江市市场监管局开展计量提升行动。", encoding="utf-8")
    assert subprocess.run([sys.executable, "-m", "kg.cli", "build", str(docs), "-o", str(out), "--quiet", "--no-html"],
                          capture_output=True, timeout=120).returncode == 0
    # a page of the old graph beside the new graph files would show what they no longer hold
    assert not (out / "graph.html").exists() and not (out / "targets.html").exists()


def test_a_child_that_cannot_start_says_why_in_the_report(monkeypatch):
    """A broken interpreter or install: every document fails with the child's own last words."""
    from kg.worker import Worker

    monkeypatch.setattr(sys, "executable", "/bin/sh")  # `sh -m kg.worker` fails at once, saying so
    worker = Worker()
    answer = worker.run((b"x", "a.txt", ".", "test", None, 5.0), 5.0)
    assert answer.entry["status"] == "failed"
    assert "exit code" in answer.entry["error"] and "kg.worker" in answer.entry["error"], answer.entry


def test_a_childs_own_start_is_no_documents_time(tmp_path, monkeypatch):
    """A task sent to a child still starting (Python, the package, jieba: seconds on a busy machine)
    is timed from when the child says it is ready, so a small document does not fail for it."""
    from kg.worker import Worker

    (tmp_path / "sitecustomize.py").write_text("import time\ntime.sleep(4)\n", encoding="utf-8")  # a slow start
    monkeypatch.setenv("PYTHONPATH", str(tmp_path))
    worker = Worker()
    try:
        answer = worker.run(("湛江市市场监管局开展质量提升行动。".encode(), "a.txt", ".", "test", None, 0.5), 0.5)
        assert answer.entry["status"] == "ok", answer.entry
    finally:
        worker.close()
