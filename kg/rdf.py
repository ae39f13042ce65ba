"""Stage 7: entities, facts and measures -> an RDF dataset with one named graph per document.

Provenance model (see README, "Evidence"):
  * every fact is asserted directly (agency qg:issued plan) and, beside it, described by a
    qg:Statement (an rdf:Statement) whose qg:evidence is a qg:Evidence node;
  * every Target and Observation has qg:evidence directly;
  * a qg:Evidence carries qg:inDocument, qg:quote (== the original file's text from qg:start
    to qg:end, in characters) and qg:sentence (the cleaned, simplified sentence).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from pathlib import Path

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS
from rdflib.plugins.serializers.nt import _nt_row, _quoteLiteral

from .model import DocumentResult, Evidence
from .resolve import Entity, normalise_name, resolve_corpus
from .vocab import QG, document_iri, entity_iri, hashed_iri


def _bind(g: Graph) -> None:
    g.bind("qg", QG._NS)
    g.bind("skos", SKOS)
    g.bind("dcterms", DCTERMS)
    g.bind("qgid", URIRef("https://w3id.org/qgkg/id/"))


Triple = tuple[URIRef, URIRef, URIRef | Literal]


# --- N-Triples terms ------------------------------------------------------------------------------
# Documents go straight to N-Triples lines, spelt exactly as rdflib's N-Triples writer spells
# them (so graph.nt and every store's input are the bytes rdflib would give): making an rdflib
# term for each of a document's few hundred triples cost more than extracting them.


class _Terms:
    """The N-Triples spelling of a namespace's terms: `_Terms(QG).issued` is '<…#issued>'.
    The namespace checks the name (QG fails on a misspelt term); each is spelt once."""

    def __init__(self, namespace) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> str:
        term = f"<{getattr(self._namespace, name)}>"
        setattr(self, name, term)
        return term


Q, R, S = _Terms(QG), _Terms(RDF), _Terms(SKOS)
_LABEL, _TITLE, _SOURCE, _DATE = (f"<{t}>" for t in (RDFS.label, DCTERMS.title, DCTERMS.source, DCTERMS.date))
_INTEGER, _DECIMAL = f"<{XSD.integer}>", f"<{XSD.decimal}>"


def _text(value: str, lang: str | None = None) -> str:
    r"""A string literal as rdflib writes it in N-Triples.

    >>> print(_text('说"好"\n'), _text("质量", "zh"))
    "说\"好\"\n" "质量"@zh
    """
    escaped = value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\r", "\\r")
    return f'"{escaped}"@{lang}' if lang else f'"{escaped}"'


def _typed(lexical: object, datatype: str) -> str:
    return f'"{lexical}"^^{datatype}'


@functools.lru_cache(maxsize=1 << 16)  # a document names its entities many times
def _entity(kind: str, name: str) -> str:
    return f"<{entity_iri(kind, normalise_name(name))}>"


def _hashed(kind: str, *parts: object) -> str:
    return f"<{hashed_iri(kind, *parts)}>"


def _line(s: str, p: str, o: str) -> str:
    return f"{s} {p} {o} .\n"


# --- a document's graph -----------------------------------------------------------------------


def _evidence(lines: set[str], ev: Evidence) -> str:
    node = _hashed("evidence", ev.doc_id, ev.start, ev.end)
    lines.add(_line(node, R.type, Q.Evidence))
    lines.add(_line(node, Q.inDocument, f"<{document_iri(ev.doc_id)}>"))
    lines.add(_line(node, Q.quote, _text(ev.quote)))
    lines.add(_line(node, Q.sentence, _text(ev.sentence_text)))
    lines.add(_line(node, Q.start, _typed(int(ev.start), _INTEGER)))
    lines.add(_line(node, Q.end, _typed(int(ev.end), _INTEGER)))
    return node


def _describe_entity(lines: set[str], e: Entity, doc: str, node: str | None = None) -> None:
    node = node or _entity(e.kind, e.canonical)
    lines.add(_line(node, R.type, getattr(Q, e.kind)))
    lines.add(_line(node, _LABEL, _text(e.canonical, "zh")))
    for a in e.aliases:
        lines.add(_line(node, S.altLabel, _text(a, "zh")))
    for a in e.contextual:
        lines.add(_line(node, Q.contextualLabel, _text(a, "zh")))
    lines.add(_line(node, Q.mentionedIn, doc))
    if e.kind == "Person" and "role" in e.attrs:
        lines.add(_line(node, Q.role, _text(e.attrs["role"], "zh")))
    if e.kind == "Region" and "code" in e.attrs:
        lines.add(_line(node, Q.adcode, _text(e.attrs["code"])))


def document_lines(res: DocumentResult, extractor: str | None = None) -> set[str]:
    """Everything one document says, as a set of N-Triples lines: a pure function of the
    document (and of the extractor's version, when given, recorded on the document).

    Entities are described with the names this document uses; the union over documents
    merges them (same IRI for the same kind and canonical name). Because no document's graph
    depends on another's, a changed file means replacing exactly one named graph.
    """
    lines: set[str] = set()
    doc_id = res.document.doc_id
    doc_iri = str(document_iri(doc_id))
    doc = f"<{doc_iri}>"
    lines.add(_line(doc, R.type, Q.Document))
    lines.add(_line(doc, Q.sourceFile, _text(doc_id + Path(res.document.path).suffix)))
    if res.document.content_hash:
        lines.add(_line(doc, Q.contentHash, _text(res.document.content_hash)))
    if extractor:
        lines.add(_line(doc, Q.extractedBy, _text(extractor)))
    if res.meta.title:
        lines.add(_line(doc, _TITLE, _text(res.meta.title, "zh")))
    if res.meta.date:  # rdflib normalises the lexical form of a date: let it
        lines.add(_line(doc, _DATE, _quoteLiteral(Literal(res.meta.date, datatype=XSD.date))))
    if res.meta.source:
        lines.add(_line(doc, _SOURCE, _text(res.meta.source, "zh")))
    # a region whose name several regions hold has its code in its node (region/通州区-320612)
    placed = {name: f"<{entity_iri('Region', f'{name}-{code}')}>" for name, code in res.region_codes.items()}

    def node_of(kind: str, name: str) -> str:
        return placed[name] if kind == "Region" and name in placed else _entity(kind, name)

    for e in resolve_corpus([res]).values():
        if e.kind == "Region" and e.canonical in res.region_codes:
            e.attrs["code"] = res.region_codes[e.canonical]  # (also a district named only in a body's name)
        _describe_entity(lines, e, doc, node_of(e.kind, e.canonical))
    for f in res.facts:
        s, o = node_of(*f.subject), node_of(*f.object)
        p = getattr(Q, f.relation)
        lines.add(_line(s, p, o))
        st = _hashed("statement", doc_id, s[1:-1], p[1:-1], o[1:-1], f.evidence.start)
        lines.add(_line(st, R.type, Q.Statement))
        lines.add(_line(st, R.subject, s))
        lines.add(_line(st, R.predicate, p))
        lines.add(_line(st, R.object, o))
        lines.add(_line(st, Q.rule, _text(f.rule)))
        lines.add(_line(st, Q.evidence, _evidence(lines, f.evidence)))
    for i, ms in enumerate(res.measures):
        node = _hashed(ms.kind.lower(), doc_id, ms.evidence.start, ms.indicator, ms.value, i)
        lines.add(_line(node, R.type, getattr(Q, ms.kind)))
        lines.add(_line(node, Q.indicator, _entity("Indicator", ms.indicator)))
        lines.add(_line(node, Q.value, _typed(_number(ms.value), _DECIMAL)))
        if ms.unit:  # an index value has no unit
            lines.add(_line(node, Q.unit, _text(ms.unit)))
        lines.add(_line(node, Q.comparator, _text(ms.comparator)))
        if ms.year is not None:
            lines.add(_line(node, Q.year, _typed(int(ms.year), _INTEGER)))
        if ms.region:
            lines.add(_line(node, Q.region, node_of("Region", ms.region)))
        if ms.plan and ms.kind == "Target":
            lines.add(_line(_entity("Plan", ms.plan), Q.hasTarget, node))
        lines.add(_line(node, Q.evidence, _evidence(lines, ms.evidence)))
    return lines


def document_graph(res: DocumentResult, graph: Graph | None = None) -> Graph:
    """`document_lines` as an rdflib Graph, for callers that want one."""
    g = graph if graph is not None else Graph()
    _bind(g)
    g.parse(data="".join(document_lines(res)), format="nt")
    return g


def ntriples_text(lines: Iterable[str]) -> str:
    """Canonical text of a graph without blank nodes: its N-Triples lines, sorted. Two
    builds of the same input give the same bytes."""
    return "".join(sorted(set(lines)))


def sorted_ntriples(triples: Graph | Iterable[Triple]) -> str:
    """`ntriples_text` of rdflib triples, written by rdflib's own N-Triples line writer."""
    return ntriples_text(_nt_row(triple) for triple in triples)


def _number(v: float) -> str:
    """The canonical xsd:decimal form (XSD 1.1: no ".0" on a whole number), which is what
    Oxigraph keeps whatever it is given: so a graph file and every store hold the same text.

    >>> _number(95), _number(0.5), _number(1e-05), _number(1200.0)
    ('95', '0.5', '0.00001', '1200')
    """
    from decimal import Decimal

    return format(Decimal(repr(float(v))).normalize(), "f")
