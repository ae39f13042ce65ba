from pathlib import Path

import pytest

from kg.decode import read_document
from kg.extract import extract_document
from kg.model import DocumentResult
from kg.pipeline import BuildOptions, build_corpus

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("seeds-out")
    report = build_corpus(SEEDS, out, BuildOptions(quiet=True))
    return out, report


@pytest.fixture
def extract(tmp_path):
    """Extract facts from a literal text written to a file, as a user's document would be."""

    def run(text: str, name: str = "doc.txt", encoding: str = "utf-8") -> DocumentResult:
        path = tmp_path / name
        path.write_bytes(text.encode(encoding))
        return extract_document(read_document(path))

    return run


def facts(result: DocumentResult, relation: str) -> set[tuple[str, str]]:
    return {(f.subject[1], f.object[1]) for f in result.facts if f.relation == relation}


def names(result: DocumentResult, kind: str) -> set[str]:
    return {m.canonical for m in result.mentions if m.kind == kind}
