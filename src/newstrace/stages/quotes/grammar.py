"""Clause grammar: the finite verb in second place and the subject beside it, and the speech acts
a clause reports ("Er kündigte eine Klage an", "X teilte mit, …").
"""

from __future__ import annotations

from collections.abc import Callable

from newstrace.lang.entities import entity_words
from newstrace.lang.hanta import analyse, nominal
from newstrace.lang.speech import CLAUSE_ENDS, Lexicon
from newstrace.stages.quote_features import PRONOUNS, Document
from newstrace.stages.quotes.drafts import (
    _NOMINATIVE_DETERMINERS,
    _VERB_JOINERS,
    _finite_verb,
    _Run,
    _speech_verb_at,
)
from newstrace.stages.quotes.phrases import (
    _ARTICLES,
    _MAX_RELATIVE,
    _TIME_NOUNS,
    _WEEKDAYS,
    _lower_word,
    _source_phrase,
    _time_adverbial,
)

#: Phrase openers that make no subject (prepositions, oblique determiners).
#: Accusative and dative words that open no subject: "Einen Verkauf schließe sie nicht aus".
_OBJECT_OPENERS = frozenset("einen einem ihn ihm ihnen".split())
_NON_SUBJECT_OPENERS = _OBJECT_OPENERS | frozenset(
    "den dem des von vom zur zum aus in im am bei bis nach laut mit für über auf an um seit als".split()
)
_NO_SPEAKERS = frozenset("es dies das dieses ihnen ihm ihr man".split())
#: Particles before a pronoun subject that still opens a verb-second clause ("Auch sie
#: forderten …"), and the pronouns that may speak there.
_SUBJECT_FOCUS = frozenset("auch selbst sogar ebenfalls".split())
_FOCUSED_PRONOUNS = frozenset({"er", "sie", "wir"})
_PERFECT_AUXILIARIES = frozenset({"hat", "haben", "hatte", "hatten"})
#: Particles that may stand between a subject and its finite verb in second place.
_FOCUS_PARTICLES = frozenset(
    "selbst aber jedoch allerdings hingegen dagegen indes wiederum ihrerseits seinerseits".split()
)
#: Longest phrase (tokens) searched before the finite verb of a verb-second sentence.
_MAX_LEADING_PHRASE = 16
#: Tokens of a prepositional phrase between a subject and its verb ("US-Experten vor Ort").
_MAX_ATTACHED_PHRASE = 4
_PREPOSITION_TAGS = frozenset({"APPR", "APPRART"})
_OBJECT_ARTICLES = frozenset({"den", "dem", "einen", "einem"})
#: Personal pronouns that follow a fronted finite verb as its subject ("Dabei sagte er …").
_PRONOUN_SUBJECTS = frozenset("er sie wir ich".split())
#: Longest apposition after a subject opening its sentence ("Der Kläger, ein pensionierter
#: Lehrer aus dem Ortsteil Gölshausen, hatte …").
_MAX_APPOSITION = 10

#: Words that open a clause hanging on a noun or a purpose, not a reported one: "…, um den Weg
#: freizumachen", "den Fund, der mehr als zehn Knochen umfasst".
_RELATIVE_OPENERS = frozenset(
    "der die das dem den denen deren dessen welcher welche welches welchem welchen".split()
)

#: Finite forms of "lassen" that have another speak for the subject ("ließ … zurückweisen").
_CAUSATIVES = frozenset({"ließ", "ließen", "lässt", "lassen", "läßt"})


def _nominal_opening(doc: Document, start: int) -> bool:
    """A sentence opened by a subject: a nominative article or a capitalised word that is not
    a time ("Diese Woche", "Montag")."""
    word = doc.lower[start]
    if word in _NOMINATIVE_DETERMINERS:
        return doc.tokens[start + 1].text[:1].isupper() or _lower_word(doc.tokens[start + 1].text)
    return (
        doc.tokens[start].text[:1].isupper()
        and word not in _WEEKDAYS
        and word not in _TIME_NOUNS
        and word not in PRONOUNS
        and doc.tag[start] in ("NN", "NE")
    )


def _speech_act_subject(doc: Document, start: int, end: int, words: Lexicon) -> _Run | None:
    """ "Er kündigte eine Klage an.", "Der Kreml hat die Berichte dementiert.": a speech-act
    verb in second place, or an auxiliary there and the verb's participle closing the clause;
    its subject opens the sentence or, after an adverb or a prepositional phrase, follows the
    finite verb ("Dagegen protestierte auch der Verband …")."""
    found = _speech_act(
        doc, start, end, lambda verb, clause: words.reports(doc.lower[verb], clause)
    )
    return None if found is None else found[0]


def _quoting_act(doc: Document, start: int, end: int) -> tuple[_Run | None, _Run] | None:
    """Subject and verb of a clause whose verb of speech takes up words quoted in it: "Trainer
    X lobte sein Team für eine „nahezu perfekte Halbzeit“"."""
    return _speech_act(doc, start, end, lambda verb, _clause: doc.cue_medium[verb] is not None)


def _speech_act(
    doc: Document, start: int, end: int, is_act: Callable[[int, list[str]], bool]
) -> tuple[_Run | None, _Run] | None:
    """Subject and verb of a verb-second sentence whose verb ``is_act`` accepts (given the
    verb's index and its clause from the sentence start)."""
    placed = _second_place(doc, start, end)
    if placed is None:
        return None
    finite, subject = placed
    if subject is not None and _names_statement(doc, subject):
        subject = None  # "Die Vorwürfe wies der Minister zurück": the object came first
    clause_end = next((i for i in range(finite, end) if _ends_clause(doc, i, end)), end)
    # "wies die Änderungen zurück und bezeichnete sie als …": each verb has its own clause
    joined = next((i for i in range(finite + 2, clause_end - 1) if _joins_verb(doc, i)), None)
    clause_end = joined or clause_end
    if clause_end - finite < 2:
        return None
    # "hat … zurückgewiesen", "ließ … zurückweisen": the act closes the clause
    closing = doc.lower[finite] in _PERFECT_AUXILIARIES | _CAUSATIVES
    verb = clause_end - 1 if closing else finite
    if closing and doc.lower[verb] in _CAUSATIVES and verb - 1 > finite:
        verb -= 1  # "hatte die Vorwürfe zurückweisen lassen": the act before the causative
    # the clause from its start: a governed word may come first ("Mit … rechnet der DWD")
    if not is_act(verb, doc.lower[start:clause_end]):
        return None
    subject = subject or _subject_after(doc, finite + 1, min(end, clause_end + 1))
    return subject, _Run(verb, verb + 1, "CUE")


def _joins_verb(doc: Document, index: int) -> bool:
    """ "und", "sowie" or "aber" before a finite verb: a second verb phrase of the same
    subject."""
    return doc.lower[index] in _VERB_JOINERS and _finite_verb(doc, index + 1)


def _names_statement(doc: Document, phrase: _Run) -> bool:
    """A phrase whose head names what is said ("Die Vorwürfe", "Den Bericht"), not who says it."""
    return doc.lower[phrase.end - 1] in entity_words(doc.language).statement_nouns


def _ends_clause(doc: Document, index: int, end: int) -> bool:
    """Punctuation ending a clause; a full stop inside the sentence is an ordinal's or an
    abbreviation's ("am Abend des 29. Juni")."""
    return doc.lower[index] in CLAUSE_ENDS and (doc.lower[index] != "." or index + 1 >= end)


def _second_place(doc: Document, start: int, end: int) -> tuple[int, _Run | None] | None:
    """The finite verb of a verb-second sentence and, when it opens the sentence, the subject
    before it (None when the subject follows the verb)."""
    if (
        doc.lower[start] in _SUBJECT_FOCUS
        and start + 2 < end
        and doc.lower[start + 1] in _FOCUSED_PRONOUNS
        and _finite_verb(doc, start + 2)
    ):
        return start + 2, _Run(start + 1, start + 2, "SPK")  # "Auch sie forderten …"
    if doc.lower[start] in _NON_SUBJECT_OPENERS:  # "Im Streit um … hat X …"
        for index in range(start + 1, min(end, start + _MAX_LEADING_PHRASE)):
            if doc.lower[index] in CLAUSE_ENDS:
                return None
            if _speech_verb_at(doc, index):
                return index, None
            if doc.lower[index] in _PERFECT_AUXILIARIES or _finite_verb(doc, index):
                return index, None
        return None
    phrase_end = _source_phrase(doc, start, min(end, start + _MAX_LEADING_PHRASE))
    if phrase_end is None or (phrase_end == start + 1 and doc.lower[start] in _NO_SPEAKERS):
        return None
    relative_end = _relative_clause_end(doc, phrase_end, end)
    if relative_end is not None:  # "Ihr Kollege X, der die Messungen betreute, warnte …"
        return relative_end + 1, _Run(start, phrase_end, "SPK")
    if doc.lower[phrase_end] == ",":  # "Der Chef von Nexora, Daniel Brooks, hat …"
        closing = _source_phrase(doc, phrase_end + 1, min(end, phrase_end + _MAX_APPOSITION))
        if closing is None or doc.lower[closing] != ",":
            return None
        return closing + 1, _Run(start, closing, "SPK")
    if phrase_end > start + 1 or nominal(doc.tokens[start].text):
        phrase_end = _attached_phrase_end(doc, phrase_end, end) or phrase_end
        return phrase_end + _focus_particle(doc, phrase_end, end), _Run(start, phrase_end, "SPK")
    return phrase_end, None  # "Dagegen protestierte …"


def _focus_particle(doc: Document, index: int, end: int) -> int:
    """1 when a particle sits between the subject and its finite verb ("Lindholm selbst
    dementierte das", "Der Verein wiederum wies …"), else 0."""
    return int(
        index + 1 < end and doc.lower[index] in _FOCUS_PARTICLES and _finite_verb(doc, index + 1)
    )


def _attached_phrase_end(doc: Document, phrase_end: int, end: int) -> int | None:
    """ "US-Experten vor Ort schlossen …": a short prepositional phrase between the subject and
    the finite verb belongs to the subject."""
    if phrase_end >= end or doc.tag[phrase_end] not in _PREPOSITION_TAGS:
        return None
    limit = min(end, phrase_end + 1 + _MAX_ATTACHED_PHRASE)
    attached_end = _source_phrase(doc, phrase_end + 1, limit)
    if attached_end is None or not _finite_verb(doc, attached_end):
        return None
    return attached_end


def _relative_clause_end(doc: Document, comma: int, end: int) -> int | None:
    """The comma closing a relative clause opened at ``comma`` and ended by its finite verb."""
    if doc.lower[comma] != "," or doc.lower[comma + 1] not in _RELATIVE_OPENERS:
        return None
    for index in range(comma + 2, min(end - 1, comma + _MAX_RELATIVE)):
        if doc.lower[index] == ",":
            return index if _finite_verb(doc, index - 1) else None
    return None


def _subject_after(doc: Document, start: int, end: int) -> _Run | None:
    """The subject right after a fronted finite verb ("… protestierte auch der Verband")."""
    start += doc.lower[start] == "auch"
    if start < end and doc.lower[start] in _PRONOUN_SUBJECTS:
        return _Run(start, start + 1, "SPK")  # "Dabei bezeichnete er …"
    if start >= end or not (
        doc.lower[start] in _NOMINATIVE_DETERMINERS or doc.tokens[start].text[:1].isupper()
    ):
        return None
    subject_end = _source_phrase(doc, start, min(end, start + _MAX_LEADING_PHRASE))
    if subject_end is None:
        return None
    subject_end = _time_adverbial(doc, start, subject_end)  # "… wies der Minister am Montag"
    for index in range(start + 1, subject_end):
        # "… hat Minister Thomas Berger die Kritik …": after a name an article opens the object
        if doc.lower[index] in _ARTICLES and analyse(doc.tokens[index - 1].text)[1] == "NE":
            return _Run(start, index, "SPK")
        # "… drohte die Gewerkschaft den Arbeitgebern …": a dative or accusative article
        # right after a noun opens an object
        if doc.lower[index] in _OBJECT_ARTICLES and doc.tokens[index - 1].text[:1].isupper():
            return _Run(start, index, "SPK")
    return _Run(start, subject_end, "SPK")
