"""The mention grammar on its own: role phrases and their number."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from newstrace.lang.entities import entity_words
from newstrace.lang.mentions import Found, role_phrase_at


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int


def role_at(sentence: str, determiner_index: int) -> Found | None:
    tokens = [Token(m[0], m.start(), m.end()) for m in re.finditer(r"\w[\w-]*|[^\w\s]", sentence)]
    return role_phrase_at(tokens, determiner_index, entity_words("de"))


@pytest.mark.parametrize(
    ("sentence", "index", "plural"),
    [
        ("Nach Einschätzung der Ermittler war es Mord .", 2, True),  # genitive plural
        ("Nach Angaben der Politiker sinkt die Steuer .", 2, True),
        ("Am Sonntag sagte der Ermittler , es sei Mord .", 3, False),  # a verb before "der"
        ("In München der Sohn des Politikers .", 2, False),  # "Söhne" would be the plural
        ("Das teilte am Dienstag der Sprecher mit .", 4, False),  # a time, then the subject
        ("Der Ermittler sagte , es sei Mord .", 0, False),
    ],
)
def test_der_before_a_masculine_role_noun_is_plural_only_as_a_genitive(
    sentence: str, index: int, plural: bool
) -> None:
    phrase = role_at(sentence, index)
    assert phrase is not None
    assert phrase.plural is plural
    assert (phrase.gender is None) is plural
