"""Where a graph lives: an rdflib Dataset in memory, an Oxigraph store on disk, or a remote
SPARQL 1.1 store. The build and every query go through the same small interface, so the same
`kg` commands work against all three.

Every document is one named graph (its name is the document's IRI). The document's node in
that graph carries `qg:contentHash` and `qg:extractedBy`, which is how an incremental build
knows what changed without any state outside the store.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import json
import re
import shutil
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from .errors import QgkgError, QueryError, UsageError
from .vocab import QG

PREFIXES = {
    "qg": str(QG._NS),
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "qgid": "https://w3id.org/qgkg/id/",
}

# Prefixes written into Turtle, TriG and JSON-LD files: not qgid:, whose local names hold a "/"
# that Turtle must escape (qgid:agency\/…), which some readers refuse
FILE_PREFIXES = {k: v for k, v in PREFIXES.items() if k != "qgid"}

# documents being written by an Oxigraph bulk load (see OxigraphStore.replace_documents)
LOADING_GRAPH = "https://w3id.org/qgkg/build/loading"
_CONTENT_HASH = f"<{QG.contentHash}>"

DOCUMENT_STATE = f"""PREFIX qg: <{QG._NS}>
SELECT ?g ?hash ?by WHERE {{ GRAPH ?g {{ ?g a qg:Document ; qg:contentHash ?hash .
  OPTIONAL {{ ?g qg:extractedBy ?by }} }} }}"""


@dataclass
class Answer:
    """A query's answer in one shape whatever store gave it: rows of rdflib terms for SELECT,
    a boolean for ASK, an rdflib Graph for CONSTRUCT and DESCRIBE."""

    kind: str  # SELECT, ASK or GRAPH
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Node | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None

    def records(self) -> list[dict[str, Node | None]]:
        return [dict(zip(self.variables, r, strict=True)) for r in self.rows]


def with_prefixes(sparql: str) -> str:
    """Predeclare qg:, rdfs:, skos: … unless the query declares them itself."""
    declared = {p.lower() for p in _declared_prefixes(sparql)}
    extra = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items() if k not in declared)
    return extra + sparql


def _declared_prefixes(sparql: str) -> list[str]:
    return re.findall(r"(?im)^\s*PREFIX\s+([\w-]*):", sparql)


def values_clause(sparql: str, bindings: dict[str, Node | tuple[Node, ...]]) -> str:
    """The query with its bindings as one VALUES block opening the WHERE group: a row per
    combination of values, a tuple of terms binding its variable to any of them (an empty
    tuple to none).

    Stores' APIs differ on bindings (rdflib's initBindings, pyoxigraph's substitutions that need
    the variable projected, nothing at all over HTTP), so every store gets the same VALUES
    block: the values are RDF terms serialised (and escaped) by rdflib, so whatever a user typed
    stays one term.

    >>> values_clause("SELECT ?a WHERE { ?a ?p ?n }", {"n": Literal('x" } DROP ALL #')})
    'SELECT ?a WHERE { VALUES (?n) { ("x\\\\" } DROP ALL #") } ?a ?p ?n }'
    >>> values_clause("SELECT ?a WHERE { ?a ?p ?n }", {"a": (URIRef("http://x/1"), URIRef("http://x/2"))})
    'SELECT ?a WHERE { VALUES (?a) { (<http://x/1>) (<http://x/2>) } ?a ?p ?n }'
    """
    if not bindings:
        return sparql
    m = re.search(r"(?i)\bWHERE\s*\{", sparql) or re.search(r"(?i)\b(SELECT|ASK)\b[^{]*\{", sparql)
    if m is None:
        raise QueryError("parameters need a query with a WHERE { … } group")
    names = sorted(bindings)
    choices = [bindings[n] if isinstance(bindings[n], tuple) else (bindings[n],) for n in names]
    # one block of rows (every combination), not one block per variable: Oxigraph joins
    # patterns from a single VALUES block best (measured: 99 ms against 193 ms)
    rows = " ".join("(" + " ".join(v.n3() for v in row) + ")" for row in itertools.product(*choices))
    block = "VALUES (" + " ".join("?" + n for n in names) + ") { " + (rows + " " if rows else "") + "}"
    return sparql[: m.end()] + " " + block + " " + sparql[m.end() :].lstrip(" ")


class Store:
    """The interface every backend implements."""

    name = "store"

    def document_state(self) -> dict[str, tuple[str, str]]:
        """Document IRI -> (content hash, extractor) for every document in the store."""
        answer = self.query(DOCUMENT_STATE)
        return {str(r[0]): (str(r[1]), str(r[2] or "")) for r in answer.rows}

    def triple_count(self) -> int:
        """Distinct triples of the union of the documents' graphs."""
        return int(self.query("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }").rows[0][0])

    def replace_document(self, doc_iri: str, ntriples: str) -> None:
        raise NotImplementedError

    def replace_documents(self, documents: list[tuple[str, str]]) -> None:
        """Several documents' graphs (IRI, N-Triples) at once: a build hands them over in
        batches, which a store may write faster than one by one."""
        for doc_iri, ntriples in documents:
            self.replace_document(doc_iri, ntriples)

    def recover(self) -> None:
        """Undo what an interrupted build left half written (nothing, for most stores)."""

    def start_build(self, documents_present: int) -> None:
        """A build is about to write documents (`replace_documents`, `drop_document`) into a
        store that holds `documents_present`."""

    def finish_build(self) -> None:
        """The build has written everything: leave the store ready for queries."""

    def drop_document(self, doc_iri: str) -> None:
        raise NotImplementedError

    def query(self, sparql: str, bindings: dict[str, Node | tuple[Node, ...]] | None = None) -> Answer:
        raise NotImplementedError

    def quads_nq(self) -> str:
        """Every quad as sorted N-Quads lines: the store's canonical text."""
        raise NotImplementedError

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _query_error(exc: Exception) -> QueryError:
    text = str(exc) or type(exc).__name__
    return QueryError("SPARQL error: " + " ".join(text.split())[:300])


class MemoryStore(Store):
    """rdflib's in-memory Dataset: the embedded default for small corpora."""

    name = "memory"

    def __init__(self, dataset: Dataset | None = None) -> None:
        self.dataset = dataset if dataset is not None else Dataset(default_union=True)
        self.dataset.default_union = True

    @classmethod
    def from_file(cls, path: Path) -> MemoryStore:
        """A Turtle/N-Triples/JSON-LD file (into the default graph) or a TriG/N-Quads file
        (named graphs kept)."""
        if not path.exists():
            raise UsageError(f"{path}: no such graph file; build one with `kg build DIR --out OUT`")
        fmt = rdf_format_of(path)
        ds = Dataset(default_union=True)
        try:
            ds.parse(path, format=fmt)
        except Exception as exc:
            raise UsageError(f"{path}: not readable as {fmt} ({' '.join(str(exc).split())[:200]})") from exc
        return cls(ds)

    def replace_document(self, doc_iri: str, ntriples: str) -> None:
        g = self.dataset.graph(URIRef(doc_iri))
        g.remove((None, None, None))
        g.parse(data=ntriples, format="nt")

    def drop_document(self, doc_iri: str) -> None:
        self.dataset.remove_graph(self.dataset.graph(URIRef(doc_iri)))

    def query(self, sparql: str, bindings: dict[str, Node | tuple[Node, ...]] | None = None) -> Answer:
        try:
            result = self.dataset.query(values_clause(with_prefixes(sparql), bindings or {}))
            if result.type == "ASK":
                return Answer("ASK", boolean=bool(result.askAnswer))
            if result.type in ("CONSTRUCT", "DESCRIBE"):
                g = Graph()
                for k, v in PREFIXES.items():
                    g.bind(k, v)
                for t in result.graph:
                    g.add(t)
                return Answer("GRAPH", graph=g)
            names = [str(v) for v in result.vars]
            return Answer("SELECT", names, [tuple(r) for r in result])
        except Exception as exc:
            raise _query_error(exc) from exc

    def union(self) -> Graph:
        g = Graph()
        for k, v in PREFIXES.items():
            g.bind(k, v)
        for s, p, o, _c in self.dataset.quads((None, None, None, None)):
            g.add((s, p, o))
        return g

    def quads_nq(self) -> str:
        return sorted_lines(self.dataset.serialize(format="nquads", encoding="utf-8"))


def rdf_format_of(path: Path) -> str:
    return {".trig": "trig", ".nq": "nquads", ".nt": "nt", ".jsonld": "json-ld", ".json": "json-ld",
            ".rdf": "xml", ".xml": "xml", ".n3": "n3"}.get(path.suffix.lower(), "turtle")


def _ox_format(path: Path):
    """`rdf_format_of`, as Oxigraph names the format."""
    f = _ox().RdfFormat
    return {"trig": f.TRIG, "nquads": f.N_QUADS, "nt": f.N_TRIPLES, "json-ld": f.JSON_LD, "xml": f.RDF_XML,
            "n3": f.N3, "turtle": f.TURTLE}[rdf_format_of(path)]


# --- Oxigraph -----------------------------------------------------------------------------


def _ox():
    try:
        import pyoxigraph
    except ImportError as exc:  # pragma: no cover - pyoxigraph is a core dependency
        raise UsageError("the Oxigraph store needs pyoxigraph: pip install pyoxigraph") from exc
    return pyoxigraph


def to_rdflib(term) -> Node | None:
    ox = _ox()
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return _iri(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        return _literal(term.value, term.datatype.value, term.language)
    raise TypeError(f"unsupported term {term!r}")


# Answers repeat the same terms row after row (a name, a relation, a file), and building an
# rdflib term is the slow part of reading an answer: a cache halves it on large answers.
@functools.lru_cache(maxsize=1 << 16)
def _iri(value: str) -> URIRef:
    return URIRef(value)


@functools.lru_cache(maxsize=1 << 16)
def _literal(value: str, datatype: str, language: str | None) -> Literal:
    if language:
        return Literal(value, lang=language)
    return Literal(value, datatype=None if datatype == "http://www.w3.org/2001/XMLSchema#string" else URIRef(datatype))


def drop_update(doc_iri: str) -> str:
    """A SPARQL Update that drops a document's named graph and keeps the default graph equal
    to the set union of all named graphs.

    Stores differ in what a "union default graph" is (Oxigraph's repeats a triple once per
    graph that holds it); keeping the union as the real default graph gives every store, and
    every client of `kg serve`, the same answers. A triple leaves the default graph only when
    no other document states it.
    """
    g = URIRef(doc_iri).n3()
    return (f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != {g}) }} }} ;\n"
            f"DROP SILENT GRAPH {g}")


BULK_SHARE = 0.25  # see OxigraphStore.start_build


def _quads(doc_iri: str, ntriples: str) -> str:
    """A document's N-Triples as N-Quads: in its own graph, and the default graph's copy.

    Every line ends in " .\\n" (a literal cannot hold a line break), so one replace does it,
    20x faster than line by line.

    >>> print(_quads("http://d", '<s> <p> "o" .\\n'), end="")
    <s> <p> "o" <http://d> .
    <s> <p> "o" .
    """
    return ntriples.replace(" .\n", f" {URIRef(doc_iri).n3()} .\n") + ntriples


def sorted_lines(text: str | bytes) -> str:
    r"""N-Triples or N-Quads with their lines sorted, each once, blank ones dropped: the
    canonical text of a graph, which two builds of the same input share byte for byte.

    >>> print(sorted_lines(b'<b> <p> "1" .\n<a> <p> "2" .\n\n<b> <p> "1" .\n'), end="")
    <a> <p> "2" .
    <b> <p> "1" .
    """
    if isinstance(text, bytes):
        text = text.decode("utf-8")
    # split on "\n" only: str.splitlines() also splits on VT, FF, FS … and U+2028, which a
    # literal (a file name, a title) may hold unescaped in Oxigraph's output
    return "".join(line + "\n" for line in sorted(set(text.split("\n"))) if line.strip())


def _without_hash(doc: str, ntriples: str) -> tuple[str, str]:
    """A document's N-Triples text split into everything else and its `qg:contentHash` line.

    >>> _without_hash("<d>", f'<d> <t> "x" .\\n<d> {_CONTENT_HASH} "ab" .\\n<e> <t> "y" .')
    ('<d> <t> "x" .\\n<e> <t> "y" .\\n', '<d> <https://w3id.org/qgkg/ontology#contentHash> "ab" .\\n')
    """
    text = "\n" + ntriples.strip("\n") + "\n"
    start = text.find(f"\n{doc} {_CONTENT_HASH} ")  # at a line's start: never inside a literal
    if start < 0:
        return text[1:], ""
    end = text.index("\n", start + 1)
    return text[1 : start + 1] + text[end + 1 :], text[start + 1 : end + 1]


class OxigraphStore(Store):
    """A persistent Oxigraph (RocksDB) store in a folder: fast SPARQL on millions of triples.

    Each document is a named graph; the default graph holds their union (see drop_update).
    A `temporary` store is emptied when opened (of what a killed build left) and deleted when
    closed, and its dumps are sorted: `kg build --out` builds in one and writes its files from
    it. (Not Oxigraph's in-memory store: in pyoxigraph 0.5 it answers joins 30-50x slower, 11 s
    against 0.2 s for the names on both ends of 11,203 `launched` facts.)
    """

    name = "oxigraph"

    def __init__(self, path: Path, read_only: bool = False, temporary: bool = False) -> None:
        ox = _ox()
        self.path = path
        self._temporary = temporary
        self._present: int | None = None  # documents in the store when the build started
        self._written = 0  # documents the build has written since
        self._bulk_loaded = False
        try:
            if read_only:
                if not path.is_dir():
                    raise UsageError(f"{path}: no Oxigraph store here; build one with `kg build DIR --store {path}`")
                self.store = ox.Store.read_only(str(path))
            else:
                if temporary:
                    shutil.rmtree(path, ignore_errors=True)
                path.mkdir(parents=True, exist_ok=True)
                self.store = ox.Store(str(path))
        except OSError as exc:
            raise UsageError(f"{path}: cannot open the Oxigraph store ({exc})") from exc

    def replace_document(self, doc_iri: str, ntriples: str) -> None:
        self.replace_documents([(doc_iri, ntriples)])

    def drop_document(self, doc_iri: str) -> None:
        self.store.update(drop_update(doc_iri))

    def triple_count(self) -> int:
        # the default graph is the union, kept as a set: no DISTINCT needed (3x faster)
        return int(self.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0][0])

    def start_build(self, documents_present: int) -> None:
        # Oxigraph's bulk loader writes twice as fast as a transaction, but leaves the store in
        # many files that slow every query down (at 1 M triples, 3-5x) until optimize() merges
        # them, and that costs time in proportion to the whole store (3.8 s at 1 M triples). So
        # a build writes its first documents in transactions, and bulk loads only once it has
        # written a quarter as many documents as the store held: a fresh build bulk loads from
        # the start, a rebuild after a few changes writes them in transactions and needs no merge.
        self._present = documents_present
        self._written = 0
        self._bulk_loaded = False

    def finish_build(self) -> None:
        if self._bulk_loaded:
            self.store.optimize()
        self._present, self._written, self._bulk_loaded = None, 0, False

    def replace_documents(self, documents: list[tuple[str, str]]) -> None:
        """A batch of documents, in transactions or through the bulk loader (`start_build`)."""
        if not documents:
            return
        self._written += len(documents)
        if self._present is not None and self._written > BULK_SHARE * self._present:
            self._bulk_load(documents)
            self._bulk_loaded = True
            return
        ox = _ox()
        # two transactions: stopped between them, the documents are just missing (no hash),
        # which the next build sees and redoes
        self.store.update(" ;\n".join(drop_update(iri) for iri, _ in documents))
        self.store.load("".join(_quads(iri, nt) for iri, nt in documents).encode("utf-8"), format=ox.RdfFormat.N_QUADS)

    def _bulk_load(self, documents: list[tuple[str, str]]) -> None:
        """A batch of documents through Oxigraph's bulk loader, which promises nothing if it
        stops half way; so the batch is bracketed:

        1. one transaction drops the documents' old graphs and lists them in LOADING_GRAPH;
        2. the bulk loader writes their graphs and the default graph's copy, all but the
           `qg:contentHash` triples;
        3. one transaction adds the hashes, and then LOADING_GRAPH is emptied.

        A document counts as built only once it has its hash, so a build killed in step 2
        leaves documents that the next build's `recover` drops and extracts again.
        """
        ox = _ox()
        log = URIRef(LOADING_GRAPH).n3()
        listed = "\n".join(f"{URIRef(iri).n3()} a <{QG.Document}> ." for iri, _ in documents)
        # the list goes in after the drops: a document's `a qg:Document` in LOADING_GRAPH would
        # otherwise keep that triple in the default graph
        self.store.update(" ;\n".join([drop_update(iri) for iri, _ in documents]
                                      + [f"INSERT DATA {{ GRAPH {log} {{\n{listed}\n}} }}"]))
        bulk, hashes = [], []
        for iri, ntriples in documents:
            body, hash_line = _without_hash(URIRef(iri).n3(), ntriples)
            bulk.append(_quads(iri, body))
            hashes.append(_quads(iri, hash_line))
        self.store.bulk_load("".join(bulk).encode("utf-8"), format=ox.RdfFormat.N_QUADS)
        self.store.load("".join(hashes).encode("utf-8"), format=ox.RdfFormat.N_QUADS)  # a transaction
        self.store.update(f"DROP SILENT GRAPH {log}")  # stopped before this, the batch is just redone

    def recover(self) -> None:
        """Drop the documents an interrupted `replace_documents` left without their hash, and
        any triple of the default graph that no document's graph holds any more."""
        log = URIRef(LOADING_GRAPH).n3()
        answer = self.query(f"SELECT ?d WHERE {{ GRAPH {log} {{ ?d a qg:Document }} }}")
        if not answer.rows:
            return
        self.store.update(" ;\n".join([f"DROP SILENT GRAPH {log}"]
                                      + [drop_update(str(row[0])) for row in answer.rows]
                                      + ["DELETE { ?s ?p ?o } WHERE { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } }"]))

    def query(self, sparql: str, bindings: dict[str, Node | tuple[Node, ...]] | None = None) -> Answer:
        ox = _ox()
        try:
            # pyoxigraph's substitutions demand the variable be projected; a VALUES block
            # binds any variable, as rdflib's initBindings does
            result = self.store.query(values_clause(sparql, bindings or {}), prefixes=PREFIXES)
            if isinstance(result, ox.QueryBoolean):
                return Answer("ASK", boolean=bool(result))
            if isinstance(result, ox.QueryTriples):
                g = Graph()
                for k, v in PREFIXES.items():
                    g.bind(k, v)
                for t in result:
                    g.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
                return Answer("GRAPH", graph=g)
            names = [v.value for v in result.variables]
            rows = [tuple(to_rdflib(sol[i]) for i in range(len(names))) for sol in result]
            return Answer("SELECT", names, rows)
        except (SyntaxError, ValueError, OSError, TypeError) as exc:
            raise _query_error(exc) from exc

    def load_file(self, path: Path) -> None:
        """Add an RDF file. A TriG or N-Quads file's named graphs stay named graphs (as `dump`
        writes them, one per document) and their union joins the default graph; the triples of
        any other format go to the default graph."""
        ox = _ox()
        fmt = _ox_format(path)
        try:
            self.store.bulk_load(path=str(path), format=fmt)
        except (SyntaxError, ValueError, OSError) as exc:
            raise UsageError(f"{path}: not readable as {fmt.name} ({' '.join(str(exc).split())[:200]})") from exc
        if fmt in (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS):
            # the union through the bulk loader too: as a SPARQL INSERT (a transaction) it took
            # 4.5 s for 1,000 documents' graphs, this way 1.4 s
            self.store.bulk_extend(ox.Quad(q.subject, q.predicate, q.object) for q in ox.parse(path=str(path), format=fmt)
                                   if not isinstance(q.graph_name, ox.DefaultGraph))
        self.store.optimize()  # the bulk loader's files slow every query until merged (start_build)

    def dump(self, fmt: str) -> bytes:
        """The union (turtle, nt, jsonld) or the dataset (trig, nq), as bytes; N-Triples
        sorted, the canonical text two builds of the same input share byte for byte."""
        ox = _ox()
        formats = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
                   "trig": ox.RdfFormat.TRIG, "nq": ox.RdfFormat.N_QUADS}
        nt = ox.RdfFormat.N_TRIPLES
        if fmt == "nt":  # always sorted: N-Triples are the canonical text
            return sorted_lines(self.store.dump(format=nt, from_graph=ox.DefaultGraph())).encode("utf-8")
        prefixes = FILE_PREFIXES
        dataset = fmt in ("trig", "nq")
        if self._temporary:
            # The files of a build: sorted, so that a person finds a subject's triples together
            # and in the order of its name (strings that share a prefix sort together), and so
            # that two builds of the same input write the same bytes. Sorted as lines, not term
            # objects, and the dataset graph by graph: a third of the memory. A store of one's
            # own is written in the order of its indexes, without holding it all in memory.
            if dataset:
                quads = (ox.Quad(t.subject, t.predicate, t.object, g)
                         for g in sorted(self.store.named_graphs(), key=str)
                         for t in ox.parse(sorted_lines(self.store.dump(format=nt, from_graph=g)), format=nt))
                return ox.serialize(quads, format=formats[fmt], prefixes=prefixes)
            union = sorted_lines(self.store.dump(format=nt, from_graph=ox.DefaultGraph()))
            return ox.serialize(ox.parse(union, format=nt), format=formats[fmt], prefixes=prefixes)
        if dataset:  # the named graphs, without the default graph that repeats them
            quads = (q for q in self.store.quads_for_pattern(None, None, None, None)
                     if not isinstance(q.graph_name, ox.DefaultGraph))
            return ox.serialize(quads, format=formats[fmt], prefixes=prefixes)
        return self.store.dump(format=formats[fmt], from_graph=ox.DefaultGraph(), prefixes=prefixes)

    def quads_nq(self) -> str:
        return sorted_lines(self.dump("nq"))

    def close(self) -> None:
        if hasattr(self, "store"):
            with contextlib.suppress(OSError, RuntimeError):  # a read-only store has nothing to flush
                self.store.flush()
            del self.store
        if self._temporary:
            shutil.rmtree(self.path, ignore_errors=True)


# --- a remote SPARQL 1.1 store ----------------------------------------------------------------


class RemoteStore(Store):
    """A SPARQL 1.1 endpoint (Oxigraph server, Fuseki, GraphDB …).

    Queries go to `query_url` (SPARQL 1.1 Protocol, POST); documents are written with the
    SPARQL 1.1 Graph Store Protocol at `store_url?graph=IRI` (PUT), and the default graph is
    kept equal to the union through `update_url` (SPARQL 1.1 Update). Oxigraph serves them at
    /query, /store and /update; Fuseki at /DATASET/query, /DATASET/data and /DATASET/update.
    """

    name = "remote"

    def __init__(self, query_url: str, store_url: str | None = None, update_url: str | None = None,
                 timeout: float = 60.0) -> None:
        if not query_url.startswith(("http://", "https://")):
            raise UsageError(f"{query_url}: an endpoint is an http(s) URL")
        self.query_url = query_url
        self.store_url = store_url or _sibling(query_url, "store")
        self.update_url = update_url or _sibling(query_url, "update")
        self.timeout = timeout

    def _request(self, url: str, method: str, body: bytes | None, headers: dict[str, str]) -> bytes:
        req = urllib.request.Request(url, data=body, method=method, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                return resp.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read()[:300].decode("utf-8", "replace").strip()
            if exc.code == 400:
                raise QueryError(f"SPARQL error from {url}: {' '.join(detail.split())}") from exc
            raise QgkgError(f"{url}: HTTP {exc.code} {exc.reason}: {detail}") from exc
        except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
            # not a usage error: the command was right, the endpoint did not answer (exit 1)
            raise QgkgError(f"{url}: cannot reach the endpoint ({getattr(exc, 'reason', exc)})") from exc

    def _update(self, text: str) -> None:
        body = urllib.parse.urlencode({"update": text}).encode("utf-8")
        self._request(self.update_url, "POST", body, {"Content-Type": "application/x-www-form-urlencoded"})

    def replace_document(self, doc_iri: str, ntriples: str) -> None:
        # the default graph (the union) first loses what only this document said …
        self._update(drop_update(doc_iri).split(" ;\n")[0])
        # … the named graph is replaced through the Graph Store Protocol …
        nt = {"Content-Type": "application/n-triples"}
        self._request(f"{self.store_url}?graph={urllib.parse.quote(doc_iri, safe='')}", "PUT",
                      ntriples.encode("utf-8"), nt)
        # … and the default graph gains what it says now (POST merges)
        self._request(f"{self.store_url}?default", "POST", ntriples.encode("utf-8"), nt)

    def drop_document(self, doc_iri: str) -> None:
        self._update(drop_update(doc_iri))

    def query(self, sparql: str, bindings: dict[str, Node | tuple[Node, ...]] | None = None) -> Answer:
        # the protocol has no bindings parameter: a VALUES block carries them
        text = values_clause(with_prefixes(sparql), bindings or {})
        body = urllib.parse.urlencode({"query": text}).encode("utf-8")
        accept = "application/sparql-results+json, application/n-triples;q=0.9"
        data = self._request(self.query_url, "POST", body,
                             {"Content-Type": "application/x-www-form-urlencoded", "Accept": accept})
        try:
            parsed = json.loads(data)
        except ValueError:
            g = Graph()
            for k, v in PREFIXES.items():
                g.bind(k, v)
            g.parse(data=data.decode("utf-8"), format="nt")
            return Answer("GRAPH", graph=g)
        if "boolean" in parsed:
            return Answer("ASK", boolean=bool(parsed["boolean"]))
        names = parsed["head"]["vars"]
        rows = [tuple(_json_term(b.get(n)) for n in names) for b in parsed["results"]["bindings"]]
        return Answer("SELECT", names, rows)

    def quads_nq(self) -> str:
        answer = self.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }")  # named graphs only
        lines = {f"{s.n3()} {p.n3()} {o.n3()} {g.n3()} .\n" for s, p, o, g in answer.rows}
        return "".join(sorted(lines))


def _sibling(query_url: str, service: str) -> str:
    """Oxigraph's layout: /query, /update and /store side by side.

    >>> _sibling("http://127.0.0.1:7878/query", "store")
    'http://127.0.0.1:7878/store'
    """
    base = query_url.rstrip("/")
    for tail in ("/query", "/sparql"):
        if base.endswith(tail):
            return base[: -len(tail)] + "/" + service
    return base + "/" + service


def _json_term(b: dict | None) -> Node | None:
    if b is None:
        return None
    if b["type"] == "uri":
        return URIRef(b["value"])
    if b["type"] == "bnode":
        return BNode(b["value"])
    if "xml:lang" in b:
        return Literal(b["value"], lang=b["xml:lang"])
    dt = b.get("datatype")
    if dt == "http://www.w3.org/2001/XMLSchema#string":
        dt = None
    return Literal(b["value"], datatype=URIRef(dt) if dt else None)


def open_store(graph: Path | None = None, store: Path | None = None, endpoint: str | None = None,
               graph_store: str | None = None, read_only: bool = True) -> Store:
    """The store a command names: a graph file, `--store DIR` or `--endpoint URL`."""
    chosen = [x for x in (graph, store, endpoint) if x]
    if len(chosen) != 1:
        raise UsageError("name exactly one graph: a graph file, --store DIR or --endpoint URL")
    if endpoint:
        return RemoteStore(endpoint, graph_store)
    if store:
        return OxigraphStore(store, read_only=read_only)
    assert graph is not None
    if graph.is_dir():
        return OxigraphStore(graph, read_only=read_only)
    return MemoryStore.from_file(graph)


def iter_rows(answer: Answer) -> Iterator[list[str]]:
    for r in answer.rows:
        yield ["" if v is None else str(v) for v in r]
