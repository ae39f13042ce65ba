"""kg serve next to other services: no SERVICE calls on a client's behalf, no files but the
views, no answers to a foreign Host or a cross-site form, CORS only where the operator allows it.
Everything here runs on loopback and is bounded."""

from __future__ import annotations

import http.server
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request

import pytest

from .test_store import free_port, serving, wait_until_up


@pytest.fixture(scope="module")
def local_service():
    """A local-only HTTP service holding a secret, counting the requests it gets."""
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            hits.append(self.path)
            body = b'{"secret": "token-123"}'
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.end_headers()
            self.wfile.write(body)

        do_POST = do_GET

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"127.0.0.1:{server.server_port}", hits
    server.shutdown()


@pytest.fixture(scope="module")
def guarded(seeds_build, tmp_path_factory):
    out, _ = seeds_build
    views = tmp_path_factory.mktemp("views")
    (views / "graph.html").write_text("<!doctype html><title>page</title>", encoding="utf-8")
    (views / ".env").write_text("SECRET=1", encoding="utf-8")
    (views / ".git").mkdir()
    (views / ".git" / "config").write_text("[remote]", encoding="utf-8")
    (views / "notes.txt").write_text("private", encoding="utf-8")
    with serving(out / "graph.trig", "--views", str(views), "--timeout", "5", "--cors", "http://localhost:9999") as url:
        yield url


def _get(url: str, data: bytes | None = None, headers: dict | None = None) -> tuple[int, dict, bytes]:
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=None)
    try:
        with urllib.request.urlopen(req, timeout=20) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def _q(text: str) -> str:
    return "/query?query=" + urllib.parse.quote(text)


@pytest.mark.parametrize("form", [
    "SELECT ?secret WHERE {{ SERVICE <http://{addr}/json> {{ ?secret ?p ?o }} }}",
    "PREFIX e: <http://{addr}/> SELECT * WHERE {{ service SILENT e:json {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ \\u0053ERVICE <http://{addr}/json> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ BIND(<http://{addr}/json> AS ?e) SERVICE ?e {{ ?s ?p ?o }} }}",
], ids=["iri", "prefixed-lowercase-silent", "codepoint-escape", "variable"])
def test_a_service_query_is_refused_and_the_service_sees_nothing(guarded, local_service, form):
    addr, hits = local_service
    before = len(hits)
    status, _, body = _get(guarded + _q(form.format(addr=addr)))
    assert status == 403, body
    assert b"SERVICE" in body and b"--allow-service" in body
    assert b"token-123" not in body
    assert len(hits) == before


def test_service_inside_a_string_or_a_comment_is_no_service_call(guarded):
    status, _, body = _get(guarded + _q('SELECT ("SERVICE <http://x/>" AS ?s) WHERE {} # SERVICE <http://y/>'),
                           headers={"Accept": "text/csv"})
    assert status == 200 and b"SERVICE <http://x/>" in body


def test_an_allowed_service_is_called(seeds_build, local_service):
    addr, hits = local_service
    out, _ = seeds_build
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", str(out / "graph.trig"), "--port", str(port),
                             "--allow-service", addr], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        wait_until_up(f"http://127.0.0.1:{port}/health", proc)
        before = len(hits)
        _get(f"http://127.0.0.1:{port}" + _q(f"SELECT * WHERE {{ SERVICE <http://{addr}/json> {{ ?s ?p ?o }} }}"))
        assert len(hits) == before + 1
    finally:
        proc.kill()
        proc.wait()


def test_views_serve_pages_only(guarded):
    assert _get(guarded + "/views/graph.html")[0] == 200
    for path in ("/views/.env", "/views/.git/config", "/views/notes.txt", "/views/../graph.trig", "/views/%2e%2e/x"):
        assert _get(guarded + path)[0] == 404, path
    status, _, body = _get(guarded + "/views/")
    assert status == 200 and b"graph.html" in body and b".env" not in body


def test_a_foreign_host_header_is_refused(guarded):
    assert _get(guarded + _q("ASK {}"), headers={"Host": "attacker.example"})[0] == 421
    assert _get(guarded + _q("ASK {}"), headers={"Host": "localhost"})[0] == 200


def test_a_cross_site_form_post_is_refused(guarded):
    form = urllib.parse.urlencode({"query": "ASK {}"}).encode()
    status, _, _ = _get(guarded + "/query", form, {"Content-Type": "application/x-www-form-urlencoded",
                                                    "Origin": "http://evil.example"})
    assert status == 403
    status, headers, _ = _get(guarded + "/query", form, {"Content-Type": "application/x-www-form-urlencoded",
                                                          "Origin": "http://localhost:9999"})
    assert status == 200 and headers.get("access-control-allow-origin") == "http://localhost:9999"


def test_a_preflight_gets_cors_headers_for_an_allowed_origin_only(guarded):
    req = urllib.request.Request(guarded + "/query", method="OPTIONS",
                                 headers={"Origin": "http://localhost:9999", "Access-Control-Request-Method": "POST"})
    with urllib.request.urlopen(req, timeout=10) as r:
        assert r.status == 204
        assert r.headers["Access-Control-Allow-Origin"] == "http://localhost:9999"
        assert "POST" in r.headers["Access-Control-Allow-Methods"]
    req = urllib.request.Request(guarded + "/query", method="OPTIONS", headers={"Origin": "http://evil.example"})
    with pytest.raises(urllib.error.HTTPError):
        urllib.request.urlopen(req, timeout=10)


def test_deep_nesting_is_refused_before_the_engine_and_others_keep_answering(guarded):
    deep = "SELECT * WHERE " + "{" * 5000 + "}" * 5000
    status, _, body = _get(guarded + "/query", urllib.parse.urlencode({"query": deep}).encode(),
                           {"Content-Type": "application/x-www-form-urlencoded"})
    assert status in (400, 413) and (b"limit" in body or b"larger" in body)
    status, _, body = _get(guarded + _q("SELECT * WHERE " + "{" * 100 + "}" * 100))
    assert status == 400 and b"nests" in body
    assert _get(guarded + _q("ASK { ?s ?p ?o }"))[0] == 200


@pytest.mark.parametrize("flag", [["--workers", "0"], ["--timeout", "0"], ["--timeout", "-1"], ["--read-timeout", "0"],
                                  ["--max-connections", "1"]])
def test_server_options_that_would_answer_only_503_are_usage_errors(seeds_build, flag):
    out, _ = seeds_build
    r = subprocess.run([sys.executable, "-m", "kg.cli", "serve", str(out / "graph.trig"), "--port", str(free_port()),
                        *flag], capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and r.stderr.count("\n") == 1, r.stderr


def _get_from(source: str, url: str, timeout: float = 30) -> tuple[int, bytes]:
    """A request from another loopback address (127.0.0.2 is another client to the server)."""
    import http.client

    parts = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout, source_address=(source, 0))
    try:
        conn.request("GET", parts.path + ("?" + parts.query if parts.query else ""), headers={"Host": parts.netloc})
        r = conn.getresponse()
        return r.status, r.read()
    finally:
        conn.close()


def test_one_client_cannot_hold_every_worker_and_a_memory_hog_is_stopped(seeds_build):
    """Slow and memory-doubling queries from one client get 429/503 naming their limit while a
    second client's quick queries keep being answered."""
    from concurrent.futures import ThreadPoolExecutor

    out, _ = seeds_build
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", str(out / "graph.trig"), "--port", str(port),
                             "--timeout", "8", "--workers", "2", "--max-memory-mb", "512"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base + "/health", proc)
        slow = _q("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }")
        # 16 bytes doubled 26 times: a gigabyte string
        doubling = _q('SELECT ?n WHERE { BIND("xxxxxxxxxxxxxxxx" AS ?v0) ' + "".join(
            f"BIND(CONCAT(?v{i}, ?v{i}) AS ?v{i + 1}) " for i in range(26)) + "BIND(STRLEN(?v26) AS ?n) }")
        quick = _q("ASK { ?s ?p ?o }")
        with ThreadPoolExecutor(4) as pool:
            hogs = [pool.submit(_get_from, "127.0.0.1", base + slow) for _ in range(2)]  # one client, two slow
            import time

            time.sleep(0.5)
            memory = pool.submit(_get_from, "127.0.0.3", base + doubling)  # a third client's memory hog
            other = [_get_from("127.0.0.2", base + quick) for _ in range(3)]  # a second client's quick ones
            hog_results = [f.result() for f in hogs]
            memory_result = memory.result()
        assert all(code == 200 for code, _ in other), other
        assert sorted(code for code, _ in hog_results)[0] == 429, hog_results  # the second one waits its turn
        assert b"at most" in next(body for code, body in hog_results if code == 429)
        assert memory_result[0] == 503 and b"memory cap" in memory_result[1], memory_result
        assert _get_from("127.0.0.2", base + quick)[0] == 200
    finally:
        proc.kill()
        proc.wait()


def test_slow_clients_are_cut_off_and_cannot_use_up_connections(seeds_build):
    """Slowloris: a request whose headers never end is closed after --read-timeout, and a flood of
    such sockets past --max-connections closes the oldest of them, so a real client is answered."""
    import socket
    import time

    out, _ = seeds_build
    with serving(out / "graph.trig", "--read-timeout", "1.5", "--max-connections", "40") as url:
        port = int(url.rsplit(":", 1)[1])
        slow = socket.create_connection(("127.0.0.1", port), timeout=10)
        slow.sendall(b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # and never the blank line
        started = time.monotonic()
        assert slow.recv(1024) == b""  # closed by the server, without an answer
        assert 1.0 < time.monotonic() - started < 8
        slow.close()

        flood = []
        for _ in range(120):  # three times the cap, each a request begun and never finished
            s = socket.create_connection(("127.0.0.1", port), timeout=10)
            s.sendall(b"POST /query HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            flood.append(s)
        try:
            status, _, body = _get(url + _q("ASK { ?s ?p ?o }"))
            assert status == 200 and b"true" in body
            time.sleep(0.5)
            open_ = 0
            for s in flood:
                s.setblocking(False)
                try:
                    open_ += s.recv(1) != b""
                except BlockingIOError:
                    open_ += 1
                except OSError:
                    pass
            assert open_ <= 40
        finally:
            for s in flood:
                s.close()
