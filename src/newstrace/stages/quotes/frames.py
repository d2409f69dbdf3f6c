"""Frames: the cue verbs, "so", nouns of speech and pointers ("Das teilte X mit") that frame a
message, and the speaker and cue such a frame gives it (trailing, leading, colon, noun and
passive frames).
"""

from __future__ import annotations

from functools import cache

from newstrace.lang.entities import PASSIVE_AUXILIARIES, PREPOSITIONS
from newstrace.lang.hanta import analyse
from newstrace.lang.speech import CLAUSE_ENDS, IMPERSONAL_REPORT_VERBS, derived_adjective, lexicon
from newstrace.model import QuoteType
from newstrace.stages.quote_features import PRONOUNS, Document, heading_noun
from newstrace.stages.quotes.drafts import (
    _AGENT_PREPOSITIONS,
    _BACK_POINTERS,
    _CIRCUMSTANCE_PREPOSITIONS,
    _DEMONSTRATIVES,
    _FRAME_GAP_BREAKS,
    _NOMINATIVE_DETERMINERS,
    _PHRASE_OPENERS,
    _POSSESSIVES,
    _SUBORDINATORS,
    _Draft,
    _finite_verb,
    _nearest,
    _points_back,
    _Run,
    _sentence_bounds,
    _sentence_end,
    _speech_verb_at,
    _two_columns,
)
from newstrace.stages.quotes.grammar import (
    _MAX_LEADING_PHRASE,
    _PERFECT_AUXILIARIES,
    _PREPOSITION_TAGS,
    _PRONOUN_SUBJECTS,
    _quoting_act,
    _second_place,
    _subject_after,
)
from newstrace.stages.quotes.phrases import _bracketed_name_end, _source_phrase

_FRAMED_TYPES = frozenset({QuoteType.DIRECT, QuoteType.INDIRECT})
#: Openers of the phrase naming who asks ("die Frage eines Reporters", "… von Journalisten").
_GENITIVE_OPENERS = frozenset({"des", "der", "eines", "einer", "von", "vom"})
#: Forms of "werden" before a passive participle, Konjunktiv ones included ("werde erwartet").
_PASSIVE_AUXILIARIES = PASSIVE_AUXILIARIES | {"werde", "würde", "würden"}
#: Longest source phrase in tokens ("nach Angaben der Polizei in …").
_MAX_SOURCE_PHRASE = 16
_MAX_FRAME_GAP = 8
#: Furthest the comma may stand from a word of intention, past a subject that follows it ("plant
#: die deutsche Bundesregierung aus CDU/CSU und SPD, …").
_MAX_INTENT_GAP = 10
#: Furthest a leading frame's cue verb may stand from the sentence start ("Frau Harriet
#: Molyneux, die Vorsitzende des Wissenschaftsausschusses im Unterhaus, sagte, …").
_MAX_LEADING_FRAME = 20
#: Words that open a clause no verb of speech governs: "Sarkozy bestritt das, indem er …".
_UNGOVERNED_OPENERS = (_SUBORDINATORS - {"ob"}) | frozenset(
    "indem und oder aber sondern denn weswegen weshalb wobei sodass".split()
)
#: STTS tags of adverbs, which end the agent's noun phrase ("von der Polizei jedoch").
_AGENT_END_TAGS = frozenset({"ADV", "ADJ(D)", "PAV"})


def _passive_auxiliary_in(doc: Document, indices: range) -> bool:
    """Whether a form of "werden" stands at one of ``indices``."""
    return any(doc.lower[i] in _PASSIVE_AUXILIARIES for i in indices)


def _frame_noun_comma(doc: Document, noun: int, end: int) -> int | None:
    """The comma after a noun of speech ("die Forderungen von Politikern der SPD,"), with no
    verb between them."""
    if not doc.tokens[noun].text[:1].isupper() or doc.lower[noun] not in _frame_nouns(doc.language):
        return None
    # a bracketed name ("Sigmar Gabriel (SPD)") does not count towards the gap
    index, skipped = noun + 1, 0
    while index < end - 1 and index - noun - skipped < _MAX_FRAME_GAP:
        after_bracket = _bracketed_name_end(doc, index, end - 1)
        if after_bracket is not None:
            skipped += after_bracket - index
            index = after_bracket
            continue
        if doc.lower[index] == ",":
            return index
        # "hatte die Vorgabe gemacht, dass …": only the verb closing the frame may come between
        closing_verb = doc.lower[index + 1] == "," and doc.tag[index].endswith(("(PP)", "(INF)"))
        if doc.lower[index] in CLAUSE_ENDS or doc.quote_mark[index]:
            return None
        if doc.tag[index][:1] == "V" and not closing_verb:
            return None
        index += 1
    return None


def _noun_frame_act(doc: Document, start: int, boundary: int) -> tuple[_Run, _Run] | None:
    """Speaker and cue of a frame ending in a noun of speech: the genitive or "von" phrase
    after the noun ("die Forderungen von Politikern der SPD") or else the frame's subject
    ("Die Beobachter kamen zum Ergebnis")."""
    noun = _frame_noun_before(doc, start, boundary)
    if noun is None:
        return None
    cue = _Run(noun, noun + 1, "CUE")
    subject = _noun_owner(doc, noun, boundary + 1) or _frame_subject(doc, start, boundary)
    return None if subject is None else (subject, cue)


def _frame_subject(doc: Document, start: int, boundary: int) -> _Run | None:
    """The subject of a verb-second frame ending at ``boundary``: before its finite verb or,
    after a fronted phrase, right after it."""
    placed = _second_place(doc, start, boundary)
    if placed is None:
        return None
    finite, subject = placed
    return subject or _subject_after(doc, finite + 1, boundary)


def _frame_noun_before(doc: Document, start: int, comma: int) -> int | None:
    """The noun of speech from ``start`` on whose frame ends at ``comma``."""
    return next(
        (i for i in range(start, comma) if _frame_noun_comma(doc, i, comma + 2) == comma), None
    )


def _noun_owner(doc: Document, noun: int, end: int) -> _Run | None:
    """The genitive or "von" phrase right after a noun of speech, whose words the noun names:
    "die Forderungen von Politikern der SPD", "das Eingeständnis der Ministerin"."""
    owner = noun + 1
    if owner >= end or doc.lower[owner] not in _GENITIVE_OPENERS:
        return None
    phrase_start = owner + (doc.lower[owner] in ("von", "vom"))
    phrase_end = _source_phrase(doc, phrase_start, end)
    return None if phrase_end is None else _Run(phrase_start, phrase_end, "SPK")


def _noun_frame_roles(doc: Document, draft: _Draft) -> tuple[_Run, _Run] | None:
    """Speaker and cue when a noun of speech with an owner frames the draft ("Er unterstützt
    die Forderungen von Politikern der SPD, …", "Sie folgte dem Vorschlag des Verteidigers,
    …"): the words are the owner's, not the sentence subject's."""
    cue = draft.cue
    comma = draft.start - 1
    # "lehnte den Vorschlag des Ministers ab, …": a noun of speech after the cue verb, as its
    # object, governs the clause
    cue_before = (
        cue is not None
        and cue.end <= comma
        and doc.sentence_of[cue.start] == doc.sentence_of[comma]
    )
    if (cue is None or cue_before) and draft.type in _FRAMED_TYPES and doc.lower[comma] == ",":
        start = doc.sentence_starts[doc.sentence_of[draft.start]]
        if cue is not None and cue.end < comma:
            start = cue.end  # the noun after the verb; a particle at the comma ends the frame
        noun = _frame_noun_before(doc, start, comma)
        cue = draft.cue if noun is None else _Run(noun, noun + 1, "CUE")
    kinds = None if cue is None else _frame_nouns(doc.language).get(doc.lower[cue.end - 1])
    if cue is None or kinds is None or not _governed_clause(doc, draft, kinds):
        return None
    end = _frame_noun_comma(doc, cue.end - 1, len(doc.tokens) + 1)
    owner = None if end is None else _noun_owner(doc, cue.end - 1, end + 1)
    return None if owner is None else (owner, cue)


def _governed_clause(doc: Document, draft: _Draft, kinds: frozenset[str]) -> bool:
    """Whether the draft is a clause of a kind the noun takes: "dass …"/"ob …", or a
    zu-infinitive ("…, die Bank zu boykottieren"), not "…, weil …"."""
    if doc.lower[draft.start] in ("dass", "ob"):
        return "dass" in kinds
    return "zu" in kinds and _zu_infinitive(doc, draft.end - 1)


@cache
def _frame_nouns(language: str) -> dict[str, frozenset[str]]:
    nouns = _two_columns(language, "frame_nouns.tsv")
    return {noun: frozenset(kinds.split(",")) for noun, kinds in nouns.items()}


def _intent_frame(doc: Document, index: int) -> bool:
    """ "plant, … zu erweitern", "plant das Ministerium, …", "bot an, … zu übergeben", "ist
    zuversichtlich, … zu können": a word of intention before the comma that opens its
    infinitive clause, with no other verb between them (a separable verb's particle closes
    that stretch: "bot … an,")."""
    particle = _intent_frames(doc.language).get(analyse(doc.tokens[index].text)[0].lower())
    if particle is None or not doc.tokens[index].text.islower():
        return False
    window = range(index + 1, min(len(doc.tokens), index + _MAX_INTENT_GAP))
    comma = next((i for i in window if doc.lower[i] in CLAUSE_ENDS), None)
    if comma is None or doc.lower[comma] != ",":
        return False
    if particle != "-":
        return comma - 1 > index and doc.lower[comma - 1] == particle
    return not any(doc.tag[i][:1] == "V" for i in range(index + 1, comma))


def _intent_frames(language: str) -> dict[str, str]:
    return _two_columns(language, "intent_frames.tsv")


def _zu_infinitive(doc: Document, index: int) -> bool:
    """ "zu blockieren", "zurückgehalten zu haben", "anzunehmen"."""
    text = doc.tokens[index].text
    if not (text.isalpha() and text.islower()):
        return False
    return doc.lower[index - 1] == "zu" or analyse(text)[1].endswith("(IZU)")


def _perfect_frame(doc: Document, after: int, end: int) -> bool:
    """ "…, hatte Obama bei seinem Treffen mit Medwedew gesagt.": a perfect-tense frame, its
    auxiliary right after the comma, a subject next and the cue's participle closing the
    sentence."""
    subject = doc.tokens[after + 1].text if after + 1 < end else ""
    return (
        doc.lower[after] in _PERFECT_AUXILIARIES
        and (
            doc.lower[after + 1] in PRONOUNS
            or doc.lower[after + 1] in _NOMINATIVE_DETERMINERS
            or subject[:1].isupper()
        )
        and _frame_verb(doc, end - 1)
        and not any(doc.lower[index] in CLAUSE_ENDS for index in range(after, end))
    )


def _pointed_back_at(doc: Document, sentence: int) -> bool:
    """The next sentence credits this one: "Das bestätigte ein Sprecher.", "Dies teilte …"."""
    if sentence + 1 >= len(doc.sentence_starts):
        return False
    first = doc.sentence_starts[sentence + 1]
    if first + 2 >= len(doc.tokens) or doc.lower[first] not in _BACK_POINTERS:
        return False
    return (
        (_frame_verb(doc, first + 1) and doc.lower[first + 2] not in CLAUSE_ENDS)
        or _emerges_from(doc, first + 1)
        or _passive_pointer_agent(doc, first + 1) is not None
    )


def _passive_pointer_agent(doc: Document, auxiliary: int) -> tuple[_Run, _Run] | None:
    """ "Das wurde am Sonntag von der Polizei mitgeteilt.": a passive speech verb ending the
    pointing sentence, its agent after "von"; the (agent, participle) runs. Not after a
    sentence with a speech act of its own, which the passive answers rather than credits."""
    if doc.lower[auxiliary] not in PASSIVE_AUXILIARIES:
        return None
    start, end = _sentence_bounds(doc, doc.sentence_of[auxiliary] - 1)
    if any(_speech_verb_outside_quotes(doc, index) for index in range(start, end)):
        return None  # "Anwohner berichteten von Schüssen. Das wurde … bestritten.": answered
    verb = _sentence_bounds(doc, doc.sentence_of[auxiliary])[1] - 1
    if verb <= auxiliary or doc.cue_medium[verb] is None or not doc.tag[verb].endswith("(PP)"):
        return None
    agents = [i for i in range(auxiliary + 1, verb) if doc.lower[i] in _AGENT_PREPOSITIONS]
    if not agents:
        return None
    start = agents[-1] + 1
    stop = next((i for i in range(start, verb) if _ends_agent(doc, i)), verb)
    if stop - start < 1 or doc.lower[start] in CLAUSE_ENDS:
        return None
    return _Run(start, stop, "SPK"), _Run(verb, verb + 1, "CUE")


def _emerges_from(doc: Document, verb: int) -> bool:
    """ "Das geht aus einer Studie hervor": a document credits the sentence before."""
    if doc.lower[verb] not in ("geht", "ging") or doc.lower[verb + 1] != "aus":
        return False
    sentence = doc.sentence_of[verb]
    window = range(verb + 2, min(len(doc.tokens), verb + _MAX_LEADING_PHRASE))
    return any(doc.sentence_of[i] == sentence and doc.lower[i] == "hervor" for i in window)


def _closing_so_frame(doc: Document, draft: _Draft) -> bool:
    """A comma and a "so" frame that closes the sentence right after the message."""
    so = draft.end + 1
    return (
        so < len(doc.tokens)
        and doc.lower[so - 1] == ","
        and _so_frame(doc, so)
        and _closes_sentence(doc, so)
    )


def _closes_sentence(doc: Document, index: int) -> bool:
    """No comma from ``index`` to the end of its sentence: a frame there closes it."""
    return "," not in doc.lower[index : _sentence_end(doc, doc.sentence_of[index])]


def _so_frame(doc: Document, index: int) -> bool:
    """ "so der Sprecher", "so Müller": attribution by "so" and a following noun phrase."""
    if doc.lower[index] != "so" or doc.in_quote[index] or index + 1 >= len(doc.tokens):
        return False
    following = doc.tokens[index + 1].text
    return doc.lower[index + 1] in _PHRASE_OPENERS or (
        following[:1].isupper() and following.isalpha()
    )


def _frame_verb(doc: Document, index: int) -> bool:
    """An indicative cue verb outside quotation marks: "sagte", "erklärten", "heißt"; a
    Konjunktiv I in -e ("drohe") still belongs to the reported clause, "mein" is no "meinen"."""
    word = doc.lower[index]
    if doc.in_quote[index] or not doc.tokens[index].text.islower():
        return False
    if word in _POSSESSIVES or derived_adjective(word):  # "angeblich" is no "angeben"
        return False
    if doc.cue_medium[index] is None:
        return _impersonal_report(doc, index) or _verb_final_separated(doc, index)
    return not word.endswith("e") or word.endswith("te")


def _verb_final_separated(doc: Document, index: int) -> bool:
    """ "…, wie das Ministerium bekannt gab, …": a separable speech verb at its clause's end
    with its particle written apart right before it."""
    if index == 0 or index + 1 >= len(doc.tokens) or doc.lower[index + 1] not in (",", "."):
        return False
    return lexicon(doc.language).verb_medium(doc.lower[index], [doc.lower[index - 1]]) is not None


def _impersonal_report(doc: Document, index: int) -> bool:
    """ "hieß es", "wie es aus Ermittlerkreisen hieß": "heißen" reports only beside "es"
    ("Er heißt Peter" reports nothing)."""
    if doc.lower[index] not in IMPERSONAL_REPORT_VERBS:
        return False
    if "es" in doc.lower[index + 1 : index + 2]:
        return True
    for before in range(index - 1, max(-1, index - _MAX_SOURCE_PHRASE), -1):
        if doc.lower[before] in CLAUSE_ENDS:
            return False
        if doc.lower[before] == "es":  # "wie es aus dem Umfeld des Investors heißt"
            return True
    return False


def _ends_agent(doc: Document, index: int) -> bool:
    """A preposition or an adverb ends the agent's noun phrase: "von der WHO in Genf",
    "von der Polizei jedoch"."""
    return doc.lower[index] in PREPOSITIONS or doc.tag[index] in _AGENT_END_TAGS


def _passive_pointer_roles(doc: Document, draft: _Draft) -> tuple[_Run, _Run] | None:
    """Agent and participle of a passive pointer piece ("…. Das wurde von der Polizei
    mitgeteilt."), unless the statement has a speaker in its own sentence ("Augenzeugen
    berichteten von …. Das wurde von der Polizei bestritten.": the police answer them)."""
    pointer = draft.runs[-1]
    if not _points_back(doc, pointer):
        return None
    sentence = doc.sentence_of[draft.start]
    speaker = draft.speaker
    if speaker is not None and doc.sentence_of[speaker.start] == sentence:
        return None
    return _passive_pointer_agent(doc, pointer.start + 1)


def _speech_verb_outside_quotes(doc: Document, index: int) -> bool:
    return _speech_verb_at(doc, index) and not doc.in_quote[index]


def _attach_frame_roles(
    doc: Document, draft: _Draft, roles: list[_Run], particles: frozenset[str]
) -> None:
    cues = [role for role in roles if role.code == "CUE"]
    verbs = [cue for cue in cues if not _is_particle(doc, cue, particles)]
    draft.cue = _nearest(draft, verbs) or _nearest(draft, cues)
    if draft.cue is not None:
        draft.cue = _participle_of(doc, draft.cue) or draft.cue
        draft.particle = _particle(doc, draft.cue, cues, particles)
    draft.addressee = _nearest(draft, [role for role in roles if role.code == "ADR"])


def _perfect_frame_roles(doc: Document, comma: int) -> tuple[_Run | None, _Run | None]:
    """Subject and participle of a perfect-tense frame after the message's comma, when it is
    too long for the role tagger to see: "…, hatte die Kanzlerin bei ihrem Besuch in … gesagt"."""
    if comma + 2 >= len(doc.tokens) or doc.lower[comma] != ",":
        return None, None
    _, end = _sentence_bounds(doc, doc.sentence_of[comma])
    if not _perfect_frame(doc, comma + 1, end):
        return None, None
    # the subject ends where the circumstances begin ("bei ihrem Besuch", "am Montag")
    subject_end = next(
        (i for i in range(comma + 3, end) if doc.lower[i] in _CIRCUMSTANCE_PREPOSITIONS), end - 1
    )
    return _Run(comma + 2, subject_end, "SPK"), _Run(end - 1, end, "CUE")


def _leading_frame_roles(doc: Document, start: int) -> tuple[_Run | None, _Run | None]:
    """Subject and verb of a frame opening the message's sentence, when it is too long for the
    role tagger to see: "Der 72-jährige Kläger, ein pensionierter Lehrer aus …, hatte von
    seinen Nachbarn verlangt, …"; with no comma before an infinitive group ("Mehrere
    Abgeordnete haben dazu aufgerufen die Kontrollen zu verstärken") the participle ends it."""
    boundary = start - 1 if start > 0 and doc.lower[start - 1] == "," else start
    if boundary < 1:
        return None, None
    sentence_start = doc.sentence_starts[doc.sentence_of[start]]
    act = _quoting_act(doc, sentence_start, boundary)
    if act is not None and act[0] is not None and _act_reaches(doc, act[0], act[1], boundary):
        return act
    return (
        _intent_act(doc, sentence_start, boundary)
        or _noun_frame_act(doc, sentence_start, boundary)
        or (None, None)
    )


def _act_reaches(doc: Document, subject: _Run, cue: _Run, boundary: int) -> bool:
    """Whether the act's clause runs on to the message's comma: its verb right before it
    ("…, hatte von seinen Nachbarn verlangt, …"), or a verb-second speech verb read without a
    particle and only circumstances after it ("Der Angeklagte erklärte am Montag, …"). Not when
    a pronoun after the verb is the true subject ("Nähere Einzelheiten gab er nicht bekannt")."""
    if cue.end == boundary:
        return True
    verb = doc.lower[cue.start]
    message = boundary + 1 if doc.lower[boundary] == "," else boundary
    return (
        subject.end <= cue.start
        and message < len(doc.lower)
        and doc.lower[message] not in _UNGOVERNED_OPENERS  # "…, indem er sagte, …"
        and lexicon(doc.language).verb_medium(verb, []) is not None
        # "geriet" is no "riet", "Ins Visier … gerieten" no subject
        and not (verb.startswith("ge") and analyse(verb)[1].endswith("(FIN)"))
        and analyse(doc.lower[subject.start])[1] not in _PREPOSITION_TAGS
        and doc.lower[cue.end] not in _PRONOUN_SUBJECTS
        and not any(
            doc.lower[index] in _FRAME_GAP_BREAKS
            or doc.quote_mark[index]
            or _finite_verb(doc, index)
            for index in range(cue.end, boundary)
        )
    )


def _intent_act(doc: Document, start: int, boundary: int) -> tuple[_Run, _Run] | None:
    """Subject and cue of a frame whose word of intention governs the clause after it: "Das
    Ministerium plant, …", "Der Trainer ist zuversichtlich, …", "Der Mann bot an, …"."""
    intent = next((i for i in range(start + 1, boundary) if _intent_frame(doc, i)), None)
    if intent is None:
        return None
    subject = _frame_subject(doc, start, boundary)
    return None if subject is None else (subject, _Run(intent, intent + 1, "CUE"))


def _participle_of(doc: Document, cue: _Run) -> _Run | None:
    """ "…, hatte er in seiner Klageschrift geschrieben": the cue is the participle that
    closes the auxiliary's clause, not "hatte"."""
    if cue.end - cue.start != 1 or doc.lower[cue.start] not in _PERFECT_AUXILIARIES:
        return None
    sentence = doc.sentence_of[cue.start]
    index = cue.end
    while (
        index < len(doc.tokens)
        and doc.sentence_of[index] == sentence
        and doc.lower[index] not in CLAUSE_ENDS
    ):
        index += 1
    last = index - 1
    if last > cue.start and _frame_verb(doc, last):
        return _Run(last, last + 1, cue.code)
    return None


def _is_particle(doc: Document, run: _Run, particles: frozenset[str]) -> bool:
    return run.end - run.start == 1 and doc.lower[run.start] in particles


def _particle(doc: Document, cue: _Run, cues: list[_Run], particles: frozenset[str]) -> _Run | None:
    """The detached particle of the cue verb: a particle cue after it in its sentence."""
    sentence = doc.sentence_of[cue.start]
    for other in cues:
        later = other.start >= cue.end and doc.sentence_of[other.start] == sentence
        if later and _is_particle(doc, other, particles):
            return other
    return None


def _heading_label(doc: Document, index: int) -> bool:
    """ "Steuern: Die SPD will …": a single common noun opening a line before a colon heads a
    section of a list; it speaks no more than "Bildung:" does (a name or a role noun would)."""
    if index + 1 >= len(doc.tokens) or doc.lower[index + 1] != ":":
        return False
    start = doc.tokens[index].start
    if doc.text[max(0, start - 1) : start] not in ("", "\n"):
        return False
    return heading_noun(doc.tokens[index].text, doc.language)


def _colon_before(doc: Document, draft: _Draft) -> int | None:
    """The colon right before the message (quote marks between them skipped), if any."""
    before = draft.start - 1
    while before >= 0 and doc.quote_mark[before]:
        before -= 1
    return before if before >= 0 and doc.lower[before] == ":" else None


def _colon_frame_cue(doc: Document, draft: _Draft) -> _Run | None:
    """The speech verb of a colon frame ("In einem Gastbeitrag widersprach der Ökonom X: „…“")."""
    colon = _colon_before(doc, draft)
    if colon is None or colon - doc.sentence_starts[doc.sentence_of[colon]] > _MAX_LEADING_FRAME:
        return None
    verbs = [
        i
        for i in range(doc.sentence_starts[doc.sentence_of[colon]], colon)
        if doc.cue_medium[i] is not None and _finite_verb(doc, i)  # not "die so genannte"
    ]
    return _Run(verbs[-1], verbs[-1] + 1, "CUE") if verbs else None


def _colon_frame_speaker(doc: Document, draft: _Draft, roles: list[_Run]) -> _Run | None:
    """The speaker of a sentence ending in a colon right before the message."""
    before = _colon_before(doc, draft)
    if before is None:
        return None
    sentence = doc.sentence_of[before]
    speakers = [r for r in roles if r.code == "SPK" and doc.sentence_of[r.start] == sentence]
    if speakers:
        return speakers[-1]
    # "In seiner Radioansprache begründete der Präsident seine Position folgendermaßen:": the
    # subject of the frame's speech verb, wherever it stands
    act = _quoting_act(doc, doc.sentence_starts[sentence], before)
    if act is not None:
        return act[0]
    label = _colon_label(doc, doc.sentence_starts[sentence], before)
    if label is not None:  # "Bezirksleiterin Petra Lindner: „…“"
        return label
    subject = _colon_clause_subject(doc, doc.sentence_starts[sentence], before)
    if subject is None or draft.type is QuoteType.INDIRECT:
        return subject
    # "Herr Castellano reagierte auf X: „…“": quoted words are a person's, "Seine Zuversicht
    # begründete er so: „…“" has no speaker in first place
    named = any(doc.tag[i] == "NE" for i in range(subject.start, subject.end))
    alone = subject.end - subject.start == 1 and doc.lower[subject.start] in _COLON_PRONOUNS
    return subject if named or alone else None


#: Most words of a name that labels the quotation after its colon ("IG-Metall-Bezirksleiterin
#: Petra Lindner: „…“").
_MAX_COLON_LABEL = 6


def _colon_label(doc: Document, start: int, colon: int) -> _Run | None:
    """A sentence that is only a name, with its role, before the colon of a quotation: "Die
    Bezirksleiterin Petra Lindner: „…“"; no verb, and a name last ("Steuern:" heads a topic)."""
    if not 0 < colon - start <= _MAX_COLON_LABEL:
        return None
    # capitalised words and articles only leave no room for a verb
    if not all(
        doc.tokens[i].text[:1].isupper() or doc.lower[i] in _NOMINATIVE_DETERMINERS
        for i in range(start, colon)
    ):
        return None
    return _Run(start, colon, "SPK") if doc.tag[colon - 1] == "NE" else None


def _colon_clause_subject(doc: Document, start: int, colon: int) -> _Run | None:
    """ "Dieser reagierte gelassen: Er freue sich …": the subject opening a clause in the
    indicative before the colon of a message in Konjunktiv, a pronoun included."""
    placed = _second_place(doc, start, colon)
    if placed is None or not _finite_verb(doc, placed[0]):
        return None
    if placed[1] is None and placed[0] == start + 1 and doc.lower[start] in _COLON_PRONOUNS:
        return _Run(start, start + 1, "SPK")
    return placed[1]


#: Pronouns that can open a colon frame as its subject ("Dieser reagierte gelassen: …").
_COLON_PRONOUNS = _PRONOUN_SUBJECTS | _DEMONSTRATIVES | {"jener", "jene"}
