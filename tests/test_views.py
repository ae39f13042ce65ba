"""The HTML views, opened the way people open them: from disk, in a real (headless) Chromium.

`.ci/run` installs Debian's chromium; Playwright drives it (executable_path, no browser download).
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from kg.cli import main
from kg.store import MemoryStore
from kg.view import Page, Quote, cap, focus_page, page_html, view_graph, who_launched, who_launched_page

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]
SCRIPT = "<script>alert(1)</script>"
SVG = "<svg/onload=alert(1)>"  # (the cleaner drops a page's own markup, <p>, <img>; this tag it keeps, as text)


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium), as .ci/run does")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


class Opened:
    """A page opened from disk, with everything it said and asked for recorded."""

    def __init__(self, browser, path: Path, ready: str | None = "body[data-ready]"):
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: m.type in ("error", "warning") and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.url = path.resolve().as_uri()
        self.page.goto(self.url)
        if ready:
            self.page.wait_for_selector(ready, timeout=60_000)

    def js(self, expression: str):
        return self.page.evaluate(expression)

    def visible(self) -> list[dict]:
        return self.js("qgkg.nodeView.get()")

    def drawn_pixels(self) -> int:
        """Pixels of the network canvas that are not background: nodes and links were drawn."""
        return self.js("""(() => { const c = document.querySelector('#network canvas');
            const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;
            for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n; })()""")

    def click_node(self, node_id: int) -> None:
        x, y = self.js(f"""(() => {{ const p = qgkg.network.getPosition({node_id});
            const d = qgkg.network.canvasToDOM(p); const r = document.querySelector('#network').getBoundingClientRect();
            return [d.x + r.left, d.y + r.top]; }})()""")
        self.page.mouse.click(x, y)

    def close(self) -> None:
        self.page.close()


@pytest.fixture
def opened(browser):
    pages: list[Opened] = []

    def open_(path: Path) -> Opened:
        pages.append(Opened(browser, path))
        return pages[-1]

    yield open_
    for p in pages:
        p.close()


@pytest.fixture
def opened_plain(browser):
    """A page with no script of its own (the targets page): opened when loaded."""
    pages: list[Opened] = []

    def open_(path: Path) -> Opened:
        pages.append(Opened(browser, path, ready=None))
        return pages[-1]

    yield open_
    for p in pages:
        p.close()


@pytest.fixture(scope="module")
def seeds_graph(seeds_build):
    out, _ = seeds_build
    return view_graph(MemoryStore.from_file(out / "graph.trig"))


def test_seeds_page_draws_everything_and_requests_nothing(seeds_build, seeds_graph, opened):
    out, _ = seeds_build
    page = opened(out / "graph.html")
    assert page.errors == []
    assert page.requests == [page.url]  # the file itself, nothing else: no CDN, no fonts, no images
    assert len(page.visible()) == seeds_graph.number_of_nodes()
    assert page.js("qgkg.edges.length") == seeds_graph.number_of_edges()
    assert page.drawn_pixels() > 5000
    # the legend names every class drawn, with its count
    legend = page.page.inner_text("#legend")
    for kind in {d["kind"] for _, d in seeds_graph.nodes(data=True)}:
        assert kind in legend
    assert {"issued", "launched", "hasTarget"} <= set(page.js("qgkg.edges.get().map(e => e.label)"))


def test_search_finds_a_node_by_name_and_by_alias(seeds_build, seeds_graph, opened):
    out, _ = seeds_build
    node = next(n for n, d in seeds_graph.nodes(data=True) if d["kind"] == "Agency" and d["aliases"])
    label, alias = seeds_graph.nodes[node]["label"], seeds_graph.nodes[node]["aliases"][0]
    page = opened(out / "graph.html")
    for text in (label, alias):
        page.page.fill("#search", text)
        page.page.press("#search", "Enter")
        selected = page.js("qgkg.network.getSelectedNodes()")
        assert [page.js(f"qgkg.nodes.get({selected[0]}).iri")] == [node]
        assert label in page.page.inner_text("#details")
    page.page.fill("#search", "没有这个名字的机构")
    page.page.press("#search", "Enter")
    assert page.page.inner_text("#search-result") == "not found"


def test_filters_hide_what_they_should(seeds_build, seeds_graph, opened):
    out, _ = seeds_build
    page = opened(out / "graph.html")
    everything = len(page.visible())
    page.page.uncheck("#legend input[data-kind=Agency]")
    shown = page.visible()
    agencies = sum(1 for _, d in seeds_graph.nodes(data=True) if d["kind"] == "Agency")
    assert len(shown) == everything - agencies and all(n["kind"] != "Agency" for n in shown)
    page.page.check("#legend input[data-kind=Agency]")
    assert len(page.visible()) == everything

    region = page.js("[...document.querySelectorAll('#region-filter option')].map(o => o.value).filter(v => v)[0]")
    page.page.select_option("#region-filter", region)
    shown = page.visible()
    assert 0 < len(shown) < everything and all(region in n["regions"] for n in shown)
    page.page.select_option("#region-filter", "")

    year = page.js("[...document.querySelectorAll('#year-filter option')].map(o => o.value).filter(v => v)[0]")
    page.page.select_option("#year-filter", year)
    shown = page.visible()
    assert 0 < len(shown) < everything and all(int(year) in n["years"] for n in shown)
    # a search for something the filters hide says so rather than selecting it
    hidden = next(n for n in page.js("qgkg.nodes.get()") if int(year) not in n["years"])
    page.page.fill("#search", hidden["name"])
    page.page.press("#search", "Enter")
    assert "hidden by the filters" in page.page.inner_text("#search-result")


def test_clicking_a_node_shows_names_and_the_sentences_behind_it(seeds_build, seeds_graph, opened):
    out, _ = seeds_build
    page = opened(out / "graph.html")
    node = max((n for n, d in seeds_graph.nodes(data=True) if d["kind"] == "Plan" and d["evidence"]),
               key=seeds_graph.degree)
    node_id = page.js(f"qgkg.nodes.get({{filter: n => n.iri === {node!r}}})[0].id")
    page.js(f"qgkg.network.focus({node_id}, {{scale: 1.5, animation: false}})")
    page.click_node(node_id)
    details = page.page.inner_text("#details")
    assert seeds_graph.nodes[node]["label"] in details
    first = seeds_graph.nodes[node]["evidence"][0]
    assert first.file in details and first.sentence.splitlines()[0][:20] in details
    assert f"characters {first.start}–{first.end}" in details


def test_the_whole_graph_page_holds_every_entity_kg_stats_counts(seeds_build, opened):
    """Isolated entities too (a region or a programme a document only names): the page holds
    every entity of `kg stats`, and its legend says so by class."""
    import json

    out, _ = seeds_build
    r = __import__("subprocess").run([__import__("sys").executable, "-m", "kg.cli", "stats", str(out / "graph.trig"),
                                      "--format", "json"], capture_output=True, text=True, check=True)
    stats = json.loads(r.stdout)
    page = opened(out / "graph.html")
    assert page.js("document.getElementById('note').textContent") == ""  # nothing left out
    shown: dict[str, int] = {}
    for n in page.visible():
        shown[n["kind"]] = shown.get(n["kind"], 0) + 1
    classes = stats
    for kind, count in shown.items():
        assert classes[kind] == count, kind
        assert f"({count})" in page.page.inner_text(f"#legend .count[data-kind={kind}]")
    for kind in ("Agency", "Enterprise", "Person", "Region", "Plan", "Programme", "Indicator", "Target", "Observation"):
        assert shown.get(kind, 0) == classes.get(kind, 0), kind


def test_a_region_filter_fits_the_view_to_what_remains_and_recounts(seeds_build, opened):
    out, _ = seeds_build
    page = opened(out / "graph.html")
    # zoom in on one node first, as a search does
    page.page.fill("#search", page.js("qgkg.nodes.get({filter: n => n.kind === 'Agency'})[0].name"))
    page.page.press("#search", "Enter")
    regions = page.js("[...document.querySelectorAll('#region-filter option')].map(o => o.value).filter(v => v)")
    region = max(regions, key=lambda r: page.js(f"qgkg.nodes.get({{filter: n => n.regions.includes({r!r})}}).length"))
    page.page.select_option("#region-filter", region)
    shown = page.visible()
    assert len(shown) > 3
    box = page.js("(() => { const r = document.querySelector('#network').getBoundingClientRect(); return [r.width, r.height]; })()")
    for n in shown:
        x, y = page.js(f"(() => {{ const p = qgkg.network.canvasToDOM(qgkg.network.getPosition({n['id']})); return [p.x, p.y]; }})()")
        assert 0 <= x <= box[0] and 0 <= y <= box[1], (n["name"], x, y, box)
    # the legend counts what the filter left: "(k of n)" for each class it thinned
    agencies = sum(1 for n in shown if n["kind"] == "Agency")
    total = page.js("qgkg.nodes.get({filter: n => n.kind === 'Agency'}).length")
    text = page.page.inner_text("#legend .count[data-kind=Agency]")
    assert text == (f"({total})" if agencies == total else f"({agencies} of {total})")
    page.page.uncheck("#legend input[data-kind=Agency]")
    assert page.page.inner_text("#legend .count[data-kind=Agency]") == f"(0 of {total})"


def test_legend_swatches_have_the_shapes_of_their_nodes(seeds_build, opened):
    out, _ = seeds_build
    page = opened(out / "graph.html")
    clips = page.js("""Object.fromEntries([...document.querySelectorAll('#legend .swatch')].map(s =>
        [s.className.split(' ')[1], getComputedStyle(s).clipPath]))""")
    shapes = {c["kind"]: c["shape"] for c in page.js("JSON.parse(document.getElementById('qgkg-data').textContent).meta.classes")}
    assert shapes["Region"] == "hexagon" and shapes["Indicator"] == "star"
    drawn = {shape: clips[shape] for shape in shapes.values() if shape in clips}
    # each polygonal shape is its own outline: a hexagon has six corners, a star ten, a triangle three
    corners = {shape: clip.count(",") + 1 for shape, clip in drawn.items() if clip.startswith("polygon")}
    assert corners.get("hexagon") == 6 and corners.get("star") == 10
    assert corners.get("triangle", 3) == 3 and corners.get("triangleDown", 3) == 3


def test_a_traditional_articles_evidence_reads_simplified_with_the_original_a_click_away(tmp_path, opened):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "trad.txt").write_text(
        "關於開展質量提升行動的通知\n2023年5月1日\n"
        "上海市市場監督管理局(shì chǎng jiān dū guǎn lǐ jú)啟動“質量月”活動，指導(dǎo)14家企業(yè)參與。\n",
        encoding="utf-8")
    assert main(["build", str(corpus), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    page = opened(tmp_path / "out" / "graph.html")
    page.page.fill("#search", "质量月")
    page.page.press("#search", "Enter")
    details = page.page.locator("#details blockquote").first
    shown = details.inner_text()
    assert "启动" in shown and "(dǎo)" not in shown.split("原文")[0] and "啟動" not in shown.split("原文")[0]
    original = details.locator("details")
    assert not original.evaluate("d => d.open")  # folded until asked for
    original.locator("summary").click()
    assert "啟動" in original.inner_text() and "(dǎo)" in original.inner_text()
    assert "trad.txt · characters" in shown


def test_scripts_in_names_and_sentences_never_run(tmp_path, opened):
    # end to end: a document carrying the payloads in names and sentences
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "evil.txt").write_text(
        f"关于开展质量提升行动的通知\n2023年5月1日\n{SCRIPT}市场监督管理局印发《{SVG}质量提升行动方案》，"
        f"上海市市场监督管理局启动“{SCRIPT}质量月”活动。\n到2025年，上海市制造业产品质量合格率达到95%以上。\n",
        encoding="utf-8")
    assert main(["build", str(corpus), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    html = (tmp_path / "out" / "graph.html").read_text(encoding="utf-8")
    assert SCRIPT not in html and SVG not in html  # only escaped forms are in the file
    page = opened(tmp_path / "out" / "graph.html")
    names = page.js("qgkg.nodes.get().map(n => n.name)")
    assert any(SCRIPT in n for n in names) and any(SVG in n for n in names)  # the payload reached the page
    for n in page.js("qgkg.nodes.get()"):
        page.click_node(n["id"])
    page.page.fill("#search", "质量月")
    page.page.press("#search", "Enter")
    assert SCRIPT in page.page.inner_text("#details")  # shown as text
    assert page.dialogs == [] and page.errors == []

    # and an agency whose every name, alias and quote is a payload
    g = nx.MultiDiGraph()
    g.add_node("a", label=f"{SCRIPT}{SVG}监督管理局", kind="Agency", aliases=[SVG, SCRIPT], regions={SCRIPT},
               years={2023}, evidence=[Quote(f"{SVG}.txt", f"{SCRIPT}{SVG}印发了方案。", SVG, 0, 9)])
    g.add_node("p", label=f"{SVG}方案", kind="Plan", aliases=[], regions={SCRIPT}, years={2023}, evidence=[])
    g.add_edge("a", "p", key="issued", relation="issued", evidence=[(SVG, SCRIPT)])
    path = tmp_path / "agency.html"
    path.write_text(page_html(Page(f"{SCRIPT}{SVG}", g, note=SVG, focus="a")), encoding="utf-8")
    page = opened(path)
    page.click_node(page.js("qgkg.nodes.get({filter: n => n.kind === 'Agency'})[0].id"))
    details = page.page.inner_text("#details")
    assert SCRIPT in details and SVG in details and f"{SVG}.txt" in details
    assert page.page.inner_text("#title") == f"{SCRIPT}{SVG}" and page.page.title() == f"{SCRIPT}{SVG}"
    assert page.dialogs == [] and page.errors == [] and page.requests == [page.url]
    assert page.js("document.querySelectorAll('img, #details script').length") == 0


def test_a_capped_page_says_what_it_left_out(tmp_path, opened):
    g = nx.MultiDiGraph()
    for i in range(60):
        g.add_node(f"n{i}", label=f"节点{i}", kind="Agency" if i % 3 else "Plan", aliases=[], regions=set(), years=set(),
                   evidence=[])
    for i in range(1, 60):
        g.add_edge(f"n{i % 7}", f"n{i}", key="issued", relation="issued", evidence=[])
    c = cap(g, 20)
    assert c.graph.number_of_nodes() == 20 and c.nodes_left_out == 40
    degrees = sorted((g.degree(n) for n in g), reverse=True)
    assert sorted((g.degree(n) for n in c.graph), reverse=True) == degrees[:20]  # the most connected
    path = tmp_path / "capped.html"
    path.write_text(page_html(Page("capped", c.graph, c.note)), encoding="utf-8")
    page = opened(path)
    assert "40 entities" in page.page.inner_text("#note") and len(page.visible()) == 20


def test_focus_and_who_launched_views(seeds_graph, tmp_path, opened):
    agency = max((n for n, d in seeds_graph.nodes(data=True) if d["kind"] == "Agency"), key=seeds_graph.degree)
    name = seeds_graph.nodes[agency]["label"]
    page = focus_page(seeds_graph, agency, depth=1)
    assert set(page.graph) == {agency} | set(nx.Graph(seeds_graph).neighbors(agency))
    deeper = focus_page(seeds_graph, agency, depth=2).graph
    assert set(page.graph) < set(deeper)
    path = tmp_path / "focus.html"
    path.write_text(page_html(page), encoding="utf-8")
    opened_page = opened(path)
    assert opened_page.js("qgkg.network.getSelectedNodes().map(i => qgkg.nodes.get(i).iri)") == [agency]
    assert name in opened_page.page.inner_text("#details")

    view = who_launched(seeds_graph)
    assert {rel for _, _, rel in view.edges(keys=True)} == {"issued", "launched", "participated"}
    assert who_launched_page(seeds_graph).graph.number_of_edges() == sum(
        1 for _, _, rel in seeds_graph.edges(keys=True) if rel in ("issued", "launched", "participated"))


def test_kg_view_commands(seeds_build, tmp_path, opened, capsys):
    out, _ = seeds_build
    graph = str(out / "graph.ttl")
    assert main(["view", graph, "--who-launched", "--out", str(tmp_path / "who.html")]) == 0
    assert "wrote" in capsys.readouterr().out
    assert main(["view", graph, "--focus", "没有这个名字", "--out", str(tmp_path / "x.html")]) == 2
    assert "no entity has that name" in capsys.readouterr().err
    assert main(["view", graph, "--max-nodes", "10", "--format", "json", "--out", str(tmp_path / "small.html")]) == 0
    summary = __import__("json").loads(capsys.readouterr().out)
    assert summary["nodes"] == 10 and "left out" in summary["note"]

    assert main(["view", graph, "--index", "--out", str(tmp_path / "views"), "--quiet"]) == 0
    text = (tmp_path / "views" / "index.html").read_text(encoding="utf-8")
    pages = sorted((tmp_path / "views" / "agency").glob("*.html"))
    assert len(pages) == text.count('<a href="agency/')
    first = opened(pages[0])
    assert first.errors == [] and first.requests == [first.url]
    links = first.js("qgkg.nodes.get().filter(n => n.link).map(n => n.link)")
    assert links and all((pages[0].parent / link).resolve().exists() for link in links)


def test_pages_served_by_kg_serve_work_over_http(seeds_build, browser):
    """`kg serve OUT/graph.trig` serves OUT's pages under /views/; opened over HTTP they behave
    as from disk."""
    import subprocess
    import sys

    from .test_store import free_port, wait_until_up

    out, _ = seeds_build
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", str(out / "graph.trig"), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        wait_until_up(f"http://127.0.0.1:{port}/health", proc)
        page = browser.new_page()
        requests, errors = [], []
        page.on("request", lambda r: requests.append(r.url))
        page.on("console", lambda m: m.type == "error" and errors.append(m.text))
        url = f"http://127.0.0.1:{port}/views/graph.html"
        page.goto(url)
        page.wait_for_selector("body[data-ready]", timeout=60_000)
        assert requests == [url] and errors == []
        assert page.evaluate("qgkg.nodes.length") > 50
        page.close()
    finally:
        proc.kill()


def test_the_targets_page_charts_every_target_and_observation(seeds_build, tmp_path, opened_plain, capsys):
    import json

    from kg.chart import measures, split
    from kg.store import MemoryStore

    out, _ = seeds_build
    stats = json.loads(__import__("subprocess").run(
        [__import__("sys").executable, "-m", "kg.cli", "stats", str(out / "graph.trig"), "--format", "json"],
        capture_output=True, text=True, check=True).stdout)
    assert main(["view", str(out / "graph.trig"), "--targets", "--format", "json", "--out", str(tmp_path / "t.html")]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert (summary["targets"], summary["observations"]) == (stats["Target"], stats["Observation"])
    page = opened_plain(tmp_path / "t.html")
    assert page.errors == [] and page.requests == [page.url]
    # every target and observation is a row of a table, once
    kinds = page.js("[...document.querySelectorAll('tbody tr')].map(r => r.dataset.kind)")
    assert kinds.count("Target") == stats["Target"] and kinds.count("Observation") == stats["Observation"]
    # and every dated one of an indicator with two values or more is a mark on its chart
    charts, _ = split(measures(MemoryStore.from_file(out / "graph.trig")))
    assert summary["charts"] == len(charts) == page.js("document.querySelectorAll('section.panel').length") > 0
    marks = page.js("[...document.querySelectorAll('svg.chart g.mark title')].map(t => t.textContent)")
    dated = [m for c in charts for m in c.dated]
    assert len(marks) == len(dated)
    for m in dated:
        assert any(t.startswith(f"{m.region} {m.year}: {m.indicator} {m.text}") for t in marks)
    # marks lie inside their chart
    inside = page.js("""[...document.querySelectorAll('svg.chart')].every(svg => { const b = svg.getBoundingClientRect();
        return [...svg.querySelectorAll('g.mark')].every(g => { const r = g.getBoundingClientRect();
          return r.left >= b.left && r.right <= b.right && r.top >= b.top && r.bottom <= b.bottom; }); })""")
    assert inside


def test_an_empty_graphs_targets_page_says_so(tmp_path, opened_plain):
    from kg.chart import targets_html

    path = tmp_path / "empty.html"
    path.write_text(targets_html([]), encoding="utf-8")
    page = opened_plain(path)
    assert "no targets or observations" in page.page.inner_text("#empty")
