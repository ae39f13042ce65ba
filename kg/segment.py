"""Stage 3: cleaned text -> sentences and tokens.

Tokens come from a private `jieba.Tokenizer` (never jieba's global default, whose user
dictionary would leak into every other caller) loaded with the domain lexicon, so region,
agency and programme names come out as single tokens.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from .clean import CleanText
from .lexicon import load as load_lexicon
from .model import Sentence

MAX_SENTENCE = 400  # characters; longer "sentences" (run-on lists, lost punctuation) are cut at clauses
_CLAUSE_END = re.compile(r"[，；;,、：:\s]")
_SENTENCE = re.compile(r"[^。！？!?]*[。！？!?]+[”’\"」』)）]*|[^。！？!?]+$")


def split_sentences(clean: CleanText) -> list[Sentence]:
    """Sentences of each paragraph, with offsets into the cleaned text.

    >>> from kg.clean import CleanText
    >>> from kg.model import DocumentMeta
    >>> t = "甲说：“好。”乙来了！丙\\n丁。"
    >>> c = CleanText(t, list(range(len(t))), [(0, 12), (13, 15)], [], DocumentMeta())
    >>> [s.text for s in split_sentences(c)]
    ['甲说：“好。”', '乙来了！', '丙', '丁。']
    """
    out: list[Sentence] = []
    for p_index, (a, b) in enumerate(clean.paragraphs):
        para = clean.text[a:b]
        for m in _SENTENCE.finditer(para):
            s, e = m.span()
            while s < e and para[s].isspace():
                s += 1
            while e > s and para[e - 1].isspace():
                e -= 1
            for cs, ce in _cut(para, s, e):
                out.append(Sentence(len(out), p_index, a + cs, a + ce, para[cs:ce]))
    return out


def _cut(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) in pieces of at most MAX_SENTENCE characters, cut after a clause mark
    where there is one, so the work per sentence stays bounded whatever the input.

    >>> _cut("甲，乙" * 300, 0, 900)[:2]  # the last comma before 400 is at 397
    [(0, 398), (398, 797)]
    """
    pieces = []
    while end - start > MAX_SENTENCE:
        window = text[start : start + MAX_SENTENCE]
        marks = [m.end() for m in _CLAUSE_END.finditer(window)]
        cut = start + (marks[-1] if marks and marks[-1] > MAX_SENTENCE // 4 else MAX_SENTENCE)
        pieces.append((start, cut))
        start = cut
    if end > start:
        pieces.append((start, end))
    return pieces


@lru_cache(maxsize=1)
def tokenizer():
    """The project's private jieba tokenizer, initialised once per process."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    tok.initialize()
    for word in load_lexicon().user_words:
        if len(word) >= 2:
            tok.add_word(word, freq=50000)
    return tok


def token_boundaries(text: str) -> set[int]:
    """Character offsets where a jieba token starts or ends (HMM off: deterministic)."""
    bounds = {0, len(text)}
    for _word, start, end in tokenizer().tokenize(text, HMM=False):
        bounds.add(start)
        bounds.add(end)
    return bounds


def warm_up() -> None:
    """Load jieba's dictionary and the lexicon now (about a second), e.g. before forking workers."""
    tokenizer()
    token_boundaries("质量")
