"""docs/seeds-view.png, the README's picture of the seeds view (run by hand after view changes).

    python tools/screenshot.py

Builds seeds/ into a temporary folder, opens OUT/graph.html from disk in Debian's Chromium
(Playwright, executable_path /usr/bin/chromium), clicks the most connected agency so the side
panel shows its names and evidence, and saves the window.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from kg.pipeline import BuildOptions, build_corpus

ROOT = Path(__file__).resolve().parent.parent
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"]


def main() -> None:
    from playwright.sync_api import sync_playwright

    out = Path(tempfile.mkdtemp(prefix="qgkg-shot-"))
    build_corpus(ROOT / "seeds", out, BuildOptions(quiet=True))
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
        browser.close()
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
