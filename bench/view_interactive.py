"""How long a large view takes to become interactive in headless Chromium (run by hand).

    python bench/view_interactive.py --nodes 2000

Builds a graph shaped like qgkg's (agencies issuing plans and launching programmes, plans with
targets, agencies located in regions) with `--nodes` nodes, writes its page with kg.view, opens
it from disk in Debian's Chromium (/usr/bin/chromium, driven by Playwright) and prints the
seconds until the layout has stabilised and physics is off (the page sets body[data-ready]),
the page's size, console errors and requests made. Median of --runs.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

import networkx as nx

from kg.view import Page, page_html

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]


def synthetic(n: int, seed: int = 0) -> nx.MultiDiGraph:
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    kinds = ["Agency"] * 30 + ["Plan"] * 25 + ["Programme"] * 25 + ["Region"] * 5 + ["Target"] * 10 + ["Indicator"] * 5
    for i in range(n):
        kind = rng.choice(kinds)
        g.add_node(f"n{i}", label=f"{kind}名称{i}", kind=kind, aliases=[f"别名{i}"], regions={f"地区{i % 30}"},
                   years={2018 + i % 8}, evidence=[(f"doc{i % 500}.txt", f"第{i}句：某机构印发某方案。")] * 2)
    by_kind: dict[str, list[str]] = {}
    for node, kind in g.nodes(data="kind"):
        by_kind.setdefault(kind, []).append(node)
    rules = [("Agency", "Plan", "issued"), ("Agency", "Programme", "launched"), ("Agency", "Programme", "participated"),
             ("Agency", "Region", "locatedIn"), ("Plan", "Target", "hasTarget"), ("Target", "Indicator", "indicator")]
    while g.number_of_edges() < 2 * n:
        a, b, rel = rng.choice(rules)
        s, o = rng.choice(by_kind[a]), rng.choice(by_kind[b])
        g.add_edge(s, o, key=rel, relation=rel, evidence=[("doc.txt", "某机构印发某方案。")])
    return g


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--nodes", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    g = synthetic(args.nodes)
    t = time.perf_counter()
    text = page_html(Page(f"{args.nodes} nodes", g))
    render = time.perf_counter() - t
    path = Path(tempfile.mkdtemp()) / "view.html"
    path.write_text(text, encoding="utf-8")
    seconds, errors, requests = [], [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        for _ in range(args.runs):
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.on("console", lambda m: m.type == "error" and errors.append(m.text))
            page.on("request", lambda r: requests.append(r.url))
            t = time.perf_counter()
            page.goto(path.as_uri())
            page.wait_for_selector("body[data-ready]", timeout=120_000)
            seconds.append(time.perf_counter() - t)
            page.close()
        browser.close()
    print(f"nodes {g.number_of_nodes()}  edges {g.number_of_edges()}  page {len(text) / 1e6:.1f} MB  "
          f"written in {render:.2f} s")
    print(f"interactive (laid out, physics off) after {statistics.median(seconds):.2f} s median of {args.runs} "
          f"({', '.join(f'{s:.2f}' for s in seconds)})")
    print(f"console errors {len(errors)}  requests other than the page {len([r for r in requests if r != path.as_uri()])}")


if __name__ == "__main__":
    main()
