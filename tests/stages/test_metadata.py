from __future__ import annotations

import json
from pathlib import Path

import pytest

from newstrace import CreditKind, analyze
from newstrace.model import Span
from newstrace.stages.metadata import detect_language, find_credits, parse_date
from tests.conftest import FIXTURES, REFERENCE_PAGE, require_shared

PAGES = sorted(p for p in (FIXTURES / "pages").iterdir() if p.suffix in {".txt", ".html"})


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Stand: 25.11.2026, 14:30 Uhr", "2026-11-25"),
        ("Veröffentlicht am 3. März 2026", "2026-03-03"),
        ("Published November 25, 2026", "2026-11-25"),
        ("Published: 4 November 2026", "2026-11-04"),
        ("am 31.02.2026", None),
        ("keine Angabe", None),
    ],
)
def test_parse_date(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


def test_credits_name_sources_agencies_and_translations_with_evidence() -> None:
    text = (
        "Hamburg (dpa/lno) - Der Hafen meldet einen Rekord.\n\n"
        "Mit Material von AFP und Reuters\n\nQuelle: Der Küstenbote\n\n"
        "Aus dem Englischen übersetzt von Lea Brandt"
    )
    credits = {(c.name, c.kind) for c in find_credits(text, ("de", "en"))}
    assert ("dpa", CreditKind.AGENCY) in credits
    assert ("AFP", CreditKind.AGENCY) in credits
    assert ("Reuters", CreditKind.AGENCY) in credits
    assert ("Der Küstenbote", CreditKind.SOURCE) in credits
    assert any(kind is CreditKind.TRANSLATION for _, kind in credits)
    for credit in find_credits(text, ("de", "en")):
        assert credit.name.split()[0].lower()[:3] in credit.evidence.of(text).lower() or (
            credit.kind is CreditKind.AGENCY
        )


def test_reuters_in_running_text_is_no_credit() -> None:
    assert find_credits("Der Minister sagte der Agentur Reuters, er sei zufrieden.", ("de",)) == []


def test_language_detection_is_restricted_to_german_and_english() -> None:
    assert (
        detect_language(
            "Die Regierung hat am Montag beschlossen, die Steuern zu senken.", ("de", "en")
        )
        == "de"
    )
    assert detect_language("The government decided on Monday to cut taxes.", ("de", "en")) == "en"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_fixture_page_metadata(page: Path) -> None:
    expected = json.loads(page.with_suffix(".expected.json").read_text(encoding="utf-8"))
    meta = analyze(page).metadata
    assert meta.language == expected["language"]
    assert meta.authors == expected["authors"]
    assert meta.date == expected["date"]
    assert meta.site_name == expected["site_name"]
    assert meta.title == expected["title"]
    found = {(c.name, c.kind.value) for c in meta.credits}
    for credit in expected["credits"]:
        assert (credit["name"], credit["kind"]) in found, f"missing credit {credit}"


def test_reference_page_metadata() -> None:
    meta = analyze(require_shared(REFERENCE_PAGE)).metadata
    assert meta.site_name == "Welt Nachrichten"
    assert meta.authors == ["Sophie Müller"]
    assert meta.language == "de"
    assert [(c.name, c.kind) for c in meta.credits] == [("The Telegraph", CreditKind.SOURCE)]


def test_a_page_in_another_language_gets_no_language() -> None:
    spanish = "El gobierno decidió el lunes bajar los impuestos, dijo el portavoz en la capital."
    polish = "Rząd zdecydował w poniedziałek o obniżeniu podatków, powiedział rzecznik."
    assert detect_language(spanish, ("de", "en")) is None
    assert detect_language(polish, ("de", "en")) is None


def test_an_agency_in_parentheses_is_a_credit_only_at_a_dateline_or_a_close() -> None:
    text = (
        "Homburg (AFP) – Das Werk schließt.\n\n"
        "Ein Journalist der Deutschen Presse-Agentur (dpa) war vor Ort und berichtet davon.\n\n"
        "Die Strecke bleibt gesperrt. (Reuters)"
    )
    paragraphs = [Span(0, 34), Span(36, 118), Span(120, len(text))]
    names = {credit.name for credit in find_credits(text, ("de",), paragraphs)}
    assert "AFP" in names and "Reuters" in names
    assert "dpa" not in names


def test_an_agency_abbreviation_after_its_own_name_is_no_credit() -> None:
    text = (
        "Astronomen entdeckten einen Planeten. Dies berichtete die Deutsche Presse-Agentur "
        "(dpa).\n\nDer Planet ist groß. (dpa)"
    )
    first = text.index("\n\n")
    paragraphs = [Span(0, first), Span(first + 2, len(text))]
    credits = find_credits(text, ("de",), paragraphs)
    assert [credit.evidence.start for credit in credits] == [text.rindex("(dpa)")]
