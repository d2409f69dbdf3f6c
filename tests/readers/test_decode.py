from __future__ import annotations

import pytest

from newstrace.readers.decode import Decoded, Rejection, decode_bytes, looks_like_html

LIMIT = 1_000_000


def test_utf8_with_and_without_bom() -> None:
    text = "Der Bär sagte: „Schön.“"
    for data in (text.encode(), "\ufeff".encode() + text.encode()):
        decoded = decode_bytes(data, max_bytes=LIMIT)
        assert isinstance(decoded, Decoded) and decoded.text == text


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_legacy_encodings_with_umlauts(encoding: str) -> None:
    text = "Die Straße in München ist schön, sagte der Bürgermeister über die Größe der Brücke."
    decoded = decode_bytes(text.encode(encoding), max_bytes=LIMIT)
    assert isinstance(decoded, Decoded)
    assert decoded.text == text


def test_declared_charset_wins_for_html() -> None:
    html = '<html><head><meta charset="iso-8859-15"></head><body><p>Preis: 5 €, Größe</p></body></html>'
    decoded = decode_bytes(html.encode("iso-8859-15"), max_bytes=LIMIT)
    assert isinstance(decoded, Decoded) and "5 €, Größe" in decoded.text


def test_utf8_with_a_few_broken_bytes_stays_utf8() -> None:
    data = ("Grüße aus Köln, schöne Äpfel und Birnen. " * 20).encode() + b"\xff" + b" Ende"
    decoded = decode_bytes(data, max_bytes=LIMIT)
    assert isinstance(decoded, Decoded) and decoded.encoding == "utf-8"
    assert "Grüße aus Köln" in decoded.text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty input"),
        (b"  \n\t ", "empty input"),
        (b"%PDF-1.7\n...", "PDF document"),
        (b"\x89PNG\r\n\x1a\n", "PNG image"),
        (bytes(range(256)) * 2, "binary"),
        (b"a" * 2000, "too large"),
    ],
)
def test_bad_input_is_a_rejection_with_a_reason(data: bytes, reason: str) -> None:
    result = decode_bytes(data, max_bytes=1000)
    assert isinstance(result, Rejection)
    assert reason in result.reason
    assert "\n" not in result.reason


def test_looks_like_html() -> None:
    assert looks_like_html("<!DOCTYPE html><html><body></body></html>")
    assert looks_like_html("  <!-- a comment --><html lang='de'>")
    assert not looks_like_html("Berlin (dpa) - Der <Hafen> meldet einen Rekord.")
