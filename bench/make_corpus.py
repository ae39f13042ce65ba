"""Write a corpus of N MB of varied documents built from the seeds' sentence patterns, with
places, years and numbers swapped, for benchmarks (never for tests of extraction quality).

    python bench/make_corpus.py OUT_DIR --mb 5 [--seed 0]
"""

from __future__ import annotations

import argparse
import csv
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def region_names() -> list[str]:
    with open(ROOT / "ontology" / "lexicon" / "regions.tsv", encoding="utf-8") as f:
        rows = [r for r in csv.reader(f, delimiter="\t") if r and not r[0].startswith("#")]
    header = rows[0]
    i = header.index("name")
    return [r[i] for r in rows[1:] if r[i].endswith(("市", "省", "州", "县"))]


def sentences() -> list[str]:
    out = []
    for p in sorted((ROOT / "seeds").glob("*.txt")):
        for para in p.read_text(encoding="utf-8").splitlines():
            out += [s + "。" for s in para.split("。") if len(s) > 12]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--mb", type=float, default=5.0)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    regions = region_names()
    pool = sentences()
    known = sorted({r for r in regions if any(r in s for s in pool)}, key=len, reverse=True)
    place = re.compile("|".join(map(re.escape, known))) if known else None
    args.out.mkdir(parents=True, exist_ok=True)
    written, i = 0, 0
    while written < args.mb * 1e6:
        where = rng.choice(regions)
        body = []
        for s in rng.sample(pool, k=min(len(pool), rng.randint(15, 40))):
            if place:
                s = place.sub(where, s)
            s = re.sub(r"20\d\d", lambda _m: str(rng.randint(2016, 2030)), s)
            s = re.sub(r"(?<![\d.])\d{1,3}(\.\d)?(?=%|个|家|项|人|万)", lambda _m: str(round(rng.uniform(1, 99), 1)), s)
            body.append(s)
        text = f"{where}推进质量工作情况（{i}）\n" + "\n".join(body) + "\n"
        (args.out / f"doc{i:06d}.txt").write_text(text, encoding="utf-8")
        written += len(text.encode("utf-8"))
        i += 1
    print(f"wrote {i} documents, {written / 1e6:.1f} MB, into {args.out}")


if __name__ == "__main__":
    main()
