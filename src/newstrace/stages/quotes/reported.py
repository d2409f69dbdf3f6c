"""Reported speech: sentences the message tagger left empty whose verb reports a speech act ("Die
Gewerkschaft forderte eine schnellere Entscheidung.") become reported quotations.
"""

from __future__ import annotations

from newstrace.lang.entities import PASSIVE_AUXILIARIES
from newstrace.lang.speech import CLAUSE_ENDS, Lexicon
from newstrace.model import QuoteType
from newstrace.stages.quote_features import TYPE_CODES, Document
from newstrace.stages.quotes.drafts import _Draft, _first_finite, _Run, _sentence_bounds
from newstrace.stages.quotes.grammar import (
    _MAX_LEADING_PHRASE,
    _NO_SPEAKERS,
    _speech_act,
    _speech_act_subject,
    _subject_after,
)

#: Tokens, quote marks included, of a quoted word or two inside a sentence ("„haltlos“").
_MAX_QUOTED_WORD = 4


def _reported_drafts(
    doc: Document, drafts: list[_Draft], roles: list[_Run], words: Lexicon
) -> list[_Draft]:
    """ "Die Gewerkschaft forderte eine schnellere Entscheidung.": a sentence the message
    tagger left empty, opened by a phrase the role tagger calls a speaker and followed by a
    speech verb, or with a speech-act verb in second place ("Er kündigte eine Klage an."), is
    reported speech (the data includes subject and full stop). Quoted words and unattributed
    stretches do not keep a sentence from it."""
    covered = {
        sentence
        for draft in drafts
        if not _yields_to_speech_act(draft)
        for sentence in draft.sentences
    }
    bounds = [*doc.sentence_starts, len(doc.tokens)]
    openers = {role.start: role for role in roles if role.code == "SPK"}
    found = []
    for sentence in range(len(doc.sentence_starts)):
        start, end = bounds[sentence], bounds[sentence + 1]
        if sentence in covered:
            continue
        speaker = (
            _reported_subject(doc, openers, start, end)
            or _speech_act_subject(doc, start, end, words)
            or _passive_speech_agent(doc, sentence, words)
            or _intent_subject(doc, start, end)
        )
        if speaker is None:
            continue
        found.append(
            _Draft(
                [_Run(start, end, TYPE_CODES["Reported"])],
                QuoteType.REPORTED,
                speaker=speaker,
                sentences=frozenset({sentence}),
            )
        )
    return found


def _passive_speech_agent(doc: Document, sentence: int, words: Lexicon) -> _Run | None:
    """ "Ihr wird von den iranischen Behörden Spionage vorgeworfen.": a passive speech-act
    participle closing the sentence after a form of "werden"; its "von" agent speaks."""
    start, end = _sentence_bounds(doc, sentence)
    last = end - 1
    if last <= start or not doc.tag[last].endswith("(PP)"):
        return None
    if not words.reports(doc.lower[last], [doc.lower[last]]):
        return None
    clause = range(start, last)
    if any(doc.lower[i] in CLAUSE_ENDS for i in clause):
        return None
    auxiliary = next((i for i in clause if doc.lower[i] in PASSIVE_AUXILIARIES), None)
    agent = next((i for i in clause if doc.lower[i] in ("von", "vom")), None)
    # after the auxiliary, or opening the sentence ("Von der Opposition wurde … kritisiert");
    # elsewhere before it "von" belongs to a noun ("Der Chef von Siemens wurde …")
    if auxiliary is None or agent is None or start < agent < auxiliary:
        return None
    phrase_start = agent + (doc.lower[agent] == "von")  # "vom Gericht": the article is fused
    # the agent's head noun: the first capitalised word, with a name after it ("der Anwalt
    # Peter Kurz"); what follows is the object ("… Behörden | Spionage vorgeworfen")
    head = next((i for i in range(phrase_start, last) if doc.tokens[i].text[:1].isupper()), None)
    if head is None:
        return None
    phrase_end = head + 1
    while phrase_end < last and doc.tag[phrase_end] == "NE":
        phrase_end += 1
    return _Run(phrase_start, phrase_end, "SPK")


def _without_quoted_words_in(drafts: list[_Draft], reported: list[_Draft]) -> list[_Draft]:
    """Drop the quoted words of sentences now reported whole: they come back nested in the
    reported speech, with its speaker. An unattributed stretch tagged inside such a sentence
    goes too: the speech-act verb explains the sentence better."""
    sentences = {sentence for draft in reported for sentence in draft.sentences}
    return [d for d in drafts if not (_yields_to_speech_act(d) and d.sentences <= sentences)]


def _yields_to_speech_act(draft: _Draft) -> bool:
    """A quoted word or two, or indirect speech the taggers found without speaker, cue or
    outer quotation ("Herr X, der Sunward im Sommer verlassen hat, | bestritt das"): weaker
    evidence about its sentence than a speech-act verb there."""
    unattributed = (
        draft.type is not QuoteType.DIRECT
        and draft.speaker is None
        and draft.cue is None
        and draft.parent is None
    )
    return unattributed or _quoted_word(draft)


def _quoted_word(draft: _Draft) -> bool:
    """A quoted word or two ("wies den Bericht als „haltlos“ zurück"): it leaves its sentence
    to a speech-act verb around it."""
    return draft.type is QuoteType.DIRECT and draft.end - draft.start <= _MAX_QUOTED_WORD


def _reported_subject(doc: Document, openers: dict[int, _Run], start: int, end: int) -> _Run | None:
    """The speaker of verb-second reported speech: "X forderte …" or "Dagegen protestierte
    (auch) X …" (one word before the verb, the speaker right after it)."""
    speaker = openers.get(start)
    if speaker is not None and speaker.end < end and doc.cue_medium[speaker.end] is not None:
        return speaker
    if end - start < 4 or doc.cue_medium[start + 1] is None:
        return None
    after = start + 2 + (doc.lower[start + 2] == "auch")
    speaker = openers.get(after)
    return speaker if speaker is not None and speaker.end <= end else None


_INTENT_MODALS = frozenset({"will", "wollen"})


def _intent_subject(doc: Document, start: int, end: int) -> _Run | None:
    """ "Die SPD will am Kurs festhalten.": a declared intention is a speech act reported."""
    found = _speech_act(doc, start, end, lambda verb, _clause: doc.lower[verb] in _INTENT_MODALS)
    subject = None if found is None else found[0]
    if subject is None:  # "Als Ersatz wollen die G7-Staaten …": the subject after the modal
        subject = _subject_after_modal(doc, start, end)
    if subject is None or doc.lower[subject.start] in _NO_SPEAKERS:
        return None
    return subject


def _subject_after_modal(doc: Document, start: int, end: int) -> _Run | None:
    """The subject after an intention modal in second place, behind a fronted phrase."""
    window = range(start + 1, min(end, start + _MAX_LEADING_PHRASE))
    modal = _first_finite(doc, window)
    if modal is None or doc.lower[modal] not in _INTENT_MODALS:
        return None
    if any(doc.lower[i] in CLAUSE_ENDS for i in range(start, modal)):
        return None
    return _subject_after(doc, modal + 1 + (doc.lower[modal + 1] == "sich"), end)
