"""YASGUI, the SPARQL editor most triple-store users know, served from another origin, querying
`kg serve` from headless Chromium: CORS, preflight and the result formats it asks for, as a
browser really sends them.

YASGUI comes from the npm registry (`npm pack`, pinned version, no install scripts run), cached
for the test session; only `build/yasgui.min.js` and its CSS are used.
"""

from __future__ import annotations

import contextlib
import http.server
import shutil
import subprocess
import tarfile
import threading
from pathlib import Path

import pytest

from .test_store import serving
from .test_views import CHROMIUM, CHROMIUM_ARGS

YASGUI = "@zazuko/yasgui@4.6.2"
QUERY = ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX qg: <https://w3id.org/qgkg/ontology#> "
         "SELECT ?label WHERE { GRAPH ?g { ?a a qg:Agency ; rdfs:label ?label } } ORDER BY ?label LIMIT 5")


@pytest.fixture(scope="module")
def yasgui_site(tmp_path_factory):
    """A folder holding a YASGUI page, served on its own loopback port (another origin than kg serve)."""
    npm = shutil.which("npm")
    if npm is None:
        pytest.fail("npm is missing: this test fetches YASGUI from the npm registry")
    cache = tmp_path_factory.mktemp("yasgui")
    packed = subprocess.run([npm, "pack", YASGUI, "--silent", "--pack-destination", str(cache)],
                            capture_output=True, text=True, timeout=300)
    assert packed.returncode == 0, packed.stderr
    with tarfile.open(cache / packed.stdout.strip().splitlines()[-1]) as tar:
        for name in ("yasgui.min.js", "yasgui.min.css"):
            member = tar.getmember(f"package/build/{name}")
            (cache / name).write_bytes(tar.extractfile(member).read())

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(cache), **kwargs)

        def log_message(self, *args):
            pass

    site = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    threading.Thread(target=site.serve_forever, daemon=True).start()
    yield cache, f"http://127.0.0.1:{site.server_port}"
    site.shutdown()


def _page(folder: Path, endpoint: str, method: str = "POST") -> str:
    (folder / "index.html").write_text(f"""<!doctype html><meta charset="utf-8">
<link rel="stylesheet" href="yasgui.min.css"><script src="yasgui.min.js"></script>
<div id="yasgui"></div>
<script>
  window.answers = [];
  const yasgui = new Yasgui(document.getElementById("yasgui"), {{
    requestConfig: {{ endpoint: "{endpoint}", method: "{method}" }}, persistenceId: null, copyEndpointOnNewTab: false }});
  yasgui.on("queryResponse", () => window.answers.push("answered"));
  window.ask = (query) => {{ const tab = yasgui.getTab(); tab.setQuery(query); tab.query(); }};
</script>""", encoding="utf-8")
    return "index.html"


@contextlib.contextmanager
def _asked(site: str, folder: Path, endpoint: str, method: str = "POST"):
    """The YASGUI page of `site` asking `endpoint` the query: (page, console errors) once YASGUI
    has its answer or its failure."""
    from playwright.sync_api import sync_playwright

    page_name = _page(folder, f"{endpoint}/query", method)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            errors: list[str] = []
            page.on("console", lambda m: m.type == "error" and errors.append(m.text))
            page.goto(f"{site}/{page_name}")
            page.wait_for_function("typeof window.ask === 'function'")
            page.evaluate(f"window.ask({QUERY!r})")
            page.wait_for_function("window.answers.length > 0", timeout=30_000)  # an answer or a failure
            yield page, errors
        finally:
            browser.close()


@pytest.mark.parametrize("method", ["POST", "GET"])
def test_yasgui_from_another_origin_shows_a_result_from_kg_serve(seeds_build, yasgui_site, method):
    out, _ = seeds_build
    folder, site = yasgui_site
    with serving(out / "graph.trig", "--cors", site) as endpoint, _asked(site, folder, endpoint, method) as (page, errors):
        # the table YASGUI draws holds the five agencies' names
        page.wait_for_selector(".yasr table tbody tr")
        rows = page.locator(".yasr table tbody tr")
        assert rows.count() == 5
        assert all(any("\u4e00" <= ch <= "\u9fff" for ch in rows.nth(i).inner_text()) for i in range(5))
        assert not [e for e in errors if "CORS" in e or "Access-Control" in e]


def test_yasgui_from_an_origin_not_allowed_is_blocked(seeds_build, yasgui_site):
    """The same page without --cors: the browser blocks the answer (what the README warns of)."""
    out, _ = seeds_build
    folder, site = yasgui_site
    with serving(out / "graph.trig") as endpoint, _asked(site, folder, endpoint) as (page, errors):
        assert page.locator(".yasr table tbody tr").count() == 0
        assert "Access-Control-Allow-Origin" in " ".join(errors)
