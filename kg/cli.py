"""The `kg` command: a thin shell over kg.pipeline and kg.query."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .errors import QgkgError, QueryError, UsageError

EPILOG = """examples:
  kg build seeds --out out                 # graph.ttl, graph.trig, graph.html, report.json
  kg query out/graph.ttl 'SELECT ?a ?p WHERE { ?a qg:launched ?p }'
  kg query out/graph.ttl --file q.rq --format csv
  kg stats out/graph.ttl
"""

EXIT_OK, EXIT_SOME_SKIPPED, EXIT_USAGE = 0, 3, 2


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="kg", description="Build and query a knowledge graph of Chinese "
                                "quality-governance entities from documents.", epilog=EPILOG,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="extract a graph from a folder of documents",
                       epilog="example:\n  kg build seeds --out out\n\nexit codes: 0 all documents built, "
                       "3 some skipped (see OUT/report.json), 2 usage error",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    b.add_argument("folder", type=Path, help="folder of .txt documents (searched recursively)")
    b.add_argument("--out", type=Path, default=Path("out"), help="output folder (default: out)")
    b.add_argument("--quiet", action="store_true", help="no progress bar")
    b.add_argument("--format", choices=("table", "json"), default="table", help="summary format")
    q = sub.add_parser("query", help="run a SPARQL query on a graph file",
                       epilog="examples:\n  kg query out/graph.ttl 'SELECT ?agency ?prog WHERE { ?a qg:launched ?p . "
                       "?a rdfs:label ?agency . ?p rdfs:label ?prog }'\n  kg query out/graph.trig --file q.rq "
                       "--format json\n\nPrefixes qg: rdfs: rdf: skos: dcterms: xsd: are predeclared.",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    q.add_argument("graph", type=Path, help="graph.ttl or graph.trig")
    q.add_argument("sparql", nargs="?", help="the query text")
    q.add_argument("--file", type=Path, help="read the query from a .rq file")
    q.add_argument("--format", choices=("table", "csv", "json"), default="table")
    s = sub.add_parser("stats", help="count entities, relations and measures in a graph",
                       epilog="example:\n  kg stats out/graph.ttl",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    s.add_argument("graph", type=Path)
    s.add_argument("--format", choices=("table", "json"), default="table")
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "build":
            return _build(args)
        if args.command == "query":
            return _query(args)
        if args.command == "stats":
            return _stats(args)
    except (UsageError, QueryError) as exc:
        print(f"kg {args.command}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except QgkgError as exc:
        print(f"kg {args.command}: {exc}", file=sys.stderr)
        return 1
    return EXIT_USAGE


def _build(args) -> int:
    from .pipeline import build_corpus
    from .query import table

    report = build_corpus(args.folder, args.out, quiet=args.quiet)
    if args.format == "json":
        print(json.dumps({"counts": report.counts, "outputs": report.outputs, "failed": report.failed},
                         ensure_ascii=False, indent=1))
    else:
        print(table(["what", "count"], [[k, str(v)] for k, v in report.counts.items()]))
        for d in report.failed:
            print(f"skipped {d['path']}: {d['error']}", file=sys.stderr)
        print("wrote " + ", ".join(report.outputs.values()))
    return EXIT_SOME_SKIPPED if report.failed else EXIT_OK


def _query(args) -> int:
    from .query import format_result, load_graph, run_query

    if args.file:
        try:
            sparql = args.file.read_text(encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"{args.file}: cannot read query file ({exc.strerror})") from exc
    elif args.sparql:
        sparql = args.sparql
    else:
        raise UsageError("give a query as an argument or with --file")
    graph = load_graph(args.graph)
    print(format_result(run_query(graph, sparql), args.format))
    return EXIT_OK


def _stats(args) -> int:
    from .query import load_graph, stats, table

    rows = stats(load_graph(args.graph))
    if args.format == "json":
        print(json.dumps({k: int(v) for k, v in rows}, indent=1))
    else:
        print(table(["what", "count"], rows))
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
