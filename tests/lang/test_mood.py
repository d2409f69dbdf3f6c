"""Konjunktiv I and II from HanTa's word analysis."""

from __future__ import annotations

import pytest

from newstrace.lang.mood import konjunktiv_one, konjunktiv_two, modal_konjunktiv_two


@pytest.mark.parametrize(
    "word",
    ["verbringe", "werde", "schließe", "müsse", "sei", "seien", "handele", "handle", "ändere"],
)
def test_konjunktiv_one_forms(word: str) -> None:
    assert konjunktiv_one(word, "de")


@pytest.mark.parametrize(
    "word", ["große", "lange", "diese", "seine", "verbringen", "Halle", "handelt", "andere"]
)
def test_look_alikes_are_no_konjunktiv(word: str) -> None:
    assert not konjunktiv_one(word, "de")


def test_english_has_no_konjunktiv() -> None:
    assert not konjunktiv_one("werde", "en")


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("gälten", True),
        ("trügen", True),
        ("käme", True),
        ("läge", True),
        ("hätten", False),  # an auxiliary: hypotheses in the page's own voice too
        ("trugen", False),  # past indicative
        ("führen", False),  # the umlaut is the infinitive's
        ("über", False),
        # no umlaut: a strong past stem with -e, which the indicative singular never has
        ("bliebe", True),
        ("ginge", True),
        ("hieße", True),
        ("blieben", False),  # the past plural is the same
        ("finde", False),  # present stem
        ("machte", False),  # a weak past: indicative too
    ],
)
def test_konjunktiv_two_without_an_indicative_twin(word: str, expected: bool) -> None:
    assert konjunktiv_two(word, "de") is expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("könnten", True),
        ("müsste", True),
        ("dürften", True),
        ("konnten", False),  # the past has no umlaut
        ("möchte", False),  # polite present
        ("können", False),  # present: the umlaut is the infinitive's, and no -te ending
        ("gälten", False),  # no modal
    ],
)
def test_modal_konjunktiv_two(word: str, expected: bool) -> None:
    assert modal_konjunktiv_two(word, "de") is expected
