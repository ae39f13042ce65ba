"""The qgkg vocabulary (checked against ontology/qgkg.ttl by the tests) and IRI minting.

Only this module builds IRIs: entity IRIs are derived from the kind and the canonical name,
so a rebuild gives the same graph.
"""

from __future__ import annotations

import functools
import hashlib
import re
from urllib.parse import quote

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

BASE = "https://w3id.org/qgkg/"
ID = Namespace(BASE + "id/")
DOC = Namespace(BASE + "doc/")


class QG(DefinedNamespace):
    """Terms of the qgkg ontology; a misspelt term fails loudly."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    # classes
    Agency: URIRef
    Enterprise: URIRef
    Person: URIRef
    Region: URIRef
    Plan: URIRef
    Programme: URIRef
    Indicator: URIRef
    Target: URIRef
    Observation: URIRef
    Document: URIRef
    Evidence: URIRef
    Statement: URIRef
    # relations
    issued: URIRef
    launched: URIRef
    participated: URIRef
    hasTarget: URIRef
    indicator: URIRef
    region: URIRef
    locatedIn: URIRef
    worksFor: URIRef
    mentionedIn: URIRef
    evidence: URIRef
    inDocument: URIRef
    # literals
    value: URIRef
    unit: URIRef
    comparator: URIRef
    year: URIRef
    quote: URIRef
    sentence: URIRef
    start: URIRef
    end: URIRef
    role: URIRef
    adcode: URIRef
    rule: URIRef
    sourceFile: URIRef
    contentHash: URIRef
    extractedBy: URIRef
    contextualLabel: URIRef


@functools.lru_cache(maxsize=1 << 16)  # names repeat across a document's triples
def slug(name: str) -> str:
    """An IRI path segment for a name: Han characters, letters and digits kept, the rest
    percent-encoded.

    >>> slug('质量基础设施"一站式"服务(试行)')
    '质量基础设施%22一站式%22服务%28试行%29'
    """
    return "".join(c if re.match(r"[\w\u3400-\u9fff]", c) and c != "_" else quote(c, safe="") for c in name)


def entity_iri(kind: str, canonical: str) -> URIRef:
    return ID[f"{kind.lower()}/{slug(canonical)}"]


def document_iri(doc_id: str) -> URIRef:
    return DOC[slug(doc_id)]


def hashed_iri(kind: str, *parts: object) -> URIRef:
    digest = hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]
    return ID[f"{kind}/{digest}"]
