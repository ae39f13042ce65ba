"""Stage 1: bytes -> Document. UTF-8 (with or without BOM), UTF-16 with BOM, then GB18030."""

from pathlib import Path

from .errors import DocumentError
from .model import Document


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name). The BOM is not part of the text.

    >>> decode_bytes("质量".encode("gb18030"))
    ('质量', 'gb18030')
    >>> decode_bytes(b"\\xef\\xbb\\xbf" + "質量".encode())
    ('質量', 'utf-8-sig')
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError as exc:
        raise ValueError(f"neither UTF-8 nor GB18030 (byte {exc.start})") from exc


def read_document(path: Path) -> Document:
    """Read and decode one file; raise DocumentError naming the file and the reason."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(path, f"cannot read: {exc.strerror}") from exc
    if not data.strip():
        raise DocumentError(path, "empty file")
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DocumentError(path, "binary file (NUL bytes), not text")
    try:
        text, encoding = decode_bytes(data)
    except ValueError as exc:
        raise DocumentError(path, f"cannot decode: {exc}; save it as UTF-8") from exc
    # Newlines are normalised by offset-preserving means only: \r stays a character.
    return Document(doc_id=path.stem, path=str(path), raw_text=text, encoding=encoding)
