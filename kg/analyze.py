"""The graph as networkx, and the questions analysts ask of it: who is central, which agencies
work together, how two entities are connected.

Functions take a networkx graph and return plain data, as networkx's own algorithms do.
"""

from __future__ import annotations

import json
from collections import Counter

import networkx as nx

from .store import Store

RELATIONS = ("issued", "launched", "participated", "worksFor", "locatedIn")
# One UNION branch per relation, not `?s ?p ?o FILTER(?p IN …)`: rdflib orders a group's patterns
# by how many terms they fix, so it joined the four label/type patterns first, a cross product
# of every entity with every entity (106 s for 200 documents; 0.4 s this way). Oxigraph takes the
# same time either way (1.0 s at 1 M triples).
ENTITY_GRAPH = (
    "SELECT ?s ?p ?o ?sl ?ol ?sk ?ok WHERE {\n  "
    + "\n  UNION ".join(f"{{ ?s qg:{r} ?o BIND(qg:{r} AS ?p) }}" for r in RELATIONS)
    + """
  ?s rdfs:label ?sl ; a ?sc . ?o rdfs:label ?ol ; a ?oc .
  FILTER(STRSTARTS(STR(?sc), STR(qg:)) && STRSTARTS(STR(?oc), STR(qg:)))
  BIND(STRAFTER(STR(?sc), "#") AS ?sk) BIND(STRAFTER(STR(?oc), "#") AS ?ok)
}"""
)
NAMES = """SELECT ?x ?n WHERE { ?x skos:altLabel|qg:contextualLabel ?n }"""
ENTITY_CLASSES = ("Agency", "Enterprise", "Person", "Region", "Plan", "Programme", "Indicator")
# every entity, linked or not: a region or a programme a document only names is still in the graph
ENTITIES = ("SELECT ?x ?l ?k WHERE { VALUES ?c { " + " ".join(f"qg:{c}" for c in ENTITY_CLASSES) + " }\n"
            '  ?x a ?c ; rdfs:label ?l . BIND(STRAFTER(STR(?c), "#") AS ?k) }')


def to_networkx(store: Store) -> nx.MultiDiGraph:
    """Entities as nodes (`label`, `kind`, `aliases`), facts as edges (`relation`), keyed by IRI.
    Every entity is a node, those no fact links included.

    Works on any store: a graph file, an Oxigraph store or a remote endpoint.
    """
    g = nx.MultiDiGraph()
    for x, label, kind in sorted(store.query(ENTITIES).rows, key=lambda r: (str(r[0]), str(r[2]))):
        if str(x) not in g:
            g.add_node(str(x), label=str(label), kind=str(kind), aliases=[])
    for s, p, o, sl, ol, sk, ok in store.query(ENTITY_GRAPH).rows:
        for node, label, kind in ((s, sl, sk), (o, ol, ok)):
            if str(node) not in g:
                g.add_node(str(node), label=str(label), kind=str(kind), aliases=[])
        relation = str(p).rsplit("#", 1)[-1]
        if not g.has_edge(str(s), str(o), key=relation):
            g.add_edge(str(s), str(o), key=relation, relation=relation)
    for x, name in store.query(NAMES).rows:
        if str(x) in g and str(name) not in g.nodes[str(x)]["aliases"]:
            g.nodes[str(x)]["aliases"].append(str(name))
    for node in g:
        g.nodes[node]["aliases"].sort()
    return g


def central_agencies(g: nx.MultiDiGraph, top: int = 10) -> list[tuple[str, int, float]]:
    """Agencies by how many plans, programmes and agencies they touch (degree), then by
    betweenness: (label, degree, betweenness), most central first.

    >>> g = nx.MultiDiGraph()
    >>> for n, k in [("a", "Agency"), ("b", "Agency"), ("p", "Plan"), ("q", "Programme")]:
    ...     g.add_node(n, label=n.upper(), kind=k)
    >>> g.add_edge("a", "p", relation="issued"); g.add_edge("b", "p", relation="issued")
    0
    0
    >>> g.add_edge("a", "q", relation="launched")
    0
    >>> central_agencies(g)
    [('A', 2, 0.6667), ('B', 1, 0.0)]
    """
    simple = nx.Graph(g)
    between = nx.betweenness_centrality(simple) if len(simple) <= 5000 else nx.betweenness_centrality(simple, k=500, seed=0)
    rows = [(g.nodes[n]["label"], simple.degree(n), round(between[n], 4)) for n in g if g.nodes[n]["kind"] == "Agency"]
    rows.sort(key=lambda r: (-r[1], -r[2], r[0]))
    return rows[:top]


def agency_groups(g: nx.MultiDiGraph) -> list[list[str]]:
    """Groups of agencies linked through plans and programmes they issued, launched or took
    part in together (connected components of the agency projection), largest first.

    >>> g = nx.MultiDiGraph()
    >>> for n, k in [("a", "Agency"), ("b", "Agency"), ("c", "Agency"), ("p", "Plan")]:
    ...     g.add_node(n, label=n.upper(), kind=k)
    >>> g.add_edge("a", "p", relation="issued"); g.add_edge("b", "p", relation="participated")
    0
    0
    >>> agency_groups(g)
    [['A', 'B']]
    """
    shared = nx.Graph()
    works: dict[str, set[str]] = {}
    for s, o, data in g.edges(data=True):
        if data["relation"] in ("issued", "launched", "participated") and g.nodes[s]["kind"] == "Agency":
            works.setdefault(o, set()).add(s)
    for agencies in works.values():
        ordered = sorted(agencies)
        shared.add_nodes_from(ordered)
        shared.add_edges_from(zip(ordered, ordered[1:], strict=False))
    groups = [sorted(g.nodes[n]["label"] for n in c) for c in nx.connected_components(shared) if len(c) > 1]
    return sorted(groups, key=lambda c: (-len(c), c))


def find_node(g: nx.MultiDiGraph, name: str) -> str | None:
    """The node whose label, or else one of whose aliases, is `name`."""
    for n, data in g.nodes(data=True):
        if data["label"] == name:
            return n
    return next((n for n, data in g.nodes(data=True) if name in data["aliases"]), None)


def path_between(g: nx.MultiDiGraph, source: str, target: str) -> list[tuple[str, str, str]]:
    """The shortest chain of facts from one named entity to another, ignoring direction:
    [(from label, relation, to label), …]. Empty when they are not connected."""
    a, b = find_node(g, source), find_node(g, target)
    if a is None or b is None:
        missing = source if a is None else target
        raise KeyError(f"no entity named {missing!r}")
    try:
        nodes = nx.shortest_path(nx.Graph(g), a, b)
    except nx.NetworkXNoPath:
        return []
    steps = []
    for x, y in zip(nodes, nodes[1:], strict=False):
        if g.has_edge(x, y):
            rel, (src, dst) = next(iter(g[x][y])), (x, y)
        else:
            rel, (src, dst) = next(iter(g[y][x])), (y, x)
        steps.append((g.nodes[src]["label"], rel, g.nodes[dst]["label"]))
    return steps


def report(store: Store, top: int = 10, path: list[str] | None = None, fmt: str = "table") -> str:
    """`kg analyze`: central agencies, groups and (optionally) a path, as a table or JSON."""
    from .errors import UsageError
    from .query import table

    g = to_networkx(store)
    central = central_agencies(g, top)
    groups = agency_groups(g)
    steps = None
    if path:
        try:
            steps = path_between(g, path[0], path[1])
        except KeyError as exc:
            raise UsageError(f"--path: {exc.args[0]}") from exc
    if fmt == "json":
        return json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
                           "kinds": dict(Counter(d["kind"] for _, d in g.nodes(data=True))),
                           "central_agencies": [{"agency": a, "degree": d, "betweenness": b} for a, d, b in central],
                           "groups": groups, "path": steps}, ensure_ascii=False, indent=1)
    parts = [f"{g.number_of_nodes()} entities, {g.number_of_edges()} facts",
             "", "most central agencies",
             table(["agency", "degree", "betweenness"], [[a, str(d), f"{b:.4f}"] for a, d, b in central]),
             "", f"groups of agencies linked by shared plans and programmes ({len(groups)})",
             table(["size", "agencies"], [[str(len(c)), "、".join(c)] for c in groups])]
    if path:
        parts += ["", f"path from {path[0]} to {path[1]}",
                  table(["from", "relation", "to"], [list(s) for s in steps]) if steps else "not connected"]
    return "\n".join(parts)
