"""Stage after the store: interactive HTML views of the graph, drawn by vis-network through pyvis.

The flow is   store --view_graph--> networkx graph --who_launched / neighbourhood / cap-->
smaller networkx graph --page_html--> one self-contained HTML page.

Pages are opened from disk by people with no network, and their text comes from scraped
documents, so every page
  * inlines vis-network (pyvis's bundled copy) and its own script and style: it requests nothing,
    and a Content-Security-Policy forbids it to;
  * carries its data as JSON inside a `<script type="application/json">`, with `<`, `>` and `&`
    escaped, and writes names and quotes into the page with `textContent` only (never HTML);
  * draws labels on the canvas and gives vis-network plain-text tooltips (vis-network 9 sets
    string titles with innerText).
Above `max_nodes` a page shows the most connected part and says what it left out.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import networkx as nx

from .analyze import to_networkx
from .store import Store

# colour and vis-network shape per class; the legend is drawn from this table
STYLE: dict[str, tuple[str, str]] = {
    "Agency": ("#1f77b4", "dot"),
    "Plan": ("#2ca02c", "box"),
    "Programme": ("#ff7f0e", "diamond"),
    "Enterprise": ("#9467bd", "triangle"),
    "Person": ("#8c564b", "ellipse"),
    "Region": ("#17becf", "hexagon"),
    "Indicator": ("#d62728", "star"),
    "Target": ("#bcbd22", "square"),
    "Observation": ("#e377c2", "triangleDown"),
}
OTHER_STYLE = ("#7f7f7f", "dot")
CLASS_NAMES_ZH = {"Agency": "机构", "Plan": "规划/方案", "Programme": "活动/项目", "Enterprise": "企业",
                  "Person": "人物", "Region": "地区", "Indicator": "指标", "Target": "目标值", "Observation": "实测值"}
WHO_LAUNCHED = ("issued", "launched", "participated")
DEFAULT_MAX_NODES = 2000
MAX_QUOTES = 5  # evidence quotes kept per node or edge: the panel says how many more there are
COMPARATOR_SIGNS = {">=": "≥", "<=": "≤", ">": ">", "<": "<", "=": "="}

MEASURES = """SELECT ?m ?kind ?ind ?indl ?value ?unit ?cmp ?year ?region ?regionl ?plan ?planl WHERE {
  VALUES ?c { qg:Target qg:Observation } ?m a ?c ; qg:indicator ?ind ; qg:value ?value .
  ?ind rdfs:label ?indl .
  OPTIONAL { ?m qg:unit ?unit } OPTIONAL { ?m qg:comparator ?cmp } OPTIONAL { ?m qg:year ?year }
  OPTIONAL { ?m qg:region ?region . ?region rdfs:label ?regionl }
  OPTIONAL { ?plan qg:hasTarget ?m . ?plan rdfs:label ?planl }
  BIND(STRAFTER(STR(?c), "#") AS ?kind)
}"""
EVIDENCE_FIELDS = """?ev qg:inDocument/qg:sourceFile ?file ; qg:quote ?quote ; qg:start ?start ; qg:end ?end .
  OPTIONAL { ?ev qg:sentence ?sentence }"""
FACT_EVIDENCE = f"""SELECT ?s ?p ?o ?file ?sentence ?quote ?start ?end WHERE {{
  ?st a qg:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; qg:evidence ?ev .
  {EVIDENCE_FIELDS}
}} ORDER BY ?file ?start"""
MEASURE_EVIDENCE = f"""SELECT ?m ?file ?sentence ?quote ?start ?end WHERE {{
  VALUES ?c {{ qg:Target qg:Observation }} ?m a ?c ; qg:evidence ?ev .
  {EVIDENCE_FIELDS}
}} ORDER BY ?file ?start"""


class Quote(NamedTuple):
    """The sentence behind a fact, as a page shows it: the cleaned simplified sentence first, the
    original text (traditional script, pinyin and all) one click away, and where it stands."""

    file: str
    sentence: str  # cleaned and simplified (qg:sentence); the quote when the graph has none
    quote: str  # the original file's characters start..end
    start: int
    end: int

    @classmethod
    def from_row(cls, file, sentence, quote, start, end) -> Quote:
        return cls(str(file), str(sentence if sentence is not None else quote), str(quote), int(start), int(end))
MENTION_YEARS = """SELECT DISTINCT ?x ?date WHERE { ?x qg:mentionedIn ?d . ?d dcterms:date ?date }"""


def view_graph(store: Store) -> nx.MultiDiGraph:
    """The whole graph for viewing: entities, targets and observations as nodes, facts as edges.

    Nodes carry `label`, `kind`, `aliases`, `regions` (region names it is tied to), `years`
    and `evidence` [Quote]; edges carry `relation` and `evidence`. Works on any store.
    """
    g = to_networkx(store)
    for node in g:
        g.nodes[node].update(regions=set(), years=set(), evidence=[])
    for _, _, data in g.edges(data=True):
        data["evidence"] = []

    for m, kind, ind, indl, value, unit, cmp, year, region, regionl, plan, planl in store.query(MEASURES).rows:
        m, ind = str(m), str(ind)
        sign = COMPARATOR_SIGNS.get(str(cmp or "="), str(cmp))
        number = _short_number(str(value))
        label = f"{sign}{number}{unit or ''}" + (f" ({year})" if year is not None else "")
        _ensure(g, m, label, str(kind))
        _ensure(g, ind, str(indl), "Indicator")
        _edge(g, m, ind, "indicator")
        if year is not None:
            g.nodes[m]["years"].add(int(str(year)))
        if region is not None:
            _ensure(g, str(region), str(regionl), "Region")
            _edge(g, m, str(region), "region")
            g.nodes[m]["regions"].add(str(regionl))
        if plan is not None:
            _ensure(g, str(plan), str(planl), "Plan")
            _edge(g, str(plan), m, "hasTarget")

    for s, p, o, *where in store.query(FACT_EVIDENCE).rows:
        s, o, rel, quote = str(s), str(o), str(p).rsplit("#", 1)[-1], Quote.from_row(*where)
        if g.has_edge(s, o, key=rel):
            g.edges[s, o, rel]["evidence"].append(quote)
        for node in (s, o):
            if node in g:
                g.nodes[node]["evidence"].append(quote)
    for m, *where in store.query(MEASURE_EVIDENCE).rows:
        if str(m) in g:
            g.nodes[str(m)]["evidence"].append(Quote.from_row(*where))
    for x, date in store.query(MENTION_YEARS).rows:
        if str(x) in g and re.match(r"\d{4}", str(date)):
            g.nodes[str(x)]["years"].add(int(str(date)[:4]))
    _spread_regions(g)
    # one sentence often states several facts about the same entity: show it once
    for _, data in g.nodes(data=True):
        data["evidence"] = list(dict.fromkeys(data["evidence"]))
    for _, _, data in g.edges(data=True):
        data["evidence"] = list(dict.fromkeys(data["evidence"]))
    return g


def _ensure(g: nx.MultiDiGraph, node: str, label: str, kind: str) -> None:
    if node not in g:
        g.add_node(node, label=label, kind=kind, aliases=[], regions=set(), years=set(), evidence=[])


def _edge(g: nx.MultiDiGraph, s: str, o: str, relation: str) -> None:
    if not g.has_edge(s, o, key=relation):
        g.add_edge(s, o, key=relation, relation=relation, evidence=[])


def _short_number(text: str) -> str:
    """A decimal without trailing zeros.

    >>> _short_number("95.0"), _short_number("96.80"), _short_number("1200")
    ('95', '96.8', '1200')
    """
    return text.rstrip("0").rstrip(".") if "." in text else text


def _spread_regions(g: nx.MultiDiGraph) -> None:
    """Tie each node to the regions the graph places it in, so the region filter means something:
    a Region is in itself; an agency or enterprise where it is located; a plan or programme
    where its issuers and launchers are; an indicator where its targets and observations are."""
    for _, data in g.nodes(data=True):
        if data["kind"] == "Region":
            data["regions"].add(data["label"])
    for s, o, rel in g.edges(keys=True):
        if rel == "locatedIn" and g.nodes[o]["kind"] == "Region":
            g.nodes[s]["regions"].add(g.nodes[o]["label"])
    for s, o, rel in g.edges(keys=True):
        if rel in WHO_LAUNCHED or rel == "indicator":
            g.nodes[o]["regions"] |= g.nodes[s]["regions"]


def who_launched(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The agency -> plan/programme view: only issued, launched and participated edges.

    >>> g = nx.MultiDiGraph()
    >>> g.add_edge("a", "p", key="issued", relation="issued")
    'issued'
    >>> g.add_edge("a", "r", key="locatedIn", relation="locatedIn")
    'locatedIn'
    >>> sorted(who_launched(g).edges(keys=True))
    [('a', 'p', 'issued')]
    """
    keep = [(s, o, k) for s, o, k, rel in g.edges(keys=True, data="relation") if rel in WHO_LAUNCHED]
    return g.edge_subgraph(keep).copy()


def neighbourhood(g: nx.MultiDiGraph, node: str, depth: int = 2) -> nx.MultiDiGraph:
    """Everything within `depth` links of `node`, whatever the links' direction (find a node
    by name with `kg.analyze.find_node`)."""
    return nx.ego_graph(g, node, radius=depth, undirected=True).copy()


@dataclass
class Cap:
    """What `cap` kept of a graph and what it left out."""

    graph: nx.MultiDiGraph
    nodes_left_out: int = 0
    edges_left_out: int = 0

    @property
    def note(self) -> str:
        if not self.nodes_left_out:
            return ""
        return (f"Showing the {self.graph.number_of_nodes():,} most connected entities; "
                f"{self.nodes_left_out:,} entities and {self.edges_left_out:,} links are left out "
                f"(use kg view --focus NAME or a larger --max-nodes to see them).")


def cap(g: nx.MultiDiGraph, max_nodes: int = DEFAULT_MAX_NODES, keep: str | None = None) -> Cap:
    """At most `max_nodes` nodes: the most connected ones (by degree, then label), and `keep`
    whatever its degree.

    >>> g = nx.MultiDiGraph([("hub", "a"), ("hub", "b"), ("c", "d")])
    >>> for n in g: g.nodes[n]["label"] = n
    >>> c = cap(g, 2)
    >>> sorted(c.graph), c.nodes_left_out, c.edges_left_out
    (['a', 'hub'], 3, 2)
    """
    if g.number_of_nodes() <= max_nodes:
        return Cap(g)
    ranked = sorted(g, key=lambda n: (n != keep, -g.degree(n), g.nodes[n].get("label", ""), n))
    kept = g.subgraph(ranked[:max_nodes]).copy()
    return Cap(kept, g.number_of_nodes() - kept.number_of_nodes(), g.number_of_edges() - kept.number_of_edges())


@dataclass
class Page:
    """One view: its title, the graph it draws and the note saying what was left out."""

    title: str
    graph: nx.MultiDiGraph
    note: str = ""
    focus: str | None = None  # the node the view is about, selected when the page opens
    links: dict[str, str] = field(default_factory=dict)  # node -> another page about it


def page_html(page: Page) -> str:
    """The page as one self-contained HTML document (pyvis's network data, our template)."""
    from pyvis.network import Network

    g = page.graph
    net = Network(directed=True, cdn_resources="in_line")
    ids = {node: i for i, node in enumerate(sorted(g, key=lambda n: (g.nodes[n]["kind"], g.nodes[n]["label"], n)))}
    # fill pyvis's lists in bulk: its add_node/add_edge check duplicates one by one (quadratic)
    for node, i in ids.items():
        data = g.nodes[node]
        colour, shape = STYLE.get(data["kind"], OTHER_STYLE)
        evidence = data.get("evidence", [])
        net.nodes.append({
            "id": i, "label": _short_label(data["label"]), "name": data["label"], "kind": data["kind"],
            "title": _tooltip(data), "color": colour, "shape": shape, "iri": node,
            "aliases": list(data.get("aliases", [])), "regions": sorted(data.get("regions", ())),
            "years": sorted(data.get("years", ())), "evidence": [_quote_json(q) for q in evidence[:MAX_QUOTES]],
            "more": max(0, len(evidence) - MAX_QUOTES), "link": page.links.get(node),
            "size": 12 + min(18, 2 * g.degree(node)),
        })
        net.node_ids.append(i)
    for n, (s, o, rel) in enumerate(sorted(g.edges(keys=True), key=lambda e: (ids[e[0]], ids[e[1]], e[2]))):
        evidence = g.edges[s, o, rel].get("evidence", [])
        net.edges.append({"id": n, "from": ids[s], "to": ids[o], "label": rel, "relation": rel,
                          "title": f"{g.nodes[s]['label']} {rel} {g.nodes[o]['label']}",
                          "evidence": [_quote_json(q) for q in evidence[:MAX_QUOTES]],
                          "more": max(0, len(evidence) - MAX_QUOTES)})
    net.options = _options(len(ids))
    kinds = sorted({g.nodes[n]["kind"] for n in g}, key=lambda k: (list(STYLE).index(k) if k in STYLE else 99, k))
    meta = {
        "title": page.title, "note": page.note, "focus": ids.get(page.focus) if page.focus else None,
        "classes": [{"kind": k, "zh": CLASS_NAMES_ZH.get(k, k), "color": STYLE.get(k, OTHER_STYLE)[0],
                     "shape": STYLE.get(k, OTHER_STYLE)[1], "count": sum(1 for n in g if g.nodes[n]["kind"] == k)}
                    for k in kinds],
        "relations": sorted({rel for _, _, rel in g.edges(keys=True)}),
        "regions": sorted({r for n in g for r in g.nodes[n].get("regions", ())}),
        "years": sorted({y for n in g for y in g.nodes[n].get("years", ())}),
    }
    return _template().render(nodes=net.nodes, edges=net.edges, options=net.options, meta=meta)


def _quote_json(q) -> dict:
    """A Quote for the page's script (a bare (file, text) pair, as callers may give, is one too)."""
    q = q if isinstance(q, Quote) else Quote(q[0], q[1], q[1], -1, -1)
    return q._asdict()


def notebook_html(page: Page, height: int = 600) -> str:
    """The page framed for Jupyter: `IPython.display.HTML(notebook_html(page))` shows it inline,
    still self-contained (the whole page is the frame's srcdoc)."""
    import html

    return (f'<div><iframe srcdoc="{html.escape(page_html(page), quote=True)}" '
            f'style="width:100%;height:{height}px;border:1px solid #ddd"></iframe></div>')


def _short_label(label: str, width: int = 18) -> str:
    """Canvas labels stay short; the panel shows the whole name.

    >>> _short_label("国家市场监督管理总局"), _short_label("关于开展2023年全国质量月活动的通知和其他很长的名称")
    ('国家市场监督管理总局', '关于开展2023年全国质量月活动的…')
    """
    return label if len(label) <= width else label[: width - 1] + "…"


def _tooltip(data: dict) -> str:
    text = f"{CLASS_NAMES_ZH.get(data['kind'], data['kind'])} {data['kind']}: {data['label']}"
    if data.get("aliases"):
        text += "\n别名: " + "、".join(data["aliases"][:8])
    return text


def _options(n_nodes: int) -> dict:
    """vis-network options. Physics lays the graph out, then is switched off (by the page's
    script, on stabilisation) so a large graph stops moving and stays responsive."""
    large = n_nodes > 500
    return {
        "layout": {"improvedLayout": n_nodes <= 100, "randomSeed": 7},
        "nodes": {"font": {"size": 14, "face": "Microsoft YaHei, PingFang SC, Hiragino Sans GB, Noto Sans CJK SC, Noto Sans SC, Source Han Sans SC, WenQuanYi Micro Hei, SimSun, sans-serif"}, "borderWidth": 1},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}}, "smooth": False,
                  "font": {"size": 10, "align": "middle", "color": "#555"}, "color": {"color": "#9a9a9a", "highlight": "#333"}},
        "physics": {"solver": "forceAtlas2Based", "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 90},
                    "stabilization": {"enabled": True, "iterations": _layout_iterations(n_nodes), "updateInterval": 50}},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": large, "hideEdgesOnZoom": large},
    }


def _layout_iterations(n_nodes: int) -> int:
    """Layout steps before physics stops: each step costs time in proportion to the nodes
    (about 20 ms per 1,000 in headless Chromium here), so large graphs get fewer steps and a
    2,000-node page is still laid out within 5 s (bench/view_interactive.py).

    >>> _layout_iterations(100), _layout_iterations(2000), _layout_iterations(20000)
    (400, 75, 60)
    """
    return max(60, min(400, 150_000 // max(n_nodes, 1)))


_TEMPLATE = None


def _template():
    """Our page template, able to include pyvis's bundled vis-network files."""
    global _TEMPLATE
    if _TEMPLATE is None:
        import pyvis
        from jinja2 import ChoiceLoader, Environment, FileSystemLoader

        ours = Path(__file__).parent / "templates"
        theirs = Path(pyvis.__file__).parent / "templates"
        env = Environment(loader=ChoiceLoader([FileSystemLoader(ours), FileSystemLoader(theirs)]), autoescape=True)
        _TEMPLATE = env.get_template("view.html")
    return _TEMPLATE


# ---- the views people ask for -------------------------------------------------------------


def graph_page(g: nx.MultiDiGraph, max_nodes: int = DEFAULT_MAX_NODES, title: str = "qgkg: the whole graph") -> Page:
    c = cap(g, max_nodes)
    return Page(title, c.graph, c.note)


def who_launched_page(g: nx.MultiDiGraph, max_nodes: int = DEFAULT_MAX_NODES) -> Page:
    c = cap(who_launched(g), max_nodes)
    return Page("qgkg: who issued and launched what", c.graph, c.note)


def focus_page(g: nx.MultiDiGraph, node: str, depth: int = 2, max_nodes: int = DEFAULT_MAX_NODES) -> Page:
    c = cap(neighbourhood(g, node, depth), max_nodes, keep=node)
    return Page(f"qgkg: {g.nodes[node]['label']} and what lies within {depth} links", c.graph, c.note, focus=node)


@dataclass
class IndexEntry:
    agency: str
    file: str
    plans: int
    programmes: int
    links: int


def write_index(g: nx.MultiDiGraph, folder: Path, depth: int = 2, max_nodes: int = DEFAULT_MAX_NODES,
                progress: bool = True) -> list[IndexEntry]:
    """folder/index.html listing every agency, and folder/agency/NNNN.html with each one's
    neighbourhood; the pages link to each other's agencies. Returns what the index lists."""
    from .pipeline import write_atomic

    agencies = sorted((n for n in g if g.nodes[n]["kind"] == "Agency"), key=lambda n: (-g.degree(n), g.nodes[n]["label"]))
    files = {n: f"agency/{i:04d}.html" for i, n in enumerate(agencies, 1)}
    (folder / "agency").mkdir(parents=True, exist_ok=True)
    entries = []
    for n in _progress(agencies, progress, "views"):
        page = focus_page(g, n, depth, max_nodes)
        page.links = {a: "../" + f for a, f in files.items() if a in page.graph and a != n}
        write_atomic(folder / files[n], page_html(page))
        out = defaultdict(int)
        for _, _, rel in g.out_edges(n, keys=True):
            out[rel] += 1
        entries.append(IndexEntry(g.nodes[n]["label"], files[n], out["issued"], out["launched"] + out["participated"],
                                  g.degree(n)))
    write_atomic(folder / "index.html", _index_template().render(entries=entries, total=g.number_of_nodes()))
    return entries


def _index_template():
    return _template().environment.get_template("index.html")


def _progress(items, show: bool, what: str):
    if not show or len(items) < 20:
        return items
    from tqdm import tqdm

    return tqdm(items, desc=what, unit="page", leave=False)
