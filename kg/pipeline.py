"""The whole build: a folder of documents -> one named graph per document in a store.

`build` decides which files need extracting (content hash and extractor version against what
the store holds), runs the extraction (kg.extract) serially, on N local processes or on a Dask
cluster, writes each document's graph as it arrives (memory stays bounded) and drops the graphs
of deleted files; `build_corpus` is `kg build`, and writes the outputs atomically.

A document that fails in any stage is reported with its path and reason; the build goes on.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import queue
import stat
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .decode import DEFAULT_MAX_BYTES, INPUT_SUFFIXES, content_hash, doc_id_for, too_large
from .errors import QgkgError, UsageError
from .extract import Extracted, extractor_version
from .store import OxigraphStore, Store
from .vocab import document_iri
from .worker import extract_supervised

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_SOME_SKIPPED = 0, 1, 2, 3


@dataclass(frozen=True)
class BuildOptions:
    encoding: str | None = None  # None: detect
    max_bytes: int = DEFAULT_MAX_BYTES
    time_limit: float = 120.0  # seconds per document
    jobs: int = 1
    dask: str | None = None  # scheduler address
    quiet: bool = False
    html: bool = True
    follow_links: bool = False  # links out of the corpus folder are refused unless asked for


# --- the corpus ----------------------------------------------------------------------------------


@dataclass
class BuildReport:
    documents: list[dict] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    outputs: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0
    kept_previous: bool = False  # nothing was extracted, so the previous graph files were left as they were

    @property
    def holds_documents(self) -> bool:
        """Whether the graph built has any document in it (extracted now or kept from before)."""
        return any(d["status"] in ("ok", "unchanged") for d in self.documents)

    @property
    def failed(self) -> list[dict]:
        return [d for d in self.documents if d["status"] in ("skipped", "failed")]

    def status_counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for d in self.documents:
            out[d["status"]] = out.get(d["status"], 0) + 1
        return out

    @property
    def exit_code(self) -> int:
        return EXIT_SOME_SKIPPED if self.failed else EXIT_OK

    def as_json(self) -> dict:
        return {"counts": self.counts, "status": self.status_counts(), "outputs": self.outputs,
                "documents": self.documents}


def input_files(folder: Path, follow_links: bool = False) -> tuple[list[Path], list[dict]]:
    """The documents under `folder` (sorted), and a report entry for every path that cannot be
    one: an unlistable folder, a name that is not UTF-8, a link that leaves the folder (unless
    `follow_links`), a dangling or looping link. Dot files and dot folders are left out."""
    if not folder.is_dir():
        raise UsageError(f"{folder}: not a folder of documents")
    root = folder.resolve()
    files: list[Path] = []
    skipped: list[dict] = []

    def skip(path: str, reason: str) -> None:
        shown = os.fsencode(path).decode("utf-8", "backslashreplace")  # a name that is not UTF-8: its bytes escaped
        skipped.append({"path": shown, "doc": shown, "status": "skipped", "error": reason})

    def unlistable(exc: OSError) -> None:
        skip(str(exc.filename), f"cannot list this folder: {exc.strerror}")

    for dirpath, dirnames, filenames in os.walk(folder, onerror=unlistable, followlinks=follow_links):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            path = Path(dirpath) / name
            if name.startswith(".") or path.suffix.lower() not in INPUT_SUFFIXES:
                continue
            try:
                str(path).encode("utf-8")
            except UnicodeEncodeError:
                skip(str(path), "the file name is not valid UTF-8: rename the file")
                continue
            if path.is_symlink():
                try:
                    target = path.resolve(strict=True)
                except (OSError, RuntimeError):
                    skip(str(path), "a dangling or looping link")
                    continue
                if not follow_links and not target.is_relative_to(root):
                    skip(str(path), f"a link that leaves the corpus folder (to {target}); --follow-links allows it")
                    continue
            files.append(path)
    return sorted(files), skipped


def read_bytes_safely(path: Path, max_bytes: int) -> bytes:
    """A regular file's bytes, opened without blocking (a FIFO or device is refused, never waited
    on) and never more than `max_bytes` (files under /proc say their size is 0)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))  # (Windows has neither FIFOs nor O_NONBLOCK)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise OSError(0, "not a regular file (a FIFO, socket or device)")
        if info.st_size > max_bytes:
            raise OSError(0, too_large(info.st_size, max_bytes))
        chunks, size = [], 0
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
            size += len(chunk)
            if size > max_bytes:
                raise OSError(0, too_large(size, max_bytes))
        return b"".join(chunks)
    finally:
        os.close(fd)


@dataclass(frozen=True)
class _Task:
    data: bytes
    path: str
    root: str


def plan(folder: Path, state: dict[str, tuple[str, str]], options: BuildOptions,
         extractor: str) -> tuple[list[dict], Iterator[_Task], list[str], int]:
    """Entries already known (unchanged, too large, unreadable, bad paths), the files to extract,
    the documents to drop from the store (given its `document_state()`), and how many files there
    are (the folder is listed once)."""
    files, known = input_files(folder, options.follow_links)
    seen = {str(document_iri(doc_id_for(p, folder))) for p in files}

    def tasks() -> Iterator[_Task]:
        for path in files:
            doc_id = doc_id_for(path, folder)
            iri = str(document_iri(doc_id))
            entry = {"path": str(path), "doc": doc_id}
            try:
                data = read_bytes_safely(path, options.max_bytes)
            except OSError as exc:
                reason = exc.strerror or str(exc)
                known.append({**entry, "status": "skipped",
                              "error": reason if reason.startswith(("too large", "not a regular")) else f"cannot read: {reason}"})
                continue
            if state.get(iri) == (content_hash(data), extractor):
                known.append({**entry, "status": "unchanged"})
                continue
            yield _Task(data, str(path), str(folder))

    return known, tasks(), [iri for iri in state if iri not in seen], len(files)


def _run_local(tasks: Iterable[_Task], extractor: str, options: BuildOptions) -> Iterator[Extracted]:
    """`--jobs` child processes, each document stopped at the time limit (kg.worker)."""
    from .worker import run_pool

    work = ((t.data, t.path, t.root, extractor, options.encoding, options.time_limit) for t in tasks)
    yield from run_pool(work, options.jobs, options.time_limit, extractor)


def _run_dask(tasks: Iterable[_Task], extractor: str, options: BuildOptions) -> Iterator[Extracted]:
    try:
        from distributed import Client, wait
    except ImportError as exc:
        raise UsageError("--dask needs the dask extra: pip install 'qgkg[dask]'") from exc
    try:
        client = Client(options.dask, timeout="20s")
    except OSError as exc:
        raise UsageError(f"--dask {options.dask}: cannot reach the scheduler ({exc})") from exc
    with client:
        width = 4 * max(1, sum(client.nthreads().values()))
        # each Dask worker thread extracts in a child process of its own, which it kills on time
        yield from _bounded(lambda t: client.submit(extract_supervised, t.data, t.path, t.root, extractor,
                                                    options.encoding, options.time_limit, pure=False),
                            tasks, width, lambda fs: wait(fs, return_when="FIRST_COMPLETED").done)


def _bounded(submit: Callable, tasks: Iterable[_Task], width: int, wait_some: Callable) -> Iterator[Extracted]:
    """Keep at most `width` documents in flight, so memory stays bounded whatever the corpus."""
    pending: set = set()
    for t in tasks:
        pending.add(submit(t))
        if len(pending) >= width:
            done = wait_some(pending)
            pending -= done
            for f in done:
                yield f.result()
    while pending:
        done = wait_some(pending)
        pending -= done
        for f in done:
            yield f.result()


def _progress(items: Iterator[Extracted], total: int, quiet: bool) -> Iterator[Extracted]:
    if quiet or total <= 3:
        yield from items
        return
    from tqdm import tqdm

    with tqdm(total=total, unit="doc", file=sys.stderr, desc="extracting", leave=False) as bar:
        for x in items:
            bar.update(1)
            yield x


# documents are written to the store in batches: Oxigraph's bulk loader pays a fixed cost per
# call (measured on 200 documents: 5.2 s one by one, 0.6 s in batches of 50 or more), and larger
# batches cost less CPU (1,005 documents: batches of 64 took 4.3-5.4 s of CPU, batches of 160
# 3.9-4.3 s, as RocksDB merges fewer files). A batch holds up to 256 documents or 8 M characters
# of N-Triples, whichever comes first (about 160 documents of the generated corpus).
BATCH_DOCUMENTS = 256
BATCH_CHARS = 8_000_000  # N-Triples characters, which bounds a batch's memory (about 50 MB)


class StoreWriter:
    """Gathers extracted graphs into batches and writes them to the store from a thread of its
    own, while the build goes on extracting (Oxigraph releases the GIL while it writes).

    On 1,005 documents that made `--jobs 1` 21 % faster (best of 3: 9.57 s -> 7.54 s): the
    store's work no longer waits for extraction, nor extraction for the store. At most two
    batches wait, so memory stays bounded. Writes keep their order; the first error stops the
    build (`_submit`, `close`).
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self.batch: list[tuple[str, str]] = []
        self.chars = 0
        self.error: BaseException | None = None
        self.queue: queue.Queue[Callable[[], None] | None] = queue.Queue(maxsize=2)
        self.thread = threading.Thread(target=self._drain, name="qgkg-store-writer", daemon=True)
        self.thread.start()

    def add(self, doc_iri: str, ntriples: str) -> None:
        self.batch.append((doc_iri, ntriples))
        self.chars += len(ntriples)
        if len(self.batch) >= BATCH_DOCUMENTS or self.chars >= BATCH_CHARS:
            self._submit(functools.partial(self.store.replace_documents, self.batch))
            self.batch, self.chars = [], 0

    def drop(self, doc_iri: str) -> None:
        self._submit(functools.partial(self.store.drop_document, doc_iri))

    def close(self) -> None:
        """Write what is left, wait for the writes, and raise the first error."""
        if self.batch:
            self._submit(functools.partial(self.store.replace_documents, self.batch))
            self.batch, self.chars = [], 0
        self.abandon()
        if self.error is not None:
            raise self.error

    def abandon(self) -> None:
        """Stop after the batches already handed over (each written whole); drop the rest."""
        self.batch, self.chars = [], 0
        if self.thread.is_alive():
            self.queue.put(None)
            self.thread.join()

    def _submit(self, write: Callable[[], None]) -> None:
        if self.error is not None:
            raise self.error  # stop the build at the first failed write
        self.queue.put(write)

    def _drain(self) -> None:
        while (write := self.queue.get()) is not None:
            if self.error is None:
                try:
                    write()
                except BaseException as exc:  # handed to the building thread
                    self.error = exc


def build(folder: Path, store: Store, options: BuildOptions = BuildOptions()) -> BuildReport:
    """Bring `store` up to date with `folder`: extract new and changed files, drop deleted ones."""
    started = time.perf_counter()
    extractor = extractor_version()
    store.recover()
    state = store.document_state()
    store.start_build(len(state))
    known, tasks, removed, total = plan(folder, state, options, extractor)
    runner = _run_dask if options.dask else _run_local
    report = BuildReport()
    writer = StoreWriter(store)
    try:
        for result in _progress(runner(tasks, extractor, options), total, options.quiet):
            if result.ntriples is not None and result.doc_iri is not None:
                writer.add(result.doc_iri, result.ntriples)
            elif result.entry["status"] != "ok":
                # a file that no longer builds must not leave its old graph behind
                writer.drop(str(document_iri(result.entry["doc"])))
            report.documents.append(result.entry)
    except BaseException:
        writer.abandon()  # a failed write or an interrupt: the next build redoes the rest
        raise
    writer.close()
    for iri in removed:
        store.drop_document(iri)
        report.documents.append({"doc": iri, "status": "removed"})
    store.finish_build()
    report.documents.extend(known)
    report.documents.sort(key=lambda d: (d.get("path", ""), d["doc"]))
    from .query import stats

    report.counts = {k: int(v) for k, v in stats(store)}
    report.seconds = round(time.perf_counter() - started, 3)
    return report


def build_corpus(folder: Path, out: Path, options: BuildOptions = BuildOptions(), store: Store | None = None) -> BuildReport:
    """`kg build`: build into `store`, or (by default) into files under `out`:
    graph.trig (named graphs), graph.ttl (their union), graph.nt (sorted N-Triples, the
    canonical form two builds of the same input share byte for byte), graph.html,
    targets.html and report.json. A previous graph.trig in `out` makes the build incremental."""
    preflight(folder, out)
    with exclusive(out):
        recover_outputs(out)
        return _build_into(folder, out, options, store)


@contextlib.contextmanager
def exclusive(out: Path) -> Iterator[None]:
    """Hold OUT for one build: a second build into the same folder stops at once with one line
    (it would delete the first one's live .build-store). flock on POSIX, msvcrt's byte lock on
    Windows; both end with the process, so a killed build leaves no stale lock."""
    lock = open(out / ".build.lock", "a+b")  # noqa: SIM115 (held for the whole build)
    try:
        try:
            _lock_file(lock)
        except OSError:
            raise QgkgError(f"another build is writing {out}; wait for it to end") from None
        yield
    finally:
        lock.close()


def _lock_file(f) -> None:
    """An exclusive lock on an open file, now or OSError."""
    try:
        import fcntl
    except ImportError:  # Windows
        import msvcrt

        f.seek(0)
        msvcrt.locking(f.fileno(), msvcrt.LK_NBLCK, 1)
        return
    fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _build_into(folder: Path, out: Path, options: BuildOptions, store: Store | None) -> BuildReport:
    if store is not None:
        report = build(folder, store, options)
    else:
        # The files are written from a temporary Oxigraph store: with rdflib's Dataset, taking
        # in each document's triples, writing TriG and Turtle, and reading the previous
        # graph.trig took 62 s of a 1,000-document build (Oxigraph: 3 s). It lives in OUT, on
        # the disk the files go to, where the next build clears what a killed one left.
        with OxigraphStore(out / ".build-store", temporary=True) as temporary:
            previous = out / "graph.trig"
            if previous.exists():
                try:
                    temporary.load_file(previous)
                except UsageError:  # unreadable: build everything again
                    temporary.store.clear()
            report = build(folder, temporary, options)
            outputs = OutputSet(out)
            try:
                if report.holds_documents or not previous.exists():
                    write_graph_files(temporary, outputs, options.html, report)
                else:  # every document failed or was removed: an empty graph must not replace a good one
                    report.kept_previous = True
                report.outputs["report"] = str(out / "report.json")
                outputs.stage("report.json", json.dumps(report.as_json(), ensure_ascii=False, indent=1))
                outputs.commit()
            finally:
                outputs.abandon()
        return report
    write_atomic(out / "report.json", json.dumps(report.as_json(), ensure_ascii=False, indent=1))
    report.outputs["report"] = str(out / "report.json")
    return report


JOURNAL = ".outputs-journal"


class OutputSet:
    """The files of one build, replaced together: each is written in full to a temporary file
    beside its place first (a full disk or any failure then leaves every earlier output as it
    was), and only then are all renamed. The renames are listed in a journal beforehand, so a
    build killed among them is completed by the next one (`recover_outputs`): a reader never
    finds a new graph.trig beside an old report.json for longer than that."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.staged: list[tuple[str, str]] = []  # (temporary name, final name) in `out`
        self.removed: list[str] = []  # outputs of earlier builds this one does not make

    def stage(self, name: str, content: str | bytes) -> None:
        self.staged.append((stage_file(self.out / name, content).name, name))

    def remove(self, name: str) -> None:
        if (self.out / name).exists():
            self.removed.append(name)

    def commit(self) -> None:
        journal = {"replace": self.staged, "remove": self.removed}
        write_atomic(self.out / JOURNAL, json.dumps(journal, ensure_ascii=False))
        _apply_journal(self.out, journal)
        self.staged, self.removed = [], []

    def abandon(self) -> None:
        """Delete what was staged and not committed (after a failure)."""
        for tmp, _ in self.staged:
            (self.out / tmp).unlink(missing_ok=True)
        self.staged = []


def _apply_journal(out: Path, journal: dict) -> None:
    for tmp, name in journal["replace"]:
        if (out / tmp).exists():
            os.replace(out / tmp, out / name)
    for name in journal["remove"]:
        (out / name).unlink(missing_ok=True)
    _fsync_folder(out)
    (out / JOURNAL).unlink(missing_ok=True)
    _fsync_folder(out)


def recover_outputs(out: Path) -> None:
    """Finish the replacement a killed build had begun (its journal lists the renames left)."""
    path = out / JOURNAL
    if not path.exists():
        return
    try:
        journal = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        path.unlink(missing_ok=True)  # half-written: the renames had not begun
        return
    _apply_journal(out, journal)


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def preflight(folder: Path, out: Path) -> None:
    """Stop before any output is touched when a build cannot succeed: no such folder, the
    lexicon unreadable (ResourceError names the file) or `out` not writable."""
    from .lexicon import load

    if not folder.is_dir():
        raise UsageError(f"{folder}: not a folder of documents")
    load()
    try:
        out.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=out, prefix=".write-test-"):
            pass
    except OSError as exc:
        raise QgkgError(f"cannot write to {out}: {exc.strerror or exc}") from None


def write_graph_files(store: OxigraphStore, outputs: OutputSet, html: bool, report: BuildReport) -> None:
    from .export import rdf_bytes

    out = outputs.out
    for name, fmt, key in (("graph.trig", "trig", "trig"), ("graph.ttl", "turtle", "turtle"), ("graph.nt", "nt", "ntriples")):
        outputs.stage(name, rdf_bytes(store, fmt))
        report.outputs[key] = str(out / name)
    if html:
        from .chart import measures, targets_html
        from .view import graph_page, page_html, view_graph

        outputs.stage("graph.html", page_html(graph_page(view_graph(store))))
        report.outputs["html"] = str(out / "graph.html")
        outputs.stage("targets.html", targets_html(measures(store)))
        report.outputs["targets_html"] = str(out / "targets.html")
    else:  # pages of an earlier build would show another graph than the files beside them
        outputs.remove("graph.html")
        outputs.remove("targets.html")


_UMASK = os.umask(0o022)
os.umask(_UMASK)


def write_atomic(path: Path, content: str | bytes) -> None:
    """Write to a temporary file beside `path`, flush it to disk, then rename: readers and a
    build killed at any moment see the old file or the new one, never half of either."""
    tmp = stage_file(path, content)
    try:
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def stage_file(path: Path, content: str | bytes) -> Path:
    """`content` written in full and flushed to disk in a temporary file beside `path`; the
    temporary file is gone again if that fails (a full disk leaves nothing behind)."""
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:  # an unwritable or missing folder
        raise QgkgError(f"cannot write {path}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(content.encode("utf-8") if isinstance(content, str) else content)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes files private; outputs are ordinary files
    except OSError as exc:  # a full disk, a quota: say which file, in one line
        Path(tmp).unlink(missing_ok=True)
        raise QgkgError(f"cannot write {path}: {exc.strerror or exc}") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)
