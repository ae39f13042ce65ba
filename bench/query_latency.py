"""Latency of every canned query, run with parameters as users give them (a typical entity and
the heaviest; median of up to 5 runs, fewer once they add up to a minute, a run stopped after
--limit seconds), and peak memory, rdflib's memory store against the Oxigraph store, on a large
graph. Run by hand; each backend runs in its own process so its peak memory (ru_maxrss) is its own.

    python bench/make_corpus.py /tmp/big --mb 24
    kg build /tmp/big --store /tmp/bigstore --jobs 2       # about 1,000,000 triples
    python bench/query_latency.py /tmp/bigstore
"""

from __future__ import annotations

import argparse
import contextlib
import json
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path


def ranked(store, sparql: str) -> list[str]:
    """The labels a query returns, least frequent first (the query orders them)."""
    return [str(row[0]) for row in store.query(sparql).rows]


def parameter_sets(store) -> dict[str, dict[str, list[str]]]:
    """Each canned query with the parameters users give it, twice over:

    - typical: the median entity of its kind (by how many statements name it), and for
      `evidence` one fact of that agency, which is what the query is for;
    - heaviest: the entity named most (the agency that launched most, the programme launched
      most, the indicator with most targets), whose answers are the largest.
    """
    from kg.query import EntityName, run

    agencies = ranked(store, "SELECT ?l WHERE { ?st rdf:subject ?a ; rdf:predicate qg:launched . ?a rdfs:label ?l } "
                             "GROUP BY ?l ORDER BY COUNT(?st) ?l")
    programmes = ranked(store, "SELECT ?l WHERE { ?st rdf:object ?x ; rdf:predicate qg:launched . ?x rdfs:label ?l } "
                               "GROUP BY ?l ORDER BY COUNT(?st) ?l")
    indicators = ranked(store, "SELECT ?l WHERE { ?t a qg:Target ; qg:indicator/rdfs:label ?l } GROUP BY ?l ORDER BY COUNT(?t) ?l")
    regions = ranked(store, "SELECT ?l WHERE { ?t qg:region/rdfs:label ?l } GROUP BY ?l ORDER BY COUNT(?t) ?l")

    def params(agency: str, programme: str, indicator: str, evidence: list[str], targets: list[str]) -> dict:
        return {"agency_record": [f"agency={agency}"], "who_launched_what": [f"agency={agency}"],
                "plans_by_issuer": [f"agency={agency}"], "co_issuers": [f"name={programme}"], "evidence": evidence,
                "indicators_across_regions": [f"indicator={indicator}"], "targets": targets}

    agency, indicator = agencies[len(agencies) // 2], indicators[len(indicators) // 2]
    # one fact of the typical agency: the first programme it launched
    launched = run(store, "SELECT ?l WHERE { ?a qg:launched/rdfs:label ?l } ORDER BY ?l LIMIT 1",
                   {"a": EntityName(agency)}).rows[0][0]
    return {"typical": params(agency, programmes[len(programmes) // 2], indicator,
                              [f"subject={agency}", "relation=launched", f"object={launched}"], [f"indicator={indicator}"]),
            "heaviest": params(agencies[-1], programmes[-1], indicators[-1], [f"subject={agencies[-1]}", "relation=launched"],
                               [f"indicator={indicators[-1]}", f"region={regions[-1]}", "year=2025"])}


RUN_LIMIT_S = 300


@contextlib.contextmanager
def deadline(seconds: int) -> Iterator[None]:
    """Stop a query that runs longer than `seconds` (rdflib's can take hours on 1M triples)."""

    def stop(signum, frame):
        raise TimeoutError

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def measure(backend: str, store_dir: Path, union: Path, parameters: dict[str, dict[str, list[str]]],
            limit: int = RUN_LIMIT_S) -> dict:
    from kg.errors import QueryError
    from kg.query import canned_queries, parse_params, run
    from kg.store import MemoryStore, OxigraphStore

    t = time.perf_counter()
    store = OxigraphStore(store_dir, read_only=True) if backend == "oxigraph" else MemoryStore.from_file(union)
    load = time.perf_counter() - t
    print(f"{backend}: loaded in {load:.1f} s", file=sys.stderr, flush=True)
    triples = int(store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0][0])
    out: dict = {"backend": backend, "load_s": round(load, 2), "triples": triples, "queries": {}}
    for name, q in canned_queries().items():
        for kind, params in parameters.items():
            times = []
            bindings = parse_params(params[name], q.params)
            rows = -1
            try:
                for _ in range(5):
                    t = time.perf_counter()
                    with deadline(limit):
                        rows = len(run(store, q.text, bindings).rows)
                    times.append(time.perf_counter() - t)
                    if sum(times) > 60:  # a minute is answer enough: do not repeat
                        break
                median = round(statistics.median(times) * 1000, 1)
            except (TimeoutError, QueryError) as exc:
                if not isinstance(exc, TimeoutError) and not isinstance(exc.__cause__, TimeoutError):
                    raise  # a store reports the timeout as a failed query: only that is expected
                median = None  # printed as "> --limit"
            out["queries"][f"{name} {kind}"] = {"median_ms": median, "rows": rows}
            print(f"{backend} {name} {kind}: {median} ms, {rows} rows", file=sys.stderr, flush=True)
    out["peak_mb"] = peak_mb()
    return out


def peak_mb() -> int:
    """This process's peak resident memory. Linux's ru_maxrss carries over the parent's peak
    through fork and exec (this bench's parent holds the whole graph as text: 400-800 MB that
    were counted for the Oxigraph store); /proc's VmHWM belongs to the running program alone."""
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024)
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("store", type=Path)
    ap.add_argument("--backend", choices=("oxigraph", "rdflib"), help=argparse.SUPPRESS)
    ap.add_argument("--union", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--params", help=argparse.SUPPRESS)
    ap.add_argument("--backends", default="oxigraph,rdflib", help="which stores to time (default: both)")
    ap.add_argument("--limit", type=int, default=RUN_LIMIT_S, help="seconds after which a run is stopped")
    args = ap.parse_args()
    if args.backend:
        print(json.dumps(measure(args.backend, args.store, args.union, json.loads(args.params), args.limit)))
        return
    from kg.store import OxigraphStore

    # rdflib gets the union graph as N-Triples, which is what `kg query OUT/graph.ttl` loads: a
    # Dataset of thousands of named graphs would be slower to load and to query, and unfair to it
    union = Path(tempfile.mkdtemp()) / "graph.nt"
    with OxigraphStore(args.store, read_only=True) as store:
        union.write_bytes(store.dump("nt"))
        parameters = parameter_sets(store)  # chosen once, so both stores answer the same questions
    results = {}
    for backend in args.backends.split(","):
        # the child's progress goes straight to our stderr: a run of an hour shows where it is
        proc = subprocess.run([sys.executable, __file__, str(args.store), "--backend", backend, "--union", str(union),
                               "--params", json.dumps(parameters), "--limit", str(args.limit)],
                              stdout=subprocess.PIPE, text=True)
        if proc.returncode != 0:
            print(f"{backend}: failed (its error is above)", file=sys.stderr)
            continue
        results[backend] = json.loads(proc.stdout.strip().splitlines()[-1])
        print(json.dumps(results[backend], ensure_ascii=False), file=sys.stderr)  # the raw figures, as they come
    if not results:
        sys.exit(1)
    first = next(iter(results.values()))
    print(f"{first['triples']:,} triples in the default graph (the union of the documents' graphs)")
    for kind, params in parameters.items():
        print(f"{kind} parameters: " + "; ".join(f"{q}: {', '.join(v)}" for q, v in params.items()))

    def ms(result: dict) -> str:
        return f"> {args.limit * 1000:,}" if result["median_ms"] is None else f"{result['median_ms']:.1f}"

    names = {"oxigraph": "Oxigraph ms", "rdflib": "rdflib ms"}
    print(f"\n{'query':40s} " + " ".join(f"{names[b]:>12s}" for b in results) + f" {'rows':>7s}")
    for name in first["queries"]:
        print(f"{name:40s} " + " ".join(f"{ms(r['queries'][name]):>12s}" for r in results.values())
              + f" {first['queries'][name]['rows']:7d}")
    print(f"{'load (s)':40s} " + " ".join(f"{r['load_s']:12.2f}" for r in results.values()))
    print(f"{'peak memory (MB)':40s} " + " ".join(f"{r['peak_mb']:12d}" for r in results.values()))


if __name__ == "__main__":
    main()
