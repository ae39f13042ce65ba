"""HTML views with pyvis: who issued or launched what.

Every label and tooltip is HTML-escaped: names and sentences come from scraped documents.
"""

from __future__ import annotations

import html

import networkx as nx
from rdflib import RDF, RDFS, Graph
from rdflib.namespace import SKOS

from .vocab import QG

STYLE = {
    "Agency": ("#1f77b4", "dot"),
    "Plan": ("#2ca02c", "box"),
    "Programme": ("#ff7f0e", "diamond"),
    "Enterprise": ("#9467bd", "triangle"),
}
RELATIONS = ("issued", "launched", "participated")


def who_launched_what(graph: Graph) -> nx.MultiDiGraph:
    """The agency -> plan/programme projection of a qgkg graph as networkx.

    Nodes carry `label`, `kind` and `aliases`; edges carry `relation`.
    """
    g = nx.MultiDiGraph()
    for rel in RELATIONS:
        for s, o in graph.subject_objects(getattr(QG, rel)):
            for node in (s, o):
                if node not in g:
                    kind = next((str(t).split("#")[-1] for t in graph.objects(node, RDF.type)), "Thing")
                    label = str(graph.value(node, RDFS.label) or node)
                    aliases = sorted(str(a) for a in graph.objects(node, SKOS.altLabel))
                    g.add_node(node, label=label, kind=kind, aliases=aliases)
            g.add_edge(s, o, relation=rel)
    return g


def who_launched_what_html(graph: Graph) -> str:
    from pyvis.network import Network

    g = who_launched_what(graph)
    net = Network(height="800px", width="100%", directed=True, cdn_resources="in_line", notebook=False)
    ids = {node: i for i, node in enumerate(sorted(g.nodes, key=str))}
    # fill pyvis's lists directly: add_node/add_edge check duplicates one by one (quadratic)
    for node, i in ids.items():
        data = g.nodes[node]
        color, shape = STYLE.get(data["kind"], ("#7f7f7f", "dot"))
        title = f"{data['kind']}: {data['label']}"
        if data["aliases"]:
            title += "\n别名: " + "、".join(data["aliases"])
        net.nodes.append({"id": i, "label": html.escape(data["label"]), "title": html.escape(title),
                          "color": color, "shape": shape})
        net.node_ids.append(i)
        net.node_map[i] = net.nodes[-1]
    for s, o, data in g.edges(data=True):
        net.edges.append({"from": ids[s], "to": ids[o], "label": data["relation"], "arrows": "to"})
    net.toggle_physics(len(ids) < 1000)
    return net.generate_html(notebook=False)
