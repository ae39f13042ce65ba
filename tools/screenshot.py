"""The README's pictures (run by hand after view changes):
docs/seeds-view.png, the seeds' whole-graph view, and docs/targets.png, the targets page.

    python tools/screenshot.py [--targets-corpus DIR]

Builds seeds/ into a temporary folder, opens OUT/graph.html from disk in Debian's Chromium
(Playwright, executable_path /usr/bin/chromium), clicks the most connected agency so the side
panel shows its names and evidence, and saves the window. The targets page is drawn from
--targets-corpus (default seeds/; the README's is the 42 dev articles, ../shared/gold/dev).
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from kg.pipeline import BuildOptions, build_corpus

ROOT = Path(__file__).resolve().parent.parent
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"]


def main() -> None:
    from playwright.sync_api import sync_playwright

    parser = argparse.ArgumentParser()
    parser.add_argument("--targets-corpus", type=Path, default=ROOT / "seeds")
    args = parser.parse_args()
    out = Path(tempfile.mkdtemp(prefix="qgkg-shot-"))
    build_corpus(ROOT / "seeds", out, BuildOptions(quiet=True))
    targets_out = out
    if args.targets_corpus.resolve() != (ROOT / "seeds").resolve():
        targets_out = Path(tempfile.mkdtemp(prefix="qgkg-shot-"))
        build_corpus(args.targets_corpus, targets_out, BuildOptions(quiet=True))
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 860})
        page.goto((out / "graph.html").as_uri())
        page.wait_for_selector("body[data-ready]")
        node = page.evaluate("""(() => { const net = qgkg.network;
            const ids = qgkg.nodes.getIds({filter: n => n.kind === 'Agency'});
            ids.sort((a, b) => net.getConnectedEdges(b).length - net.getConnectedEdges(a).length);
            return ids[0]; })()""")
        x, y = page.evaluate(f"""(() => {{ const d = qgkg.network.canvasToDOM(qgkg.network.getPosition({node}));
            const r = document.querySelector('#network').getBoundingClientRect(); return [d.x + r.left, d.y + r.top]; }})()""")
        page.mouse.click(x, y)
        target = ROOT / "docs" / "seeds-view.png"
        page.screenshot(path=str(target))
        print(f"wrote {target}")
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto((targets_out / "targets.html").as_uri())
        target = ROOT / "docs" / "targets.png"
        page.screenshot(path=str(target))
        print(f"wrote {target}")
        browser.close()


if __name__ == "__main__":
    main()
