"""SPARQL over a built graph: canned queries, bound parameters, and output as a table, CSV or JSON.

Canned queries are files under ontology/queries/*.rq. Their header says what they do and
which parameters they take:

    # Plans an agency issued, with co-issuers.
    # param agency (?agency_name): string  the agency, by any of its names
    # param year: integer  only this year (binds ?year)
    SELECT ...

A parameter reaches the query only as a bound variable holding an RDF term, never as text
pasted into the query.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from rdflib import XSD, Graph, Literal, URIRef
from rdflib.term import Node

from .errors import QueryError, UsageError
from .lexicon import ontology_dir
from .store import PREFIXES, Answer, MemoryStore, Store, with_prefixes

PARAM_TYPES = ("string", "integer", "decimal", "iri", "name", "relation")
RELATIONS = ("issued", "launched", "participated", "hasTarget", "indicator", "region", "locatedIn", "worksFor")
# the entities carrying a name: the label or an alias, tagged @zh as kg writes them or untagged
NO_ENTITY = URIRef("urn:qgkg:no-entity-has-this-name")
NAME_LOOKUP = "SELECT DISTINCT ?x WHERE { ?x rdfs:label|skos:altLabel ?n }"


@dataclass(frozen=True)
class EntityName:
    """A parameter of type `name`: it binds its variable to every entity called this (by its
    canonical name or any alias). Resolved to IRIs before the query runs, so the query starts
    from those entities instead of filtering every row by name."""

    text: str

    def terms(self) -> tuple[Node, ...]:
        return (Literal(self.text, lang="zh"), Literal(self.text))


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    description: str
    variable: str = ""  # the query variable it binds (default: the same as the name)

    @property
    def var(self) -> str:
        return self.variable or self.name


@dataclass(frozen=True)
class CannedQuery:
    name: str
    description: str
    params: tuple[Param, ...]
    text: str
    path: Path


def queries_dir() -> Path:
    return ontology_dir() / "queries"


def canned_queries() -> dict[str, CannedQuery]:
    """Every query under ontology/queries, by name (the file's stem)."""
    out = {}
    for path in sorted(queries_dir().glob("*.rq")):
        out[path.stem] = parse_canned(path.stem, path.read_text(encoding="utf-8"), path)
    return out


def parse_canned(name: str, text: str, path: Path = Path("-")) -> CannedQuery:
    """Read a canned query's header.

    >>> q = parse_canned("t", "# Who launched what.\\n# param year (?y): integer  the year\\nSELECT * WHERE {}")
    >>> q.description, q.params
    ('Who launched what.', (Param(name='year', type='integer', description='the year', variable='y'),))
    """
    description, params = "", []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        body = line.lstrip("#").strip()
        if m := re.match(r"param\s+(\w+)\s*(?:\(\?(\w+)\))?\s*:\s*(\w+)\s*(.*)", body):
            param, variable, kind, about = m.groups()
            if kind not in PARAM_TYPES:
                raise UsageError(f"{path}: parameter {param} has unknown type {kind}")
            params.append(Param(param, kind, about.strip(), variable or ""))
        elif body and not description:
            description = body
    return CannedQuery(name, description, tuple(params), text, path)


def parse_params(pairs: list[str], declared: tuple[Param, ...] | None = None) -> dict[str, Node | EntityName]:
    """`key=value` strings -> RDF terms (or entity names), typed by the canned query's declaration.

    >>> parse_params(["year=2025", "agency=某局"], (Param("year", "integer", ""), Param("agency", "string", "")))
    {'year': rdflib.term.Literal('2025', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#integer')), 'agency': rdflib.term.Literal('某局')}
    >>> parse_params(["agency=某局", "relation=issued"], (Param("agency", "name", "", "a"), Param("relation", "relation", "", "p")))
    {'a': EntityName(text='某局'), 'p': rdflib.term.URIRef('https://w3id.org/qgkg/ontology#issued')}
    """
    types = {p.name: p.type for p in declared} if declared is not None else {}
    variables = {p.name: p.var for p in declared} if declared is not None else {}
    out: dict[str, Node | EntityName] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        key = key.strip()
        if not sep or not re.fullmatch(r"[A-Za-z_]\w*", key):
            raise UsageError(f"--param {pair!r}: write it as name=value")
        if declared is not None and key not in types:
            known = ", ".join(types) or "none"
            raise UsageError(f"--param {key}: this query takes no such parameter (it takes: {known})")
        kind = types.get(key, "string")
        var = variables.get(key, key)
        try:
            if kind == "integer":
                out[var] = Literal(int(value), datatype=XSD.integer)
            elif kind == "decimal":
                float(value)  # raises ValueError on anything that is not a number
                out[var] = Literal(value, datatype=XSD.decimal)
            elif kind == "iri":
                if not re.fullmatch(r"[a-z][a-z0-9+.-]*:[^\s<>\"{}|\\^`]*", value):
                    raise ValueError(value)
                out[var] = URIRef(value)
            elif kind == "name":
                out[var] = EntityName(value)
            elif kind == "relation":
                if value not in RELATIONS:
                    raise UsageError(f"--param {key}={value!r}: not a relation (one of {', '.join(RELATIONS)})")
                out[var] = URIRef(PREFIXES["qg"] + value)
            else:
                out[var] = Literal(value)
        except ValueError as exc:
            raise UsageError(f"--param {key}={value!r}: not a valid {kind}") from exc
    return out


def run(store: Store, sparql: str, bindings: dict[str, Node | EntityName] | None = None) -> Answer:
    """Check the syntax (an error names line and column), resolve entity names to IRIs, then
    run on any store."""
    check_syntax(sparql)
    resolved: dict[str, Node | tuple[Node, ...]] = {}
    for var, value in (bindings or {}).items():
        if isinstance(value, EntityName):
            rows = store.query(NAME_LOOKUP, {"n": value.terms()}).rows
            # no entity by that name: bind an IRI nothing carries, so the answer is empty
            resolved[var] = tuple(sorted({r[0] for r in rows if r[0] is not None})) or (NO_ENTITY,)
        else:
            resolved[var] = value
    return store.query(sparql, resolved)


def to_dataframe(answer: Answer):
    """A SELECT answer as a pandas DataFrame (pandas is the `notebook` extra): numbers, dates
    and booleans become Python values, IRIs and strings stay text, unbound cells are None."""
    import pandas as pd

    def value(term: Node | None):
        if term is None:
            return None
        if isinstance(term, Literal) and term.datatype is not None:
            v = term.toPython()
            return float(v) if isinstance(v, Decimal) else v
        return str(term)

    return pd.DataFrame([[value(t) for t in row] for row in answer.rows], columns=answer.variables)


def check_syntax(sparql: str) -> None:
    """Raise a QueryError with line and column for a malformed query (before any store sees it).

    >>> check_syntax("SELECT ?a WHERE { ?a ?b }")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    kg.errors.QueryError: SPARQL syntax error at line 1, column ...
    """
    message = _syntax_error(sparql)
    if message:
        raise QueryError(message)


@functools.lru_cache(maxsize=256)
def _syntax_error(sparql: str) -> str | None:
    """The syntax error of a query, or None; cached, since rdflib's parser takes tens of
    milliseconds and canned queries are checked on every run."""
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql.parser import parseQuery

    text = with_prefixes(sparql)
    offset = text.count("\n") - sparql.count("\n")  # lines of predeclared prefixes
    try:
        parseQuery(text)
    except ParseBaseException as exc:
        near = exc.line[exc.col - 1 : exc.col + 19].strip() or "end of query"
        return f"SPARQL syntax error at line {exc.lineno - offset}, column {exc.col}, near {near!r}"
    except Exception as exc:
        return f"SPARQL syntax error: {' '.join(str(exc).split())[:200]}"
    return None


def _cell(v) -> str:
    """A term as text. Decimals print in their shortest form (95, 0.5) whichever store
    normalised them (rdflib writes 95.0, Oxigraph 95)."""
    if v is None:
        return ""
    if isinstance(v, Literal) and v.datatype == XSD.decimal:
        try:
            text = format(Decimal(str(v)).normalize(), "f")
        except InvalidOperation:
            return str(v)
        return text
    return str(v)


def format_answer(answer: Answer, fmt: str = "table") -> str:
    if answer.kind == "ASK":
        return json.dumps({"boolean": answer.boolean}) if fmt == "json" else str(answer.boolean)
    if answer.kind == "GRAPH":
        assert answer.graph is not None
        return answer.graph.serialize(format="json-ld" if fmt == "json" else "turtle")
    rows = [[_cell(v) for v in r] for r in answer.rows]
    if fmt == "json":
        return json.dumps([dict(zip(answer.variables, r, strict=True)) for r in rows], ensure_ascii=False, indent=1)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(answer.variables)
        w.writerows(rows)
        return buf.getvalue().rstrip("\n")
    return table(answer.variables, rows)


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


# Counts per relation come from one UNION branch each, not `?s ?p ?o FILTER(?p IN …)`: with a
# variable predicate rdflib read every triple (5.2 s for 200 documents; 0.6 s this way).
STATS = (
    """SELECT ?what (COUNT(DISTINCT ?x) AS ?n) WHERE {
  { ?x a ?c . FILTER(STRSTARTS(STR(?c), STR(qg:))) BIND(STRAFTER(STR(?c), "#") AS ?what) }
"""
    + "".join(f'  UNION {{ ?s qg:{r} ?o BIND("{r}" AS ?what) BIND(CONCAT(STR(?s), " ", STR(?o)) AS ?x) }}\n'
              for r in ("issued", "launched", "participated", "hasTarget", "worksFor", "locatedIn"))
    + "} GROUP BY ?what ORDER BY ?what"
)


def stats(store: Store) -> list[list[str]]:
    """Entities by class, distinct relations by name, and the number of distinct triples."""
    rows = [[str(w), str(n)] for w, n in store.query(STATS).rows]
    return rows + [["triples", str(store.triple_count())]]


# --- plain rdflib, for notebooks and tests -----------------------------------------------------


def load_graph(path: Path) -> Graph:
    """A graph file (Turtle, TriG, N-Triples, N-Quads, JSON-LD) as one rdflib Graph: the
    union of its named graphs."""
    return MemoryStore.from_file(path).union()


def run_query(graph: Graph, sparql: str, bindings: dict | None = None):
    """rdflib's own result; the common prefixes (qg:, rdfs:, skos: …) are predeclared."""
    check_syntax(sparql)
    try:
        return graph.query(with_prefixes(sparql), initBindings=bindings or {})
    except Exception as exc:
        raise QueryError(f"SPARQL error: {' '.join(str(exc).split())[:300]}") from exc


__all__ = ["PREFIXES", "CannedQuery", "canned_queries", "check_syntax", "format_answer", "load_graph",
           "parse_params", "run", "EntityName", "run_query", "stats", "table", "to_dataframe"]
