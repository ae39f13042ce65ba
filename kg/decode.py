"""Stage 1: a file -> Document.

Plain text: UTF-8 (with or without BOM), UTF-16/32 with BOM, then GB18030 or Big5, told apart
by charset-normalizer's coherence check; `encoding=` overrides the detection.
HTML (.html/.htm, or a text file that starts like a web page): trafilatura extracts the
article (title, date and body, without menus and comment boxes). Offsets of evidence then
index that extracted text, which is what `Document.raw_text` holds.
Empty, binary and oversized files are refused with a DocumentError that says why.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from .errors import DocumentError
from .model import Document

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = (".txt", ".text", ".md")
HTML_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml")
INPUT_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_HTML_START = re.compile(rb"^\s*(<!doctype html|<html|<head|<body|<meta|<\?xml[^>]*>\s*<html)", re.I)


def decode_bytes(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Return (text, encoding name). The BOM is not part of the text.

    >>> decode_bytes("质量月活动在全市启动，市场监管局组织企业参加。".encode("gb18030"))
    ('质量月活动在全市启动，市场监管局组织企业参加。', 'gb18030')
    >>> decode_bytes(b"\\xef\\xbb\\xbf" + "質量".encode())
    ('質量', 'utf-8-sig')
    >>> decode_bytes("國家市場監督管理總局發布質量提升行動方案，推動質量強國建設。".encode("big5"))[1]
    'big5'
    >>> decode_bytes("恒星防水公司裏的質量管理工作，推動質量強國建設。".encode("cp950"))
    ('恒星防水公司裏的質量管理工作，推動質量強國建設。', 'cp950')
    >>> decode_bytes(b"\\xff\\xfe", "ascii")
    Traceback (most recent call last):
    ValueError: not ascii (byte 0: ordinal not in range(128))
    """
    if encoding:
        try:
            return data.decode(encoding), encoding
        except LookupError as exc:
            raise ValueError(f"unknown encoding {encoding!r}") from exc
        except UnicodeDecodeError as exc:
            raise ValueError(f"not {encoding} (byte {exc.start}: {exc.reason})") from exc
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data.decode(name), name
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        repaired = _undo_mojibake(text)
        return (repaired, "utf-8+mojibake") if repaired is not None else (text, "utf-8")
    candidates = {}
    for name in ("gb18030", "big5", "cp950"):  # (cp950, Windows' Big5, adds 恒裏墻碁銹粧嫺 and a few marks)
        if name == "cp950" and "big5" in candidates:
            continue
        try:
            candidates[name] = data.decode(name)
        except UnicodeDecodeError:
            continue
    if not candidates:
        raise ValueError("neither UTF-8, GB18030 nor Big5")
    if len(candidates) == 1:
        return next(iter(candidates.items()))[::-1]
    # Both decode: Big5 bytes are mostly valid GBK too. charset-normalizer's coherence model
    # (character frequencies of the language) picks the reading that is real Chinese.
    from charset_normalizer import from_bytes

    big5 = "big5" if "big5" in candidates else "cp950"
    best = from_bytes(data, cp_isolation=["gb18030", big5]).best()
    name = big5 if best is not None and best.encoding in ("big5", "cp950", "big5hkscs") else "gb18030"
    return candidates[name], name


_LATIN1_LETTERS = re.compile("[\u00c0-\u00ff]")
_HAN = re.compile("[\u4e00-\u9fff]")


def _undo_mojibake(text: str) -> str | None:
    """A Chinese text that was UTF-8, read once as Windows-1252 or Latin-1 and saved again as UTF-8
    (质量 → è´¨é‡), as it was; None when the text is no such thing.

    >>> _undo_mojibake("质量强国建设纲要印发实施".encode().decode("latin-1"))
    '质量强国建设纲要印发实施'
    >>> _undo_mojibake("Café société, déjà vu: naïve façade.") is None
    True
    """
    latin = len(_LATIN1_LETTERS.findall(text))
    if latin < 8 or len(_HAN.findall(text)) * 4 > latin:
        return None
    raw = bytearray()
    for ch in text:
        if ord(ch) < 256:
            raw.append(ord(ch))
        else:
            try:
                raw.extend(ch.encode("cp1252"))
            except UnicodeEncodeError:
                return None
    try:
        repaired = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return repaired if len(_HAN.findall(repaired)) * 2 >= latin // 3 else None


def looks_like_html(path: Path, data: bytes) -> bool:
    return path.suffix.lower() in HTML_SUFFIXES or bool(_HTML_START.match(data[:512]))


def html_to_text(markup: str) -> str:
    """The article of a web page as plain text: title line, date line, then the body.

    >>> p = "<p>某市市场监管局启动质量月活动，全市共有两百家企业参加。活动期间将组织质量开放日等活动。</p>"
    >>> page = ("<html><head><title>质量月活动启动</title></head><body><nav><a href=/>首页</a> | "
    ...         "<a href=/n>新闻</a></nav><article><h1>质量月活动启动</h1>" + p * 4 + "</article></body></html>")
    >>> text = html_to_text(page)
    >>> text.startswith("质量月活动启动") and "首页" not in text
    True

    On a page with a single short paragraph trafilatura (favor_recall) may keep the menu too.
    """
    import trafilatura

    doc = trafilatura.bare_extraction(markup, include_comments=False, include_tables=True,
                                      favor_recall=True, with_metadata=True)
    if doc is None:
        return ""
    meta = doc if isinstance(doc, dict) else doc.as_dict()
    date = meta.get("date") or ""
    if date.endswith("-01-01") and not _states_new_year(markup, date[:4]):
        date = ""  # (htmldate's guess from a year the text names, 2023年: the first of January, which no page said)
    lines = [meta.get("title") or "", date, meta.get("text") or ""]
    return "\n".join(x.strip() for x in lines if x and x.strip())


def _states_new_year(markup: str, year: str) -> bool:
    """Does the page write 1 January of `year` as a date (2023-01-01, 2023年1月1日, 2023/01/01)?"""
    return re.search(rf"{year}\s*(?:[-/.]\s*0?1\s*[-/.]\s*0?1(?!\d)|年\s*0?1\s*月\s*0?1\s*日)", markup) is not None


def too_large(size: int, max_bytes: int) -> str:
    """The reason a file is skipped, in the unit --max-mb takes (MB of 1,048,576 bytes).

    >>> too_large(25 * 1024 * 1024, 20 * 1024 * 1024)
    'too large: 25 MB is over the limit of 20 MB (--max-mb)'
    >>> too_large(60_000, 20_000)
    'too large: 0.0572 MB is over the limit of 0.0191 MB (--max-mb)'
    """
    return f"too large: {_mb(size)} MB is over the limit of {_mb(max_bytes)} MB (--max-mb)"


def _mb(size: int) -> str:
    mb = size / (1024 * 1024)
    return f"{mb:.3g}" if mb < 100 else f"{mb:.0f}"


def content_hash(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def doc_id_for(path: Path, root: Path | None = None) -> str:
    """The file's path below the corpus folder, without its suffix: stable across rebuilds
    and distinct for same-named files in different subfolders.

    >>> doc_id_for(Path("corpus/2023/a.txt"), Path("corpus"))
    '2023/a'
    """
    rel = path.relative_to(root) if root is not None else Path(path.name)
    return rel.with_suffix("").as_posix()


def read_document(path: Path, root: Path | None = None, encoding: str | None = None,
                  max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read and decode one file; raise DocumentError naming the file and the reason."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise DocumentError(path, too_large(size, max_bytes))
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(path, f"cannot read: {exc.strerror}") from exc
    return document_from_bytes(data, path, root, encoding)


def document_from_bytes(data: bytes, path: Path, root: Path | None = None,
                        encoding: str | None = None) -> Document:
    if not data.strip():
        raise DocumentError(path, "empty file")
    if not encoding and b"\x00" in data[:4096] and not data.startswith(tuple(b for b, _ in _BOMS)):
        raise DocumentError(path, "binary file (NUL bytes), not text")
    try:
        text, used = decode_bytes(data, encoding)
    except ValueError as exc:
        raise DocumentError(path, f"cannot decode: {exc}; give --encoding or save it as UTF-8") from exc
    if looks_like_html(path, data):
        try:
            text = html_to_text(text)
        except Exception as exc:  # lxml raises several types on broken markup
            raise DocumentError(path, f"cannot parse HTML: {exc}") from exc
        if not text.strip():
            raise DocumentError(path, "HTML page with no article text")
        used += "+html"
    if "\x00" in text:
        raise DocumentError(path, "binary file (NUL characters), not text")
    # Newlines are normalised by offset-preserving means only: \r stays a character.
    return Document(doc_id=doc_id_for(path, root), path=str(path), raw_text=text, encoding=used,
                    content_hash=content_hash(data))
