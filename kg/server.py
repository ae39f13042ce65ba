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
import html
import multiprocessing as mp
import re
import shutil
import signal
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from .errors import QgkgError, UsageError

SOLUTION_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
}
GRAPH_TYPES = {"turtle": "text/turtle; charset=utf-8", "ntriples": "application/n-triples",
               "jsonld": "application/ld+json", "rdfxml": "application/rdf+xml"}
# what `format=` may say (SPARQLWrapper's names, file extensions, or a media type itself)
FORMAT_NAMES = {"json": ("json", "jsonld"), "xml": ("xml", "rdfxml"), "csv": ("csv",), "tsv": ("tsv",),
                "turtle": ("turtle",), "ttl": ("turtle",), "n3": ("turtle",), "n-triples": ("ntriples",),
                "ntriples": ("ntriples",), "nt": ("ntriples",), "json-ld": ("jsonld",), "jsonld": ("jsonld",),
                "rdf+xml": ("rdfxml",), "rdf": ("rdfxml",)}
DEFAULTS = {"solutions": "json", "graph": "turtle"}


LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1", "[::1]")
MAX_NESTING = 64  # braces and parentheses: oxigraph's recursive parser overflows its stack near 5,000


@dataclass(frozen=True)
class ServerOptions:
    host: str = "127.0.0.1"
    port: int = 7878
    timeout: float = 10.0
    max_result_bytes: int = 64 * 1024 * 1024
    max_request_bytes: int = 64 * 1024
    workers: int = 2
    views: Path | None = None
    allow_service: tuple[str, ...] = ()  # endpoints a SERVICE clause may call (full IRI or host[:port])
    allow_host: tuple[str, ...] = ()  # Host header names accepted besides the bound address
    cors: tuple[str, ...] = ()  # origins allowed to read answers from a browser ("*": any)
    max_nesting: int = MAX_NESTING
    max_memory_mb: int = 2048  # address space per query worker (RLIMIT_AS); 0: no cap
    per_client: int = 0  # queries one client may have running at once; 0: all workers but one
    read_timeout: float = 10.0  # seconds a client has to send a request's headers and body
    max_connections: int = 500  # open connections; past it, the one waiting longest for its request is closed


# --- what a query asks of the server, read before the engine sees it ------------------------------

# strings, IRIs and comments first, so that a keyword or a brace inside them is not taken for one
_TOKENS = re.compile("|".join((
    r'"""(?:[^"\\]|\\.|"(?!""))*"""',  # long strings
    r"'''(?:[^'\\]|\\.|'(?!''))*'''",
    r'"(?:[^"\\\n]|\\.)*"',  # short strings
    r"'(?:[^'\\\n]|\\.)*'",
    r'<[^<>"{}|^`\\\s]*>',  # IRIs (a < between spaces is an operator)
    r"#[^\n]*",  # comments
    r"[^\W\d][\w\-.:]*|:[\w\-.:]*",  # keywords and prefixed names
    r"[?$]\w+",  # variables
    r"\S",
)), re.S)
_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def query_tokens(text: str) -> list[str]:
    """A query's tokens as a SPARQL parser sees them: \\u escapes read first (they may stand for
    any character of a query, SPARQL 1.1 section 19.2), strings and IRIs whole, comments dropped.

    >>> query_tokens('SELECT "a{" # {\\n{ }')
    ['SELECT', '"a{"', '{', '}']
    """
    text = _CODEPOINT.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), text)
    return [t for t in _TOKENS.findall(text) if not t.startswith("#")]


@dataclass(frozen=True)
class QueryShape:
    """What the server checks in a query's text: the endpoints its SERVICE clauses call (None for
    one it cannot tell: a variable or an undeclared name) and how deep its groups nest."""

    services: tuple[str | None, ...]
    depth: int


def query_shape(text: str) -> QueryShape:
    """Read a query's SERVICE endpoints and nesting depth, as a SPARQL parser would.

    >>> query_shape('SELECT * WHERE { SERVICE <http://h:1/q> { ?s ?p ?o } }')
    QueryShape(services=('http://h:1/q',), depth=2)
    >>> query_shape('PREFIX e: <http://x/> SELECT * { service silent e:q {} } # SERVICE <http://y/>')
    QueryShape(services=('http://x/q',), depth=2)
    >>> query_shape('SELECT ("SERVICE <http://y/>" AS ?x) { ?service ?p <http://s/SERVICE> }').services
    ()
    """
    tokens = query_tokens(text)
    prefixes: dict[str, str] = {}
    services: list[str | None] = []
    depth = deepest = 0
    for i, tok in enumerate(tokens):
        upper = tok.upper()
        if tok in "{(" and len(tok) == 1:
            depth += 1
            deepest = max(deepest, depth)
        elif tok in "})" and len(tok) == 1:
            depth -= 1
        elif upper == "PREFIX" and i + 2 < len(tokens) and tokens[i + 2].startswith("<"):
            prefixes[tokens[i + 1].rstrip(":").split(":")[0]] = tokens[i + 2][1:-1]
        elif upper == "SERVICE":
            j = i + 1
            if j < len(tokens) and tokens[j].upper() == "SILENT":
                j += 1
            target = tokens[j] if j < len(tokens) else ""
            if target.startswith("<"):
                services.append(target[1:-1])
            elif ":" in target and not target.startswith(("?", "$")):
                prefix, _, local = target.partition(":")
                services.append(prefixes[prefix] + local if prefix in prefixes else None)
            else:
                services.append(None)
    return QueryShape(tuple(services), deepest)


def service_allowed(endpoint: str | None, allowed: tuple[str, ...]) -> bool:
    """Whether a SERVICE endpoint is on the operator's list (a full IRI, or host[:port]).

    >>> service_allowed("http://dbpedia.org/sparql", ("dbpedia.org",))
    True
    >>> service_allowed("http://127.0.0.1:8082/json", ("dbpedia.org",)), service_allowed(None, ("*",))
    (False, False)
    """
    if not endpoint:
        return False
    parts = urlsplit(endpoint)
    if parts.scheme not in ("http", "https"):
        return False
    netloc = (parts.hostname or "") + (f":{parts.port}" if parts.port else "")
    return any(a in (endpoint, netloc, parts.hostname) for a in allowed)


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


def choose(preferences: list[tuple[str, float]], kind: str) -> str | None:
    """The result format to answer in: the most preferred one that fits the result's kind
    ("solutions" for SELECT/ASK, "graph" for CONSTRUCT/DESCRIBE), None when nothing fits (406).

    >>> choose([("csv", 1.0), ("json", 0.5)], "solutions"), choose([("*", 1.0)], "graph")
    ('csv', 'turtle')
    >>> choose([("turtle", 1.0)], "solutions") is None
    True
    """
    table = SOLUTION_TYPES if kind == "solutions" else GRAPH_TYPES
    for key, q in sorted(preferences, key=lambda p: -p[1]):
        if q <= 0:
            continue
        if key == "*":
            return DEFAULTS[kind]
        if key in table:
            return key
    return None


def _answer(store, query: str, preferences: list, max_bytes: int, prefixes: dict,
            graphs: tuple[list[str], list[str]] = ([], [])) -> tuple[int, str, bytes]:
    """(HTTP status, content type, body) for one query on an open pyoxigraph store."""
    import pyoxigraph as ox

    text = "text/plain; charset=utf-8"
    default_graphs, named_graphs = graphs
    options: dict = {"prefixes": prefixes}
    if default_graphs:  # default-graph-uri: the query's default graph is these graphs only
        options["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
    if named_graphs:
        options["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
    try:
        result = store.query(query, **options)
    except SyntaxError as exc:
        return 400, text, f"SPARQL syntax error: {exc}".encode()
    except (ValueError, OSError, RuntimeError) as exc:
        return 400, text, f"SPARQL error: {exc}".encode()
    sink = _Capped(max_bytes)
    graph = isinstance(result, ox.QueryTriples)
    key = choose(preferences, "graph" if graph else "solutions")
    if key is None:
        offered = ", ".join(v.split(";")[0] for v in (GRAPH_TYPES if graph else SOLUTION_TYPES).values())
        return 406, text, f"none of the requested formats fits this result; this one can be: {offered}".encode()
    try:
        if graph:
            rdf = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
                   "rdfxml": ox.RdfFormat.RDF_XML}[key]
            result.serialize(sink, rdf)
            return 200, GRAPH_TYPES[key], b"".join(sink.parts)
        result.serialize(sink, {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
                                "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}[key])
        return 200, SOLUTION_TYPES[key], b"".join(sink.parts)
    except (ResultTooLarge, OSError) as exc:
        # pyoxigraph reports a sink that refuses to grow as an OSError wrapping ours
        if isinstance(exc, ResultTooLarge) or sink.size > sink.limit:
            return 413, text, f"result larger than {max_bytes / 1e6:g} MB; add a LIMIT".encode()
        return 500, text, f"cannot write the result: {exc}".encode()


def _worker(path: str, conn, max_bytes: int, prefixes: dict, max_memory_mb: int = 0) -> None:
    import pyoxigraph as ox

    store = ox.Store.read_only(path)
    if max_memory_mb > 0:
        _cap_memory(max_memory_mb)
    conn.send("ready")
    while True:
        try:
            query, preferences, graphs = conn.recv()
        except EOFError:
            return
        try:
            conn.send(_answer(store, query, preferences, max_bytes, prefixes, graphs))
        except Exception as exc:  # never let one query take the worker down silently
            conn.send((500, "text/plain; charset=utf-8", f"{type(exc).__name__}: {exc}".encode()))


def _cap_memory(max_memory_mb: int) -> None:
    """Let this worker's address space grow by at most `max_memory_mb` from here: a query that
    grows past it fails to allocate and ends this worker only. Set after the store is open, on
    top of what it holds, since RocksDB's threads and caches reserve address space of their own
    (a cap below that made the store fail to start its threads)."""
    try:
        import resource  # POSIX only: on Windows, only the time limit stops a runaway query

        with open("/proc/self/status", encoding="ascii") as status:
            held = next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmSize:"))
        cap = held + max_memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    except (ImportError, OSError, ValueError, StopIteration):
        pass  # no /proc or no limit to set: the time limit still stops a runaway query


class WorkerPool:
    """N query processes; a query past the time limit costs its worker, not the server."""

    def __init__(self, path: Path, options: ServerOptions, prefixes: dict) -> None:
        self.path, self.options, self.prefixes = path, options, prefixes
        self.ctx = mp.get_context("spawn")
        self.idle: asyncio.Queue | None = None

    def _start(self):
        parent, child = self.ctx.Pipe()
        proc = self.ctx.Process(target=_worker, args=(str(self.path), child, self.options.max_result_bytes,
                                                      self.prefixes, self.options.max_memory_mb), daemon=True)
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

    async def run(self, query: str, preferences: list, graphs: tuple[list[str], list[str]] = ([], [])
                  ) -> tuple[int, str, bytes]:
        assert self.idle is not None
        loop = asyncio.get_running_loop()
        try:
            proc, conn = await asyncio.wait_for(self.idle.get(), timeout=self.options.timeout)
        except TimeoutError:
            return 503, "text/plain; charset=utf-8", b"server busy: every query worker is taken; try again"
        try:
            conn.send((query, preferences, graphs))
            ready = await loop.run_in_executor(None, conn.poll, self.options.timeout)
            if ready:
                answer = conn.recv()
                self.idle.put_nowait((proc, conn))
                return answer
            reason = f"query stopped: it ran past the {self.options.timeout:g} s limit"
        except (EOFError, OSError, BrokenPipeError):
            cap = f"the {self.options.max_memory_mb} MB memory cap of a query worker" if self.options.max_memory_mb \
                else "the machine's memory"
            reason = f"query stopped: its worker died, most likely past {cap}; try a smaller query"
        proc.kill()  # past the limit (or dead): replace it
        proc.join(5)
        self.idle.put_nowait(await loop.run_in_executor(None, self._start))
        return 503, "text/plain; charset=utf-8", reason.encode()

    def stop(self) -> None:
        if self.idle is None:
            return
        while not self.idle.empty():
            proc, conn = self.idle.get_nowait()
            conn.close()
            proc.kill()


_MEDIA_KEYS = {**{v.split(";")[0]: k for k, v in SOLUTION_TYPES.items()},
               **{v.split(";")[0]: k for k, v in GRAPH_TYPES.items()},
               "application/json": "json", "application/xml": "xml", "text/xml": "xml",
               "application/x-turtle": "turtle", "text/plain": "ntriples", "text/n3": "turtle",
               "text/rdf+n3": "turtle", "application/trig": "turtle"}


def preferences(accept: str, formats: list[str] | str | None) -> list[tuple[str, float]] | None:
    """The formats a client asks for, with their q-values: `format=` first (names SPARQLWrapper
    sends, or media types, possibly several and comma-separated), else the Accept header; None
    for a `format=` that no format answers to.

    >>> preferences("text/csv;q=0.5, application/sparql-results+json", None)
    [('csv', 0.5), ('json', 1.0)]
    >>> preferences("", "tsv"), preferences("text/html", None), preferences("", "pdf")
    ([('tsv', 1.0)], [], None)
    >>> preferences("", ["json-ld", "application/ld+json,application/x-json+ld"])
    [('jsonld', 1.0)]
    """
    if isinstance(formats, str):
        formats = [formats]
    names = [n.strip().lower() for f in formats or [] for n in f.split(",") if n.strip()]
    if names:
        out: list[tuple[str, float]] = []
        for name in names:
            keys = FORMAT_NAMES.get(name) or ((_MEDIA_KEYS[name.split(";")[0]],) if name.split(";")[0] in _MEDIA_KEYS else ())
            out.extend((k, 1.0) for k in keys if (k, 1.0) not in out)
        return out or None
    if not accept.strip():
        return [("*", 1.0)]
    out = []
    for part in accept.split(","):
        media, *params = [x.strip() for x in part.split(";")]
        q = 1.0
        for param in params:
            if param.startswith("q="):
                try:
                    q = float(param[2:])
                except ValueError:
                    q = 0.0
        media = media.lower()
        if media in ("*/*", "application/*", "text/*"):
            out.append(("*", q))
        elif media in _MEDIA_KEYS:
            out.append((_MEDIA_KEYS[media], q))
    return out


_UPDATE_START = re.compile(r"\s*(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.I)


def is_update(text: str) -> bool:
    """Does a request's text hold a SPARQL update (after its PREFIX and BASE lines)?

    >>> is_update("PREFIX x: <http://x/> INSERT DATA { x:a x:b x:c }"), is_update("SELECT * {}")
    (True, False)
    """
    tokens = query_tokens(text)
    i = 0
    while i < len(tokens) and tokens[i].upper() in ("PREFIX", "BASE"):
        i += 3 if tokens[i].upper() == "PREFIX" else 2
    return i < len(tokens) and bool(_UPDATE_START.match(tokens[i]))


SERVICE_DESCRIPTION = """@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix fmt: <http://www.w3.org/ns/formats/> .
<{endpoint}> a sd:Service ;
    sd:endpoint <{endpoint}> ;
    sd:supportedLanguage sd:SPARQL11Query ;
    sd:feature sd:UnionDefaultGraph ;
    sd:resultFormat fmt:SPARQL_Results_JSON, fmt:SPARQL_Results_XML, fmt:SPARQL_Results_CSV,
        fmt:SPARQL_Results_TSV, fmt:Turtle, fmt:N-Triples, fmt:JSON-LD, fmt:RDF_XML .
"""


def make_app(store_dir: Path, options: ServerOptions):
    """The ASGI app: SPARQL protocol at /query, views at /views/."""
    from contextlib import asynccontextmanager

    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import FileResponse, HTMLResponse, PlainTextResponse, Response
    from starlette.routing import Route

    from .store import PREFIXES

    pool = WorkerPool(store_dir, options, PREFIXES)
    running: dict[str, int] = {}  # client address -> its queries in flight

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
        form_graphs: tuple[list[str], list[str]] = ([], [])
        if request.method == "GET" and text is None and "update" not in request.query_params:
            # no query: the SPARQL 1.1 Service Description of this endpoint
            endpoint = str(request.url.replace(query=""))
            return Response(SERVICE_DESCRIPTION.format(endpoint=endpoint), media_type="text/turtle; charset=utf-8")
        if "update" in request.query_params:
            return PlainTextResponse("this endpoint is read-only: updates are refused", 403)
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
                    return PlainTextResponse("this endpoint is read-only: updates are refused", 403)
                text = (form.get("query") or [None])[0]
                form_graphs = (form.get("default-graph-uri", []), form.get("named-graph-uri", []))
            elif ctype == "application/sparql-update":
                return PlainTextResponse("this endpoint is read-only: updates are refused", 403)
            elif body or ctype:
                return PlainTextResponse(f"unsupported body type {ctype or '(none)'}: send application/sparql-query "
                                         "or application/x-www-form-urlencoded", 415)
        if not text:
            return PlainTextResponse("give a query: ?query=… or POST it", 400)
        if len(text.encode("utf-8")) > options.max_request_bytes:
            return PlainTextResponse(f"request larger than {options.max_request_bytes} bytes", 413)
        if is_update(text):
            return PlainTextResponse("this endpoint is read-only: updates are refused", 403)
        client = request.client.host if request.client else "?"
        limit = options.per_client or max(1, options.workers - 1)
        if running.get(client, 0) >= limit:
            return PlainTextResponse(f"too many queries at once from {client}: at most {limit} run at a time for one "
                                     "client, so that others keep being answered", 429, headers={"Retry-After": "1"})
        refusal = refuse_query(text, options)
        if refusal:
            return PlainTextResponse(refusal[1], refusal[0])
        asked = preferences(request.headers.get("accept", ""), request.query_params.getlist("format"))
        if asked is None:
            return PlainTextResponse(f"format={request.query_params.get('format')}: not a format this endpoint "
                                     "answers in (json, xml, csv, tsv, turtle, n-triples, json-ld, rdf+xml)", 406)
        graphs = (request.query_params.getlist("default-graph-uri") + form_graphs[0],
                  request.query_params.getlist("named-graph-uri") + form_graphs[1])
        running[client] = running.get(client, 0) + 1
        try:
            status, ctype, body = await pool.run(text, asked, graphs)
        finally:
            running[client] -= 1
            if not running[client]:
                del running[client]
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

    async def views(request: Request) -> Response:
        if not options.views:
            return PlainTextResponse("no views are served (start kg serve with --views DIR)", 404)
        pages = view_pages(options.views)
        name = request.path_params.get("name", "")
        if name in ("", "index.html") and "index.html" not in pages:
            items = "".join(f'<li><a href="/views/{html.escape(p, True)}">{html.escape(p)}</a></li>' for p in pages)
            return HTMLResponse(f"<!doctype html><meta charset=utf-8><title>qgkg views</title><h1>Views</h1><ul>{items}</ul>")
        page = pages.get(name or "index.html")
        if page is None:
            return PlainTextResponse("no such view", 404)
        return FileResponse(page, media_type="text/html; charset=utf-8")

    routes = [Route("/", home), Route("/query", query, methods=["GET", "POST", "OPTIONS"]),
              Route("/sparql", query, methods=["GET", "POST", "OPTIONS"]), Route("/health", health),
              Route("/views", views), Route("/views/", views), Route("/views/{name:path}", views)]
    return GuardedApp(Starlette(routes=routes, lifespan=lifespan), options)


def view_pages(folder: Path) -> dict[str, Path]:
    """The pages `kg serve` shows under /views/: the .html files of the folder and its sub-folders,
    never a dotfile, a file in a dot-folder or a link leading out of the folder."""
    root = folder.resolve()
    pages = {}
    for path in sorted(folder.rglob("*.html")):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts) or not path.is_file():
            continue
        if not path.resolve().is_relative_to(root):
            continue
        pages[rel.as_posix()] = path
    return pages


def refuse_query(text: str, options: ServerOptions) -> tuple[int, str] | None:
    """(status, message) for a query the server will not run, or None. Checked on the text,
    before the engine sees it: a SERVICE clause would make this server send requests on the
    client's behalf to any address it can reach (localhost services included)."""
    shape = query_shape(text)
    if shape.depth > options.max_nesting:
        return 400, f"query nests {shape.depth} levels of braces and parentheses; the limit is {options.max_nesting}"
    for endpoint in shape.services:
        if not service_allowed(endpoint, options.allow_service):
            shown = f"<{endpoint}>" if endpoint else "with a variable or undeclared endpoint"
            return 403, (f"SERVICE {shown} refused: this endpoint calls no other service unless its operator "
                         "lists it (kg serve --allow-service HOST)")
    return None


class GuardedApp:
    """ASGI middleware: the Host header must name this server (DNS rebinding), a cross-site form
    POST is refused unless CORS allows its origin, and CORS headers go on every answer to an
    allowed origin (preflights answered here)."""

    def __init__(self, app, options: ServerOptions) -> None:
        self.app, self.options = app, options
        bound = options.host
        self.any_host = bound in ("0.0.0.0", "::", "") and not options.allow_host
        names = {bound, f"[{bound}]", *options.allow_host}
        if bound in LOOPBACK_NAMES:
            names |= set(LOOPBACK_NAMES)
        self.hosts = {n.lower() for n in names}

    def host_ok(self, host: str) -> bool:
        if self.any_host:
            return True
        host = host.lower()
        name = host.rsplit(":", 1)[0] if not host.endswith("]") and host.count(":") == 1 else host
        if name.startswith("[") and "]:" in name:
            name = name.split("]:")[0] + "]"
        return name in self.hosts or host in self.hosts

    def cors_origin(self, origin: str | None) -> str | None:
        if not origin:
            return None
        if "*" in self.options.cors:
            return "*"
        return origin if origin in self.options.cors else None

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        from starlette.datastructures import Headers
        from starlette.responses import PlainTextResponse, Response

        headers = Headers(scope=scope)
        if not self.host_ok(headers.get("host", "")):
            await PlainTextResponse("unknown Host: this server answers for its own address only "
                                    "(kg serve --allow-host NAME)", 421)(scope, receive, send)
            return
        origin = headers.get("origin")
        allowed = self.cors_origin(origin)
        if scope["method"] == "OPTIONS":
            if allowed:
                await Response(status_code=204, headers=self._cors_headers(allowed, preflight=True))(scope, receive, send)
            else:
                await PlainTextResponse("cross-origin requests are not allowed here (kg serve --cors ORIGIN)",
                                        403)(scope, receive, send)
            return
        if scope["method"] == "POST" and origin and not allowed and not self._same_origin(origin, headers):
            # a page on another site can POST a form here without any preflight
            await PlainTextResponse(f"cross-site request from {origin} refused (kg serve --cors ORIGIN)",
                                    403)(scope, receive, send)
            return
        if not allowed:
            await self.app(scope, receive, send)
            return
        extra = self._cors_headers(allowed, preflight=False)

        async def send_with_cors(message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + [(k.lower().encode(), v.encode()) for k, v in extra.items()]
            await send(message)

        await self.app(scope, receive, send_with_cors)

    @staticmethod
    def _same_origin(origin: str, headers) -> bool:
        return urlsplit(origin).netloc.lower() == headers.get("host", "").lower()

    @staticmethod
    def _cors_headers(origin: str, preflight: bool) -> dict[str, str]:
        out = {"Access-Control-Allow-Origin": origin}
        if origin != "*":
            out["Vary"] = "Origin"
        if preflight:
            out.update({"Access-Control-Allow-Methods": "GET, POST, OPTIONS",
                        "Access-Control-Allow-Headers": "Accept, Content-Type",
                        "Access-Control-Max-Age": "600"})
        return out


def guarded_protocol(read_timeout: float, max_connections: int) -> type:
    """uvicorn's h11 protocol with the two limits uvicorn lacks against slow clients (slowloris):
    a request's headers and body must be in within `read_timeout` seconds of the connection (or
    of the previous answer on it), and past `max_connections` open connections a new one closes
    the connection that has waited longest for its request, so that slow sockets cannot use up
    the process's file descriptors while real clients wait."""
    import time

    import h11
    from uvicorn.protocols.http.h11_impl import H11Protocol

    class GuardedH11Protocol(H11Protocol):
        _deadline: asyncio.TimerHandle | None = None
        _waiting_since = 0.0

        def connection_made(self, transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._arm()
            if len(self.connections) > max_connections:
                self._evict()

        def connection_lost(self, exc) -> None:
            if self._deadline is not None:
                self._deadline.cancel()
            super().connection_lost(exc)

        def on_response_complete(self) -> None:
            super().on_response_complete()
            self._arm()

        def _arm(self) -> None:
            if self._deadline is not None:
                self._deadline.cancel()
            self._waiting_since = time.monotonic()
            self._deadline = self.loop.call_later(read_timeout, self._expire)

        def _reading(self) -> bool:
            """True while the request is still being sent (nothing to answer yet)."""
            return self.conn.their_state in (h11.IDLE, h11.SEND_BODY) and self.conn.our_state is h11.IDLE

        def _expire(self) -> None:
            if self._reading() and not self.transport.is_closing():
                self.transport.close()

        def _evict(self) -> None:
            waiting = [c for c in self.connections if isinstance(c, GuardedH11Protocol) and c is not self
                       and c._reading() and not c.transport.is_closing()]
            if waiting:
                min(waiting, key=lambda c: c._waiting_since).transport.close()

    return GuardedH11Protocol


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
        check_options(options)
        _check_port(options.host, options.port)
        app = make_app(store_dir, options)
        print(f"serving SPARQL at http://{options.host}:{options.port}/query"
              + (f" and views at http://{options.host}:{options.port}/views/" if options.views else ""), flush=True)
        # uvicorn stops gracefully on SIGTERM (systemd, `docker stop`, `kill`) and then raises
        # the signal again under the handler it found: with Python's default, the process ended
        # there, before `finally` removed the temporary store, a copy of the whole graph
        previous = signal.signal(signal.SIGTERM, _exit_on_signal)
        try:
            # idle keep-alive connections close after 5 s, slow requests after --read-timeout; open
            # connections stay under --max-connections, and past 512 running requests new ones get 503
            uvicorn.run(app, host=options.host, port=options.port, log_level="warning", timeout_keep_alive=5,
                        limit_concurrency=512,
                        http=guarded_protocol(options.read_timeout, options.max_connections))
        finally:
            signal.signal(signal.SIGTERM, previous)
    finally:
        if temp:
            shutil.rmtree(temp, ignore_errors=True)


def check_options(options: ServerOptions) -> None:
    """Refuse values that would leave the server answering nothing but 503, and warn when it
    listens beyond this machine."""
    import sys

    if options.workers < 1:
        raise UsageError("--workers must be at least 1")
    if not options.timeout > 0:
        raise UsageError("--timeout must be a positive number of seconds")
    if not options.read_timeout > 0:
        raise UsageError("--read-timeout must be a positive number of seconds")
    if options.max_connections < 8:
        raise UsageError("--max-connections must be at least 8")
    if options.max_result_bytes <= 0 or options.max_request_bytes <= 0:
        raise UsageError("--max-result-mb and --max-request-kb must be positive")
    if options.max_memory_mb < 0 or options.per_client < 0:
        raise UsageError("--max-memory-mb and --per-client must not be negative")
    if not 0 <= options.port <= 65535:
        raise UsageError(f"--port {options.port}: not a port number")
    if options.host not in LOOPBACK_NAMES:
        print(f"kg serve: warning: listening on {options.host}, beyond this machine: anyone who can reach it "
              "can query the graph", file=sys.stderr)


def _check_port(host: str, port: int) -> None:
    """Fail with one line, before anything is printed as served, when the port cannot be had."""
    import socket

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise QgkgError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None


def _exit_on_signal(signum: int, _frame) -> None:
    raise SystemExit(128 + signum)
