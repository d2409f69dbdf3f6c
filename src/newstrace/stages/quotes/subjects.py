"""Subjects: the phrase that speaks as the subject of a cue verb (opening the clause, before an
auxiliary, shared with a joined verb, introducing or answering a continuation), and the
phrases that are no subject (circumstances, dative objects).
"""

from __future__ import annotations

from functools import cache

from newstrace.lang import optional_lines
from newstrace.lang.entities import PREPOSITIONS, entity_words
from newstrace.lang.hanta import analyse
from newstrace.lang.speech import CLAUSE_ENDS
from newstrace.stages.quote_features import Document
from newstrace.stages.quotes.drafts import (
    _AGENT_PREPOSITIONS,
    _CIRCUMSTANCE_PREPOSITIONS,
    _FRAME_GAP_BREAKS,
    _HEARSAY_MODALS,
    _NOMINATIVE_DETERMINERS,
    _PLAIN_ADVERB_TAGS,
    _SOURCE_POSTPOSITIONS,
    _VERB_JOINERS,
    _Draft,
    _finite_verb,
    _inside_message,
    _near,
    _Run,
    _sentence_end,
)
from newstrace.stages.quotes.grammar import (
    _MAX_LEADING_PHRASE,
    _NON_SUBJECT_OPENERS,
    _OBJECT_ARTICLES,
    _OBJECT_OPENERS,
    _PERFECT_AUXILIARIES,
    _PREPOSITION_TAGS,
    _PRONOUN_SUBJECTS,
    _ends_clause,
    _nominal_opening,
    _relative_clause_end,
    _second_place,
    _subject_after,
)
from newstrace.stages.quotes.phrases import (
    _EDGE_PUNCTUATION,
    _OBLIQUE_OPENERS,
    _names_source,
    _source_nouns,
    _source_phrase,
)
from newstrace.stages.quotes.tidy import _behind_speech_verb, _feminine_after_der

#: Words between a speaker opening its sentence and a finite cue verb read as the rest of the
#: subject phrase ("Der Labour-Abgeordnete für den Wahlkreis X, Tom Beddow, schrieb").
_MAX_SUBJECT_REST = 12
#: Prepositions that always govern a source ("laut X", "gemäß X").
_SOURCE_PREPOSITIONS = frozenset({"laut", "gemäß"})
#: Prepositions whose dative object is a source of a statement.
_SOURCE_GOVERNORS = _SOURCE_PREPOSITIONS | {"nach", "in", "von", "bei"}
#: Subject pronouns that are never an object (German): "würdigte er", "sagte ich".
_NOMINATIVE_PRONOUNS = frozenset({"er", "ich", "wir"})
#: Words between a joined finite verb and a cue it starts ("kamen aber zum Ergebnis").
_MAX_JOINED_GAP = 2
#: Tags of the finite auxiliary or modal between a fronted subject and its participle cue.
_AUXILIARY_TAGS = frozenset({"VA(FIN)", "VM(FIN)"})
_NON_FINITE_ENDINGS = ("(PP)", "(INF)", "(IZU)")
_PASSIVE_LEMMAS = frozenset({"werden", "sein"})
#: Relative pronouns naming an owner: the clause's subject is the phrase after them.
_OWNING_RELATIVES = frozenset({"dessen", "deren"})
#: Tags of a noun phrase after such a pronoun ("dessen langjähriger Chef Paul Ferrante").
_OWNED_PHRASE_TAGS = frozenset({"ADJ(A)", "NN", "NNA", "NE", "TRUNC"})
_ANY_PREPOSITIONS = (_CIRCUMSTANCE_PREPOSITIONS | _NON_SUBJECT_OPENERS) - (
    _OBJECT_OPENERS | {"den", "dem", "des"}
)


def _shared_subject(doc: Document, draft: _Draft, cue: _Run) -> _Run | None:
    """ "X sprachen von … und forderten die Regierung auf, …", "X dokumentierten Mängel, kamen
    aber zum Ergebnis, dass …": a finite verb joined to the sentence's first verb shares its
    subject; after "und" the phrase right behind the cue is the cue verb's object, and a phrase
    between the two verbs is an object of the first one."""
    verb = _joined_verb(doc, cue)
    if verb is None:
        return None
    sentence_start = doc.sentence_starts[doc.sentence_of[verb]]
    placed = _second_place(doc, sentence_start, verb)
    if placed is None or placed[1] is None or placed[0] >= verb:
        return None
    first_verb, subject, speaker = placed[0], placed[1], draft.speaker
    if _inside_message(draft, subject):  # "Die Lage ist ernst, sagte der Minister"
        return None
    if speaker is not None and speaker.start == cue.end:
        return subject if doc.lower[verb - 1] in _VERB_JOINERS else None
    if any(doc.lower[index] in CLAUSE_ENDS for index in range(first_verb, verb - 1)):
        return None  # "X wies das zurück, die Sprecherin Y erklärte: …": a clause between
    if speaker is None:
        return subject
    if first_verb < speaker.start < verb:
        # "Die Äußerungen bezeichnete Wiefelspütz als …": a name right after the first verb
        # is that verb's subject, the sentence opened with its object
        inverted = speaker.start == first_verb + 1 and doc.tokens[speaker.start].text[:1].isupper()
        return None if inverted else subject
    return None


def _joined_verb(doc: Document, cue: _Run) -> int | None:
    """The finite verb opening the cue's clause right after "und", "aber" or a comma ("und ist
    der Meinung", "…, kamen aber zum Ergebnis"); None when the clause has its own subject first
    or the cue is no verb ("… und laut Medienberichten …")."""
    for index in range(cue.start, max(0, cue.start - _MAX_JOINED_GAP - 1), -1):
        if index == 0 or doc.lower[index] in CLAUSE_ENDS:
            return None
        if _finite_verb(doc, index):
            joiner = doc.lower[index - 1]
            return index if joiner in _VERB_JOINERS or joiner == "," else None
        if not doc.tokens[index].text.islower():
            return None
    return None


def _subjects_in(doc: Document, roles: list[_Run], sentence: int, after: int = -1) -> list[_Run]:
    """Speaker runs of ``sentence`` starting after token ``after`` that can be its subject: no
    dative object, no circumstance ("am Montag")."""
    return [
        role
        for role in roles
        if role.code == "SPK"
        and doc.sentence_of[role.start] == sentence
        and role.start > after
        and not _dative_object(doc, role)
        and not _circumstance(doc, role)
    ]


def _answering_subject(doc: Document, previous: _Draft | None) -> _Run | None:
    """ "Gerüchte, wonach …, wies er zurück. Darüber sei …": a rumour's content is the object
    of a clause whose subject answers it, and a continuation is that subject's, not the
    rumour's."""
    if (
        previous is None
        or previous.start < 2
        or doc.lower[previous.start - 2 : previous.start] != [",", "wonach"]
    ):
        return None
    after = previous.end
    if after + 1 >= len(doc.tokens) or doc.lower[after] != "," or not _finite_verb(doc, after + 1):
        return None
    end = _sentence_end(doc, doc.sentence_of[after])
    return _subject_after(doc, after + 2, end)


def _introducing_subject(
    doc: Document, draft: _Draft, previous: _Draft | None, roles: list[_Run]
) -> _Run | None:
    """The subject of the unquoted sentence that introduces a continuation opening the next
    one: "Die Stadtreinigung äußerte Zweifel. Es sei rechtens, …" is the Stadtreinigung's,
    whoever spoke in an earlier quotation."""
    sentence = doc.sentence_of[draft.start]
    if sentence == 0 or doc.sentence_starts[sentence] != draft.start:
        return None
    introducing = doc.sentence_starts[sentence - 1]
    if previous is not None and previous.end > introducing:
        return None
    opening = _opening_subject(doc, introducing)
    if opening is not None:
        return opening
    speakers = _subjects_in(doc, _near(roles, draft), sentence - 1)
    if speakers:
        return speakers[0]
    if (
        doc.lower[draft.start] not in _PRONOUN_SUBJECTS
        or doc.lower[draft.start + 1] in _HEARSAY_MODALS
    ):
        return None  # "Er soll … haben": hearsay about him, not his words
    # "Der Bürgermeister zeigte sich erschüttert. Er habe …": the pronoun takes up the subject
    # of the sentence before, whatever its verb, also one after the verb behind a fronted
    # phrase ("Den Entwurf verteidigte der Minister. Er halte …")
    placed = _second_place(doc, introducing, doc.sentence_starts[sentence])
    if placed is None:
        return None
    finite, subject = placed
    return subject or _subject_after(doc, finite + 1, doc.sentence_starts[sentence])


def _whole_subject(doc: Document, speaker: _Run, cue: _Run) -> _Run:
    """ "Der Labour-Abgeordnete für den Wahlkreis X, Tom Beddow, schrieb …": one phrase stands
    before a verb in second place, so a speaker opening its sentence runs up to a finite cue
    (an apposition's name included), unless a quote mark or another finite verb comes first."""
    if not speaker.end < cue.start <= speaker.end + _MAX_SUBJECT_REST:
        return speaker
    if doc.sentence_starts[doc.sentence_of[speaker.start]] != speaker.start:
        return speaker
    if not _finite_verb(doc, cue.start):
        return speaker
    for index in range(speaker.end, cue.start):
        if (
            doc.quote_mark[index]
            or _finite_verb(doc, index)
            or doc.lower[index] in CLAUSE_ENDS - {","}
        ):
            return speaker
    end = cue.start
    while doc.lower[end - 1] in _EDGE_PUNCTUATION:
        end -= 1
    return _Run(speaker.start, end, "SPK")


def _owned_relative_subject(doc: Document, cue: _Run) -> _Run | None:
    """ "Der Konzern, dessen Chef X in einer E-Mail schrieb, …": a cue inside a relative
    clause opened by "dessen"/"deren" has the phrase after that pronoun as its subject, not the
    noun the clause hangs on nor an object in the clause."""
    comma = cue.start - 1
    while comma > 0 and doc.lower[comma] not in CLAUSE_ENDS and not doc.quote_mark[comma]:
        comma -= 1
    owner = comma + 1
    if doc.lower[comma] != "," or doc.lower[owner] not in _OWNING_RELATIVES:
        return None
    end = owner + 1
    while end < cue.start and doc.tag[end] in _OWNED_PHRASE_TAGS:
        end += 1
    if end == owner + 1 or doc.tag[end - 1] not in {"NN", "NNA", "NE"}:
        return None
    return _Run(owner + 1, end, "SPK")


def _subject_before_verb(doc: Document, speaker: _Run) -> _Run | None:
    """ "Die SPD fordert die Tarifvertragsparteien auf, …": one phrase stands before the finite
    verb of a verb-second sentence; when that phrase is a nominative noun phrase, a phrase
    after the verb is an object and the one before is the speaker."""
    sentence = doc.sentence_of[speaker.start]
    start, end = doc.sentence_starts[sentence], _sentence_end(doc, sentence)
    if doc.quote_mark[start] or doc.in_quote[start] or not _nominal_opening(doc, start):
        return None
    placed = _second_place(doc, start, end)
    if placed is None:
        return None
    finite, subject = placed
    if subject is None or not _finite_verb(doc, finite):
        return None
    # "X soll der Zeitung gesagt haben": the outlet told, behind a modal or an auxiliary
    told = doc.lower[finite] in _HEARSAY_MODALS | _PERFECT_AUXILIARIES and _told_dative(
        doc, speaker
    )
    if doc.cue_medium[finite] is None and not told:
        return None  # only a verb of speech has a speaker ("Das Buch ist laut X …")
    if not finite < speaker.start or doc.tag[speaker.start - 1] in _PREPOSITION_TAGS:
        return None
    clause = range(finite + 1, speaker.start)
    if any(_ends_clause(doc, i, end) or doc.quote_mark[i] for i in clause):
        return None
    if doc.lower[speaker.start] in _OBJECT_ARTICLES or told:
        return subject  # "… bat den Minister …": no subject opens like that
    # "Die SPD fordert die Tarifvertragsparteien auf": both could be subjects by their
    # articles; a name before the verb and a common noun after it make the name the subject
    # ("Die Vorwürfe wies der Minister zurück" keeps the minister)
    return subject if _named(doc, subject) and doc.tag[speaker.end - 1] == "NN" else None


def _pronoun_after_verb(doc: Document, speaker: _Run) -> _Run | None:
    """ "In einer Nachricht würdigte er …", "Die Anhänger, die …, warnte er, …": a subject
    pronoun right after the finite verb of a verb-second sentence makes the phrase before the
    verb an object or a circumstance. Only forms that are always nominative ("er", "ich",
    "wir"); "sie" only after a circumstance, since "Die Polizei warnte sie" has it as object.
    A source before the verb ("Nach Angaben der Polizei soll er …") stays the speaker."""
    sentence = doc.sentence_of[speaker.start]
    start, end = doc.sentence_starts[sentence], _sentence_end(doc, sentence)
    if doc.language != "de" or doc.quote_mark[start] or doc.in_quote[start]:
        return None
    opening = start + (doc.tag[start] in _PREPOSITION_TAGS)  # "In | einer Nachricht"
    if speaker.start not in (start, opening):
        return None
    placed = _second_place(doc, start, end)
    if placed is None or placed[0] + 1 >= end or not _finite_verb(doc, placed[0]):
        return None
    finite = placed[0]
    if speaker.end > finite or doc.in_quote[finite + 1]:
        return None
    if opening > start and (
        doc.lower[start] in _SOURCE_PREPOSITIONS or _source_after_nach(doc, speaker)
    ):
        return None  # "Laut „Welt“ soll er …": a source
    postposed = speaker.end < end and doc.lower[speaker.end] in _SOURCE_POSTPOSITIONS
    if postposed or _names_source(doc, speaker.start, speaker.end, _source_nouns(doc.language)):
        return None
    pronoun = doc.lower[finite + 1]
    if pronoun in _NOMINATIVE_PRONOUNS or (pronoun == "sie" and opening > start):
        return _Run(finite + 1, finite + 2, "SPK")
    return None


def _named(doc: Document, phrase: _Run) -> bool:
    """A name ends the phrase ("Die SPD") or opens it, its other words capitalised up to the
    first lower-case one ("Mayra Veliz von der Staatsanwaltschaft": the tagger reads an
    unknown surname as a common noun)."""
    if doc.tag[phrase.end - 1] == "NE":
        return True
    if doc.tag[phrase.start] != "NE" or phrase.end - phrase.start < 2:
        return False
    return doc.tokens[phrase.start + 1].text[:1].isupper()


def _told_dative(doc: Document, speaker: _Run) -> bool:
    """ "der Zeitung", "dem Sender": a dative article and a noun for those one tells things."""
    words = entity_words(doc.language)
    return (
        speaker.end - speaker.start == 2
        and doc.lower[speaker.start] in ("der", "dem")
        and doc.lower[speaker.start + 1].endswith(words.told_nouns)
    )


def _opening_subject(doc: Document, start: int) -> _Run | None:
    """The subject of reported speech opening its sentence: "Tsvangirai bemängelt …"."""
    sentence = doc.sentence_of[start]
    if doc.sentence_starts[sentence] != start or doc.lower[start] in _NON_SUBJECT_OPENERS:
        return None
    end = _sentence_end(doc, sentence)
    if doc.lower[start] in _connective_adverbs(doc.language) or _adverb_at(doc, start):
        # "Dabei bezeichnete er …", "Davon geht Samardzic aus", "Jetzt meldete er sich …": the
        # subject follows the verb
        verb = start + 1
        if verb + 1 < end and _finite_verb(doc, verb) and doc.cue_medium[verb] is not None:
            return _subject_after(doc, verb + 1, end)
        return None
    phrase_end = _source_phrase(doc, start, min(end, start + _MAX_LEADING_PHRASE))
    if phrase_end is None or doc.cue_medium[phrase_end] is None:
        return None
    return _Run(start, phrase_end, "SPK")


def _adverb_at(doc: Document, index: int) -> bool:
    """An adverb, capitalised or not ("Jetzt", "Gestern"); read in lower case, since the tagger
    takes a capitalised word opening a sentence for a noun. Not "ADJD": the tagger's guess for
    an unknown word such as a double surname."""
    return doc.tag[index] != "NE" and analyse(doc.lower[index])[1] in _PLAIN_ADVERB_TAGS


def _circumstance(doc: Document, role: _Run) -> bool:
    """A phrase opened or governed by a preposition other than a source one ("am Montag",
    "im Interview", "in einer Rede"); "laut X", "X zufolge" stay sources."""
    previous = doc.lower[role.start - 1] if role.start > 0 else ""
    if previous in _SOURCE_PREPOSITIONS or _source_after_nach(doc, role):
        return False
    if role.end < len(doc.tokens) and doc.lower[role.end] in _SOURCE_POSTPOSITIONS:
        return False
    return bool({doc.lower[role.start], previous} & _ANY_PREPOSITIONS)


def _dative_object(doc: Document, role: _Run) -> bool:
    """A dative or accusative phrase is no subject, unless a source preposition governs it
    ("laut einem Sprecher", "in einem Positionspapier … heißt es", "den Meldungen zufolge")."""
    if doc.lower[role.start] not in _OBLIQUE_OPENERS and not _told_feminine(doc, role.start):
        return False
    previous = doc.lower[role.start - 1] if role.start > 0 else ""
    governed = (
        _source_after_nach(doc, role) if previous == "nach" else previous in _SOURCE_GOVERNORS
    )
    postposed = role.end < len(doc.tokens) and doc.lower[role.end] in _SOURCE_POSTPOSITIONS
    return not (governed or postposed)


def _source_after_nach(doc: Document, role: _Run) -> bool:
    """ "nach Angaben der Polizei", "nach dem Bericht": "nach" governs a source only with a
    source noun; "Nach dem Störfall fordern sie …" is a time, its subject comes later."""
    return (
        role.start > 0
        and doc.lower[role.start - 1] == "nach"
        and _names_source(doc, role.start, role.end, _source_nouns(doc.language))
    )


def _told_feminine(doc: Document, index: int) -> bool:
    """ "sagte der Nachrichtenagentur PA": right after a speech verb, "der" + feminine noun is
    who was told (elsewhere it may be a genitive owner: "Angaben der Regierung")."""
    return _behind_speech_verb(doc, index) and _feminine_after_der(doc, index)


def _nominative_before(doc: Document, cue: _Run) -> _Run | None:
    """ "der russische Präsident … gesagt": determiner, lower-case words, a capitalised noun;
    none inside quoted words ("von einer „Verhöhnung der Klassiker“ gesprochen") or after a
    preposition other than the agent's "von" ("vor der Premiere")."""
    for index in range(cue.start - 1, max(cue.start - 12, -1), -1):
        if doc.sentence_of[index] != doc.sentence_of[cue.start]:
            return None
        # "vor der Premiere" is no subject; "von der Feuerwehr aufgefordert" is the agent
        before = doc.lower[index - 1] if index > 0 else ""
        governed = before in PREPOSITIONS and before not in _AGENT_PREPOSITIONS
        if doc.lower[index] in _NOMINATIVE_DETERMINERS and not (doc.in_quote[index] or governed):
            end = index + 1
            while end < cue.start and doc.tokens[end].text.islower() and doc.lower[end].isalpha():
                end += 1
            if end < cue.start and doc.tokens[end].text[0].isupper():
                return _Run(index, end + 1, "SPK")
    return None


def _opening_subject_of(doc: Document, cue: _Run) -> _Run | None:
    """The phrase that opens the cue's sentence right before it: "Paris erklärte am Abend, …"."""
    subject = _opening_subject(doc, doc.sentence_starts[doc.sentence_of[cue.start]])
    return subject if subject is not None and subject.end == cue.start else None


def _auxiliary_subject(doc: Document, cue: _Run) -> _Run | None:
    """The phrase that opens the cue's sentence before the finite auxiliary of a participle
    cue: "Die Gewerkschaft hat ihren Streik gegen die Bahn angekündigt, …"."""
    start = doc.sentence_starts[doc.sentence_of[cue.start]]
    if (
        doc.lower[start] in _NON_SUBJECT_OPENERS
        or doc.lower[start] in _connective_adverbs(doc.language)
        or _adverb_at(doc, start)
        or not _nominal_opening(doc, start)
    ):
        return None
    end = _source_phrase(doc, start, min(cue.start, start + _MAX_LEADING_PHRASE))
    if end is None or end >= cue.start or not _auxiliary_frame(doc, range(end, cue.start), cue):
        return None
    return _Run(start, end, "SPK")


def _fronted_subject(doc: Document, cue: _Run, speakers: list[_Run]) -> _Run | None:
    """A speaker that fills the first field of the cue's clause ("X, Sprecher …, sagte"):

    German verb-second order makes a phrase that opens the clause right before the verb its
    subject, even when another noun phrase follows the verb.
    """
    for speaker in speakers:
        gap = range(speaker.end, cue.start)
        # "X, das anonym bleiben wollte, sagte": a relative clause may stand between them
        relative = (
            speaker.end < cue.start
            and _relative_clause_end(doc, speaker.end, cue.start + 1) == cue.start - 1
        )
        # "Der Präsident hat bereits sein Veto angekündigt": the first field before the
        # finite auxiliary of a participle cue
        auxiliary = bool(gap) and _auxiliary_frame(doc, gap, cue)
        if (
            not relative
            and not auxiliary
            and (len(gap) > 1 or any(doc.lower[index].isalnum() for index in gap))
        ):
            continue
        opener = speaker.start - 1
        if opener < 0 or doc.sentence_of[opener] != doc.sentence_of[speaker.start]:
            return speaker
        if doc.lower[opener] in (",", ":", ";") or doc.quote_mark[opener]:
            return speaker
    return None


def _auxiliary_frame(doc: Document, gap: range, cue: _Run) -> bool:
    """A finite auxiliary or modal opens the gap, the cue is its participle or infinitive,
    and no comma or "und" lets another clause in between; an "und" joining the cue to a
    participle before it shares the auxiliary ("hatte von … gesprochen und angekündigt")."""
    first = doc.tokens[gap[0]].text
    verb = doc.tokens[cue.start].text
    if not (first.islower() and verb.islower()):
        return False
    auxiliary, auxiliary_tag = analyse(first)
    verb_tag = analyse(verb)[1]
    # "Die Bewohner wurden … aufgefordert": "werden"/"sein" with a participle is passive,
    # its subject the addressee
    passive = auxiliary in _PASSIVE_LEMMAS and verb_tag.endswith("(PP)")
    return (
        auxiliary_tag in _AUXILIARY_TAGS
        and verb_tag.endswith(_NON_FINITE_ENDINGS)
        and not passive
        and not any(
            doc.lower[index] in _FRAME_GAP_BREAKS and not _joins_participles(doc, index, cue)
            for index in gap
        )
    )


def _joins_participles(doc: Document, index: int, cue: _Run) -> bool:
    return (
        index == cue.start - 1
        and doc.lower[index] in ("und", "oder")
        and doc.tag[index - 1].endswith("(PP)")
    )


@cache
def _connective_adverbs(language: str) -> frozenset[str]:
    """Sentence-linking adverbs that never name a speaker ("Dabei bezeichnete er …")."""
    return frozenset(optional_lines(language, "connective_adverbs.txt"))
