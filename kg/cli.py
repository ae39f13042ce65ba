"""The `kg` command: a thin shell over kg.pipeline, kg.query, kg.server, kg.analyze and kg.export.

Exit codes: 0 done; 3 built, but some documents were skipped or failed (OUT/report.json says
which and why); 2 usage error (bad arguments, malformed query, missing file); 1 any other error.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from .errors import QgkgError, QueryError, UsageError
from .pipeline import EXIT_FAILED, EXIT_OK, EXIT_USAGE

EPILOG = """examples:
  kg build seeds --out out                 # graph.ttl, graph.trig, graph.nt, graph.html, report.json
  kg build corpus --store store --jobs 2   # an Oxigraph store; rebuilds only redo changed files
  kg query out/graph.ttl 'SELECT ?a ?p WHERE { ?a qg:launched ?p }'
  kg query --list
  kg query out/graph.ttl --name plans_by_issuer --param agency=国家市场监督管理总局
  kg stats --store store
  kg serve --store store --port 7878       # SPARQL 1.1 endpoint at http://127.0.0.1:7878/query
  kg analyze out/graph.ttl
  kg export out/graph.ttl --format graphml --out graph.graphml
  kg view out/graph.ttl --who-launched --out who.html
  kg view out/graph.ttl --focus 国家市场监督管理总局 --depth 2 --out focus.html
  kg view out/graph.ttl --index --out views/          # views/index.html, one page per agency
  kg view out/graph.ttl --targets --out targets.html  # the numbers as charts

exit codes: 0 done, 3 some documents skipped (see report.json), 2 usage error, 1 other error
"""


class _Formatter(argparse.RawDescriptionHelpFormatter):
    pass


def _add_source(p: argparse.ArgumentParser, positional: bool = True, endpoint: bool = True) -> None:
    if positional:
        p.add_argument("graph", type=Path, nargs="?", help="a graph file (.ttl .trig .nt .nq .jsonld) or an Oxigraph store folder")
    p.add_argument("--store", type=Path, help="an Oxigraph store folder")
    if endpoint:  # kg serve serves a file or a store, never another endpoint
        p.add_argument("--endpoint", help="a SPARQL 1.1 query endpoint URL (Oxigraph server, Fuseki, GraphDB)")
        p.add_argument("--graph-store", help="its Graph Store Protocol URL (default: the endpoint with /query -> /store)")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="kg", description="Build and query a knowledge graph of Chinese "
                                "quality-governance entities from documents.", epilog=EPILOG, formatter_class=_Formatter)
    from . import __version__

    p.add_argument("-V", "--version", action="version", version=f"kg (qgkg) {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="extract a graph from a folder of documents", formatter_class=_Formatter,
                       epilog="examples:\n  kg build seeds --out out\n  kg build corpus --store store --jobs 2\n"
                       "  kg build corpus --endpoint http://127.0.0.1:7878/query\n"
                       "  kg build corpus --store store --dask tcp://scheduler:8786\n\n"
                       "Rebuilding into the same --out, --store or --endpoint re-extracts only files whose\n"
                       "content changed and drops the graphs of deleted files.\n\n"
                       "exit codes: 0 all documents built, 3 some skipped or failed (see OUT/report.json), 2 usage error")
    b.add_argument("folder", type=Path, help="folder of .txt/.md/.html documents (searched recursively)")
    b.add_argument("--follow-links", action="store_true",
                   help="read links that lead out of the folder (refused by default: a link to /etc/passwd is no article)")
    b.add_argument("-o", "--out", type=Path, default=Path("out"), help="output folder (default: out); with --store or "
                   "--endpoint only report.json goes there")
    _add_source(b, positional=False)
    b.add_argument("--jobs", type=int, default=1, help="child processes that extract (default 1)")
    b.add_argument("--dask", metavar="ADDRESS", help="run extraction on a Dask distributed scheduler")
    b.add_argument("--encoding", help="decode every file with this encoding (default: detect UTF-8/16/32, GB18030, Big5)")
    b.add_argument("--max-mb", type=float, default=20.0, help="skip files larger than this (default 20 MB)")
    b.add_argument("--time-limit", type=float, default=120.0, help="seconds one document may take: past them (and a "
                   "2 s grace) its child process is killed and the document reported failed (default 120; 0: none)")
    b.add_argument("--no-html", action="store_true", help="do not write graph.html")
    b.add_argument("--quiet", action="store_true", help="no progress bar")
    b.add_argument("--format", choices=("table", "json"), default="table", help="summary format")

    q = sub.add_parser("query", help="run a SPARQL query (text, file or canned) on a graph or store",
                       formatter_class=_Formatter,
                       epilog="examples:\n  kg query out/graph.ttl 'SELECT ?agency ?prog WHERE { ?a qg:launched ?p . "
                       "?a rdfs:label ?agency . ?p rdfs:label ?prog }'\n  kg query out/graph.trig --file q.rq --format json\n"
                       "  kg query --list\n  kg query --store store --name targets --param year=2025\n\n"
                       "Prefixes qg: rdfs: rdf: skos: dcterms: xsd: qgid: are predeclared.\n"
                       "--param values are bound as RDF terms, never pasted into the query.")
    _add_source(q)
    q.add_argument("sparql", nargs="?", help="the query text")
    q.add_argument("--file", type=Path, help="read the query from a .rq file")
    q.add_argument("--name", help="run a canned query (see --list)")
    q.add_argument("--param", action="append", default=[], metavar="KEY=VALUE", help="bind ?KEY to VALUE")
    q.add_argument("--list", action="store_true", help="list the canned queries and their parameters")
    q.add_argument("--format", choices=("table", "csv", "json"), default="table")

    s = sub.add_parser("stats", help="count entities, relations and triples", formatter_class=_Formatter,
                       epilog="examples:\n  kg stats out/graph.ttl\n  kg stats --store store --format json")
    _add_source(s)
    s.add_argument("--format", choices=("table", "json"), default="table")

    v = sub.add_parser("serve", help="serve a graph or store as a read-only SPARQL 1.1 endpoint", formatter_class=_Formatter,
                       epilog="examples:\n  kg serve out/graph.trig            # http://127.0.0.1:7878/query\n"
                       "  kg serve --store store --port 8000 --timeout 5\n\n"
                       "  kg serve out/graph.trig --cors '*'      # YASGUI or a page on another origin may query it\n"
                       "  kg serve out/graph.trig --allow-service dbpedia.org   # federation to listed endpoints only\n\n"
                       "GET or POST /query (SPARQL 1.1 Protocol); the .html pages of --views DIR (default: the folder\n"
                       "of the graph file) under /views/. SERVICE clauses are refused unless --allow-service lists\n"
                       "the endpoint; requests whose Host header is not this server's get 421.")
    _add_source(v, endpoint=False)
    v.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    v.add_argument("--port", type=int, default=7878)
    v.add_argument("--timeout", type=float, default=10.0, help="seconds a query may run (default 10)")
    v.add_argument("--max-result-mb", type=float, default=64.0, help="largest result returned (default 64 MB)")
    v.add_argument("--max-request-kb", type=int, default=64, help="largest request body (default 64 KB)")
    v.add_argument("--workers", type=int, default=2, help="query worker processes (default 2)")
    v.add_argument("--views", type=Path, help="folder of HTML views to serve under /views/")
    v.add_argument("--allow-service", nargs="+", default=[], metavar="HOST",
                   help="endpoints a SERVICE clause may call (host, host:port or full IRI); by default none")
    v.add_argument("--allow-host", nargs="+", default=[], metavar="NAME",
                   help="Host header names to answer besides the bound address (a proxy's or a DNS name)")
    v.add_argument("--max-memory-mb", type=int, default=2048, help="memory one query may add to a worker (default 2048; 0: no cap)")
    v.add_argument("--per-client", type=int, default=0,
                   help="queries one client may run at once (default: all workers but one)")
    v.add_argument("--cors", nargs="+", default=[], metavar="ORIGIN",
                   help="origins whose pages may read answers (e.g. http://localhost:3000, or *)")
    v.add_argument("--read-timeout", type=float, default=10.0,
                   help="seconds a client has to send its request, headers and body (default 10)")
    v.add_argument("--max-connections", type=int, default=500,
                   help="open connections; past it the one waiting longest for its request is closed (default 500)")

    a = sub.add_parser("analyze", help="central agencies, groups and paths (networkx)", formatter_class=_Formatter,
                       epilog="examples:\n  kg analyze out/graph.ttl\n  kg analyze out/graph.ttl --path 国家市场监督管理总局 质量月")
    _add_source(a)
    a.add_argument("--top", type=int, default=10, help="how many central agencies (default 10)")
    a.add_argument("--path", nargs=2, metavar=("FROM", "TO"), help="shortest path between two named entities")
    a.add_argument("--format", choices=("table", "json"), default="table")

    e = sub.add_parser("export", help="write the graph as Turtle, N-Triples, TriG, N-Quads, JSON-LD, GraphML, GEXF or CSV",
                       formatter_class=_Formatter,
                       epilog="examples:\n  kg export out/graph.trig --format graphml --out graph.graphml\n"
                       "  kg export --store store --format turtle --out graph.ttl\n  kg export out/graph.ttl --format csv --out csv/\n"
                       "  kg export out/graph.trig --format csv --excel --out csv/   # UTF-8 with BOM: Excel reads the Chinese\n"
                       "  kg export out/graph.trig --format jsonld --out graph.jsonld  # compact, one named graph per document")
    _add_source(e)
    e.add_argument("--format", required=True, choices=("turtle", "nt", "trig", "nq", "jsonld", "graphml", "gexf", "csv"))
    e.add_argument("-o", "--out", type=Path, required=True, help="output file (a folder for csv)")
    e.add_argument("--excel", action="store_true", help="csv: UTF-8 with a byte-order mark, which Excel needs to "
                   "read Chinese (pandas and most tools read both)")
    e.add_argument("--summary", choices=("table", "json"), default="table", help="summary format")

    w = sub.add_parser("view", help="write an interactive HTML view (whole graph, who launched what, one entity, "
                       "or one page per agency)", formatter_class=_Formatter,
                       epilog="examples:\n  kg view out/graph.ttl --out graph.html\n"
                       "  kg view out/graph.ttl --who-launched --out who.html\n"
                       "  kg view out/graph.ttl --focus 国家市场监督管理总局 --depth 2 --out focus.html\n"
                       "  kg view --store store --index --out views/\n"
                       "  kg view out/graph.ttl --targets --out targets.html\n\n"
                       "Pages are self-contained (open them from disk, no network). Above --max-nodes a page\n"
                       "shows the most connected entities and says how many it left out.")
    _add_source(w)
    which = w.add_mutually_exclusive_group()
    which.add_argument("--who-launched", action="store_true", help="agencies and the plans and programmes they "
                       "issued, launched or joined")
    which.add_argument("--focus", metavar="NAME", help="one entity (by any of its names) and its neighbourhood")
    which.add_argument("--index", action="store_true", help="an index page linking one view per agency (--out is a folder)")
    which.add_argument("--targets", action="store_true", help="the targets and observations as charts, one per "
                       "indicator and unit, years along the x axis")
    w.add_argument("--depth", type=int, default=2, help="links from the focus entity (default 2)")
    w.add_argument("--max-nodes", type=int, default=2000, help="largest page; beyond it the most connected part "
                   "is shown (default 2000)")
    w.add_argument("-o", "--out", type=Path, help="output file (default view.html; a folder, default views/, for --index)")
    w.add_argument("--quiet", action="store_true", help="no progress bar")
    w.add_argument("--format", choices=("table", "json"), default="table", help="summary format")
    return p


def main(argv: list[str] | None = None) -> int:
    import logging

    # rdflib logs a warning with a traceback for every odd literal it reads (a date without
    # dashes): a user's terminal gets the one-line errors below, not the library's internals
    logging.getLogger("rdflib").setLevel(logging.ERROR)
    args = _parser().parse_args(argv)
    handler = {"build": _build, "query": _query, "stats": _stats, "serve": _serve, "analyze": _analyze,
               "export": _export, "view": _view}[args.command]
    try:
        return handler(args)
    except (UsageError, QueryError) as exc:
        print(f"kg {args.command}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except QgkgError as exc:
        print(f"kg {args.command}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print(f"kg {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `kg query … | head`: the reader has what it wanted
        sys.stderr.close()
        return EXIT_OK
    except OSError as exc:  # a file or port the command could not use: one line, never a traceback
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"kg {args.command}: {where}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_FAILED


def _open(args, read_only: bool = True):
    from .store import open_store

    return open_store(getattr(args, "graph", None), args.store, args.endpoint, args.graph_store, read_only=read_only)


def _build(args) -> int:
    from .pipeline import BuildOptions, build_corpus
    from .query import table

    if args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    if args.max_mb <= 0:
        raise UsageError("--max-mb must be positive")
    if args.encoding:
        import codecs

        try:
            codecs.lookup(args.encoding)
        except LookupError as exc:
            raise UsageError(f"--encoding {args.encoding}: unknown encoding") from exc
    options = BuildOptions(encoding=args.encoding, max_bytes=int(args.max_mb * 1024 * 1024),
                           time_limit=args.time_limit, jobs=args.jobs, dask=args.dask, quiet=args.quiet,
                           html=not args.no_html, follow_links=args.follow_links)
    store = _open(args, read_only=False) if (args.store or args.endpoint) else None
    try:
        report = build_corpus(args.folder, args.out, options, store)
    finally:
        if store is not None:
            store.close()
    if args.format == "json":
        print(json.dumps({"counts": report.counts, "status": report.status_counts(), "seconds": report.seconds,
                          "outputs": report.outputs, "failed": report.failed}, ensure_ascii=False, indent=1))
    else:
        print(table(["what", "count"], [[k, str(v)] for k, v in report.counts.items()]))
        for d in report.failed:  # file names are data: no terminal escape sequence gets through
            print(f"{d['status']} {_printable(d['path'])}: {_printable(d['error'])}", file=sys.stderr)
        status = ", ".join(f"{n} {k}" for k, n in sorted(report.status_counts().items()))
        print(f"documents: {status or 'none'} in {report.seconds:.1f} s")
        print("wrote " + ", ".join(report.outputs.values()))
    if report.kept_previous:
        print(f"kg build: no document could be extracted; the graph files in {args.out} were left as they were",
              file=sys.stderr)
    return report.exit_code


def _printable(text: str) -> str:
    """`text` with control characters shown as escapes (a file name may hold ESC sequences).

    >>> _printable("a" + chr(27) + "[31mb") == "a" + chr(92) + "x1b[31mb"
    True
    """
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)


def _query(args) -> int:
    from .query import canned_queries, format_answer, parse_params, run, table

    if args.graph and (args.store or args.endpoint) and args.sparql is None:
        args.sparql, args.graph = str(args.graph), None  # `kg query --store S 'SELECT …'`
    if args.list:
        rows = [[q.name, q.description, " ".join(f"{p.name}:{p.type}" for p in q.params)]
                for q in canned_queries().values()]
        if not rows:
            from .query import queries_dir

            raise QgkgError(f"no canned queries in {queries_dir()} (reinstall qgkg, or set $QGKG_ONTOLOGY)")
        print(table(["name", "what it answers", "parameters"], rows))
        return EXIT_OK
    declared = None
    if args.name:
        queries = canned_queries()
        if args.name not in queries:
            raise UsageError(f"--name {args.name}: no such canned query (see kg query --list)")
        sparql, declared = queries[args.name].text, queries[args.name].params
    elif args.file:
        try:
            sparql = args.file.read_text(encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"{args.file}: cannot read query file ({exc.strerror})") from exc
    elif args.sparql:
        sparql = args.sparql
    else:
        raise UsageError("give a query as an argument, with --file, or --name (see --list)")
    bindings = parse_params(args.param, declared)
    started = time.perf_counter()
    with _open(args) as store:
        answer = run(store, sparql, bindings)
    print(format_answer(answer, args.format))
    if args.format == "table" and answer.kind == "SELECT":  # programs read csv/json: no summary there
        print(f"{len(answer.rows)} rows in {time.perf_counter() - started:.2f} s", file=sys.stderr)
    return EXIT_OK


def _stats(args) -> int:
    from .query import stats, table

    with _open(args) as store:
        rows = stats(store)
    if args.format == "json":
        print(json.dumps({k: int(v) for k, v in rows}, indent=1))
    else:
        print(table(["what", "count"], rows))
    return EXIT_OK


def _serve(args) -> int:
    from .server import ServerOptions, serve

    views = args.views or (args.graph.parent if args.graph and args.graph.is_file() else None)
    options = ServerOptions(host=args.host, port=args.port, timeout=args.timeout, max_result_bytes=int(args.max_result_mb * 1e6),
                            max_request_bytes=args.max_request_kb * 1024, workers=args.workers, views=views,
                            allow_service=tuple(args.allow_service), allow_host=tuple(args.allow_host),
                            cors=tuple(args.cors), max_memory_mb=args.max_memory_mb, per_client=args.per_client,
                            read_timeout=args.read_timeout, max_connections=args.max_connections)
    serve(args.graph, args.store, options)
    return EXIT_OK


def _analyze(args) -> int:
    from .analyze import report

    with _open(args) as store:
        text = report(store, top=args.top, path=args.path, fmt=args.format)
    print(text)
    return EXIT_OK


def _export(args) -> int:
    from .export import export

    with _open(args) as store:
        if args.excel and args.format != "csv":
            raise UsageError("--excel goes with --format csv")
        written = export(store, args.format, args.out, excel=args.excel)
    if args.summary == "json":
        print(json.dumps({"format": args.format, "outputs": [str(p) for p in written]}, ensure_ascii=False))
    else:
        print("wrote " + ", ".join(str(p) for p in written))
    return EXIT_OK


def _page_out(out: Path | None, default: str) -> Path:
    """Where a page goes: --out, else `default`; its folder must exist."""
    out = out or Path(default)
    if out.parent and not out.parent.is_dir():
        raise UsageError(f"--out {out}: folder {out.parent} does not exist")
    return out


def _view(args) -> int:
    from .analyze import find_node
    from .pipeline import write_atomic
    from .view import focus_page, graph_page, page_html, view_graph, who_launched_page, write_index

    if args.max_nodes < 1 or args.depth < 0:
        raise UsageError("--max-nodes must be at least 1 and --depth at least 0")
    if args.targets:
        from .chart import measures, split, targets_html

        with _open(args) as store:
            items = measures(store)
        out = _page_out(args.out, "targets.html")
        write_atomic(out, targets_html(items))
        charts, singles = split(items)
        summary = {"outputs": [str(out)], "charts": len(charts), "single_values": len(singles),
                   "targets": sum(m.kind == "Target" for m in items),
                   "observations": sum(m.kind == "Observation" for m in items)}
        print(json.dumps(summary, ensure_ascii=False) if args.format == "json" else
              f"wrote {out}: {summary['targets']} targets and {summary['observations']} observations, "
              f"{len(charts)} charts and {len(singles)} indicators with one value each")
        return EXIT_OK
    with _open(args) as store:
        g = view_graph(store)
    if args.index:
        out = args.out or Path("views")
        entries = write_index(g, out, args.depth, args.max_nodes, progress=not args.quiet)
        summary = {"outputs": [str(out / "index.html")], "pages": len(entries) + 1, "agencies": len(entries)}
        text = f"wrote {out / 'index.html'} and {len(entries)} agency pages in {out / 'agency'}"
    else:
        if args.focus:
            node = find_node(g, args.focus)
            if node is None:
                raise UsageError(f"--focus {args.focus}: no entity has that name")
            page = focus_page(g, node, args.depth, args.max_nodes)
        elif args.who_launched:
            page = who_launched_page(g, args.max_nodes)
        else:
            page = graph_page(g, args.max_nodes)
        out = _page_out(args.out, "view.html")
        write_atomic(out, page_html(page))
        summary = {"outputs": [str(out)], "nodes": page.graph.number_of_nodes(), "edges": page.graph.number_of_edges(),
                   "note": page.note}
        text = (f"wrote {out}: {summary['nodes']} entities, {summary['edges']} links"
                + (f". {page.note}" if page.note else " (nothing left out)"))
    print(json.dumps(summary, ensure_ascii=False) if args.format == "json" else text)
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
