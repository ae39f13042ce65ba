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

_SENTENCE = re.compile(r"[^。！？!?]*[。！？!?]+[”’\"」』)）]*|[^。！？!?]+$")


def split_sentences(clean: CleanText) -> list[Sentence]:
    """Sentences of each paragraph, with offsets into the cleaned text.

    >>> from kg.clean import CleanText
    >>> from kg.model import DocumentMeta
    >>> t = "甲说：“好。”乙来了！丙\\n丁。"
    >>> c = CleanText(t, list(range(len(t))), [(0, 11), (12, 14)], [], DocumentMeta())
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
            if e > s:
                out.append(Sentence(len(out), p_index, a + s, a + e, para[s:e]))
    return out


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
