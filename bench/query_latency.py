"""Latency of every canned query, run with a typical parameter as users run it (median of 5; one
run when it takes over a minute), and peak memory, rdflib's memory store against
the Oxigraph store, on a large graph. Run by hand; each backend runs in its own process so its
peak memory (ru_maxrss) is its own.

    python bench/make_corpus.py /tmp/big --mb 24
    kg build /tmp/big --store /tmp/bigstore --jobs 2       # about 1,000,000 triples
    python bench/query_latency.py /tmp/bigstore
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def typical_params(store) -> dict[str, list[str]]:
    """Each canned query as a user runs it, with its parameter: the agency that launched most,
    the indicator and programme named most, the region with most targets."""

    def most(sparql: str) -> str:
        return str(store.query(sparql).rows[0][0])

    agency = most("SELECT ?l WHERE { ?a qg:launched ?p ; rdfs:label ?l } GROUP BY ?l ORDER BY DESC(COUNT(*)) LIMIT 1")
    indicator = most("SELECT ?l WHERE { ?t a qg:Target ; qg:indicator/rdfs:label ?l } GROUP BY ?l ORDER BY DESC(COUNT(*)) LIMIT 1")
    programme = most("SELECT ?l WHERE { ?a qg:launched/rdfs:label ?l } GROUP BY ?l ORDER BY DESC(COUNT(*)) LIMIT 1")
    region = most("SELECT ?l WHERE { ?t qg:region/rdfs:label ?l } GROUP BY ?l ORDER BY DESC(COUNT(*)) LIMIT 1")
    return {"agency_record": [f"agency={agency}"], "who_launched_what": [f"agency={agency}"],
            "plans_by_issuer": [f"agency={agency}"], "co_issuers": [f"name={programme}"],
            "evidence": [f"subject={agency}", "relation=launched"], "indicators_across_regions": [f"indicator={indicator}"],
            "targets": [f"indicator={indicator}", f"region={region}", "year=2025"]}


def measure(backend: str, store_dir: Path, trig: Path) -> dict:
    from kg.query import canned_queries, parse_params, run
    from kg.store import MemoryStore, OxigraphStore

    t = time.perf_counter()
    store = OxigraphStore(store_dir, read_only=True) if backend == "oxigraph" else MemoryStore.from_file(trig)
    load = time.perf_counter() - t
    triples = int(store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0][0])
    out = {"backend": backend, "load_s": round(load, 2), "triples": triples, "queries": {}}
    params = typical_params(store)
    out["params"] = params
    for name, q in canned_queries().items():
        times = []
        bindings = parse_params(params[name], q.params)
        for _ in range(5):
            t = time.perf_counter()
            rows = len(run(store, q.text, bindings).rows)
            times.append(time.perf_counter() - t)
            if sum(times) > 60:  # a minute is answer enough: do not repeat
                break
        out["queries"][name] = {"median_ms": round(statistics.median(times) * 1000, 1), "rows": rows}
    out["peak_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("store", type=Path)
    ap.add_argument("--backend", choices=("oxigraph", "rdflib"), help=argparse.SUPPRESS)
    ap.add_argument("--trig", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.backend:
        print(json.dumps(measure(args.backend, args.store, args.trig)))
        return
    from kg.store import OxigraphStore

    trig = Path(tempfile.mkdtemp()) / "graph.trig"
    with OxigraphStore(args.store, read_only=True) as store:
        trig.write_bytes(store.dump("trig"))
    results = []
    for backend in ("oxigraph", "rdflib"):
        proc = subprocess.run([sys.executable, __file__, str(args.store), "--backend", backend, "--trig", str(trig)],
                              capture_output=True, text=True, check=True)
        results.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    ox, rd = results
    print(f"{ox['triples']:,} distinct triples (union graph); parameters: {ox['params']}\n")
    print(f"{'query':28s} {'Oxigraph ms':>12s} {'rdflib ms':>12s} {'rows':>7s}")
    for name in ox["queries"]:
        print(f"{name:28s} {ox['queries'][name]['median_ms']:12.1f} {rd['queries'][name]['median_ms']:12.1f} "
              f"{ox['queries'][name]['rows']:7d}")
    print(f"{'load (s)':28s} {ox['load_s']:12.2f} {rd['load_s']:12.2f}")
    print(f"{'peak memory (MB)':28s} {ox['peak_mb']:12d} {rd['peak_mb']:12d}")


if __name__ == "__main__":
    main()
