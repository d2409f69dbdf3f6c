"""Roles: speaker, cue, particle, addressee and frame of every draft, from the role tagger's runs
and the frames, subjects and sources around the message.
"""

from __future__ import annotations

from collections.abc import Sequence

import pycrfsuite  # type: ignore[import-untyped]

from newstrace.lang.entities import PREPOSITIONS, adjective_laut
from newstrace.lang.mood import reported_speech_form
from newstrace.lang.speech import CLAUSE_ENDS, Lexicon
from newstrace.model import QuoteType
from newstrace.stages.quote_features import PRONOUNS, Document, quote_pairs
from newstrace.stages.quotes.drafts import (
    _REPORTING_TYPES,
    _SENTENCE_FINAL,
    _Draft,
    _frame,
    _inside_message,
    _near,
    _nearest,
    _nearest_run,
    _reaches_into,
    _Run,
    _sentence_end,
)
from newstrace.stages.quotes.frames import (
    _FRAMED_TYPES,
    _GENITIVE_OPENERS,
    _attach_frame_roles,
    _closing_so_frame,
    _colon_frame_cue,
    _colon_frame_speaker,
    _heading_label,
    _leading_frame_roles,
    _noun_frame_roles,
    _passive_auxiliary_in,
    _passive_pointer_agent,
    _passive_pointer_roles,
    _perfect_frame_roles,
    _pointed_back_at,
)
from newstrace.stages.quotes.grammar import _MAX_LEADING_PHRASE, _quoting_act, _speech_act_subject
from newstrace.stages.quotes.phrases import _is_title, _is_verb_or_end, _source_phrase
from newstrace.stages.quotes.subjects import (
    _answering_subject,
    _auxiliary_subject,
    _circumstance,
    _dative_object,
    _fronted_subject,
    _introducing_subject,
    _nominative_before,
    _opening_subject,
    _opening_subject_of,
    _owned_relative_subject,
    _pronoun_after_verb,
    _shared_subject,
    _subject_before_verb,
    _subjects_in,
    _whole_subject,
)
from newstrace.stages.quotes.tidy import tidy_speaker

#: Only these continue an earlier speaker's statement across sentences (the others name theirs).
_INHERITING_TYPES = frozenset(
    {QuoteType.FREE_INDIRECT, QuoteType.INDIRECT_FREE_INDIRECT, QuoteType.DIRECT}
)
#: Tokens after a speaker searched for "unter Berufung auf" ("Bloomberg am Montag unter …").
_MAX_CITATION_GAP = 6


def _attach_roles(
    doc: Document,
    drafts: list[_Draft],
    roles: list[_Run],
    weak: list[_Run],
    words: Lexicon,
) -> None:
    previous_speaker: _Run | None = None
    previous: _Draft | None = None
    for draft in drafts:
        near = _near(roles, draft)
        in_sentences = [role for role in near if doc.sentence_of[role.start] in draft.sentences]
        outside = _outside(doc, draft, near)
        if draft.type in _FRAMED_TYPES:
            _attach_frame_roles(doc, draft, outside, words.particles)
        draft.speaker = _pick_speaker(doc, draft, in_sentences)
        passive = _passive_pointer_roles(doc, draft)
        if passive is not None:  # "…. Das wurde von der Polizei mitgeteilt.": the agent speaks
            draft.speaker, draft.cue = passive
        if draft.speaker is None and draft.cue is not None:
            before = _nominative_before(doc, draft.cue)
            if before is not None and _inside_message(draft, before):
                before = None  # "Das sei der stärkste Anstieg, hieß es": the message's own subject
            # "Die Gewerkschaft hat ihren Streik gegen die Bahn angekündigt": the subject opens
            # the clause before the auxiliary; the later "die Bahn" is an object
            draft.speaker = (
                _auxiliary_subject(doc, draft.cue) or before or _opening_subject_of(doc, draft.cue)
            )
        if draft.speaker is None:
            draft.speaker = _colon_frame_speaker(doc, draft, near)
        if draft.speaker is None and draft.cue is None and draft.type in _FRAMED_TYPES:
            # "Die Polizei hat die Bevölkerung gewarnt, …": a frame verb of the clause before
            # the message names its subject, before any half-believed phrase does
            speaker, cue = _leading_frame_roles(doc, draft.start)
            if cue is not None and doc.tokens[cue.start].text.islower():  # a verb, no noun
                draft.speaker, draft.cue = speaker, cue
        if draft.speaker is None:
            # A phrase the role tagger half believed in beats no speaker at all.
            # (weak runs were read before the rules relabelled the message: none may reach
            # into a framed one)
            candidates = [
                r
                for r in _near(weak, draft)
                if doc.sentence_of[r.start] in draft.sentences
                and not (draft.type in _FRAMED_TYPES and _reaches_into(draft, r))
            ]
            draft.speaker = _pick_speaker(doc, draft, candidates)
        if draft.speaker is None and draft.type is QuoteType.REPORTED:
            sentence = doc.sentence_of[draft.start]
            draft.speaker = _opening_subject(doc, draft.start) or _speech_act_subject(
                doc, doc.sentence_starts[sentence], _sentence_end(doc, sentence), words
            )
        if draft.speaker is None and draft.cue is None and draft.type is QuoteType.DIRECT:
            # "Trainer X lobte sein Team für eine „nahezu perfekte Halbzeit“": the words are
            # the subject's, whose speech act frames them
            sentence = doc.sentence_of[draft.start]
            act = _quoting_act(doc, doc.sentence_starts[sentence], _sentence_end(doc, sentence))
            if act is not None and act[0] is not None:
                draft.speaker, draft.cue = act
        if draft.speaker is None and draft.cue is None and draft.type in _FRAMED_TYPES:
            draft.speaker, draft.cue = _perfect_frame_roles(doc, draft.end)
        if draft.speaker is None and draft.cue is None and draft.type in _FRAMED_TYPES:
            draft.speaker, draft.cue = _leading_frame_roles(doc, draft.start)
        if draft.speaker is None and draft.cue is None:
            _take_cataphoric_roles(doc, draft, roles)
        if draft.cue is None and draft.type in _FRAMED_TYPES:
            draft.cue = _colon_frame_cue(doc, draft)
        if draft.cue is None and draft.type in _REPORTING_TYPES and _closing_so_frame(doc, draft):
            # "Das sei notwendig, so Konzernchef Blume.": framed, so indirect speech
            draft.cue = _Run(draft.end + 1, draft.end + 2, "CUE")
            draft.type = QuoteType.INDIRECT
        asked = _asker(doc, draft)
        if asked is not None:  # "Auf die Frage eines Lesers, ob …": the question is the reader's
            draft.cue, draft.speaker = asked
            draft.particle = None
        if draft.cue is not None:
            draft.speaker = _shared_subject(doc, draft, draft.cue) or draft.speaker
        if draft.speaker is not None:
            _tidy_draft_speaker(doc, draft)
        if draft.speaker is not None and draft.cue is not None:
            draft.speaker = _whole_subject(doc, draft.speaker, draft.cue)
            draft.speaker = _owned_relative_subject(doc, draft.cue) or draft.speaker
        if draft.speaker is not None:
            draft.speaker = _subject_before_verb(doc, draft.speaker) or draft.speaker
            draft.speaker = _pronoun_after_verb(doc, draft.speaker) or draft.speaker
        if draft.speaker is not None:
            draft.speaker = _cited_source(doc, draft.speaker, words) or draft.speaker
        if draft.speaker is not None and draft.cue is not None:
            draft.speaker = _without_passive_subject(doc, draft.speaker, draft.cue, words)
        noun_frame = _noun_frame_roles(doc, draft)
        if noun_frame is not None:
            draft.speaker, draft.cue = noun_frame
        if draft.speaker is None and draft.type in _INHERITING_TYPES:
            draft.speaker = (
                _introducing_subject(doc, draft, previous, roles)
                or _answering_subject(doc, previous)
                or previous_speaker
            )
        if draft.type in _FRAMED_TYPES and (draft.cue is not None or draft.speaker is not None):
            draft.frame = _frame(doc, draft)
        previous_speaker = draft.speaker or previous_speaker
        previous = draft


def _quoted_phrase_tokens(doc: Document) -> set[int]:
    """Tokens inside quoted phrases that hold no verb and name nothing ("von einer „Verhöhnung
    der Klassiker“"): nobody speaks from in there, unlike a quoted name ("die „Bild“")."""
    return {
        index
        for opening, closing in quote_pairs(doc, 0, len(doc.tokens))
        if not _is_title(doc, opening, closing)
        and not any(_is_verb_or_end(doc, i) for i in range(opening + 1, closing))
        for index in range(opening + 1, closing)
    }


def _loud(doc: Document, run: _Run) -> bool:
    """A role run that is only the adjective "laut" ("Kritik, die laut geworden war")."""
    following = doc.lower[run.end] if run.end < len(doc.lower) else "."
    return run.end - run.start == 1 and adjective_laut(doc.lower[run.start], following)


def _without_passive_subject(
    doc: Document, speaker: _Run, cue: _Run, words: Lexicon
) -> _Run | None:
    """ "Die Anwohner wurden gebeten, …", "Er wird verdächtigt, …": the subject of a passive
    speech verb is whom the act concerns, not who speaks; a phrase after a preposition (the
    agent, a document) still speaks. Quoting is the exception: in "X wird mit den Worten
    zitiert" X speaks."""
    clause = _passive_clause(doc, cue, words)
    if clause is None or not clause.start <= speaker.start < cue.start:
        return speaker
    # "von der Polizei", "in einer Anweisung der Botschaft": a phrase after a preposition is
    # no subject; it names who acts
    governed = any(doc.lower[i] in PREPOSITIONS for i in (speaker.start - 1, speaker.start))
    return speaker if governed else None


def _passive_clause(doc: Document, cue: _Run, words: Lexicon) -> range | None:
    """The clause up to ``cue`` when the cue is a speech verb's participle after a form of
    "werden" in it."""
    last = cue.end - 1
    if not doc.tag[last].endswith("(PP)") or (doc.lower[last],) in words.citing:
        return None
    clause_start = doc.sentence_starts[doc.sentence_of[last]]
    for index in range(clause_start, last):
        if doc.lower[index] in CLAUSE_ENDS:
            clause_start = index + 1
    clause = range(clause_start, last)
    return clause if _passive_auxiliary_in(doc, clause) else None


def _cited_source(doc: Document, speaker: _Run, words: Lexicon) -> _Run | None:
    """ "die Agentur Bloomberg (am Montag) unter Berufung auf Insider": the one cited is the
    speaker, the outlet only relays (the chains stage puts it back in the chain); papers
    ("unter Berufung auf Handelsdokumente") leave the outlet the speaker."""
    last = min(len(doc.tokens), speaker.end + _MAX_CITATION_GAP)
    for index in range(speaker.start, last):
        if index >= speaker.end and doc.lower[index] in CLAUSE_ENDS:
            return None
        phrase = next((p for p in words.citing if _words_at(doc, index, p)), None)
        if phrase is None:
            continue
        start = index + len(phrase)
        end = _source_phrase(doc, start, min(len(doc.tokens), start + _MAX_LEADING_PHRASE))
        if end is None or doc.lower[end - 1].endswith(words.documents):
            return None
        return _Run(start, end, "SPK")
    return None


def _words_at(doc: Document, index: int, phrase: tuple[str, ...]) -> bool:
    return tuple(doc.lower[index : index + len(phrase)]) == phrase


def _take_cataphoric_roles(doc: Document, draft: _Draft, roles: list[_Run]) -> None:
    """Cue and speaker of the next sentence when it points back at the message: "… auf rund
    zehn Millionen Euro. Das bestätigte der Präsident Indonesiens." """
    after = draft.end
    while after < len(doc.tokens) and (
        doc.lower[after] in _SENTENCE_FINAL or doc.quote_mark[after]
    ):
        after += 1
    if after >= len(doc.tokens) or doc.sentence_starts[doc.sentence_of[after]] != after:
        return
    sentence = doc.sentence_of[after]
    if not _pointed_back_at(doc, sentence - 1):
        return
    verb = after + 1
    passive = _passive_pointer_agent(doc, verb)
    if passive is not None:  # "Das wurde von der Polizei mitgeteilt."
        draft.speaker, draft.cue = passive
        return
    speakers = _subjects_in(doc, _near(roles, draft), sentence, after=verb)
    if speakers:
        draft.cue = _Run(verb, verb + 1, "CUE")
        draft.speaker = speakers[0]


def _asker(doc: Document, draft: _Draft) -> tuple[_Run, _Run] | None:
    """Cue and speaker of an "ob" question framed by "Frage" + genitive or "von" phrase:
    "Auf die Frage eines Reporters, ob …" (the answer after it is someone else's)."""
    comma = draft.start - 1
    if doc.lower[draft.start] != "ob" or comma < 1 or doc.lower[comma] != ",":
        return None
    floor = max(doc.sentence_starts[doc.sentence_of[draft.start]], comma - 12)
    for index in range(comma - 1, floor - 1, -1):
        if doc.lower[index] in CLAUSE_ENDS:
            return None
        if doc.lower[index].endswith("frage") and doc.tokens[index].text[:1].isupper():
            opener = doc.lower[index + 1] if index + 1 < comma else ""
            if opener not in _GENITIVE_OPENERS:
                return None
            return _Run(index, index + 1, "CUE"), _Run(index + 1, comma, "SPK")
    return None


def _tidy_draft_speaker(doc: Document, draft: _Draft) -> None:
    assert draft.speaker is not None
    cue = None if draft.cue is None else draft.cue.start
    speaker, addressee = tidy_speaker(doc, draft.speaker.start, draft.speaker.end, cue)
    draft.speaker = None if speaker is None else _Run(*speaker, "SPK")
    if addressee is not None and draft.addressee is None:
        draft.addressee = _Run(*addressee, "ADR")


def _outside(doc: Document, draft: _Draft, roles: list[_Run]) -> list[_Run]:
    """Roles in the draft's sentences but outside its message."""
    return [
        role
        for role in roles
        if doc.sentence_of[role.start] in draft.sentences and not _inside_message(draft, role)
    ]


def _pick_speaker(doc: Document, draft: _Draft, in_sentences: list[_Run]) -> _Run | None:
    speakers = [
        role
        for role in in_sentences
        if role.code == "SPK"
        and not _dative_object(doc, role)
        and (draft.type is QuoteType.REPORTED or not _inside_message(draft, role))
    ]
    # "am Wochenende", "auf Twitter": a circumstance is no speaker while a subject is at hand.
    subjects = [role for role in speakers if not _circumstance(doc, role)]
    speakers = subjects or speakers
    # The speaker is the subject of the cue verb: nearest to the cue when there is one.
    if draft.cue is not None:
        return _fronted_subject(doc, draft.cue, speakers) or _nearest_run(draft.cue, speakers)
    # "…, die Nachfrage breche jedoch ein": with no cue, the subject of a verb in the mood of
    # reported speech is part of what was reported.
    return _nearest(draft, [role for role in speakers if not _reported_subject_of(doc, role)])


def _reported_subject_of(doc: Document, role: _Run) -> bool:
    return role.end < len(doc.tokens) and reported_speech_form(
        doc.tokens[role.end].text, doc.language
    )


def _weak_runs(
    tagger: pycrfsuite.Tagger, labels: Sequence[str], code: str, min_probability: float
) -> list[_Run]:
    """``code`` runs over "O" tokens whose marginal ``code`` probability reaches the bar.

    Must run right after ``tagger.tag``.
    """
    flags = [
        label == "O"
        and tagger.marginal("B-" + code, index) + tagger.marginal("I-" + code, index)
        >= min_probability
        for index, label in enumerate(labels)
    ]
    runs = []
    start = -1
    for index, flag in enumerate([*flags, False]):
        if flag and start < 0:
            start = index
        elif not flag and start >= 0:
            runs.append(_Run(start, index, code))
            start = -1
    return runs


def _phrases(doc: Document, runs: list[_Run]) -> list[_Run]:
    """Weak runs trimmed to end in a capitalised word or a pronoun; a lone capitalised word
    opening its sentence is kept only if the text never writes it in lower case ("Danach",
    "Insbesondere" are adverbs, "Celebi" a name)."""
    lowered = {
        word for word, token in zip(doc.lower, doc.tokens, strict=True) if token.text.islower()
    }
    kept = []
    for run in runs:
        end = run.end
        while end > run.start and not _phrase_final(doc, end - 1):
            end -= 1
        if end == run.start:
            continue
        lone = end - run.start == 1 and doc.sentence_starts[doc.sentence_of[run.start]] == run.start
        if lone and doc.lower[run.start] in lowered and doc.lower[run.start] not in PRONOUNS:
            continue
        kept.append(_Run(run.start, end, run.code))
    return kept


def _phrase_final(doc: Document, index: int) -> bool:
    return doc.tokens[index].text[:1].isupper() or doc.lower[index] in PRONOUNS


def _heading_run(doc: Document, run: _Run) -> bool:
    return run.code == "SPK" and run.end == run.start + 1 and _heading_label(doc, run.start)
