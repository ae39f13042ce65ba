"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint (Starlette on uvicorn) over an
Oxigraph store, with the HTML views beside it.

    GET  /query?query=…           POST /query (form `query=…` or an application/sparql-query body)
    GET  /views/…                 the HTML views (graph.html, per-agency pages)
    GET  /health                  "ok" once the workers are ready

Queries run in worker processes, each with the store opened read-only. A query that runs past
the time limit has its worker killed and replaced, so one slow query cannot hold the server;
results larger than the size limit and request bodies larger than the request limit are
refused with 413. SELECT/ASK answer as SPARQL JSON, XML, CSV or TSV; CONSTRUCT/DESCRIBE as
Turtle, N-Triples or JSON-LD (by the Accept header, or `format=` in the URL).
"""

from __future__ import annotations

import asyncio
import multiprocessing as mp
import shutil
import signal
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .errors import UsageError

SOLUTION_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
}
GRAPH_TYPES = {"turtle": "text/turtle; charset=utf-8", "ntriples": "application/n-triples",
               "jsonld": "application/ld+json"}


@dataclass(frozen=True)
class ServerOptions:
    host: str = "127.0.0.1"
    port: int = 7878
    timeout: float = 10.0
    max_result_bytes: int = 64 * 1024 * 1024
    max_request_bytes: int = 64 * 1024
    workers: int = 2
    views: Path | None = None


# --- worker processes (import only pyoxigraph: they are spawned) ----------------------------------


class ResultTooLarge(Exception):
    pass


class _Capped:
    """A binary sink that refuses to grow past `limit` bytes."""

    def __init__(self, limit: int) -> None:
        self.parts: list[bytes] = []
        self.size = 0
        self.limit = limit

    def write(self, data) -> int:
        self.size += len(data)
        if self.size > self.limit:
            raise ResultTooLarge(f"result larger than {self.limit // (1024 * 1024)} MB")
        self.parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass


def _answer(store, query: str, fmt: str, max_bytes: int, prefixes: dict) -> tuple[int, str, bytes]:
    """(HTTP status, content type, body) for one query on an open pyoxigraph store."""
    import pyoxigraph as ox

    text = "text/plain; charset=utf-8"
    try:
        result = store.query(query, prefixes=prefixes)
    except SyntaxError as exc:
        return 400, text, f"SPARQL syntax error: {exc}".encode()
    except (ValueError, OSError, RuntimeError) as exc:
        return 400, text, f"SPARQL error: {exc}".encode()
    sink = _Capped(max_bytes)
    try:
        if isinstance(result, ox.QueryTriples):
            key = fmt if fmt in GRAPH_TYPES else "turtle"
            rdf = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD}[key]
            result.serialize(sink, rdf)
            return 200, GRAPH_TYPES[key], b"".join(sink.parts)
        key = fmt if fmt in SOLUTION_TYPES else "json"
        result.serialize(sink, {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
                                "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}[key])
        return 200, SOLUTION_TYPES[key], b"".join(sink.parts)
    except (ResultTooLarge, OSError) as exc:
        # pyoxigraph reports a sink that refuses to grow as an OSError wrapping ours
        if isinstance(exc, ResultTooLarge) or sink.size > sink.limit:
            return 413, text, f"result larger than {max_bytes / 1e6:g} MB; add a LIMIT".encode()
        return 500, text, f"cannot write the result: {exc}".encode()


def _worker(path: str, conn, max_bytes: int, prefixes: dict) -> None:
    import pyoxigraph as ox

    store = ox.Store.read_only(path)
    conn.send("ready")
    while True:
        try:
            query, fmt = conn.recv()
        except EOFError:
            return
        try:
            conn.send(_answer(store, query, fmt, max_bytes, prefixes))
        except Exception as exc:  # never let one query take the worker down silently
            conn.send((500, "text/plain; charset=utf-8", f"{type(exc).__name__}: {exc}".encode()))


class WorkerPool:
    """N query processes; a query past the time limit costs its worker, not the server."""

    def __init__(self, path: Path, options: ServerOptions, prefixes: dict) -> None:
        self.path, self.options, self.prefixes = path, options, prefixes
        self.ctx = mp.get_context("spawn")
        self.idle: asyncio.Queue | None = None

    def _start(self):
        parent, child = self.ctx.Pipe()
        proc = self.ctx.Process(target=_worker, args=(str(self.path), child, self.options.max_result_bytes,
                                                      self.prefixes), daemon=True)
        proc.start()
        child.close()
        if not parent.poll(30) or parent.recv() != "ready":
            proc.kill()
            raise RuntimeError("a query worker did not start")
        return proc, parent

    async def start(self) -> None:
        self.idle = asyncio.Queue()
        loop = asyncio.get_running_loop()
        for w in await asyncio.gather(*[loop.run_in_executor(None, self._start) for _ in range(self.options.workers)]):
            self.idle.put_nowait(w)

    async def run(self, query: str, fmt: str) -> tuple[int, str, bytes]:
        assert self.idle is not None
        loop = asyncio.get_running_loop()
        try:
            proc, conn = await asyncio.wait_for(self.idle.get(), timeout=self.options.timeout)
        except TimeoutError:
            return 503, "text/plain; charset=utf-8", b"server busy: every query worker is taken; try again"
        try:
            conn.send((query, fmt))
            ready = await loop.run_in_executor(None, conn.poll, self.options.timeout)
            if ready:
                answer = conn.recv()
                self.idle.put_nowait((proc, conn))
                return answer
        except (EOFError, OSError, BrokenPipeError):
            pass
        proc.kill()  # past the limit (or dead): replace it
        proc.join(5)
        self.idle.put_nowait(await loop.run_in_executor(None, self._start))
        return 503, "text/plain; charset=utf-8", f"query stopped: it ran past the {self.options.timeout:g} s limit".encode()

    def stop(self) -> None:
        if self.idle is None:
            return
        while not self.idle.empty():
            proc, conn = self.idle.get_nowait()
            conn.close()
            proc.kill()


def _negotiate(accept: str, fmt: str | None) -> str:
    if fmt:
        return {"ttl": "turtle", "nt": "ntriples", "json-ld": "jsonld"}.get(fmt.lower(), fmt.lower())
    accept = accept.lower()
    for key, mime in list(SOLUTION_TYPES.items()) + list(GRAPH_TYPES.items()):
        if mime.split(";")[0] in accept:
            return key
    return "json"


def make_app(store_dir: Path, options: ServerOptions):
    """The ASGI app: SPARQL protocol at /query, views at /views/."""
    from contextlib import asynccontextmanager

    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import HTMLResponse, PlainTextResponse, Response
    from starlette.routing import Mount, Route
    from starlette.staticfiles import StaticFiles

    from .store import PREFIXES

    pool = WorkerPool(store_dir, options, PREFIXES)

    @asynccontextmanager
    async def lifespan(_app):
        await pool.start()
        yield
        pool.stop()

    async def query(request: Request) -> Response:
        length = int(request.headers.get("content-length") or 0)
        if length > options.max_request_bytes:
            return PlainTextResponse(f"request larger than {options.max_request_bytes} bytes", 413)
        text = request.query_params.get("query")
        if request.method == "POST":
            body = b""
            async for chunk in request.stream():
                body += chunk
                if len(body) > options.max_request_bytes:
                    return PlainTextResponse(f"request larger than {options.max_request_bytes} bytes", 413)
            ctype = request.headers.get("content-type", "").split(";")[0].strip()
            if ctype == "application/sparql-query":
                text = body.decode("utf-8", "replace")
            elif ctype == "application/x-www-form-urlencoded":
                from urllib.parse import parse_qs

                form = parse_qs(body.decode("utf-8", "replace"))
                if "update" in form:
                    return PlainTextResponse("this endpoint is read-only", 403)
                text = (form.get("query") or [None])[0]
            elif ctype == "application/sparql-update":
                return PlainTextResponse("this endpoint is read-only", 403)
        if not text:
            return PlainTextResponse("give a query: ?query=… or POST it", 400)
        if len(text.encode("utf-8")) > options.max_request_bytes:
            return PlainTextResponse(f"request larger than {options.max_request_bytes} bytes", 413)
        fmt = _negotiate(request.headers.get("accept", ""), request.query_params.get("format"))
        status, ctype, body = await pool.run(text, fmt)
        return Response(body, status_code=status, headers={"Content-Type": ctype, "Cache-Control": "no-store"})

    async def health(_request: Request) -> Response:
        return PlainTextResponse("ok")

    async def home(_request: Request) -> Response:
        views = '<li><a href="/views/">views</a></li>' if options.views else ""
        return HTMLResponse(
            "<!doctype html><meta charset=utf-8><title>qgkg SPARQL endpoint</title>"
            "<h1>qgkg SPARQL endpoint</h1><ul><li>SPARQL 1.1 Protocol: <code>/query</code></li>"
            f"{views}</ul><form action=/query method=get><textarea name=query rows=6 cols=80>"
            "SELECT ?agency ?programme WHERE { ?a qg:launched ?p . ?a rdfs:label ?agency . "
            "?p rdfs:label ?programme } LIMIT 20</textarea><br><input type=hidden name=format value=json>"
            "<button>run</button></form>")

    routes = [Route("/", home), Route("/query", query, methods=["GET", "POST"]),
              Route("/sparql", query, methods=["GET", "POST"]), Route("/health", health)]
    if options.views:
        routes.append(Mount("/views", StaticFiles(directory=str(options.views), html=True), name="views"))
    return Starlette(routes=routes, lifespan=lifespan)


def store_for_file(graph: Path, folder: Path) -> Path:
    """Load a graph file into a fresh Oxigraph store (named graphs kept, union as default)."""
    from .store import OxigraphStore

    if not graph.is_file():
        raise UsageError(f"{graph}: no such graph file")
    with OxigraphStore(folder) as store:
        store.load_file(graph)
    return folder


def serve(graph: Path | None, store_dir: Path | None, options: ServerOptions) -> None:
    import uvicorn

    temp = None
    try:
        if store_dir is None:
            if graph is None:
                raise UsageError("serve a graph file or --store DIR")
            if graph.is_dir():
                store_dir = graph
            else:
                temp = tempfile.mkdtemp(prefix="qgkg-serve-")
                store_dir = store_for_file(graph, Path(temp) / "store")
        elif not store_dir.is_dir():
            raise UsageError(f"{store_dir}: no Oxigraph store here")
        if options.views and not options.views.is_dir():
            raise UsageError(f"--views {options.views}: not a folder")
        app = make_app(store_dir, options)
        print(f"serving SPARQL at http://{options.host}:{options.port}/query"
              + (f" and views at http://{options.host}:{options.port}/views/" if options.views else ""), flush=True)
        # uvicorn stops gracefully on SIGTERM (systemd, `docker stop`, `kill`) and then raises
        # the signal again under the handler it found: with Python's default, the process ended
        # there, before `finally` removed the temporary store, a copy of the whole graph
        previous = signal.signal(signal.SIGTERM, _exit_on_signal)
        try:
            uvicorn.run(app, host=options.host, port=options.port, log_level="warning")
        finally:
            signal.signal(signal.SIGTERM, previous)
    finally:
        if temp:
            shutil.rmtree(temp, ignore_errors=True)


def _exit_on_signal(signum: int, _frame) -> None:
    raise SystemExit(128 + signum)
