"""The whole build: a folder of documents -> graph.ttl, graph.trig, graph.html, report.json.

`extract_document` runs the per-document stages; `build_corpus` runs them over a folder,
resolves entities across documents and writes the outputs atomically. One broken document
is reported and skipped; it never stops the build.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from .clean import CleanText, clean
from .decode import read_document
from .errors import DocumentError, UsageError
from .model import Document, DocumentResult, Evidence, Mention
from .recognise import TextView, recognise
from .relate import Relater
from .resolve import resolve_corpus, resolve_document
from .segment import split_sentences

INPUT_SUFFIXES = (".txt", ".text", ".md")


def extract_document(doc: Document) -> DocumentResult:
    """Run decode-to-facts on one document."""
    cleaned = clean(doc)
    sentences = split_sentences(cleaned)
    view = TextView.of(cleaned.text, sentences)
    mentions = [_with_original(m, cleaned, doc) for m in resolve_document(view, recognise(view))]

    def evidence(index: int) -> Evidence:
        s = sentences[index]
        start, end = cleaned.raw_span(s.clean_start, s.clean_end)
        return Evidence(doc.doc_id, start, end, doc.raw_text[start:end], s.text)

    doc_year = int(cleaned.meta.date[:4]) if cleaned.meta.date else None
    relater = Relater(view, mentions, evidence, doc_year)
    relater.run()
    return DocumentResult(doc, cleaned.meta, mentions, _unique(relater.facts), relater.measures)


def _with_original(m: Mention, cleaned: CleanText, doc: Document) -> Mention:
    """Keep the spelling the file uses (traditional characters) when it differs."""
    start, end = cleaned.raw_span(m.clean_start, m.clean_end)
    original = "".join(doc.raw_text[i] for i in cleaned.origin[m.clean_start : m.clean_end])
    if original != m.surface and doc.raw_text[start:end]:
        return replace(m, attrs=tuple(sorted({**dict(m.attrs), "original": original}.items())))
    return m


def _unique(facts):
    seen, out = set(), []
    for f in facts:
        key = (f.subject, f.relation, f.object, f.evidence.start)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


@dataclass
class BuildReport:
    documents: list[dict] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    outputs: dict[str, str] = field(default_factory=dict)

    @property
    def failed(self) -> list[dict]:
        return [d for d in self.documents if d["status"] != "ok"]


def input_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        raise UsageError(f"{folder}: not a folder of documents")
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in INPUT_SUFFIXES)


def _progress(items: list[Path], quiet: bool) -> Iterable[tuple[int, Path]]:
    total = len(items)
    for i, p in enumerate(items, 1):
        if not quiet and total > 3:
            width = 30
            done = int(width * i / total)
            sys.stderr.write(f"\r[{'#' * done}{'.' * (width - done)}] {i}/{total} {p.name[:40]:40s}")
            sys.stderr.flush()
        yield i, p
    if not quiet and total > 3:
        sys.stderr.write("\n")


def build_corpus(folder: Path, out: Path, quiet: bool = False, html: bool = True) -> BuildReport:
    from .rdf import build_dataset, union_graph

    files = input_files(folder)
    report = BuildReport()
    results: list[DocumentResult] = []
    for _i, path in _progress(files, quiet):
        entry = {"path": str(path), "status": "ok"}
        try:
            res = extract_document(read_document(path))
        except DocumentError as exc:
            entry.update(status="skipped", error=exc.reason)
        except Exception as exc:  # a bug on one document must not lose the others
            entry.update(status="failed", error=f"{type(exc).__name__}: {exc}")
        else:
            results.append(res)
            entry.update(mentions=len(res.mentions), facts=len(res.facts), measures=len(res.measures))
        report.documents.append(entry)
    entities = resolve_corpus(results)
    ds = build_dataset(results, entities)
    graph = union_graph(ds)
    out.mkdir(parents=True, exist_ok=True)
    write_atomic(out / "graph.ttl", graph.serialize(format="turtle"))
    write_atomic(out / "graph.trig", ds.serialize(format="trig"))
    report.outputs = {"turtle": str(out / "graph.ttl"), "trig": str(out / "graph.trig")}
    if html:
        from .view import who_launched_what_html

        write_atomic(out / "graph.html", who_launched_what_html(graph))
        report.outputs["html"] = str(out / "graph.html")
    kinds = Counter(e.kind for e in entities.values())
    rels = Counter(rel for (_s, rel, _o) in {(f.subject, f.relation, f.object) for r in results for f in r.facts})
    measures = Counter(m.kind for r in results for m in r.measures)
    report.counts = {
        "documents": len(results),
        "failed": len(report.failed),
        **{k: kinds.get(k, 0) for k in ("Agency", "Enterprise", "Person", "Region", "Plan", "Programme", "Indicator")},
        **{k: rels.get(k, 0) for k in ("issued", "launched", "participated", "worksFor", "locatedIn")},
        **{k: measures.get(k, 0) for k in ("Target", "Observation")},
        "triples": len(graph),
    }
    write_atomic(out / "report.json", json.dumps({"counts": report.counts, "documents": report.documents},
                                                 ensure_ascii=False, indent=1))
    report.outputs["report"] = str(out / "report.json")
    return report


def write_atomic(path: Path, content: str) -> None:
    """Write to a temporary file beside `path`, then rename: readers never see half a file."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(content)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
