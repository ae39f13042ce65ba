"""One file's bytes -> its graph: what a worker process or a Dask worker runs.

`extract_document` runs the per-document stages (clean, segment, recognise, resolve, relate);
`document_ntriples` turns one file's bytes into its report entry and its graph as N-Triples,
and never raises for a bad document. `extractor_version` names the code and lexicon that do
this, so a build redoes the documents another version extracted; the build's own orchestration
(kg.pipeline) is not part of it, and changing it redoes nothing.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import signal
import threading
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from .clean import CN_YEAR_DIGITS, CleanText, clean
from .decode import doc_id_for, document_from_bytes
from .errors import DocumentError
from .model import Document, DocumentResult, Evidence, Fact, Measure, Mention
from .recognise import TextView, placed_code, recognise
from .relate import BARE_RATE_NAMES, Relater
from .resolve import resolve_document
from .segment import split_sentences
from .structure import plan_title_year, scopes
from .vocab import document_iri

_SURROGATE = re.compile("[\ud800-\udfff]")
_CLOSED = re.compile(r"[。！？!?；;]”?$")  # a sentence's closing mark (a headline has none)


def extract_document(doc: Document) -> DocumentResult:
    """Run clean-to-facts on one decoded document."""
    if _SURROGATE.search(doc.raw_text):
        # lone surrogates (possible in a str, never in decoded UTF-8) cannot be written out;
        # one replacement character each keeps every offset
        doc = replace(doc, raw_text=_SURROGATE.sub("\ufffd", doc.raw_text))
    cleaned = clean(doc)
    sentences = split_sentences(cleaned)
    view = TextView.of(cleaned.text, sentences)
    mentions = [_with_original(m, cleaned, doc) for m in resolve_document(view, recognise(view))]

    def evidence(index: int) -> Evidence:
        s = sentences[index]
        start, end = cleaned.raw_span(s.clean_start, s.clean_end)
        return Evidence(doc.doc_id, start, end, doc.raw_text[start:end], s.text)

    doc_year = int(cleaned.meta.date[:4]) if cleaned.meta.date else None
    # (the surface, as cleaning reads it: a title's 二〇二五年 is named as written, read as 2025)
    plan_years = {m.sentence: y for m in mentions if m.kind == "Plan" and (y := plan_title_year(m.canonical) or plan_title_year(m.surface))}
    relater = Relater(view, mentions, evidence, doc_year, scopes(sentences, plan_years), cleaned.meta.source)
    relater.run()
    # 生活性服务、公共服务满意度分别为81.30分和81.43分 names two indicators, not a third that lists them
    measured = {m.indicator for m in relater.measures}
    split = relater.split_indicators - measured
    # (a bare 合格率 is named by its measure, 监督抽查合格率 or 食品合格率: the bare word names nothing)
    mentions = [m for m in mentions if not (m.kind == "Indicator" and (m.canonical in split or m.canonical == "合格率"))]
    headlines = {s.text for s in sentences[:3] if not _CLOSED.search(s.text)}
    facts, measures = _unique(relater.facts), _unique_measures(relater.measures, headlines)
    return DocumentResult(doc, cleaned.meta, mentions, facts, measures, region_codes=_region_codes(view, facts, measures))


def _region_codes(view: TextView, facts: list[Fact], measures: list[Measure]) -> dict[str, str]:
    """The code of each region of a name several regions hold, as the document places it: its own
    mention's, else (a district named only in a body's name: 晋城市城区市场监管局) the one inside a region
    the text names."""
    homonyms = view.lexicon.homonyms
    codes = {m.canonical: code for m in view.regions if m.canonical in homonyms and (code := m.attr("code"))}
    used = {name for f in facts for kind, name in (f.subject, f.object) if kind == "Region"} | {m.region for m in measures if m.region}
    for name in sorted(used - codes.keys()):
        if name in homonyms and (code := placed_code(view, name)):
            codes[name] = code
    return codes


# 乾 (qián) stays 乾 in simplified names (乾元, 御乾堂); OpenCC turns it into 干 wherever its
# phrase list does not know the word. Only food words (饼乾, 葡萄乾, 乾果, 乾货) mean 干 (dry).
_DRY_BEFORE = set("饼肉萄腐笋鱼菜果豆虾贝")
_DRY_AFTER = set("果货燥洗菜粉制品")


def _keep_qian(surface: str, original: str) -> str:
    """The name with 乾 where the file writes 乾 and the word is no food word.

    >>> _keep_qian("东阳市御干堂宫廷红木家具有限公司", "東陽市御乾堂宮廷紅木家具有限公司")
    '东阳市御乾堂宫廷红木家具有限公司'
    >>> _keep_qian("葡萄干有限公司", "葡萄乾有限公司")
    '葡萄干有限公司'
    """
    chars = list(surface)
    for i, (c, o) in enumerate(zip(surface, original, strict=False)):
        if c == "干" and o == "乾" and surface[i - 1 : i] not in _DRY_BEFORE and surface[i + 1 : i + 2] not in _DRY_AFTER:
            chars[i] = "乾"
    return "".join(chars)


_CN_DIGIT = set(CN_YEAR_DIGITS)


def _keep_year_numerals(canonical: str, surface: str, original: str) -> str:
    """The name with its years in the Chinese numerals the file writes (cleaning reads 二〇三五年 as
    2035年 for the value patterns; a title is named as written).

    >>> _keep_year_numerals("2035年远景目标纲要", "《2035年远景目标纲要》", "《二〇三五年远景目标纲要》")
    '二〇三五年远景目标纲要'
    """
    for year in re.finditer(r"\d{4}(?=年)", surface):
        written = original[year.start() : year.end()]
        if all(c in _CN_DIGIT for c in written):
            canonical = canonical.replace(year.group() + "年", written + "年")
    return canonical


def _with_original(m: Mention, cleaned: CleanText, doc: Document) -> Mention:
    """Keep the spelling the file uses (traditional characters) when it differs."""
    start, end = cleaned.raw_span(m.clean_start, m.clean_end)
    original = "".join(doc.raw_text[i] for i in cleaned.origin[m.clean_start : m.clean_end])
    if m.kind in ("Enterprise", "Person") and "乾" in original and len(original) == len(m.surface):
        fixed = _keep_qian(m.surface, original)
        if fixed != m.surface and m.surface in m.canonical:
            m = replace(m, canonical=m.canonical.replace(m.surface, fixed))  # (the surface stays the text's)
    if m.kind in ("Plan", "Programme") and len(original) == len(m.surface) and any(c in _CN_DIGIT for c in original):
        m = replace(m, canonical=_keep_year_numerals(m.canonical, m.surface, original))
    if original != m.surface and doc.raw_text[start:end]:
        return replace(m, attrs=tuple(sorted({**dict(m.attrs), "original": original}.items())))
    return m


def _unique_measures(measures: list[Measure], headlines: set[str] = frozenset()) -> list[Measure]:
    """One measure per value the document reports, however often it repeats it. A headline
    (制造业质量竞争力指数达到85.21) states again what the body dates and ties to its plan
    (2023年…达到85.21): a twin that lacks a year or a plan the other has is that other; and a
    headline's figure under a name no longer than the body's for it (2011年我国产品质量合格率为87.5%
    over …产品抽样合格率为87.5%) is the body's. The first statement of each stays.

    >>> from kg.model import Evidence
    >>> ev = Evidence("d", 0, 1, "x", "x")
    >>> m = Measure("Observation", "制造业质量竞争力指数", 85.21, None, "=", None, "中国", None, ev)
    >>> [x.year for x in _unique_measures([m, replace(m, year=2023), replace(m, year=2023)])]
    [2023]
    """
    def key(m: Measure) -> tuple:
        return (m.kind, m.indicator, m.value, m.unit, m.comparator, m.region)

    # a headline that names the field the body leaves to its clause (市场监管总局:2021年食品安全监督抽检不合格率2.69%
    # over …完成食品安全监督抽检…批次，…监督抽检不合格率为2.69%): the body's figure under the headline's name
    fuller = {(m.kind, m.value, m.unit, m.year, m.region): m.indicator for m in measures if m.evidence.sentence_text in headlines}
    if fuller:
        measures = [replace(m, indicator=name) if m.evidence.sentence_text not in headlines
                    and (name := fuller.get((m.kind, m.value, m.unit, m.year, m.region))) is not None
                    and len(name) > len(m.indicator) and name.endswith(m.indicator) else m for m in measures]

    def covers(a: Measure, b: Measure) -> bool:  # a says all b says, and more
        return (a.year, a.plan) != (b.year, b.plan) and all(y is None or x == y for x, y in ((a.year, b.year), (a.plan, b.plan)))

    groups: dict[tuple, list[Measure]] = {}
    for m in measures:
        groups.setdefault(key(m), []).append(m)
    # a bare rate restating a named one's value (不合格率为14.3%! over …监督抽查不合格率为14.3%): that one
    named: dict[tuple, list[str]] = {}
    for m in measures:
        if m.indicator not in BARE_RATE_NAMES:
            named.setdefault((m.kind, m.value, m.unit, m.year, m.region), []).append(m.indicator)
    # (kind, value, unit, year) -> the longest name the body (no headline) gives the figure
    in_body: dict[tuple, int] = {}
    for m in measures:
        if m.evidence.sentence_text not in headlines:
            k = (m.kind, m.value, m.unit, m.year)
            in_body[k] = max(in_body.get(k, 0), len(m.indicator))
    seen, out = set(), []
    for m in measures:
        if m.evidence.sentence_text in headlines and in_body.get((m.kind, m.value, m.unit, m.year), 0) >= len(m.indicator):
            continue
        twins = groups[key(m)]
        if any(covers(t, m) for t in twins) or (key(m), m.year, m.plan) in seen:
            continue
        if m.indicator in BARE_RATE_NAMES and any(n.endswith(m.indicator) for n in named.get(
                (m.kind, m.value, m.unit, m.year, m.region), ())):
            continue
        seen.add((key(m), m.year, m.plan))
        out.append(m)
    return out


def _unique(facts):
    seen, out = set(), []
    for f in facts:
        key = (f.subject, f.relation, f.object, f.evidence.start)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out



@dataclass(frozen=True)
class Extracted:
    """A worker's answer for one file: its report entry and, when it worked, its graph."""

    entry: dict
    doc_iri: str | None = None
    ntriples: str | None = None


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise TimeoutError in this thread after `seconds` (main thread only: that is where
    signals arrive; elsewhere, as in Dask's worker threads, there is no limit)."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expire(_signum, _frame):
        raise TimeoutError(f"took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def document_ntriples(data: bytes, path: str, root: str, extractor: str,
                      encoding: str | None = None, seconds: float = 120.0) -> Extracted:
    """Bytes of one file -> its report entry and its graph as sorted N-Triples.

    Never raises for a bad document: the reason goes into the entry.
    """
    from .rdf import document_lines, ntriples_text
    from .segment import warm_up

    file = Path(path)
    entry: dict = {"path": path, "doc": doc_id_for(file, Path(root)), "status": "ok"}
    # jieba and the lexicon load before the clock starts: jieba's initialize() catches every
    # Exception, so an alarm that fired inside it was swallowed and the document ran on unbounded
    warm_up()
    try:
        with time_limit(seconds):
            doc = document_from_bytes(data, file, Path(root), encoding)
            res = extract_document(doc)
            text = ntriples_text(document_lines(res, extractor))
    except DocumentError as exc:
        entry.update(status="skipped", error=exc.reason)
        return Extracted(entry)
    except Exception as exc:  # a bug or a timeout on one document must not lose the others
        entry.update(status="failed", error=f"{type(exc).__name__}: {' '.join(str(exc).split())[:300]}")
        return Extracted(entry)
    entry.update(encoding=doc.encoding, mentions=len(res.mentions), facts=len(res.facts),
                 measures=len(res.measures), triples=text.count("\n"))
    return Extracted(entry, str(document_iri(doc.doc_id)), text)


EXTRACTION_MODULES = ("decode", "clean", "segment", "lexicon", "recognise", "resolve", "structure", "relate", "model", "rdf",
                      "vocab", "extract")


def extractor_version() -> str:
    """The code and lexicon that extract: documents extracted by another version are redone.
    Only the extraction stages count; a change to the views, queries or server redoes nothing."""
    from . import __version__
    from .lexicon import ontology_dir

    h = hashlib.sha256()
    here = Path(__file__).parent
    files = [here / f"{m}.py" for m in EXTRACTION_MODULES] + sorted((ontology_dir() / "lexicon").glob("*.tsv"))
    for p in files:
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return f"qgkg {__version__} {h.hexdigest()[:12]}"
