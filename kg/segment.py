"""Stage 3: cleaned text -> sentences and tokens.

Tokens come from a private `jieba.Tokenizer` (never jieba's global default, whose user
dictionary would leak into every other caller) loaded with the domain lexicon, so region,
agency and programme names come out as single tokens.
"""

from __future__ import annotations

import bisect
import logging
import re
from functools import lru_cache
from math import log

from .clean import CleanText
from .lexicon import load as load_lexicon
from .model import Sentence

MAX_SENTENCE = 400  # characters; longer "sentences" (run-on lists, lost punctuation) are cut at clauses
_CLAUSE_END = re.compile(r"[，；;,、：:\s]")
# (合格率?98.8%: a "?" right before a number stands for a character the page lost, no question's end;
# written as runs of ordinary characters between such marks, which matches as fast as one run)
_BODY = r"[^。！？!?]*(?:\?(?=\d)[^。！？!?]*)*"
_SENTENCE = re.compile(rf"{_BODY}(?:[。！？!]|\?(?!\d))+[”’\"」』)）]*|[^。！？!?]+(?:\?(?=\d)[^。！？!?]*)*$|(?:\?(?=\d)[^。！？!?]*)+$")


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
    p_index = -1
    for a, b in clean.paragraphs:
        para = clean.text[a:b]
        p_index += 1
        for m in _SENTENCE.finditer(para):
            s, e = m.span()
            while s < e and para[s].isspace():
                s += 1
            while e > s and para[e - 1].isspace():
                e -= 1
            if out and out[-1].paragraph == p_index and _INLINE_HEADING.match(para, s):
                p_index += 1  # …制定本方案。二、创建目标…: a page that lost its line breaks keeps its sections
            for cs, ce in _cut(para, s, e):
                out.append(Sentence(len(out), p_index, a + cs, a + ce, para[cs:ce]))
    return out


# a section's number opening a sentence: 二、, （一）, (三)
_INLINE_HEADING = re.compile(r"(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])")


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


class TokenBounds:
    """The offsets `token_boundaries(text)` would give, found only where someone asks.

    jieba cuts a text into blocks (runs of Han characters, letters, digits and a few marks,
    its `re_han_default`) and segments each block on its own; every other character is a
    token of its own. So an offset outside a block's interior is always a boundary, and one
    inside needs only that block segmented. The recognisers ask about a few hundred offsets in
    a document; segmenting the whole text for them cost a fifth of a build.

    >>> text = "辽宁省沈阳市，质量提升行动。"
    >>> bounds = TokenBounds(text)
    >>> [i for i in range(len(text) + 1) if i in bounds] == sorted(token_boundaries(text))
    True
    """

    def __init__(self, text: str) -> None:
        import jieba

        self.text = text
        self._blocks = [m.span() for m in jieba.re_han_default.finditer(text)]
        self._block_starts = [a for a, _ in self._blocks]
        self._segmented: dict[int, set[int]] = {}  # block start -> its boundaries, as text offsets

    def __contains__(self, i: object) -> bool:
        if not isinstance(i, int) or not 0 <= i <= len(self.text):
            return False
        k = bisect.bisect_left(self._block_starts, i) - 1  # the last block starting before i
        if k < 0 or i >= self._blocks[k][1]:  # not inside a block: every character is a token
            return self.text[max(0, i - 1) : i + 1] != "\r\n"  # except "\r\n", which jieba keeps whole
        a, b = self._blocks[k]
        if a not in self._segmented:
            self._segmented[a] = {a + start for start in word_starts(self.text[a:b])}
        return i in self._segmented[a]


_ASCII_WORD_CHAR = re.compile("[a-zA-Z0-9]")  # jieba's re_eng: runs of these single characters join


def word_starts(block: str) -> list[int]:
    """Where jieba's words start in one of its blocks: the offsets `tokenizer().tokenize(block,
    HMM=False)` gives, found in one pass.

    jieba builds a dict of every word's end at every offset and then takes the most probable
    path through it with a generator of tuples per offset; on text dense with names that is
    a sixth of extraction. This is the same dynamic programme (same scores, same tie-break:
    the longer word) without the intermediate structures.

    >>> block = "辽宁省沈阳市质量提升行动abc2025"
    >>> word_starts(block) == [s for _w, s, _e in tokenizer().tokenize(block, HMM=False)]
    True
    """
    tok = tokenizer()
    freq = tok.FREQ
    logtotal = log(tok.total)
    n = len(block)
    score = [0.0] * (n + 1)
    last = list(range(n + 1))  # last[i]: where the best word starting at i ends (inclusive)
    for i in range(n - 1, -1, -1):
        best = None
        end = i
        j = i
        frag = block[i]
        while j < n and frag in freq:  # every dictionary word starting at i (freq 0: a prefix only)
            f = freq[frag]
            if f:
                s = log(f) - logtotal + score[j + 1]
                if best is None or s >= best:  # (as max over (score, end) tuples: ties go to the longer)
                    best, end = s, j
            j += 1
            frag = block[i : j + 1]
        if best is None:  # no word starts here: the character alone
            best = log(freq.get(block[i]) or 1) - logtotal + score[i + 1]
        score[i] = best
        last[i] = end
    starts: list[int] = []
    in_ascii_run = False
    i = 0
    while i < n:
        nxt = last[i] + 1
        if nxt - i == 1 and _ASCII_WORD_CHAR.match(block, i):
            if not in_ascii_run:  # (jieba joins single letters and digits into one token)
                starts.append(i)
            in_ascii_run = True
        else:
            starts.append(i)
            in_ascii_run = False
        i = nxt
    return starts


def warm_up() -> None:
    """Load jieba's dictionary and the lexicon now (about a second), e.g. before forking workers."""
    tokenizer()
    token_boundaries("质量")
