from __future__ import annotations

from pathlib import Path

import pytest

from newstrace import Article, Failure, InputError, Options, analyze, analyze_many

TEXT = (
    "Seebote\n\nNeue Fähre für Lindau\n\n"
    "Die Gemeinde Lindau hat am Montag eine neue Fähre in Dienst gestellt. Sie fährt mit Strom.\n\n"
    "„Wir sind stolz“, sagte Bürgermeisterin Anna Roth bei der Taufe am Hafen.\n\nTeilen\n"
)


def test_analyze_accepts_path_string_and_bytes(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(TEXT, encoding="utf-8")
    results = [analyze(page), analyze(str(page)), analyze(TEXT), analyze(TEXT.encode())]
    assert len({a.text for a in results}) == 1
    assert results[0].source == str(page)
    assert results[0].metadata.title == "Neue Fähre für Lindau"
    assert results[0].metadata.language == "de"


def test_language_can_be_forced() -> None:
    assert analyze(TEXT, language="en").metadata.language == "en"
    with pytest.raises(ValueError, match="unsupported language"):
        analyze(TEXT, language="fr")


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "empty input"), (b"\x00\x01\x02binary", "binary"), ("   ", "empty input")],
)
def test_bad_input_raises_one_line_input_error(content: bytes | str, reason: str) -> None:
    with pytest.raises(InputError, match=reason) as caught:
        analyze(content)
    assert "\n" not in str(caught.value)


def test_oversized_input_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"Wort " * 300_000)
    with pytest.raises(InputError, match="too large"):
        analyze(big, options=Options(max_input_bytes=1_000_000))


def test_analyze_many_goes_on_after_a_failure(tmp_path: Path) -> None:
    good = tmp_path / "a.txt"
    good.write_text(TEXT, encoding="utf-8")
    empty = tmp_path / "b.txt"
    empty.write_bytes(b"")
    other = tmp_path / "c.txt"
    other.write_text(TEXT.replace("Lindau", "Konstanz"), encoding="utf-8")
    results = list(analyze_many([good, empty, other]))
    assert [type(r) for r in results] == [Article, Failure, Article]
    failure = results[1]
    assert isinstance(failure, Failure) and failure.reason == "empty input"
    assert failure.source == str(empty)


def test_a_fifty_megabyte_page_is_refused_quickly(tmp_path: Path) -> None:
    huge = tmp_path / "huge.html"
    with huge.open("wb") as stream:
        stream.write(b"<html><body>")
        stream.write(b"<p>Ein Satz, der sich wiederholt.</p>" * (50 * 1024 * 1024 // 37))
        stream.write(b"</body></html>")
    with pytest.raises(InputError, match="too large") as caught:
        analyze(huge)
    assert "limit" in str(caught.value)


def test_a_missing_file_named_as_a_string_is_an_error_not_text() -> None:
    with pytest.raises(InputError, match="no such file"):
        analyze("pages/missing-page.html")


def test_a_page_in_another_language_gets_no_quotations() -> None:
    spanish = (
        "El alcalde dijo que el puente se abrirá en mayo. «Estamos orgullosos», dijo Ana Ruiz, "
        "portavoz del ayuntamiento, según informó el diario local."
    )
    article = analyze(spanish)
    assert article.metadata.language is None
    assert article.quotes == [] and article.entities == [] and article.chains == []
    german = analyze(
        "Der Bürgermeister sagte, die Brücke werde im Mai eröffnet. „Wir sind stolz“, sagte Anna Roth."
    )
    assert german.metadata.language == "de" and german.quotes
