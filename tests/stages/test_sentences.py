"""Sentence splitting on hand-written German text."""

from __future__ import annotations

import time

import pytest

from newstrace.model import Article
from newstrace.options import Options
from newstrace.stages.sentences import run, split_sentences
from newstrace.tokens import tokenize


def texts(text: str) -> list[str]:
    return [span.of(text) for span in split_sentences(text)]


def test_splits_at_full_stops_and_line_breaks() -> None:
    text = "Der Zug kam spät. Niemand wartete.\nEine neue Zeile ohne Punkt\nUnd noch eine."
    assert texts(text) == [
        "Der Zug kam spät.",
        "Niemand wartete.",
        "Eine neue Zeile ohne Punkt",
        "Und noch eine.",
    ]


def test_abbreviations_and_ordinal_dates_do_not_split() -> None:
    text = "Dr. Meier kam am 5. August nach Bonn. Er blieb z. B. zwei Tage."
    assert texts(text) == ["Dr. Meier kam am 5. August nach Bonn.", "Er blieb z. B. zwei Tage."]


def test_closing_quote_stays_with_its_sentence() -> None:
    text = "Sie sagte: „Wir gehen.“ Dann ging sie."
    assert texts(text) == ["Sie sagte: „Wir gehen.“", "Dann ging sie."]


def test_lower_case_after_stop_does_not_split() -> None:
    assert texts("Die Firma ca. drei Jahre alt.") == ["Die Firma ca. drei Jahre alt."]


def test_run_fills_article_sentences() -> None:
    article = run(Article(text="Eins. Zwei."), Options(language="de"))
    assert [span.of(article.text) for span in article.sentences] == ["Eins.", "Zwei."]


def test_tokens_keep_quote_marks_apart_and_words_whole() -> None:
    words = [token.text for token in tokenize("„US-Präsident“ kam um 10:46 Uhr.")]
    assert words == ["„", "US-Präsident", "“", "kam", "um", "10:46", "Uhr", "."]


def test_two_megabyte_paragraph_is_linear() -> None:
    text = "Das ist ein Satz ohne Ende und mit vielen Wörtern " * 42_000
    started = time.perf_counter()
    spans = split_sentences(text)
    assert time.perf_counter() - started < 10
    assert len(spans) == 1


def test_punctuation_only_text() -> None:
    text = "... !!! ??? ." * 1000
    started = time.perf_counter()
    split_sentences(text)
    assert time.perf_counter() - started < 5


def test_joined_initials_before_a_name_end_no_sentence() -> None:
    text = "Regierungschef H.T. Kowan sagte es. Danach ging er."
    assert [text[s.start : s.end] for s in split_sentences(text)] == [
        "Regierungschef H.T. Kowan sagte es.",
        "Danach ging er.",
    ]


def test_a_straight_quote_mark_before_a_word_opens_the_next_sentence() -> None:
    text = 'Sarah Blake said the firm would cut jobs. "We have no choice," she told CNBC.'
    spans = split_sentences(text, "en")
    assert [text[span.start : span.end] for span in spans] == [
        "Sarah Blake said the firm would cut jobs.",
        '"We have no choice," she told CNBC.',
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Helsinki/Peking (AFP) – China hat jede Verantwortung zurückgewiesen.",
            ["Helsinki/Peking (AFP) –", "China hat jede Verantwortung zurückgewiesen."],
        ),
        (
            "St. Petersburg (dpa/AFP) - Der Zug fuhr ab.",
            ["St. Petersburg (dpa/AFP) -", "Der Zug fuhr ab."],
        ),
        # a phrase in brackets inside a sentence is no dateline
        ("Die Partei (SPD) - Das ist klar.", ["Die Partei (SPD) - Das ist klar."]),
        ("Er sagte (leise) - nein.", ["Er sagte (leise) - nein."]),
    ],
)
def test_a_dateline_opening_a_paragraph_is_a_sentence_of_its_own(
    text: str, expected: list[str]
) -> None:
    assert texts(text) == expected
