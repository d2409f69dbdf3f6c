from __future__ import annotations

import json
from pathlib import Path

import pytest

from newstrace import analyze
from newstrace.model import Article, Metadata
from newstrace.options import Options
from newstrace.stages import clean
from tests.conftest import FIXTURES, REFERENCE_PAGE, require_shared

PAGES = sorted(p for p in (FIXTURES / "pages").iterdir() if p.suffix in {".txt", ".html"})


def _clean(text: str) -> Article:
    return clean.run(Article(text=text, source_text=text), Options())


def test_removals_point_into_the_source_and_paragraphs_into_the_text() -> None:
    source = (
        "Stadtbote\n\nNeue Brücke eröffnet\n\nDie Brücke über die Lene ist seit Montag offen. Sie "
        "kostete 12 Millionen Euro.\n\nSiehe auch  Wetter: Sturm über der Küste\n\n"
        "„Wir sind froh“, sagte die Bürgermeisterin.\n\nTeilen\n"
    )
    article = _clean(source)
    assert [r.kind for r in article.removals] == ["site-name", "title", "link", "label"]
    for removal in article.removals:
        assert removal.span.of(source) == removal.text
    assert [article.span_text(p) for p in article.paragraphs] == [
        "Die Brücke über die Lene ist seit Montag offen. Sie kostete 12 Millionen Euro.",
        "„Wir sind froh“, sagte die Bürgermeisterin.",
    ]
    assert article.text == "\n\n".join(article.span_text(p) for p in article.paragraphs)


@pytest.mark.parametrize(
    "line",
    [
        "Mehr zum Thema sagte er nicht.",
        "Siehe auch die Grafik unten, die den Verlauf der Preise zeigt.",
        "Teilen wollte die Familie das Erbe nicht, sagte der Anwalt.",
    ],
)
def test_sentences_that_open_with_a_cue_word_stay(line: str) -> None:
    body = "Die Stadt Lindau plant eine neue Fähre für den Sommer, sagte der Sprecher am Montag."
    article = _clean(f"{body}\n\n{line}\n\n{body}")
    assert line in article.text
    assert article.removals == []


def test_related_block_takes_heading_and_its_headlines_but_not_the_next_paragraph() -> None:
    body = "Der Rat beschloss am Abend einen neuen Haushalt mit deutlich mehr Geld für Schulen."
    after = "Die Opposition kündigte an, gegen den Beschluss zu klagen, weil er rechtswidrig sei."
    article = _clean(
        f"{body}\n\nDas könnte Sie auch interessieren\n\nZoo bekommt zwei Pandas\n\n"
        f"Neuer Radweg am Fluss\n\n{after}"
    )
    assert [r.rule for r in article.removals] == ["related-heading", "related-item", "related-item"]
    assert after in article.text


def test_author_bio_after_a_byline_is_removed_and_a_body_paragraph_is_not() -> None:
    body = (
        "Frau Lenz ist Ärztin und sagte, die Klinik werde im Frühjahr eine neue Station eröffnen."
    )
    bio = (
        "Mara Lenz ist Redakteurin im Ressort Gesundheit. Sie studierte Journalistik in Leipzig und "
        "schreibt seit 2015 über Medizin und Pflege."
    )
    article = _clean(f"{body}\n\n{body}\n\nMara Lenz\n\n{bio}")
    assert [r.kind for r in article.removals] == ["byline", "author-bio"]
    assert article.text.count(body) == 2


def test_clean_chrome_switch_keeps_everything() -> None:
    text = "Teilen\n\nDie Fähre fährt wieder, teilte die Reederei mit."
    article = clean.run(Article(text=text, source_text=text), Options(clean_chrome=False))
    assert article.removals == []
    assert article.text == "Teilen\n\nDie Fähre fährt wieder, teilte die Reederei mit."


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_fixture_pages_keep_body_and_lose_chrome(page: Path) -> None:
    expected = json.loads(page.with_suffix(".expected.json").read_text(encoding="utf-8"))
    article = analyze(page)
    text = " ".join(article.text.split())
    for sentence in expected["must_keep"]:
        assert " ".join(sentence.split()) in text, f"lost body text: {sentence!r}"
    for chrome in expected["must_remove"]:
        assert " ".join(chrome.split()) not in text, f"kept chrome: {chrome!r}"


def test_reference_page_chrome() -> None:
    article = analyze(require_shared(REFERENCE_PAGE))
    kinds = [(r.kind, r.text.split()[0]) for r in article.removals]
    assert ("link", "Siehe") in kinds and kinds.count(("link", "Siehe")) == 2
    assert ("author-bio", "Sophie") in kinds
    assert ("related", "Ähnliche") in kinds
    assert ("label", "Schaltfläche") in kinds
    source = REFERENCE_PAGE.read_text(encoding="utf-8")
    body = [p.strip() for p in source.split("\n\n")[2:] if p.strip()]
    body = body[: next(i for i, p in enumerate(body) if p.startswith("Sophie Müller"))]
    for paragraph in body:
        if not paragraph.startswith("Siehe auch"):
            assert paragraph in article.text, f"body paragraph changed: {paragraph[:60]!r}"


def test_text_page_head_with_site_kicker_and_headline() -> None:
    body = "Die Stadt Lindau plant eine neue Fähre für den Sommer, sagte der Sprecher am Montag."
    article = _clean(f"Seebote\n\nVerkehr\n\nLindau bekommt eine neue Fähre für den See\n\n{body}")
    assert [(r.kind, r.text) for r in article.removals] == [
        ("site-name", "Seebote"),
        ("kicker", "Verkehr"),
        ("title", "Lindau bekommt eine neue Fähre für den See"),
    ]
    assert article.text == body


def test_html_page_loses_only_a_copy_of_the_markup_title_and_its_kicker() -> None:
    body = "Die Stadt Lindau plant eine neue Fähre für den Sommer, sagte der Sprecher am Montag."
    text = f"Meinung und Debatte im Überblick heute\n\nVerkehr\n\nNeue Fähre\n\n{body}"
    article = clean.run(
        Article(
            text=text, source_text=text, input_kind="html", metadata=Metadata(title="Neue Fähre")
        ),
        Options(),
    )
    assert [r.kind for r in article.removals] == ["kicker", "title"]
    assert article.text.startswith("Meinung und Debatte")
