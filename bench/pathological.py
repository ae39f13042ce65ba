"""Extraction time and peak memory on pathological documents, beside the seeds' per-KB cost.
Run by hand; prints a table.

    python bench/pathological.py

- abbreviation: 第i条上海市市场监督管理局（简称质量） + 质量×20, repeated (a definition read N times);
- one line: 5 MB of seed text with every line break removed;
- entity-dense: region + department names and values, shuffled, with no sentence marks.
"""

from __future__ import annotations

import random
import resource
import sys
import time
from pathlib import Path

from kg.decode import document_from_bytes
from kg.extract import extract_document
from kg.segment import warm_up

ROOT = Path(__file__).resolve().parent.parent


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(name: str, *texts: str, rounds: int = 3) -> tuple[str, float, float, float, int]:
    """Extraction of `texts`, each a document of its own: the fastest of `rounds` runs, and
    the names (mentions) found, since the cost of a text grows with how many it holds."""
    blobs = [t.encode("utf-8") for t in texts]
    best = float("inf")
    names = 0
    for _ in range(rounds):
        started = time.perf_counter()
        names = sum(len(extract_document(document_from_bytes(data, Path(f"{name}-{i}.txt"))).mentions)
                    for i, data in enumerate(blobs))
        best = min(best, time.perf_counter() - started)
    return name, sum(len(b) for b in blobs) / 1024, best, peak_mb(), names


def main() -> None:
    warm_up()
    seed_texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    seeds = "".join(seed_texts)
    rng = random.Random(7)
    words = ["上海市市场监督管理局", "沈阳市发改委", "质量提升行动", "合格率达到98%以上", "首席质量官制度", "湛江市",
             "（以下简称市场监管局）", "“质量月”", "《质量强国建设纲要》", "到2025年", "副局长王文仲说", "、"]
    rows = [timed("seeds (5 documents)", *seed_texts, rounds=20),  # (0.05 s a round: the best of many)
            timed("abbreviation 35 KB", "".join(f"第{i}条上海市市场监督管理局（简称质量）" + "质量" * 20 + "。" for i in range(200))),
            timed("entity-dense text", "".join(rng.choice(words) for _ in range(20000))),
            timed("one line 5 MB", (seeds.replace("\n", "") * 200)[: 5 * 1024 * 1024 // 3], rounds=1)]
    seeds_per_kb = rows[0][2] / rows[0][1]
    print(f"{'document':22s} {'KB':>8s} {'seconds':>8s} {'ms/KB':>7s} {'× seeds':>8s} {'peak MB':>8s} {'names/KB':>9s} {'µs/name':>8s}")
    for name, kb, seconds, mb, names in rows:
        print(f"{name:22s} {kb:8.0f} {seconds:8.2f} {1000 * seconds / kb:7.2f} {seconds / kb / seeds_per_kb:8.1f} {mb:8.0f}"
              f" {names / kb:9.1f} {1e6 * seconds / max(names, 1):8.1f}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
