"""Quotations: who said what, to whom, how.

Two linear-chain CRFs trained on the train split of the German quotation dataset (see
``training/train_quote_tagger.py``) tag the tokens: first the message spans with their type, then
speaker, cue and addressee spans given those messages. Rules then build quotations like a small
grammar:

- a message is a run of message tokens; two runs of one type in one sentence, split only by a
  short frame ("„…“, sagte er, „…“"), are one message;
- speaker, cue and addressee come from the message's own sentences, nearest first; a free
  indirect continuation without a speaker in its sentence inherits the previous speaker;
- the frame of a direct or indirect quotation is the rest of its sentences;
- quoted fragments inside a non-direct message are nested direct quotations of the same speaker.

Where no model exists for a language, direct quotations next to a speech verb are found by rule.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import pycrfsuite  # type: ignore[import-untyped]

from newstrace.lang.speech import lexicon
from newstrace.model import Article, Quote, Span
from newstrace.options import Options
from newstrace.stages.quote_features import Document, make_document, message_features, role_features
from newstrace.stages.quotes.clauses import (
    _with_framed_clauses,
    _with_joined_continuations,
    _with_pointed_messages,
)
from newstrace.stages.quotes.continuations import (
    _with_continued_plans,
    _with_continued_reports,
    _with_hearsay_modals,
    _with_infinitive_complements,
    _with_leading_conditions,
    _with_noun_clauses,
    _with_reported_frames,
    _with_reported_rest,
)
from newstrace.stages.quotes.drafts import _Draft, _merge_runs, _Run, _runs, _two_columns
from newstrace.stages.quotes.labels import (
    _joined_one_word_runs,
    _recall_labels,
    _with_first_halves,
    _with_framed_direct,
    _with_quoted_runs_direct,
    _without_attached_clauses,
    _without_colon_frames,
    _without_heading_labels,
    _without_leading_frames,
    _without_main_clause_rest,
    _without_relative_subjects,
    _without_trailing_frames,
)
from newstrace.stages.quotes.nested import _framed_fragments, _nested_direct, _nested_reports
from newstrace.stages.quotes.reported import _reported_drafts, _without_quoted_words_in
from newstrace.stages.quotes.roles import (
    _attach_roles,
    _heading_run,
    _loud,
    _phrases,
    _quoted_phrase_tokens,
    _weak_runs,
)
from newstrace.stages.quotes.rules import _rule_drafts
from newstrace.stages.quotes.sources import (
    _acts_behind_sources,
    _anaphoric_sources,
    _framed_over_inner_sources,
    _move_opening_sources_out,
    _source_drafts,
    _take_relied_on_source,
    _widen_source_speakers,
    _with_clause_after_opening_sources,
    _with_clause_before_inner_frames,
    _with_sentence_around_inner_sources,
)
from newstrace.stages.quotes.tidy import tidy_speaker

__all__ = ["run", "tidy_speaker"]


#: A token leaves "O" when its marginal "O" probability is below this (tuned on dev).
_MESSAGE_MIN_O = 0.7
#: A fallback speaker needs at least this marginal speaker probability per token (tuned on dev).
_WEAK_SPEAKER = 0.1


@cache
def _tagger(language: str, name: str) -> pycrfsuite.Tagger | None:
    resource = resources.files("newstrace.lang").joinpath(language, name)
    if not resource.is_file():
        return None
    tagger = pycrfsuite.Tagger()
    with resources.as_file(resource) as path:
        tagger.open(str(path))
    return tagger


def _cue_media(language: str) -> dict[str, str]:
    return _two_columns(language, "cue_media.tsv")


def run(article: Article, options: Options) -> Article:
    """Fill ``article.quotes`` (ids q1, q2, … in text order)."""
    language = options.language or article.metadata.language or "de"
    sentences = article.sentences or [Span(0, len(article.text))]
    doc = make_document(article.text, sentences, language)
    if not doc.tokens:
        article.quotes = []
        return article
    message_tagger = _tagger(language, "quote_message.crfsuite")
    role_tagger = _tagger(language, "quote_roles.crfsuite")
    if message_tagger is None or role_tagger is None:
        drafts = _rule_drafts(doc, language)
    else:
        drafts = _tagged_drafts(doc, language, message_tagger, role_tagger)
    article.quotes = _to_quotes(doc, drafts, language)
    return article


def _tagged_drafts(
    doc: Document, language: str, message_tagger: pycrfsuite.Tagger, role_tagger: pycrfsuite.Tagger
) -> list[_Draft]:
    words = lexicon(language)
    base = message_features(doc, language)
    message_labels = _recall_labels(doc, message_tagger, message_tagger.tag(base), _MESSAGE_MIN_O)
    message_labels = _without_trailing_frames(doc, message_labels)
    message_labels = _without_leading_frames(doc, message_labels)
    message_labels = _without_relative_subjects(doc, message_labels)
    message_labels = _without_heading_labels(doc, message_labels)
    message_labels = _with_framed_clauses(doc, message_labels, words.konjunktiv)
    message_labels = _with_first_halves(doc, message_labels)
    message_labels = _with_framed_direct(doc, message_labels)
    message_labels = _with_quoted_runs_direct(doc, message_labels)
    message_labels = _with_pointed_messages(doc, message_labels)
    message_labels = _with_continued_reports(doc, message_labels, language)
    message_labels = _with_reported_frames(doc, message_labels, language)
    message_labels = _without_colon_frames(doc, message_labels, language)
    message_labels = _with_reported_rest(doc, message_labels)
    message_labels = _with_hearsay_modals(doc, message_labels)
    message_labels = _with_continued_plans(doc, message_labels)
    message_labels = _with_leading_conditions(doc, message_labels)
    message_labels = _with_infinitive_complements(doc, message_labels, words.konjunktiv)
    message_labels = _with_noun_clauses(doc, message_labels)
    message_labels = _without_attached_clauses(doc, message_labels, language)
    message_labels = _without_main_clause_rest(doc, message_labels)
    message_labels = _with_joined_continuations(doc, message_labels)
    role_labels = role_tagger.tag(role_features(doc, base, message_labels))
    drafts = _merge_runs(doc, _runs(_joined_one_word_runs(message_labels)))
    phrases = _quoted_phrase_tokens(doc)
    roles = [
        run
        for run in _runs(role_labels)
        if not _heading_run(doc, run) and not _loud(doc, run) and run.start not in phrases
    ]
    weak = _phrases(doc, _weak_runs(role_tagger, role_labels, "SPK", _WEAK_SPEAKER))
    weak = [run for run in weak if not _heading_run(doc, run) and run.start not in phrases]
    _attach_roles(doc, drafts, roles, weak, words)
    _move_opening_sources_out(doc, drafts, language)
    _with_clause_after_opening_sources(doc, drafts, language)
    _widen_source_speakers(doc, drafts, language)
    _with_sentence_around_inner_sources(doc, drafts, language)
    _framed_over_inner_sources(doc, drafts)
    _with_clause_before_inner_frames(doc, drafts)
    _anaphoric_sources(doc, drafts)
    drafts += _source_drafts(doc, drafts, language)
    for draft in drafts:
        _take_relied_on_source(doc, draft, words)
    reported = _reported_drafts(doc, drafts, roles, words)
    drafts = [*_without_quoted_words_in(drafts, reported), *reported]
    drafts += _acts_behind_sources(doc, drafts)
    drafts += _nested_reports(doc, drafts, language)
    drafts += _nested_direct(doc, drafts)
    drafts += _framed_fragments(doc, drafts)
    return drafts


def _medium(doc: Document, draft: _Draft, language: str) -> str:
    media = _cue_media(language)
    if draft.cue is not None:
        known = media.get(doc.lower[draft.cue.start])
        if known:
            return known
        guessed = doc.cue_medium[draft.cue.start]
        if guessed:
            return {"S": "Speech", "W": "Writing", "T": "Thought"}.get(guessed, guessed)
    return media.get(f"type:{draft.type.value}", "Speech")


def _span(doc: Document, run: _Run | None) -> Span | None:
    if run is None or run.end <= run.start:
        return None
    return Span(doc.tokens[run.start].start, doc.tokens[run.end - 1].end)


def _apart_from(addressee: _Run | None, speaker: _Run | None) -> _Run | None:
    """The addressee without the speaker it swallowed ("der russische Präsident | dem
    Tech-Milliardär"): what follows the speaker, or nothing."""
    if addressee is None or speaker is None:
        return addressee
    if addressee.end <= speaker.start or addressee.start >= speaker.end:
        return addressee
    if addressee.end > speaker.end:
        return _Run(speaker.end, addressee.end, addressee.code)
    return None


def _to_quotes(doc: Document, drafts: list[_Draft], language: str) -> list[Quote]:
    ordered = sorted(drafts, key=lambda draft: (draft.start, -draft.end))
    ids = {id(draft): f"q{number}" for number, draft in enumerate(ordered, start=1)}
    quotes = []
    for draft in ordered:
        message = [span for span in (_span(doc, run) for run in draft.runs) if span is not None]
        quotes.append(
            Quote(
                id=ids[id(draft)],
                message=message,
                type=draft.type,
                medium=_medium(doc, draft, language),
                speaker=_span(doc, draft.speaker),
                cue=_span(doc, draft.cue),
                cue_particle=_span(doc, draft.particle),
                frame=_span(doc, draft.frame),
                addressee=_span(doc, _apart_from(draft.addressee, draft.speaker)),
                nested_in=None if draft.parent is None else ids[id(draft.parent)],
            )
        )
    return quotes
