"""Nested quotations: a report inside a report ("…, der Sprecher habe gesagt, …"), and quoted
direct speech or framed fragments inside a message.
"""

from __future__ import annotations

from newstrace.lang.hanta import analyse
from newstrace.lang.mood import reported_speech_form
from newstrace.lang.speech import CLAUSE_ENDS, SOLLEN_FORMS
from newstrace.model import QuoteType
from newstrace.stages.quote_features import TYPE_CODES, Document, quote_pairs
from newstrace.stages.quotes.drafts import (
    _CIRCUMSTANCE_PREPOSITIONS,
    _MIN_NESTED_MESSAGE,
    _PHRASE_OPENERS,
    _PLAIN_ADVERB_TAGS,
    _REPORTING_TYPES,
    _SENTENCE_FINAL,
    _SUBORDINATORS,
    _Draft,
    _Run,
    _sentence_end,
    _speech_verb_at,
)
from newstrace.stages.quotes.grammar import _subject_after
from newstrace.stages.quotes.phrases import _is_title, _strip_edges

#: Longest frame opening a reported message that reports someone else in turn ("der frühere
#: Finanzchef von Sunward, Herr Alan Whitcombe, habe ihr bereits im Frühjahr erzählt, …").
_MAX_NESTED_FRAME = 24
#: Subjects that report nothing themselves ("es habe geheißen").
_IMPERSONAL_SUBJECTS = frozenset({"es", "dies", "das"})


def _nested_reports(doc: Document, drafts: list[_Draft], language: str) -> list[_Draft]:
    """Reported speech that reports someone else: "Lindqvist schrieb, ein Monteur habe ihm
    berichtet, sein Vorgesetzter habe erklärt, die Abschaltung sei zu teuer" holds the
    Monteur's message, which holds the Vorgesetzter's. Each level is a quotation nested in the
    one before, its speaker the subject of the Konjunktiv frame that opens the outer message."""
    starts = {draft.start for draft in drafts}
    nested: list[_Draft] = []
    pending = [d for d in drafts if d.type in _REPORTING_TYPES]
    while pending:
        draft = pending.pop()
        for opening in _sentence_openings(doc, draft):
            found = _nested_frame(doc, opening, language)
            if found is None or found[2].start in starts:  # none, or the tagger found it
                continue
            speaker, cue, message = found
            child = _Draft(
                [message],
                QuoteType.INDIRECT,
                speaker=speaker,
                cue=cue,
                frame=_Run(speaker.start, cue.end + 1, "FRM"),
                parent=draft,
                sentences=draft.sentences,
            )
            starts.add(message.start)
            nested.append(child)
            pending.append(child)
    return nested


def _sentence_openings(doc: Document, draft: _Draft) -> list[_Run]:
    """The message's first run, and the message from each later sentence it holds from the
    sentence's start to that sentence's end: "Müller sagte, die Lage sei ernst. Schmidt habe ihm
    berichtet, das Werk werde geschlossen" reports Schmidt in its second sentence."""
    openings = [draft.runs[0]]
    for run in draft.runs:
        for index in range(max(run.start, draft.start + 1), run.end):
            sentence = doc.sentence_of[index]
            if doc.sentence_starts[sentence] != index:
                continue
            stop = _sentence_end(doc, sentence)
            end = max(min(other.end, stop) for other in draft.runs if other.start < stop)
            openings.append(_Run(index, end, run.code))
    return openings


def _nested_frame(doc: Document, run: _Run, language: str) -> tuple[_Run, _Run, _Run] | None:
    """Speaker, cue and message of a frame "<subject> <Konjunktiv> … <speech verb>, …" that
    opens ``run``."""
    # "dass …", "doch dieser habe nur gesagt, …": the frame's subject after the joiner
    start = run.start + (doc.lower[run.start] in _NESTED_FRAME_JOINERS)
    if doc.lower[start] in _INVERTED_AUXILIARIES:
        return _inverted_nested_frame(doc, run, start)
    if doc.lower[start] in _IMPERSONAL_SUBJECTS or not _opens_phrase(doc, start):
        return None
    for comma in range(start + 2, min(run.end, start + _MAX_NESTED_FRAME)):
        word = doc.lower[comma]
        if word in _SENTENCE_FINAL or doc.quote_mark[comma] or doc.in_quote[comma]:
            return None
        verb = comma - 1
        if word != "," or doc.cue_medium[verb] is None or not doc.tokens[verb].text.islower():
            continue
        finite = next(
            (
                index
                for index in range(start + 1, verb + 1)
                if reported_speech_form(doc.tokens[index].text, language)
            ),
            None,
        )
        # "habe … erzählt": a finite Konjunktiv alone ("Sie wisse, dass …") is the outer
        # speaker's own thought, not a report of someone else
        if finite is None or finite == verb or "," in doc.lower[finite:verb]:
            return None
        # "Ferner habe die Studie festgestellt", "Dort habe ihm ein Beamter gesagt": the
        # subject follows the verb; after a noun ("Manager hätten die Mitarbeiter angewiesen")
        # the phrase is an object
        if finite == start + 1 and analyse(doc.lower[start])[1] in _ADVERB_TAGS:
            return None
        subject_end = finite - (doc.lower[finite - 1] == ",")
        if subject_end <= start:
            return None
        found = _nested_roles(doc, _Run(start, subject_end, "SPK"), comma, run)
        if found is not None and doc.lower[found[2].start] in _CLAUSE_JOINERS:
            # "X habe ihn auf Y hingewiesen, doch dieser habe gesagt, …": no message of X
            # follows the comma but a clause of its own, which may frame one
            return _nested_frame(doc, found[2], language)
        return found
    return None


def _nested_roles(
    doc: Document, speaker: _Run, comma: int, run: _Run, verb: int | None = None
) -> tuple[_Run, _Run, _Run] | None:
    """Speaker, cue (``verb``, by default the word before ``comma``) and the message after the
    comma, which must be long enough to stand as a quotation of its own."""
    message_start, message_end = _strip_edges(doc, comma + 1, run.end)
    if message_end - message_start < _MIN_NESTED_MESSAGE:
        return None
    if doc.lower[message_start] in _NO_NESTED_MESSAGE_OPENERS:
        return None  # "… Gerüchte verbreitet haben, sodass …": a consequence, not the words
    verb = comma - 1 if verb is None else verb
    cue = _Run(verb, verb + 1, "CUE")
    return speaker, cue, _Run(message_start, message_end, TYPE_CODES["Indirect"])


#: Words opening an adverbial clause, which is no message of the verb before it.
_NO_NESTED_MESSAGE_OPENERS = (_SUBORDINATORS - {"ob"}) | {"sodass", "um"}
#: Words joining a main clause to the one before ("…, doch dieser habe gesagt, …").
_CLAUSE_JOINERS = frozenset({"doch", "aber", "und", "sondern"})
#: Words before the subject of a nested frame opening a message ("doch dieser habe gesagt, …").
_NESTED_FRAME_JOINERS = _CLAUSE_JOINERS | {"dass"}
_ADVERB_TAGS = _PLAIN_ADVERB_TAGS | {"ADJ(D)"}

#: Finite auxiliaries that open a message before its subject, after a "wie" frame or a
#: source ("Wie der Guardian berichtet, | hat Johnson … geschrieben, …"; "Dem Bericht
#: zufolge | soll X … gesagt haben, …").
_HEARSAY_OPENERS = SOLLEN_FORMS
_INVERTED_AUXILIARIES = frozenset({"hat", "hatte", "habe", "hätte"}) | _HEARSAY_OPENERS


def _inverted_nested_frame(doc: Document, run: _Run, start: int) -> tuple[_Run, _Run, _Run] | None:
    """Speaker, cue and message of "hat <subject> … <speech participle>, …" opening ``run``:
    the outer source reports that the subject said something, which is a quotation too."""
    subject = _subject_after(doc, start + 1, run.end)
    if subject is None or doc.lower[subject.start] in _IMPERSONAL_SUBJECTS:
        return None
    # "Boris Johnson | in einer privaten Nachricht": a preposition ends the subject
    cut = next(
        (
            i
            for i in range(subject.start + 1, subject.end)
            if doc.lower[i] in _CIRCUMSTANCE_PREPOSITIONS | {"in", "im"}
        ),
        subject.end,
    )
    subject = _Run(subject.start, cut, "SPK")
    for comma in range(subject.end + 1, min(run.end, start + _MAX_NESTED_FRAME)):
        word = doc.lower[comma]
        if word in _SENTENCE_FINAL or doc.quote_mark[comma] or doc.in_quote[comma]:
            return None
        if word != ",":
            continue
        # "soll X … gesagt haben, …": the participle before the infinitive is the cue
        hearsay = doc.lower[start] in _HEARSAY_OPENERS and doc.lower[comma - 1] == "haben"
        verb = comma - 1 - hearsay
        if doc.cue_medium[verb] is None or not doc.tokens[verb].text.islower():
            return None  # the first comma closes the frame or there is none
        return _nested_roles(doc, subject, comma, run, verb)
    return None


def _opens_phrase(doc: Document, index: int) -> bool:
    """A noun phrase can start here: a capitalised word, a determiner or a pronoun."""
    return doc.tokens[index].text[:1].isupper() or doc.lower[index] in _PHRASE_OPENERS


def _nested_direct(doc: Document, drafts: list[_Draft]) -> list[_Draft]:
    nested = []
    taken: set[tuple[int, int]] = set()
    # a quoted fragment belongs to the innermost message holding it
    for draft in sorted(drafts, key=lambda d: sum(run.end - run.start for run in d.runs)):
        if draft.type is QuoteType.DIRECT:
            continue
        for run in draft.runs:
            for opening, closing in quote_pairs(doc, run.start, run.end):
                if (
                    (opening, closing + 1) == (run.start, run.end)
                    or _is_title(doc, opening, closing)
                    or (opening, closing) in taken
                ):
                    continue
                taken.add((opening, closing))
                child = _Draft(
                    [_Run(opening, closing + 1, TYPE_CODES["Direct"])],
                    QuoteType.DIRECT,
                    speaker=draft.speaker,
                    cue=draft.cue,
                    particle=draft.particle,
                    addressee=draft.addressee,
                    frame=draft.frame,
                    parent=draft,
                    sentences=draft.sentences,
                )
                nested.append(child)
    return nested


#: Tokens between a speech verb and the quoted words it takes up ("sprachen von einem „…“").
_MAX_FRAGMENT_OBJECT_GAP = 3


def _framed_fragments(doc: Document, drafts: list[_Draft]) -> list[_Draft]:
    """Quoted words that a speech verb in another quotation's frame takes up: "X sprachen von
    einem „Dammbruch“ und forderten die Regierung auf, … zu …" are X's words as well, with
    that verb as their cue."""
    found = []
    quoted = {i for draft in drafts for run in draft.runs for i in range(run.start, run.end)}
    for draft in drafts:
        if draft.frame is None or draft.speaker is None:
            continue
        for opening, closing in quote_pairs(doc, draft.frame.start, draft.frame.end):
            if opening in quoted or _is_title(doc, opening, closing):
                continue
            verb = _fragment_verb(doc, draft.frame, opening, closing)
            if verb is None:
                continue
            found.append(
                _Draft(
                    [_Run(opening, closing + 1, TYPE_CODES["Direct"])],
                    QuoteType.DIRECT,
                    speaker=draft.speaker,
                    cue=_Run(verb, verb + 1, "CUE"),
                    sentences=draft.sentences,
                )
            )
            quoted.update(range(opening, closing + 1))
    return found


def _fragment_verb(doc: Document, frame: _Run, opening: int, closing: int) -> int | None:
    """The speech verb that takes up quoted words as its object: before them ("sprachen von
    einem „Dammbruch“") or, verb-final, after them ("hatte von einer „Verhöhnung“
    gesprochen"), with no clause end between."""
    before = range(opening - 1, max(frame.start, opening - 2 - _MAX_FRAGMENT_OBJECT_GAP), -1)
    after = range(closing + 1, min(frame.end, closing + 2 + _MAX_FRAGMENT_OBJECT_GAP))
    for reach in (before, after):
        verb = next((i for i in reach if _speech_verb_at(doc, i)), None)
        if verb is None:
            continue
        gap = range(verb, opening) if verb < opening else range(closing, verb)
        if not any(doc.lower[i] in CLAUSE_ENDS for i in gap):
            return verb
    return None
