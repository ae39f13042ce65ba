"""The typed objects that pass between stages. All frozen: a stage returns new ones.

Offsets (`start`, `end`) are character offsets into `Document.raw_text` (the decoded file,
byte-order mark removed) unless a name says `clean_`: those index `CleanText.text`.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Document:
    """One input file, decoded."""

    doc_id: str  # path below the corpus folder, no suffix: stable across rebuilds
    path: str
    raw_text: str
    encoding: str
    content_hash: str = ""  # sha256 of the file's bytes: what incremental builds compare


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    """What the text itself says about the document."""

    title: str | None = None
    date: str | None = None  # YYYY-MM-DD
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the cleaned text; `clean_start/clean_end` index the cleaned text."""

    index: int
    paragraph: int
    clean_start: int
    clean_end: int
    text: str  # cleaned, simplified


@dataclass(frozen=True, slots=True)
class Mention:
    """A recognised name in a sentence.

    `surface` is the cleaned (simplified) text; `canonical` the full official name the
    recogniser derived (e.g. 沈阳市发展和改革委员会 for 市发改委); `rule` says which rule fired.
    """

    kind: str  # Agency, Enterprise, Person, Region, Plan, Programme, Indicator
    surface: str
    canonical: str
    clean_start: int
    clean_end: int
    sentence: int
    rule: str
    region: str | None = None  # canonical region an agency belongs to
    attrs: tuple[tuple[str, str], ...] = ()

    def attr(self, key: str) -> str | None:
        return dict(self.attrs).get(key)


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact is stated: a sentence of a document, with offsets into the original file."""

    doc_id: str
    start: int  # into Document.raw_text
    end: int
    quote: str  # == raw_text[start:end]
    sentence_text: str  # the cleaned, simplified sentence


@dataclass(frozen=True, slots=True)
class Fact:
    """subject --relation--> object, both as (kind, canonical name)."""

    subject: tuple[str, str]
    relation: str  # issued, launched, participated, worksFor, locatedIn
    object: tuple[str, str]
    evidence: Evidence
    rule: str


@dataclass(frozen=True, slots=True)
class Measure:
    """A Target (future goal) or an Observation (reported value)."""

    kind: str  # Target or Observation
    indicator: str  # canonical indicator name
    value: float
    unit: str | None  # None: an index or score without a unit
    comparator: str  # >= <= > < =
    year: int | None
    region: str | None
    plan: str | None
    evidence: Evidence


@dataclass
class DocumentResult:
    """Everything extracted from one document."""

    document: Document
    meta: DocumentMeta
    mentions: list[Mention] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    aliases: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, canonical, alias)
    evidence_of: dict[int, Evidence] = field(default_factory=dict)  # sentence index -> evidence
    # the division code of each region whose name several divisions hold (通州区, 城区), as the
    # document places it; such a region's node carries its code (two cities' 通州区 are two regions)
    region_codes: dict[str, str] = field(default_factory=dict)
