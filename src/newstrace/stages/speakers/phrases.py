"""Speakers named by a plain noun phrase the word lists do not know: "das Sondertribunal", "Das
staatliche sudanesische Fernsehen", "Demonstranten, die skandierten" — the last resort of
``resolve`` before leaving a speaker unresolved, and the phrases that name no one."""

from __future__ import annotations

import itertools

from newstrace.lang.mentions import ADJECTIVE, Found, nominative_adjective, nominative_plural
from newstrace.model import Span
from newstrace.stages.speakers.context import (
    ABSTRACT_SUFFIXES,
    ANONYMOUS_PEOPLE,
    DEFINITE,
    DOCUMENTS,
    LOCATIVE_PREPOSITIONS,
    MAX_NAME_WORDS,
    NON_SOURCE_PREPOSITIONS,
    NOUN_PHRASE_DETERMINERS,
    PHRASE_BREAKS,
    PLURAL_ENDINGS,
    Draft,
    Text,
    document_head,
)
from newstrace.stages.speakers.drafts import group_draft, span_tokens
from newstrace.stages.speakers.mentions import source_noun

__all__ = ["broadcaster", "definite_noun_phrase", "group_before_relative", "located"]


def located(text: Text, mention: Found) -> bool:
    """ "einer Pressekonferenz in Oslo", "auf eine Lagerhalle im Hamburger Hafen": a place where
    something happened, not who said it."""
    before = text.tokens[mention.first - 1].text.lower() if mention.first else ""
    return mention.kind == "place" and before in LOCATIVE_PREPOSITIONS


def definite_noun_phrase(text: Text, span: Span, drafts: list[Draft]) -> int | None:
    """ "das Sondertribunal", "die Bundesländer", "der Oranier-Orden": when nothing else names
    the speaker, a definite noun phrase the lists do not know is the speaker itself, named by
    its words (abstract nouns and what a source produced excepted: "die Frage", "Angaben")."""
    indices = span_tokens(text, span)
    cut = next(
        (p for p, i in enumerate(indices) if p and text.tokens[i].text in PHRASE_BREAKS),
        len(indices),
    )
    indices = indices[:cut]
    if len(indices) < 2 or text.tokens[indices[0]].text.lower() not in NOUN_PHRASE_DETERMINERS:
        return None
    if indices[0] > 0 and text.tokens[indices[0] - 1].text in NON_SOURCE_PREPOSITIONS:
        return None  # "Aufsehen unter den Kardinälen": a place in the sentence, not a source
    words = [text.tokens[i].text for i in indices[1:]]
    adjectives = list(itertools.takewhile(lambda w: w.islower() and ADJECTIVE.match(w), words))
    nouns = words[len(adjectives) :]
    if not nouns or len(nouns) > MAX_NAME_WORDS or not all(_name_word(w) for w in nouns):
        return None
    head = nouns[-1] if len(nouns) == 1 else nouns[0]
    described_medium = broadcaster(text, span)
    if _names_nobody(text, head) and not described_medium:
        return None
    if text.tokens[indices[0]].text.lower() == "den":
        nouns[-1] = nominative_plural(nouns[-1])
    name = " ".join([*(nominative_adjective(a) for a in adjectives), *nouns])
    kind = "media" if described_medium else "organisation"
    return group_draft(drafts, name, indices[0], indices[-1] + 1, kind=kind)


def broadcaster(text: Text, span: Span) -> bool:
    """ "Das staatliche sudanesische Fernsehen": a medium described by adjectives is the
    broadcaster, not the channel something was said on ("im Fernsehen")."""
    words = [text.tokens[i].text for i in span_tokens(text, span)]
    if len(words) < 3 or words[0].lower() not in DEFINITE:
        return False
    adjectives, head = words[1:-1], words[-1]
    return text.words.medium(head) == "tv" and all(ADJECTIVE.match(w) for w in adjectives)


def _name_word(word: str) -> bool:
    return word[:1].isupper() and word.replace("-", "").isalpha()


def _names_nobody(text: Text, head: str) -> bool:
    """An abstract noun, a document, what a source produced, or anonymous people."""
    return (
        head.lower().endswith(ABSTRACT_SUFFIXES)
        or source_noun(text, head)
        or text.words.medium(head) is not None
        or head in DOCUMENTS
        or document_head(head) is not None
        or head in ANONYMOUS_PEOPLE
        or head in text.words.stopwords
        or head.lower() in text.words.pronouns
        or text.words.role(head) is not None
    )


def group_before_relative(text: Text, relative: int, end: int, drafts: list[Draft]) -> int | None:
    """ "hunderttausende von Demonstranten, die skandierten": a plural noun the lists do not
    know, before the plural relative "die", is a group of people speaking."""
    noun = text.tokens[end - 1].text
    if text.tokens[relative].text != "die" or not _name_word(noun) or "-" in noun:
        return None
    people = text.words.role(noun) is not None  # "Demonstranten", a role of the lists
    if not noun.endswith(PLURAL_ENDINGS) or (not people and _names_nobody(text, noun)):
        return None
    return group_draft(drafts, noun, end - 1, end)
