"""Word classes from HanTa's analysis of single words."""

from __future__ import annotations

import pytest

from newstrace.lang.hanta import analyse, nominal


@pytest.mark.parametrize("word", ["Kritiker", "Moskau", "Angehörige", "Er", "Beide"])
def test_nouns_names_and_pronouns_are_nominal(word: str) -> None:
    assert nominal(word)


@pytest.mark.parametrize("word", ["Dagegen", "Heute", "Bisher", "Glücklicherweise"])
def test_adverbs_are_not_nominal(word: str) -> None:
    assert not nominal(word)


def test_analysis_gives_lemma_and_tag() -> None:
    assert analyse("Heute") == ("heute", "ADV")
