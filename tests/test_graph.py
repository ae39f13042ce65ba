"""The built seeds graph: provenance, SHACL, stability, vocabulary."""

from pathlib import Path

import pytest
from rdflib import RDF, Graph, Namespace
from rdflib.compare import isomorphic

from kg.pipeline import BuildOptions, build_corpus
from kg.query import load_graph, run_query
from kg.vocab import QG

from .conftest import ROOT, SEEDS


def test_every_evidence_quote_equals_the_original_file_at_its_offsets(seeds_build):
    from kg.decode import read_document

    out, _ = seeds_build
    g = load_graph(out / "graph.ttl")
    rows = list(run_query(g, """SELECT ?file ?quote ?start ?end WHERE {
        ?ev a qg:Evidence ; qg:inDocument ?doc ; qg:quote ?quote ; qg:start ?start ; qg:end ?end .
        ?doc qg:sourceFile ?file }"""))
    assert len(rows) > 50
    texts = {}
    for file, quote, start, end in rows:
        text = texts.setdefault(str(file), read_document(SEEDS / str(file)).raw_text)
        assert text[int(start) : int(end)] == str(quote)


def test_every_fact_and_measure_has_evidence(seeds_build):
    out, _ = seeds_build
    g = load_graph(out / "graph.ttl")
    missing = list(run_query(g, """SELECT ?s ?p ?o WHERE {
        ?s ?p ?o . FILTER(?p IN (qg:issued, qg:launched, qg:participated))
        FILTER NOT EXISTS { ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; qg:evidence ?ev } }"""))
    assert missing == []
    bare = list(run_query(g, "SELECT ?t WHERE { { ?t a qg:Target } UNION { ?t a qg:Observation } "
                             "FILTER NOT EXISTS { ?t qg:evidence ?e } }"))
    assert bare == []


def test_the_graph_conforms_to_the_shapes(seeds_build):
    pyshacl = pytest.importorskip("pyshacl")
    out, _ = seeds_build
    shapes = Graph().parse(ROOT / "ontology" / "shapes.ttl")
    conforms, _report, text = pyshacl.validate(Graph().parse(out / "graph.ttl"), shacl_graph=shapes)
    assert conforms, text


def test_the_graph_conforms_with_rdfs_inference_over_the_ontology(seeds_build):
    """A triple store that reasons (GraphDB RDFS-Plus, pySHACL with inference) sees the same one
    canonical label per entity: no short form of ours is a kind of rdfs:label."""
    pyshacl = pytest.importorskip("pyshacl")
    out, _ = seeds_build
    shapes = Graph().parse(ROOT / "ontology" / "shapes.ttl")
    ontology = Graph().parse(ROOT / "ontology" / "qgkg.ttl")
    conforms, _report, text = pyshacl.validate(Graph().parse(out / "graph.ttl"), shacl_graph=shapes,
                                               ont_graph=ontology, inference="rdfs")
    assert conforms, text


def test_shapes_catch_a_broken_target():
    pyshacl = pytest.importorskip("pyshacl")
    g = Graph()
    t = Namespace("urn:x:")["t"]
    g.add((t, RDF.type, QG.Target))
    g.add((t, QG.comparator, __import__("rdflib").Literal("≈")))
    shapes = Graph().parse(ROOT / "ontology" / "shapes.ttl")
    conforms, _r, _t = pyshacl.validate(g, shacl_graph=shapes)
    assert not conforms


def test_a_rebuild_gives_the_same_graph(seeds_build, tmp_path):
    out, _ = seeds_build
    build_corpus(SEEDS, tmp_path, BuildOptions(quiet=True, html=False))
    assert isomorphic(Graph().parse(out / "graph.ttl"), Graph().parse(tmp_path / "graph.ttl"))


def test_trig_has_one_named_graph_per_document(seeds_build):
    from rdflib import Dataset

    out, _ = seeds_build
    ds = Dataset()
    ds.parse(out / "graph.trig", format="trig")
    graphs = {str(c.identifier) for c in ds.graphs() if len(c)}
    assert {f"https://w3id.org/qgkg/doc/{p.stem}" for p in SEEDS.glob("*.txt")} <= graphs


def test_vocabulary_module_matches_the_ontology():
    onto = Graph().parse(ROOT / "ontology" / "qgkg.ttl")
    defined = {str(s).split("#")[-1] for s in onto.subjects() if str(s).startswith(str(QG._NS))}
    used = {name for name in QG.__annotations__}
    assert used <= defined, used - defined
    fixed = set("Agency Enterprise Person Region Plan Programme Indicator Target Observation Document".split())
    fixed |= set("issued launched participated hasTarget indicator region locatedIn worksFor value unit comparator year".split())
    assert fixed <= defined


def test_html_view_is_written_and_escapes_names(seeds_build):
    out, _ = seeds_build
    import json

    page = Path(out / "graph.html").read_text(encoding="utf-8")
    # pyvis writes the node data as JSON (non-ASCII escaped)
    assert json.dumps("上海市市场监督管理局")[1:-1] in page and "launched" in page
    assert "<script>alert" not in page


def test_the_ontology_and_the_package_share_one_version():
    import tomllib

    from kg import __version__

    onto = Graph().parse(ROOT / "ontology" / "qgkg.ttl")
    versions = {str(v) for v in onto.objects(None, __import__("rdflib").OWL.versionInfo)}
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert versions == {__version__} == {project}


def test_gexf_is_valid_against_its_schema_and_graphml_edge_ids_are_unique(seeds_build, tmp_path):
    import re

    from lxml import etree

    from kg.cli import main

    out, _ = seeds_build
    xsd = ROOT.parent / "shared" / "schemas" / "gexf-1.2draft" / "gexf.xsd"
    if not xsd.is_file():
        pytest.skip(f"no GEXF schema at {xsd}")
    assert main(["export", str(out / "graph.ttl"), "--format", "gexf", "-o", str(tmp_path / "g.gexf")]) == 0
    schema = etree.XMLSchema(etree.parse(str(xsd)))
    assert schema.validate(etree.parse(str(tmp_path / "g.gexf"))), schema.error_log.last_error
    assert main(["export", str(out / "graph.ttl"), "--format", "graphml", "-o", str(tmp_path / "g.graphml")]) == 0
    ids = re.findall(r'<edge [^>]*id="([^"]+)"', (tmp_path / "g.graphml").read_text(encoding="utf-8"))
    assert len(ids) > 50 and len(ids) == len(set(ids))


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "csv"])
def test_exports_carry_every_target_and_observation(seeds_build, tmp_path, fmt):
    import csv

    import networkx as nx

    from kg.cli import main
    from kg.query import stats

    out, _ = seeds_build
    target = tmp_path / ("csv" if fmt == "csv" else f"g.{fmt}")
    assert main(["export", str(out / "graph.ttl"), "--format", fmt, "-o", str(target)]) == 0
    if fmt == "csv":
        with open(target / "nodes.csv", encoding="utf-8", newline="") as f:
            kinds = [row["kind"] for row in csv.DictReader(f)]
        with open(target / "edges.csv", encoding="utf-8", newline="") as f:
            relations = [row["relation"] for row in csv.DictReader(f)]
    else:
        g = (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(str(target))
        kinds = [d.get("kind") for _, d in g.nodes(data=True)]
        relations = [d.get("relation") for _, _, d in g.edges(data=True)]
    from kg.store import open_store

    with open_store(out / "graph.ttl", None, None, None) as store:
        counts = dict(stats(store))
    assert kinds.count("Target") == int(counts["Target"]) and kinds.count("Observation") == int(counts["Observation"])
    assert relations.count("hasTarget") == int(counts["hasTarget"])
    assert relations.count("indicator") == int(counts["Target"]) + int(counts["Observation"])


def test_jsonld_is_compact_and_keeps_the_named_graphs_and_nquads_too(seeds_build, tmp_path):
    import json

    import pyoxigraph as ox

    from kg.cli import main

    out, _ = seeds_build
    trig = ox.Dataset(ox.parse(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG))
    for fmt, parse_as in (("jsonld", ox.RdfFormat.JSON_LD), ("nq", ox.RdfFormat.N_QUADS)):
        assert main(["export", str(out / "graph.trig"), "--format", fmt, "-o", str(tmp_path / f"g.{fmt}")]) == 0
        # the same quads, in the same named graphs, as graph.trig
        assert ox.Dataset(ox.parse(path=str(tmp_path / f"g.{fmt}"), format=parse_as)) == trig
    doc = json.loads((tmp_path / "g.jsonld").read_text(encoding="utf-8"))
    context = doc["@context"]
    assert context["qg"] == "https://w3id.org/qgkg/ontology#" and context["issued"]["@type"] == "@id"
    graphs = doc["@graph"]
    assert len(graphs) == 5 and all(g["@id"].startswith("https://w3id.org/qgkg/doc/") and g["@graph"] for g in graphs)
    nodes = [n for g in graphs for n in g["@graph"]]
    agency = next(n for n in nodes if n.get("@type") == "qg:Agency" and "issued" in n)
    assert isinstance(agency["label"], str)  # compact: a plain string, not {"@value": …, "@language": "zh"}
    target = next(n for n in nodes if n.get("@type") == "qg:Target")
    assert {"value", "comparator", "indicator"} <= set(target)
    # two exports, byte for byte the same whatever the hash seed
    again = tmp_path / "again.jsonld"
    import os
    import subprocess
    import sys

    subprocess.run([sys.executable, "-m", "kg.cli", "export", str(out / "graph.trig"), "--format", "jsonld", "-o",
                    str(again)], check=True, capture_output=True, env={**os.environ, "PYTHONHASHSEED": "7"})
    assert again.read_bytes() == (tmp_path / "g.jsonld").read_bytes()


def test_csv_for_excel_carries_a_byte_order_mark(seeds_build, tmp_path):
    import csv

    from kg.cli import main

    out, _ = seeds_build
    assert main(["export", str(out / "graph.trig"), "--format", "csv", "--excel", "-o", str(tmp_path / "x")]) == 0
    assert main(["export", str(out / "graph.trig"), "--format", "csv", "-o", str(tmp_path / "plain")]) == 0
    for name in ("nodes.csv", "edges.csv"):
        data = (tmp_path / "x" / name).read_bytes()
        assert data.startswith(b"\xef\xbb\xbf") and not (tmp_path / "plain" / name).read_bytes().startswith(b"\xef\xbb\xbf")
        assert data[3:] == (tmp_path / "plain" / name).read_bytes()
    with open(tmp_path / "x" / "nodes.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert "id" in rows[0] and any("市场监督管理局" in r["label"] for r in rows)
    assert main(["export", str(out / "graph.trig"), "--format", "nt", "--excel", "-o", str(tmp_path / "g.nt")]) == 2


def test_districts_of_one_name_in_two_cities_are_two_regions(tmp_path):
    # (通州区 is Beijing's and Nantong's: one node for both would put Nantong's bodies in Beijing; and the
    # adcode of a district the text does not place is unknown, so it has none)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "nantong.txt").write_text("南通市通州区市场监督管理局开展质量月活动。", encoding="utf-8")
    (corpus / "beijing.txt").write_text("北京市通州区市场监督管理局开展质量月活动。", encoding="utf-8")
    (corpus / "unplaced.txt").write_text("普陀区开展质量月活动，全区企业参加。", encoding="utf-8")
    build_corpus(corpus, tmp_path / "out", BuildOptions(quiet=True, html=False))
    g = load_graph(tmp_path / "out" / "graph.ttl")
    rows = {(str(agency), str(code)) for agency, code in run_query(g, """SELECT ?agency ?code WHERE {
        ?a qg:locatedIn ?r ; rdfs:label ?agency . ?r rdfs:label "通州区"@zh ; qg:adcode ?code }""")}
    assert rows == {("南通市通州区市场监督管理局", "320612"), ("通州区市场监督管理局", "110112")}  # (a municipality's district, bare)
    assert list(run_query(g, 'SELECT ?c WHERE { ?r rdfs:label "普陀区"@zh ; qg:adcode ?c }')) == []
