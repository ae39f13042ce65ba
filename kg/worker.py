"""Extraction in child processes the build kills on time.

A time limit inside the extracting process (SIGALRM) is not enough: a library that catches every
Exception (jieba's initialize() does) swallows the alarm, a regular expression stuck in C never
sees it, and Dask runs tasks in threads, where no signal arrives. So every document is extracted
in a child process — `python -m kg.worker`, started with subprocess, which works under a Dask
worker (a daemonic process may not fork multiprocessing children) as in a local build — and the
build waits for its answer at most the time limit (plus a grace for the child's own, cleaner
alarm). A child that overruns or dies is killed and replaced; the document is reported failed
and the build goes on.

The protocol on the child's stdin and stdout: frames of an 8-byte big-endian length and a
pickle — (data, path, root, extractor, encoding, seconds) in, an `Extracted` out.

    >>> w = Worker()
    >>> answer = w.run(("湛江市市场监管局开展质量提升行动。".encode(), "a.txt", ".", "test", None, 10.0), 60)
    >>> answer.entry["status"], answer.entry["facts"] > 0
    ('ok', True)
    >>> w.close()
"""

from __future__ import annotations

import os
import pickle
import queue
import struct
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .decode import doc_id_for
from .extract import Extracted

GRACE = 2.0  # seconds past the limit before the child is killed: its own alarm reports more cleanly
# a child's own start (Python, the package, jieba's dictionary: seconds on a busy machine) is no document's time;
# the clock of a task sent before its child is ready starts when the child says so, this long at the most
STARTUP = 30.0
_READY = object()  # what the reader puts in the inbox when its child has started (an empty frame)
_HEADER = struct.Struct(">Q")
Task = tuple[bytes, str, str, str, Any, float]  # data, path, root, extractor, encoding, seconds


class Worker:
    """One child process extracting one document at a time.

    A thread reads the child's answers into `inbox` as (worker, generation, answer or None,
    reason): waiting on a queue, not on the pipe, works alike on every platform (select() takes
    no pipes on Windows), and the generation tells an answer of a child since replaced."""

    def __init__(self, inbox: queue.Queue | None = None) -> None:
        self.proc: subprocess.Popen | None = None
        self.inbox: queue.Queue = inbox if inbox is not None else queue.Queue()
        self.generation = 0  # one per child started
        self.task: Task | None = None  # the document it is working on
        self.deadline = float("inf")
        self.limit = 0.0  # the task in hand's time limit
        self.ready = False  # the child has started and reads tasks

    def start(self) -> None:
        # the child imports the very package this process runs (a checkout, a wheel, a PYTHONPATH)
        package_root = str(Path(__file__).resolve().parent.parent)
        path = os.pathsep.join(p for p in (package_root, os.environ.get("PYTHONPATH", "")) if p)
        env = {**os.environ, "PYTHONUNBUFFERED": "1", "PYTHONPATH": path}
        # what the child says on stderr goes to a file of its own, read only when it dies (a pipe
        # nobody reads would fill and stop it): the reason a broken install gives is not lost
        errors = tempfile.TemporaryFile()  # noqa: SIM115 (closed by the reader thread when the child ends)
        self.proc = subprocess.Popen([sys.executable, "-m", "kg.worker"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=errors, env=env)
        self.generation += 1
        self.ready = False
        threading.Thread(target=self._read, args=(self.proc, self.generation, errors), daemon=True,
                         name=f"kg-worker-reader-{self.proc.pid}").start()

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def _read(self, proc: subprocess.Popen, generation: int, errors) -> None:
        """Every answer of one child, until it ends (then one last message saying so, with the
        last line it wrote to stderr)."""
        try:
            while True:
                header = _read_exactly(proc.stdout, _HEADER.size)
                size = _HEADER.unpack(header)[0] if header is not None else None
                if size == 0:  # the child has started
                    self.inbox.put((self, generation, _READY, ""))
                    continue
                body = _read_exactly(proc.stdout, size) if size is not None else None
                if body is None:
                    code = proc.wait()
                    errors.seek(0, os.SEEK_END)
                    errors.seek(max(0, errors.tell() - 2000))
                    said = [ln for ln in errors.read().decode("utf-8", "replace").splitlines() if ln.strip()]
                    reason = f"the extracting process ended (exit code {code})" + (f": {said[-1][:200]}" if said else "")
                    self.inbox.put((self, generation, None, reason))
                    return
                self.inbox.put((self, generation, pickle.loads(body), ""))
        finally:
            errors.close()

    def send(self, task: Task, limit: float) -> None:
        if not self.alive():
            self.start()
        self.task, self.limit = task, limit
        startup = 0.0 if self.ready else STARTUP  # (set right when the child says it is ready: settle())
        self.deadline = time.monotonic() + limit + GRACE + startup if limit > 0 else float("inf")
        body = pickle.dumps(task, protocol=pickle.HIGHEST_PROTOCOL)
        try:
            self.proc.stdin.write(_HEADER.pack(len(body)) + body)
            self.proc.stdin.flush()
        except (BrokenPipeError, OSError):
            pass  # it died before reading: its reader says so

    def settle(self, generation: int, answer: Extracted | None, reason: str) -> Extracted | None:
        """The answer to the task in hand, from one inbox message; None for a stale message
        (a child killed or replaced since), or for the message that its child has started."""
        if answer is _READY:
            if generation == self.generation:
                self.ready = True
                if self.task is not None and self.limit > 0:  # the task's clock starts now
                    self.deadline = time.monotonic() + self.limit + GRACE
            return None
        if generation != self.generation or self.task is None:
            return None
        task, self.task = self.task, None
        if answer is None:
            self.proc = None
            return failed(task, reason)
        return answer

    def run(self, task: Task, limit: float) -> Extracted:
        """Send one task and wait for it: the answer, or a failed entry when it ran out of time."""
        self.send(task, limit)
        while True:
            remaining = self.deadline - time.monotonic()
            try:
                _, generation, answer, reason = self.inbox.get(timeout=None if remaining == float("inf") else max(0.0, remaining))
            except queue.Empty:
                return self.stop_overrun()
            settled = self.settle(generation, answer, reason)
            if settled is not None:
                return settled

    def stop_overrun(self) -> Extracted:
        """Kill the child past its deadline: the failed entry of the document it was on."""
        task = self.task
        self.kill()
        return failed(task, f"took longer than {task[5]:g} s (stopped)")

    def kill(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait()
            self.proc = None
        self.generation += 1  # whatever its reader still says is stale
        self.task = None

    def close(self) -> None:
        if self.proc is not None:
            try:
                self.proc.stdin.close()  # the child ends at end of input
                self.proc.wait(timeout=5)
            except (OSError, subprocess.TimeoutExpired):
                self.proc.kill()
                self.proc.wait()
            self.proc = None


def failed(task: Task, reason: str) -> Extracted:
    path, root = task[1], task[2]
    return Extracted({"path": path, "doc": doc_id_for(Path(path), Path(root)), "status": "failed", "error": reason})


# children of an earlier build of this process, idle, by what they extract with (the extractor
# version, which hashes the code and the lexicon, and the lexicon's folder): a program or a
# notebook that builds again does not pay their start (jieba's load) again
_spare: dict[tuple[str, str], list[Worker]] = {}


def run_pool(tasks: Iterable[Task], jobs: int, limit: float, extractor: str = "") -> Iterator[Extracted]:
    """Extract `tasks` in `jobs` children, each answer as it comes; a child past `limit`
    seconds (plus GRACE) on a document is killed and replaced."""
    key = (extractor, os.environ.get("QGKG_ONTOLOGY", ""))
    spare = _spare.setdefault(key, [])
    inbox: queue.Queue = queue.Queue()
    workers = [spare.pop() if spare else Worker() for _ in range(max(1, jobs))]
    for w in workers:
        w.inbox = inbox  # a spare child's reader puts into the inbox it is given now
        if not w.alive():
            w.start()  # all start at once: their imports and jieba load in parallel
    idle = list(workers)
    busy: list[Worker] = []
    pending = iter(tasks)
    exhausted = False
    try:
        while True:
            while idle and not exhausted:
                task = next(pending, None)
                if task is None:
                    exhausted = True
                    break
                w = idle.pop()
                w.send(task, limit)
                busy.append(w)
            if not busy:
                return
            timeout = min(w.deadline for w in busy) - time.monotonic()
            try:
                w, generation, answer, reason = inbox.get(timeout=None if timeout == float("inf") else max(0.0, timeout))
            except queue.Empty:
                w = None
            if w is not None and (w in busy or answer is _READY):
                settled = w.settle(generation, answer, reason)
                if settled is not None:
                    busy.remove(w)
                    idle.append(w)
                    yield settled
            now = time.monotonic()
            for w in [w for w in busy if w.deadline <= now]:
                busy.remove(w)
                idle.append(w)  # started again with its next document
                yield w.stop_overrun()
    finally:
        for w in workers:
            if w.task is not None:
                w.kill()  # interrupted mid-document
            elif w.alive():
                spare.append(w)


_local = threading.local()


def extract_supervised(data: bytes, path: str, root: str, extractor: str, encoding, seconds: float) -> Extracted:
    """One document in this thread's child process, stopped on time: what a Dask task runs
    (its worker threads get no signals, and its worker process may not fork)."""
    worker = getattr(_local, "worker", None)
    if worker is None:
        worker = _local.worker = Worker()
    return worker.run((data, path, root, extractor, encoding, seconds), seconds)


def _read_exactly(stream, size: int) -> bytes | None:
    chunks, left = [], size
    while left:
        chunk = stream.read(left)
        if not chunk:
            return None
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def main() -> None:
    """The child: extract each framed task from stdin, answer on stdout, until stdin ends."""
    from .extract import document_ntriples
    from .segment import warm_up

    warm_up()
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing a library prints may corrupt the frames
    stdout.write(_HEADER.pack(0))  # started: the parent's clock for a task sent meanwhile starts now
    stdout.flush()
    while True:
        header = _read_exactly(stdin, _HEADER.size)
        if header is None:
            return
        (size,) = _HEADER.unpack(header)
        body = _read_exactly(stdin, size)
        if body is None:
            return
        data, path, root, extractor, encoding, seconds = pickle.loads(body)
        answer = document_ntriples(data, path, root, extractor, encoding, seconds)
        out = pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL)
        stdout.write(_HEADER.pack(len(out)) + out)
        stdout.flush()


if __name__ == "__main__":
    main()
