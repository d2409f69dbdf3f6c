"""Konjunktiv I from HanTa's word analysis."""

from __future__ import annotations

import pytest

from newstrace.lang.mood import konjunktiv_one


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
