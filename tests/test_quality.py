"""Extraction quality on real articles: the gold annotations' own scorer (../shared/gold/score.py),
run on the seeds and on the 42 dev articles, must not fall below the floors committed in
tests/quality_floors.json."""

import importlib.util
import json
from pathlib import Path

import pytest

from kg.pipeline import BuildOptions, build_corpus

from .conftest import ROOT

GOLD = ROOT.parent / "shared" / "gold"
FLOORS = json.loads((Path(__file__).parent / "quality_floors.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def scorer():
    if not (GOLD / "score.py").is_file():
        pytest.skip(f"no gold annotations at {GOLD} (CI and the team's machines have them)")
    spec = importlib.util.spec_from_file_location("gold_score", GOLD / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _figures(report: dict) -> dict[str, float]:
    return {"entities": report["entities"]["ALL"]["F1"], "relations": report["relations"]["F1"],
            "targets": report["targets"]["F1"], "observations": report["observations"]["F1"],
            "worksFor": report["other_relations"]["worksFor"]["F1"]}


@pytest.mark.parametrize("corpus", ["seeds", "dev"])
def test_extraction_stays_above_its_floors(corpus, scorer, tmp_path):
    docs = ROOT / "seeds" if corpus == "seeds" else GOLD / "dev"
    out = tmp_path / "out"
    report = build_corpus(docs, out, BuildOptions(quiet=True, html=False))
    assert not report.failed, report.failed
    figures = _figures(scorer.score(out / "graph.trig", GOLD / corpus))
    below = {k: (figures[k], floor) for k, floor in FLOORS[corpus].items() if not k.startswith("_") and figures[k] < floor}
    assert not below, f"{corpus}: F1 below its floor (got, floor): {below}"
