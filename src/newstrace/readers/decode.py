"""Bytes to text: size and binary checks, then encoding detection.

Every failure is a ``Rejection`` value with a one-line reason, never an exception.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

__all__ = ["Decoded", "Rejection", "decode_bytes", "looks_like_html"]

#: Signatures of common binary formats, so the error can name what was given.
_MAGIC = (
    (b"%PDF", "PDF document"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x7fELF", "executable"),
    (b"RIFF", "RIFF media file"),
)
#: Share of NUL bytes above which input is binary.
MAX_NUL_SHARE = 0.001
#: Share of control characters above which decoded text is treated as binary.
MAX_CONTROL_SHARE = 0.05
#: Valid multi-byte UTF-8 characters needed per broken byte to keep reading a page as UTF-8.
MIN_VALID_PER_BROKEN = 10
#: How much of the input the encoding sniffers look at.
SNIFF_BYTES = 64 * 1024

_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})|<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})""",
    re.IGNORECASE,
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_HTML_START = re.compile(
    r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|article|div|p)\b", re.I | re.S
)


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str


@dataclass(frozen=True, slots=True)
class Rejection:
    """Why an input cannot be read: a one-line, human-readable reason."""

    reason: str


def _binary_kind(data: bytes) -> str | None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    head = data[:SNIFF_BYTES]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    # A few stray NULs occur in real HTML; binary formats are full of them.
    if head.count(b"\x00") > MAX_NUL_SHARE * len(head):
        return "binary data (contains NUL bytes)"
    return None


def _declared_encoding(data: bytes) -> str | None:
    match = _DECLARED_CHARSET.search(data[:SNIFF_BYTES])
    if not match:
        return None
    name = (match.group(1) or match.group(2)).decode("ascii", "ignore").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _sniffed_encoding(data: bytes) -> str | None:
    from charset_normalizer import from_bytes  # imported late: only legacy encodings need it

    best = from_bytes(data[:SNIFF_BYTES]).best()
    return None if best is None else str(best.encoding)


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few broken bytes (a common server bug) is still UTF-8, not a legacy charset."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    valid = sum(1 for char in text if char > "\x7f") - broken
    return text if valid >= MIN_VALID_PER_BROKEN * broken else None


def decode_bytes(data: bytes, *, max_bytes: int) -> Decoded | Rejection:
    """Decode page bytes: BOM, UTF-8, declared charset, sniffed charset, then cp1252."""
    if not data.strip():
        return Rejection("empty input")
    if len(data) > max_bytes:
        return Rejection(f"input too large: {len(data):,} bytes (limit {max_bytes:,})")
    kind = _binary_kind(data)
    if kind:
        return Rejection(f"not a text or HTML page: {kind}")
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            text = _try(data, encoding)
            return (
                _checked(text, encoding)
                if text is not None
                else Rejection(f"invalid {encoding} despite its byte-order mark")
            )
    text = _try(data, "utf-8") or _mostly_utf8(data)
    if text is not None:
        return _checked(text, "utf-8")
    for candidate in (_declared_encoding(data), _sniffed_encoding(data), "cp1252"):
        if candidate and candidate != "utf-8":
            text = _try(data, candidate)
            if text is not None:
                return _checked(text, candidate)
    return Rejection("cannot decode input: not UTF-8 and no legacy encoding fits")


def _checked(text: str, encoding: str) -> Decoded | Rejection:
    sample = text[:SNIFF_BYTES]
    if sample and len(_CONTROL.findall(sample)) / len(sample) > MAX_CONTROL_SHARE:
        return Rejection("not a text or HTML page: too many control characters")
    text = text.replace("\x00", "")  # stray NULs would end the text for lxml
    return Decoded(text.replace("\r\n", "\n").replace("\r", "\n"), encoding)


def looks_like_html(text: str) -> bool:
    """True when the text starts like an HTML document or fragment."""
    return bool(_HTML_START.match(text[:4096]))
