"""`kg export`: the graph for other tools. RDF (Turtle, N-Triples, TriG, N-Quads, JSON-LD with
qgkg's compact @context) for triple stores; GraphML and GEXF for Gephi and yEd (labels, classes and aliases as attributes); CSV
(nodes.csv + edges.csv) for spreadsheets and pandas. Every file is written atomically."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import networkx as nx

from .analyze import to_networkx
from .errors import UsageError
from .pipeline import write_atomic
from .store import MemoryStore, OxigraphStore, Store, sorted_lines

RDF_FORMATS = {"turtle": "turtle", "nt": "nt", "trig": "trig", "nq": "nquads", "jsonld": "json-ld"}
DATASET_FORMATS = ("trig", "nq", "jsonld")  # one named graph per document; the others hold the union


def rdf_bytes(store: Store, fmt: str) -> bytes:
    """Turtle and N-Triples hold the union; TriG, N-Quads and JSON-LD keep one named graph per
    document. N-Triples and N-Quads come sorted and JSON-LD in a fixed order, so two exports
    of the same graph are byte-identical."""
    if fmt == "jsonld":
        return jsonld_bytes(store)
    if isinstance(store, OxigraphStore):
        data = store.dump(fmt)  # its N-Triples come sorted
    elif isinstance(store, MemoryStore):
        if fmt in DATASET_FORMATS:
            data = store.dataset.serialize(format=RDF_FORMATS[fmt], encoding="utf-8")
        else:
            data = store.union().serialize(format=RDF_FORMATS[fmt], encoding="utf-8")
    else:
        if fmt in DATASET_FORMATS:
            raise UsageError(f"export a remote store as turtle or nt ({fmt} needs the named graphs locally)")
        answer = store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
        data = answer.graph.serialize(format=RDF_FORMATS[fmt], encoding="utf-8")
    return sorted_lines(data).encode("utf-8") if fmt in ("nt", "nq") else data


def jsonld_context() -> dict:
    """The compact JSON-LD @context of qgkg's terms (ontology/context.jsonld): `label`,
    `altLabel`, `issued`, `value`…, with qg: and the other prefixes."""
    from .lexicon import ontology_dir

    return json.loads((ontology_dir() / "context.jsonld").read_text(encoding="utf-8"))["@context"]


def jsonld_bytes(store: Store) -> bytes:
    """JSON-LD compacted with qgkg's @context, one named graph per document ({"@id": doc,
    "@graph": […]}), nodes and values in a fixed order. The context is inline: a reader needs
    no network to expand it."""
    from rdflib import Dataset

    if isinstance(store, MemoryStore):
        dataset = store.dataset
    elif isinstance(store, OxigraphStore):
        dataset = Dataset()
        dataset.parse(data=store.dump("nq"), format="nquads")
    else:
        raise UsageError("export a remote store as turtle or nt (JSON-LD keeps the named graphs, which need a local store)")
    context = jsonld_context()
    doc = json.loads(dataset.serialize(format="json-ld", context=context, auto_compact=True))
    nodes = doc.get("@graph", [doc] if "@id" in doc else [])
    canonical = {"@context": context, "@graph": _sorted_nodes([{k: v for k, v in n.items() if k != "@context"}
                                                               for n in nodes])}
    return (json.dumps(canonical, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def _sorted_nodes(nodes: list) -> list:
    """Nodes by @id, a named graph's nodes likewise, and every list of values in one order."""
    def tidy(value):
        if isinstance(value, dict):
            return {k: (_sorted_nodes(v) if k == "@graph" else tidy(v)) for k, v in value.items()}
        if isinstance(value, list):
            return sorted((tidy(v) for v in value), key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
        return value

    return sorted((tidy(n) for n in nodes), key=lambda n: (str(n.get("@id", "")), json.dumps(n, sort_keys=True)))


def flat(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """GraphML and GEXF take scalar attributes only: aliases joined with ' | '."""
    out = nx.MultiDiGraph()
    for n, d in g.nodes(data=True):
        out.add_node(n, label=d["label"], kind=d["kind"], aliases=" | ".join(d["aliases"]))
    for i, (s, o, k, d) in enumerate(sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2]))):
        # GraphML writes an edge's key as its id: one per edge, not one per relation (id="issued" ×14)
        out.add_edge(s, o, key=f"e{i}-{k}", relation=d["relation"], label=d["relation"])
    return out


MEASURE_FIELDS = ("value", "unit", "comparator", "year", "region")


def with_measures(g: nx.MultiDiGraph, store: Store) -> nx.MultiDiGraph:
    """Targets and observations as nodes of their own (value, unit, comparator, year and region as
    text attributes, as GraphML and GEXF need scalars), linked to their indicator and region and
    from the plan that sets them (hasTarget): the numbers analysts chart."""
    from .view import COMPARATOR_SIGNS, MEASURES

    for m, kind, ind, indl, value, unit, cmp, year, region, regionl, plan, planl in store.query(MEASURES).rows:
        node = str(m)
        number = f"{float(value):g}"
        label = f"{indl} {COMPARATOR_SIGNS.get(str(cmp), '') if str(kind) == 'Target' else ''}{number}{unit or ''}" + (
            f" ({year})" if year is not None else "")
        g.add_node(node, label=label, kind=str(kind), aliases="", value=number, unit=str(unit or ""),
                   comparator=str(cmp or ""), year=str(year or ""), region=str(regionl or ""))
        links = [(node, str(ind), "indicator", str(indl), "Indicator")]
        if region is not None:
            links.append((node, str(region), "region", str(regionl), "Region"))
        if plan is not None:
            links.append((str(plan), node, "hasTarget", str(planl), "Plan"))
        for s, o, relation, other_label, other_kind in links:
            other = o if s == node else s
            if other not in g:
                g.add_node(other, label=other_label, kind=other_kind, aliases="")
            g.add_edge(s, o, key=f"{relation}-{node}", relation=relation, label=relation)
    return g


def spreadsheet_safe(cell: str) -> str:
    """A CSV cell a spreadsheet will not run as a formula: one starting with = + - @ (or a tab or
    carriage return) gets a leading apostrophe, as OWASP advises for CSV injection.

    >>> spreadsheet_safe("=HYPERLINK(1)"), spreadsheet_safe("质量月")
    ("'=HYPERLINK(1)", '质量月')
    """
    return "'" + cell if cell[:1] in ("=", "+", "-", "@", "\t", "\r") else cell


def export(store: Store, fmt: str, out: Path, excel: bool = False) -> list[Path]:
    """Write `store` as `fmt` to `out` (a folder for csv; `excel`: CSV with a UTF-8 byte-order
    mark, without which Excel reads UTF-8 as the local code page and shows mojibake)."""
    if fmt in RDF_FORMATS:
        out.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(out, rdf_bytes(store, fmt))
        return [out]
    g = with_measures(flat(to_networkx(store)), store)
    if fmt in ("graphml", "gexf"):
        out.parent.mkdir(parents=True, exist_ok=True)
        buf = io.BytesIO()
        (nx.write_graphml if fmt == "graphml" else nx.write_gexf)(g, buf)
        data = buf.getvalue()
        if fmt == "gexf":  # networkx writes name="" on <graph>, which the GEXF 1.2 schema does not allow
            data = re.sub(rb'(<graph\b[^>]*?) name="[^"]*"', rb"\1", data, count=1)
        write_atomic(out, data)
        return [out]
    if fmt == "csv":
        if out.suffix:
            raise UsageError(f"--out {out}: csv export writes nodes.csv and edges.csv into a folder")
        out.mkdir(parents=True, exist_ok=True)
        nodes = io.StringIO()
        w = csv.writer(nodes, lineterminator="\n")
        w.writerow(["id", "label", "kind", "aliases", *MEASURE_FIELDS])
        w.writerows(sorted([n, spreadsheet_safe(d["label"]), d["kind"], spreadsheet_safe(d["aliases"]),
                            *(spreadsheet_safe(d.get(f, "")) for f in MEASURE_FIELDS)]
                           for n, d in g.nodes(data=True)))
        edges = io.StringIO()
        w = csv.writer(edges, lineterminator="\n")
        w.writerow(["source", "target", "relation", "source_label", "target_label"])
        w.writerows(sorted([s, o, d["relation"], spreadsheet_safe(g.nodes[s]["label"]),
                            spreadsheet_safe(g.nodes[o]["label"])] for s, o, d in g.edges(data=True)))
        bom = "\ufeff" if excel else ""
        write_atomic(out / "nodes.csv", bom + nodes.getvalue())
        write_atomic(out / "edges.csv", bom + edges.getvalue())
        return [out / "nodes.csv", out / "edges.csv"]
    raise UsageError(f"--format {fmt}: not an export format")
