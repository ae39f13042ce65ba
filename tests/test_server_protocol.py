"""kg serve as SPARQL 1.1 Protocol clients use it: SPARQLWrapper in every format it asks for,
content negotiation with q-values and 406, default-graph-uri, the service description, 403 for
updates however they arrive and 415 for a body of an unknown type. On loopback only."""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request

import pytest
from SPARQLWrapper import CSV, JSON, JSONLD, TSV, TURTLE, XML, SPARQLWrapper

from .test_store import served  # noqa: F401  (the fixture: kg serve on the seeds)

SELECT = "SELECT ?a ?p WHERE { ?a <https://w3id.org/qgkg/ontology#launched> ?p } LIMIT 3"
CONSTRUCT = "CONSTRUCT { ?a <https://w3id.org/qgkg/ontology#launched> ?p } WHERE { ?a <https://w3id.org/qgkg/ontology#launched> ?p } LIMIT 3"


def _get(url: str, data: bytes | None = None, headers: dict | None = None) -> tuple[int, dict, bytes]:
    req = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, {k.lower(): v for k, v in r.headers.items()}, r.read()
    except urllib.error.HTTPError as exc:
        return exc.code, {k.lower(): v for k, v in exc.headers.items()}, exc.read()


@pytest.mark.parametrize("fmt", [JSON, XML, CSV, TSV])
def test_sparqlwrapper_gets_every_solution_format(served, fmt):  # noqa: F811
    client = SPARQLWrapper(served + "/query")
    client.setQuery(SELECT)
    client.setReturnFormat(fmt)
    result = client.query()
    converted = result.convert()
    if fmt == JSON:
        assert len(converted["results"]["bindings"]) == 3
    elif fmt == XML:
        assert len(converted.getElementsByTagName("result")) == 3
    else:
        text = converted.decode("utf-8") if isinstance(converted, bytes) else converted
        assert len(text.strip().splitlines()) == 4  # a header and three rows
        assert ("\t" in text.splitlines()[1]) == (fmt == TSV)


@pytest.mark.parametrize("fmt", [TURTLE, JSONLD, XML])
def test_sparqlwrapper_gets_every_graph_format(served, fmt):  # noqa: F811
    client = SPARQLWrapper(served + "/query")
    client.setQuery(CONSTRUCT)
    client.setReturnFormat(fmt)
    graph = client.query().convert()
    if isinstance(graph, bytes):  # SPARQLWrapper hands Turtle back as text
        import rdflib

        graph = rdflib.Graph().parse(data=graph.decode("utf-8"), format="turtle")
    assert len(graph) == 3


def test_q_values_choose_the_format_and_nothing_acceptable_is_406(served):  # noqa: F811
    q = "/query?query=" + urllib.parse.quote(SELECT)
    status, headers, _ = _get(served + q, headers={"Accept": "application/sparql-results+json;q=0.2, text/csv;q=0.9"})
    assert status == 200 and headers["content-type"].startswith("text/csv")
    status, _, body = _get(served + q, headers={"Accept": "text/turtle"})  # a graph format for solutions
    assert status == 406 and b"text/csv" in body
    status, _, _ = _get(served + q + "&format=pdf")
    assert status == 406
    status, headers, _ = _get(served + "/query?query=" + urllib.parse.quote(CONSTRUCT),
                              headers={"Accept": "application/ld+json"})
    assert status == 200 and headers["content-type"] == "application/ld+json"


def test_default_graph_uri_answers_for_that_graph_only(served):  # noqa: F811
    graphs_q = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g"
    _, _, body = _get(served + "/query?query=" + urllib.parse.quote(graphs_q), headers={"Accept": "application/sparql-results+json"})
    graphs = [b["g"]["value"] for b in json.loads(body)["results"]["bindings"]]
    assert len(graphs) >= 5
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"

    def n(extra: str = "") -> int:
        _, _, answer = _get(served + "/query?query=" + urllib.parse.quote(count) + extra,
                            headers={"Accept": "application/sparql-results+json"})
        return int(json.loads(answer)["results"]["bindings"][0]["n"]["value"])

    everything = n()
    one = n("&default-graph-uri=" + urllib.parse.quote(graphs[0]))
    two = n("&default-graph-uri=" + urllib.parse.quote(graphs[0]) + "&default-graph-uri=" + urllib.parse.quote(graphs[1]))
    assert 0 < one < two < everything
    form = urllib.parse.urlencode({"query": count, "default-graph-uri": graphs[0]}).encode()
    _, _, answer = _get(served + "/query", form, {"Content-Type": "application/x-www-form-urlencoded",
                                                  "Accept": "application/sparql-results+json"})
    assert int(json.loads(answer)["results"]["bindings"][0]["n"]["value"]) == one


def test_get_without_a_query_is_the_service_description(served):  # noqa: F811
    import rdflib

    status, headers, body = _get(served + "/query")
    assert status == 200 and headers["content-type"].startswith("text/turtle")
    g = rdflib.Graph().parse(data=body.decode("utf-8"), format="turtle")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    assert (None, rdflib.RDF.type, sd.Service) in g
    assert (None, sd.supportedLanguage, sd.SPARQL11Query) in g


@pytest.mark.parametrize("how", ["query-param", "form-query", "body-query", "update-param"])
def test_an_update_is_403_however_it_arrives(served, how):  # noqa: F811
    update = "INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }"
    if how == "query-param":
        status, _, _ = _get(served + "/query?query=" + urllib.parse.quote(update))
    elif how == "form-query":
        status, _, _ = _get(served + "/query", urllib.parse.urlencode({"query": update}).encode(),
                            {"Content-Type": "application/x-www-form-urlencoded"})
    elif how == "body-query":
        status, _, _ = _get(served + "/query", update.encode(), {"Content-Type": "application/sparql-query"})
    else:
        status, _, _ = _get(served + "/query?update=" + urllib.parse.quote(update))
    assert status == 403


def test_an_unknown_body_type_is_415(served):  # noqa: F811
    status, _, body = _get(served + "/query", b'{"query": "ASK {}"}', {"Content-Type": "application/json"})
    assert status == 415 and b"application/sparql-query" in body
