"""SPARQL over a built graph: load, run, format as a table, CSV or JSON."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from rdflib import Dataset, Graph
from rdflib.query import Result

from .errors import QueryError, UsageError

PREFIXES = """PREFIX qg: <https://w3id.org/qgkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""


def load_graph(path: Path) -> Graph:
    """A Turtle/N-Triples file as a Graph; a TriG/N-Quads file as a Dataset whose default
    graph is the union of its named graphs."""
    if not path.exists():
        raise UsageError(f"{path}: no such graph file; build one with `kg build DIR --out OUT`")
    suffix = path.suffix.lower()
    try:
        if suffix in (".trig", ".nq"):
            ds = Dataset(default_union=True)
            ds.parse(path, format="trig" if suffix == ".trig" else "nquads")
            return ds
        g = Graph()
        g.parse(path, format={".nt": "nt", ".jsonld": "json-ld", ".rdf": "xml"}.get(suffix, "turtle"))
        return g
    except Exception as exc:
        raise UsageError(f"{path}: not a readable RDF file ({exc})") from exc


def run_query(graph: Graph, sparql: str, bindings: dict | None = None) -> Result:
    """Run a query; the common prefixes (qg:, rdfs:, skos:, dcterms: …) are predeclared."""
    text = sparql if "PREFIX qg:" in sparql else PREFIXES + sparql
    try:
        return graph.query(text, initBindings=bindings or {})
    except Exception as exc:
        msg = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise QueryError(f"SPARQL error: {msg}") from exc


def _cell(v) -> str:
    return "" if v is None else str(v)


def format_result(result: Result, fmt: str = "table") -> str:
    if result.type == "ASK":
        return json.dumps({"boolean": bool(result.askAnswer)}) if fmt == "json" else str(bool(result.askAnswer))
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return result.graph.serialize(format="turtle")
    names = [str(v) for v in result.vars]
    rows = [[_cell(r[v]) for v in result.vars] for r in result]
    if fmt == "json":
        return json.dumps([dict(zip(names, r, strict=True)) for r in rows], ensure_ascii=False, indent=1)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(names)
        w.writerows(rows)
        return buf.getvalue().rstrip("\n")
    return table(names, rows)


def _width(s: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def table(names: list[str], rows: list[list[str]]) -> str:
    """A plain-text table that lines up Chinese (double-width) text.

    >>> print(table(["a", "b"], [["质量", "1"]]))
    a    | b
    -----+--
    质量 | 1
    """
    widths = [max([_width(n)] + [_width(r[i]) for r in rows]) for i, n in enumerate(names)]

    def line(cells):
        return " | ".join(c + " " * (w - _width(c)) for c, w in zip(cells, widths, strict=True)).rstrip()

    out = [line(names), "-+-".join("-" * w for w in widths)]
    out += [line(r) for r in rows]
    return "\n".join(out)


def stats(graph: Graph) -> list[list[str]]:
    q = """SELECT ?what (COUNT(*) AS ?n) WHERE {
      { ?x a ?c . BIND(STRAFTER(STR(?c), "#") AS ?what) FILTER(STRSTARTS(STR(?c), STR(qg:))) }
      UNION
      { ?s ?p ?o . FILTER(?p IN (qg:issued, qg:launched, qg:participated, qg:hasTarget, qg:worksFor, qg:locatedIn))
        BIND(STRAFTER(STR(?p), "#") AS ?what) }
    } GROUP BY ?what ORDER BY ?what"""
    rows = [[str(r.what), str(r.n)] for r in run_query(graph, q)]
    return rows + [["triples", str(len(graph))]]
