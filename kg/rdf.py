"""Stage 7: entities, facts and measures -> an RDF dataset with one named graph per document.

Provenance model (see README, "Evidence"):
  * every fact is asserted directly (agency qg:issued plan) and, beside it, described by a
    qg:Statement (an rdf:Statement) whose qg:evidence is a qg:Evidence node;
  * every Target and Observation has qg:evidence directly;
  * a qg:Evidence carries qg:inDocument, qg:quote (== the original file's text from qg:start
    to qg:end, in characters) and qg:sentence (the cleaned, simplified sentence).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS
from rdflib.plugins.serializers.nt import _nt_row

from .model import DocumentResult, Evidence
from .resolve import Entity, normalise_name, resolve_corpus
from .vocab import QG, document_iri, entity_iri, hashed_iri


def _bind(g: Graph) -> None:
    g.bind("qg", QG._NS)
    g.bind("skos", SKOS)
    g.bind("dcterms", DCTERMS)
    g.bind("qgid", URIRef("https://w3id.org/qgkg/id/"))


Triple = tuple[URIRef, URIRef, URIRef | Literal]


def evidence_node(g: set[Triple], ev: Evidence) -> URIRef:
    node = hashed_iri("evidence", ev.doc_id, ev.start, ev.end)
    g.add((node, RDF.type, QG.Evidence))
    g.add((node, QG.inDocument, document_iri(ev.doc_id)))
    g.add((node, QG.quote, Literal(ev.quote)))
    g.add((node, QG.sentence, Literal(ev.sentence_text)))
    g.add((node, QG.start, Literal(ev.start, datatype=XSD.integer)))
    g.add((node, QG.end, Literal(ev.end, datatype=XSD.integer)))
    return node


def _describe_entity(g: set[Triple], e: Entity, doc: URIRef) -> URIRef:
    node = entity_iri(e.kind, e.canonical)
    g.add((node, RDF.type, getattr(QG, e.kind)))
    g.add((node, RDFS.label, Literal(e.canonical, lang="zh")))
    for a in sorted(e.aliases):
        g.add((node, SKOS.altLabel, Literal(a, lang="zh")))
    for a in sorted(e.contextual):
        g.add((node, QG.contextualLabel, Literal(a, lang="zh")))
    g.add((node, QG.mentionedIn, doc))
    if e.kind == "Person" and "role" in e.attrs:
        g.add((node, QG.role, Literal(e.attrs["role"], lang="zh")))
    if e.kind == "Region" and "code" in e.attrs:
        g.add((node, QG.adcode, Literal(e.attrs["code"])))
    return node


def document_graph(res: DocumentResult, graph: Graph | None = None) -> Graph:
    """Everything one document says, as one graph: a pure function of the document.

    Entities are described with the names this document uses; the union over documents
    merges them (same IRI for the same kind and canonical name). Because no document's graph
    depends on another's, a changed file means replacing exactly one named graph.
    """
    g = graph if graph is not None else Graph()
    _bind(g)
    for triple in document_triples(res):
        g.add(triple)
    return g


def document_triples(res: DocumentResult) -> set[Triple]:
    """The triples of `document_graph`, as a plain set: builds write them straight out as
    N-Triples, and an rdflib Graph in between cost a quarter of the extraction time."""
    g: set[Triple] = set()
    doc_id = res.document.doc_id
    doc = document_iri(doc_id)
    g.add((doc, RDF.type, QG.Document))
    g.add((doc, QG.sourceFile, Literal(doc_id + Path(res.document.path).suffix)))
    if res.document.content_hash:
        g.add((doc, QG.contentHash, Literal(res.document.content_hash)))
    if res.meta.title:
        g.add((doc, DCTERMS.title, Literal(res.meta.title, lang="zh")))
    if res.meta.date:
        g.add((doc, DCTERMS.date, Literal(res.meta.date, datatype=XSD.date)))
    if res.meta.source:
        g.add((doc, DCTERMS.source, Literal(res.meta.source, lang="zh")))
    for e in resolve_corpus([res]).values():
        _describe_entity(g, e, doc)
    for f in res.facts:
        s = entity_iri(f.subject[0], normalise_name(f.subject[1]))
        o = entity_iri(f.object[0], normalise_name(f.object[1]))
        p = getattr(QG, f.relation)
        g.add((s, p, o))
        st = hashed_iri("statement", doc_id, s, p, o, f.evidence.start)
        g.add((st, RDF.type, QG.Statement))
        g.add((st, RDF.subject, s))
        g.add((st, RDF.predicate, p))
        g.add((st, RDF.object, o))
        g.add((st, QG.rule, Literal(f.rule)))
        g.add((st, QG.evidence, evidence_node(g, f.evidence)))
    for i, ms in enumerate(res.measures):
        node = hashed_iri(ms.kind.lower(), doc_id, ms.evidence.start, ms.indicator, ms.value, i)
        g.add((node, RDF.type, getattr(QG, ms.kind)))
        g.add((node, QG.indicator, entity_iri("Indicator", normalise_name(ms.indicator))))
        g.add((node, QG.value, Literal(_number(ms.value), datatype=XSD.decimal)))
        g.add((node, QG.unit, Literal(ms.unit)))
        g.add((node, QG.comparator, Literal(ms.comparator)))
        if ms.year is not None:
            g.add((node, QG.year, Literal(ms.year, datatype=XSD.integer)))
        if ms.region:
            g.add((node, QG.region, entity_iri("Region", ms.region)))
        if ms.plan and ms.kind == "Target":
            g.add((entity_iri("Plan", normalise_name(ms.plan)), QG.hasTarget, node))
        g.add((node, QG.evidence, evidence_node(g, ms.evidence)))
    return g


def sorted_ntriples(triples: Graph | Iterable[Triple]) -> str:
    """Canonical text of a graph without blank nodes: one N-Triples line per triple, sorted.
    Two builds of the same input give the same bytes (rdflib's own N-Triples line writer)."""
    lines = {_nt_row(triple) for triple in triples}
    return "".join(sorted(lines))


def _number(v: float) -> str:
    """The canonical xsd:decimal form, so every store keeps the same lexical value.

    >>> _number(95), _number(0.5), _number(1e-05)
    ('95.0', '0.5', '0.00001')
    """
    from decimal import Decimal

    text = format(Decimal(repr(float(v))).normalize(), "f")
    return text if "." in text else text + ".0"
