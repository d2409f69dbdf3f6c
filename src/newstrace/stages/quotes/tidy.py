"""Speaker spans: ``tidy_speaker`` cuts a picked speaker run to one noun phrase and hands back
the addressee it swallowed.
"""

from __future__ import annotations

from newstrace.lang.entities import entity_words
from newstrace.lang.mentions import told_outlet
from newstrace.lang.names import is_first_name
from newstrace.lang.speech import CLAUSE_ENDS
from newstrace.stages.quote_features import Document
from newstrace.stages.quotes.drafts import (
    _DATIVE_ARTICLES,
    _FINITE,
    _SOURCE_PREPOSITIONS,
    _sentence_end,
    _speech_verb_at,
)
from newstrace.stages.quotes.grammar import _NON_SUBJECT_OPENERS, _relative_clause_end
from newstrace.stages.quotes.phrases import (
    _ARTICLES,
    _TIME_PREPOSITIONS,
    _source_nouns,
    _strip_edges,
    _time_adverbial,
    _time_word,
)

_OBJECT_PRONOUNS = frozenset("ihn ihm ihnen uns mir mich dir dich sich".split())
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
#: Endings of feminine nouns: "der" before one is dative or genitive, never a subject ("sagte
#: der Nachrichtenagentur PA", "der Zeitung", "der Website").
_FEMININE_ENDINGS = ("ung", "heit", "keit", "schaft", "ion", "tät", "agentur", "site", "seite")


def _feminine_after_der(doc: Document, index: int) -> bool:
    """ "der" + lower-case adjectives + a feminine noun: a dative or genitive phrase."""
    if doc.lower[index] != "der":
        return False
    for after in range(index + 1, min(index + 5, len(doc.tokens))):
        word = doc.tokens[after].text
        if word[:1].isupper():
            return doc.lower[after].endswith(_FEMININE_ENDINGS)
        if not (word.isalpha() and word.islower()):
            return False
    return False


def tidy_speaker(
    doc: Document, start: int, end: int, cue: int | None = None
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """A speaker run ``[start, end)`` cut to one noun phrase, plus the addressee it swallowed.

    General rules, no names: quote marks and punctuation leave the edges; across a finite verb
    or a comma closing a clause with one ("Sein Beitrag wurde … begrüßt, Sprecher X") only the
    piece on the side of the cue (token ``cue``) stays; an object pronoun left in front goes;
    after honorific + surname ("Herr Musk Putin") or before a dative article ("X dem Sender")
    the rest is the addressee. Returns ``(speaker, addressee)`` token ranges, either may be None.
    """
    start, end = _strip_edges(doc, start, end)
    start, end = _clause_piece(doc, start, end, cue)
    while start < end and doc.tokens[start].text in _OBJECT_PRONOUNS:
        start += 1
    start, end = _strip_edges(doc, start, end)
    if start >= end or _only_time(doc, start, end):
        return None, None
    end = _time_adverbial(doc, start, end)
    end = _relative_clause_start(doc, start, end)
    split = _phrase_end(doc, start, end)
    if split == end and _behind_speech_verb(doc, start):
        split = _told_outlet(doc, start, end) or split
    speaker = (_with_honorific(doc, start), _with_age(doc, split))
    if split < end and doc.lower[split] in _ADDRESS_PREPOSITIONS:
        split += 1  # the addressee is the phrase after "gegenüber"
    rest = _strip_edges(doc, split, end)
    return speaker, (rest if rest[1] > rest[0] else None)


def _only_time(doc: Document, start: int, end: int) -> bool:
    """ "am Donnerstag", "im Mai": a time adverbial, which names no one."""
    return (
        end - start == 2
        and doc.lower[start] in _TIME_PREPOSITIONS
        and _time_word(doc.lower[start + 1], doc.language)
    )


def _relative_clause_start(doc: Document, start: int, end: int) -> int:
    """Where a relative clause after the speaker begins ("Mubarak, der seit 1981 in Ägypten
    regiert, hatte angekündigt …"); "X, der für das Kosovo zuständige Minister" is an
    apposition, closed by no finite verb, and stays."""
    sentence_end = _sentence_end(doc, doc.sentence_of[start])
    return next(
        (i for i in range(start + 1, end - 1) if _relative_clause_end(doc, i, sentence_end)),
        end,
    )


def _is_finite(doc: Document, index: int, end: int) -> bool:
    # Speech verb forms count too (capitalised ones are nouns: "Angaben").
    if doc.lower[index] in _FINITE:
        return True
    return _speech_verb_at(doc, index) and not _attributive(doc, index, end)


def _attributive(doc: Document, index: int, end: int) -> bool:
    """A participle before its noun is an adjective ("einer gestern veröffentlichten Studie",
    "der stellvertretende Vorsitzende", "so genannten „X“"): inflected adjectives or quote
    marks, then a capitalised word, follow it within the run."""
    if not doc.lower[index].endswith(_ADJECTIVE_ENDINGS):
        return False
    for after in range(index + 1, min(end, index + 5)):
        word = doc.tokens[after].text
        if word[:1].isupper():
            return True
        inflected = word.islower() and word.endswith(_ADJECTIVE_ENDINGS)
        if not (inflected or doc.quote_mark[after]):
            return False
    return False


def _bracket_closes(doc: Document, index: int) -> bool:
    """A comma after a lower-case word ends a verb clause ("… begrüßt, X"); after a noun it
    opens an apposition ("der Leiter des Amtes, Eva Roth")."""
    previous = doc.tokens[index - 1].text if index > 0 else ""
    return doc.lower[index] == "," and previous.isalpha() and previous.islower()


def _verb_before(doc: Document, start: int) -> bool:
    """Whether the clause the run starts in holds an auxiliary before it (a bounded look):
    "Sein Antrag wurde vom Rat gebilligt, X"; a speech verb there has its subject after it
    ("sagte X, der Vorsitzende …")."""
    floor = max(doc.sentence_starts[doc.sentence_of[start]], start - 12) if start else 0
    for index in range(start - 1, floor - 1, -1):
        if doc.lower[index] in CLAUSE_ENDS:
            return False
        if doc.lower[index] in _FINITE:
            return True
    return False


def _clause_piece(doc: Document, start: int, end: int, cue: int | None) -> tuple[int, int]:
    """The piece of ``[start, end)`` between finite verbs and clause-closing commas that lies
    on the cue's side: the first when the cue (or a source preposition) precedes the run."""
    pieces = []
    piece_start = start
    verb_seen = _verb_before(doc, start)
    for index in range(start, end):
        finite = _is_finite(doc, index, end)
        if finite or (verb_seen and _bracket_closes(doc, index)):
            pieces.append((piece_start, index))
            piece_start = index + 1
            verb_seen = finite
    if not pieces:
        return start, end
    pieces.append((piece_start, end))
    pieces = [(a, b) for a, b in pieces if any(doc.lower[i].isalpha() for i in range(a, b))]
    if not pieces:
        return start, start
    before = start > 0 and doc.lower[start - 1] in _SOURCE_PREPOSITIONS
    if before or cue is None or cue < start:
        return pieces[0]
    return pieces[-1]


#: Prepositions that open the addressee after a speaker ("sagte X gegenüber der Zeitung").
_ADDRESS_PREPOSITIONS = frozenset({"gegenüber"})


def _phrase_end(doc: Document, start: int, end: int) -> int:
    """Where the first noun phrase of ``[start, end)`` ends: after honorific + (first name) +
    surname when a capitalised word follows, before a preposition of address, or before a
    dative article after a noun."""
    for index in range(start, end):
        if index > start and doc.lower[index] in _ADDRESS_PREPOSITIONS:
            return index  # "eine Sprecherin des Konzerns gegenüber der Zeitung"
        if _honorific_at(doc, index):
            name = index + 1 + (index + 1 < end and is_first_name(doc.tokens[index + 1].text))
            if name + 1 < end and doc.tokens[name + 1].text[:1].isupper():
                return name + 1
        dative = doc.lower[index] in _DATIVE_ARTICLES
        if index > start and (dative or _feminine_after_der(doc, index)):
            # "der 27-Jährige dem WDR"; "Lorenzo Brivio der Zeitung" (after a name, "der"
            # + feminine noun is no genitive: "ein Sprecher der Zeitung" stays one phrase)
            noun = doc.tokens[index - 1].text.rsplit("-", 1)[-1]
            named = dative or (index - 2 >= start and _opens_name(doc, index - 2))
            if noun[:1].isupper() and named and doc.lower[index - 1] not in _NON_SUBJECT_OPENERS:
                return index
    return end


def _behind_speech_verb(doc: Document, start: int) -> bool:
    verb = start - 1
    return verb >= 0 and _speech_verb_at(doc, verb)


def _told_outlet(doc: Document, start: int, end: int) -> int | None:
    """Where "der" + an outlet begins in a speaker after its verb: "sagte die Managerin | der
    Zeitung" (who was told); after a source noun it is the owner ("Angaben der Zeitung")."""
    words = entity_words(doc.language)
    for index in range(start + 1, end - 1):
        if doc.lower[index - 1].endswith(_source_nouns(doc.language)):
            return None
        if told_outlet(doc.tokens, index, words):
            return index
    return None


def _opens_name(doc: Document, index: int) -> bool:
    """A capitalised first name or an honorific: "Lorenzo Brivio", "Herr Brivio"."""
    word = doc.tokens[index].text
    return (word[:1].isupper() and is_first_name(word)) or _honorific_at(doc, index)


def _honorific_at(doc: Document, index: int) -> bool:
    """ "Herr Musk", not "der Frau": an honorific after an article is a plain noun."""
    if doc.tokens[index].text not in entity_words("de").honorifics:
        return False
    after = index + 1 < len(doc.tokens) and doc.tokens[index + 1].text[:1].isupper()
    return after and (index == 0 or doc.lower[index - 1] not in _ARTICLES)


def _with_honorific(doc: Document, start: int) -> int:
    """ "Herr" / "Frau" right before the phrase belong to it."""
    previous = start - 1
    return previous if previous >= 0 and _honorific_at(doc, previous) else start


def _with_age(doc: Document, end: int) -> int:
    """An age apposition belongs to the speaker (", 51," — the data's convention)."""
    if end + 2 >= len(doc.tokens):
        return end
    age = doc.lower[end + 1]
    if doc.lower[end] == "," and age.isdigit() and len(age) <= 3 and doc.lower[end + 2] == ",":
        return end + 2
    return end
