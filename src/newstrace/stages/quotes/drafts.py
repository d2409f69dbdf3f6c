"""Quotations under construction: the run and draft types, BIO runs and drafts made of them,
and the sentence, verb and word helpers that every pass of the quotation stage shares.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache

from newstrace.lang import optional_lines
from newstrace.lang.hanta import analyse
from newstrace.lang.mood import konjunktiv_one
from newstrace.lang.speech import CLAUSE_ENDS
from newstrace.model import QuoteType
from newstrace.stages.quote_features import TYPE_CODES, Document

_TYPE_OF_CODE = {code: QuoteType(name) for name, code in TYPE_CODES.items()}
#: Two message runs of one type merge across at most this many frame tokens.
_MAX_MERGE_GAP = 14
#: A message has at most this many pieces (the dataset has three at most).
_MAX_PIECES = 3
_SENTENCE_FINAL = frozenset(".!?")
#: Roles and frames are looked for within this many tokens of a message (keeps a 2 MB
#: paragraph linear: no message scans every role of its sentence).
_ROLE_WINDOW = 80
_NOMINATIVE_DETERMINERS = frozenset({"der", "die", "das", "ein", "eine"})
_SOURCE_PREPOSITIONS = frozenset({"nach", "laut"})
#: Words joining two verb phrases of one subject ("wies … zurück und bezeichnete …").
_VERB_JOINERS = frozenset({"und", "sowie", "aber"})
#: Words that let another clause start between a frame's subject or verb and its message.
_FRAME_GAP_BREAKS = _VERB_JOINERS | CLAUSE_ENDS | {"oder", "–"}
_SOURCE_POSTPOSITIONS = frozenset({"nach", "zufolge"})
_SOURCE_WORDS = _SOURCE_PREPOSITIONS | _SOURCE_POSTPOSITIONS

#: Finite auxiliaries and modals: a speaker phrase never holds one ("Sein Beitrag wurde …").
_FINITE = frozenset(
    "ist sind war waren wird werden wurde wurden hat haben hatte hatten habe sei seien kann "
    "konnte können konnten muss musste müssen mussten soll sollte sollen sollten will wollte "
    "wollen wollten ließ ließen lässt".split()
)
#: A dative article inside a speaker phrase opens the addressee ("… Lorenzen dem Sender").
_DATIVE_ARTICLES = frozenset({"dem", "einem"})
#: Prepositions whose phrase is a place, a time or a channel, never the speaker, when the clause
#: has another candidate ("am Wochenende", "auf Twitter"; "in/von/aus" can name sources).
_CIRCUMSTANCE_PREPOSITIONS = frozenset(
    "am an auf bei beim über seit mit vor um zum zur unter während gegen durch für".split()
)
#: Fewest tokens of a message a nested frame leaves to its own message.
_MIN_NESTED_MESSAGE = 3
_REPORTING_TYPES = frozenset({QuoteType.INDIRECT, QuoteType.INDIRECT_FREE_INDIRECT})
_SUBORDINATORS = frozenset(
    "wenn falls als ob weil da nachdem obwohl sobald solange bevor während seit damit".split()
)
#: Words that open a dependent clause or an indirect question ("Warum die Wahl … fiel, …").
_DEPENDENT_OPENERS = _SUBORDINATORS | frozenset(
    "dass warum wieso weshalb wer was wo wann wie welche welcher welches".split()
)
_POSSESSIVES = frozenset("mein meine dein deine sein seine ihr ihre unser unsere euer".split())
#: Prepositions of a passive's agent: "von der Polizei mitgeteilt".
_AGENT_PREPOSITIONS = frozenset({"von", "vom"})
#: Demonstratives that open a sentence crediting the one before: "Das teilte die Polizei mit."
_BACK_POINTERS = frozenset({"dies", "das", "dieses"})
#: Words that open a noun phrase in lower case: the subject of a nested frame ("sein Vorgesetzter
#: habe erklärt, …"), with demonstratives standing for a person just named ("doch dieser habe
#: gesagt, …").
_DEMONSTRATIVES = frozenset({"dieser", "diese"})
_PHRASE_OPENERS = _NOMINATIVE_DETERMINERS | _POSSESSIVES | _DEMONSTRATIVES | {"er", "sie", "man"}


@dataclass(frozen=True, slots=True)
class _Run:
    """A half-open token range ``[start, end)`` with a label code."""

    start: int
    end: int
    code: str

    def distance(self, other: _Run) -> int:
        if other.end <= self.start:
            return self.start - other.end
        return other.start - self.end if other.start >= self.end else 0


@dataclass(slots=True)
class _Draft:
    """A quotation under construction, in token indices."""

    runs: list[_Run]
    type: QuoteType
    speaker: _Run | None = None
    cue: _Run | None = None
    particle: _Run | None = None
    addressee: _Run | None = None
    frame: _Run | None = None
    parent: _Draft | None = None
    sentences: frozenset[int] = field(default_factory=frozenset)

    @property
    def start(self) -> int:
        return self.runs[0].start

    @property
    def end(self) -> int:
        return self.runs[-1].end


@cache
def _two_columns(language: str, name: str) -> dict[str, str]:
    """First column to second of a tab-separated data file of the language pack."""
    pairs = (line.split("\t") for line in optional_lines(language, name))
    return {pair[0]: pair[1] for pair in pairs if len(pair) == 2}


def _run_labels(code: str, start: int, end: int) -> list[str]:
    """BIO labels of one message run of type ``code`` over tokens ``[start, end)``."""
    return [f"B-{code}"] + [f"I-{code}"] * (end - start - 1)


#: Present forms of "sollen" that, with a perfect infinitive, report hearsay.
_HEARSAY_MODALS = frozenset({"soll", "sollen"})


def _sentence_end(doc: Document, number: int) -> int:
    if number + 1 < len(doc.sentence_starts):
        return doc.sentence_starts[number + 1]
    return len(doc.tokens)


def _sentence_bounds(doc: Document, number: int) -> tuple[int, int]:
    """Token range of sentence ``number`` without its final punctuation and quote marks."""
    start = doc.sentence_starts[number]
    end = _sentence_end(doc, number)
    while end > start and (doc.lower[end - 1] in _SENTENCE_FINAL or doc.quote_mark[end - 1]):
        end -= 1
    return start, end


def _finite_verb(doc: Document, index: int) -> bool:
    text = doc.tokens[index].text
    return text.islower() and analyse(text)[1].endswith("(FIN)")


def _first_finite(doc: Document, indices: Iterable[int]) -> int | None:
    """The first finite verb among token ``indices``."""
    return next((i for i in indices if _finite_verb(doc, i)), None)


def _konjunktiv_finite(doc: Document, index: int) -> bool:
    """A finite verb in Konjunktiv I ("bestreite", "breche", "sei")."""
    return _finite_verb(doc, index) and konjunktiv_one(doc.tokens[index].text, doc.language)


def _runs(labels: Sequence[str]) -> list[_Run]:
    """Contiguous B-/I- runs; a run's code is the majority code of its tokens."""
    runs: list[_Run] = []
    start = -1
    codes: Counter[str] = Counter()
    for index, label in enumerate([*labels, "O"]):
        prefix, _, code = label.partition("-")
        if start >= 0 and (prefix != "I"):
            runs.append(_Run(start, index, codes.most_common(1)[0][0]))
            start = -1
        if prefix in ("B", "I") and start < 0:
            start = index
            codes = Counter()
        if start >= 0:
            codes[code] += 1
    return runs


def _merge_runs(doc: Document, runs: list[_Run]) -> list[_Draft]:
    drafts: list[_Draft] = []
    for run in runs:
        previous = drafts[-1] if drafts else None
        if previous is not None and _continues(doc, previous, run):
            previous.runs.append(run)
        else:
            drafts.append(_Draft([run], _TYPE_OF_CODE.get(run.code, QuoteType.INDIRECT)))
    for draft in drafts:
        draft.sentences = frozenset(
            doc.sentence_of[index] for run in draft.runs for index in range(run.start, run.end)
        )
    return drafts


def _continues(doc: Document, draft: _Draft, run: _Run) -> bool:
    last = draft.runs[-1]
    if (
        len(draft.runs) >= _MAX_PIECES
        or run.code != last.code
        or run.start - last.end > _MAX_MERGE_GAP
    ):
        return False
    gap = range(last.end, run.start)
    if _points_back(doc, run) and all(doc.lower[i] in _SENTENCE_FINAL for i in gap):
        # "Bayern hat sich getrennt. | Das | teilte der Verein mit.": the pointer is a piece of
        # a whole sentence before it (one with a frame of its own keeps its speaker)
        return draft.runs[0].start == doc.sentence_starts[doc.sentence_of[draft.runs[0].start]]
    # A direct quotation interrupted by its frame: the gap holds no sentence end, and the
    # pieces share a sentence ("… ersetzt. | Nach Angaben eines Sprechers | wurden …" do not).
    return (
        bool(gap)
        and not any(doc.lower[index] in _SENTENCE_FINAL for index in gap)
        and doc.sentence_of[last.end - 1] == doc.sentence_of[run.start]
    )


def _points_back(doc: Document, run: _Run) -> bool:
    """A one-word run that opens its sentence with "Das"/"Dies": the statement before."""
    return run.end - run.start == 1 and doc.lower[run.start] in _BACK_POINTERS


def _near(roles: list[_Run], draft: _Draft) -> list[_Run]:
    """Role runs (sorted by start) that start within the role window of ``draft``."""
    # Bisect on the key directly: building a list of starts per draft made long texts quadratic.
    low = bisect.bisect_left(roles, draft.start - _ROLE_WINDOW, key=lambda role: role.start)
    high = bisect.bisect_right(roles, draft.end + _ROLE_WINDOW, key=lambda role: role.start)
    return roles[low:high]


def _reaches_into(draft: _Draft, role: _Run) -> bool:
    return any(role.start < run.end and run.start < role.end for run in draft.runs)


def _inside_message(draft: _Draft, role: _Run) -> bool:
    return any(run.start <= role.start and role.end <= run.end for run in draft.runs)


def _nearest(draft: _Draft, candidates: list[_Run]) -> _Run | None:
    if not candidates:
        return None
    return min(candidates, key=lambda role: min(run.distance(role) for run in draft.runs))


def _nearest_run(anchor: _Run, candidates: list[_Run]) -> _Run | None:
    return min(candidates, key=anchor.distance) if candidates else None


def _frame(doc: Document, draft: _Draft) -> _Run | None:
    """The longest stretch of the message's sentences outside the message, end mark dropped."""
    first = min(draft.sentences)
    last = max(draft.sentences)
    start = max(doc.sentence_starts[first], draft.start - _ROLE_WINDOW)
    end = _sentence_end(doc, last)
    end = min(end, draft.end + _ROLE_WINDOW)
    if end > start and doc.lower[end - 1] in _SENTENCE_FINAL:
        end -= 1
    pieces = []
    cursor = start
    for run in draft.runs:
        if run.start > cursor:
            pieces.append(_Run(cursor, min(run.start, end), "FRAME"))
        cursor = max(cursor, run.end)
    if cursor < end:
        pieces.append(_Run(cursor, end, "FRAME"))
    pieces = [piece for piece in pieces if piece.end > piece.start]
    return max(pieces, key=lambda piece: piece.end - piece.start) if pieces else None


def _message_tokens(drafts: list[_Draft]) -> set[int]:
    """Token indices inside any draft's message."""
    return {index for draft in drafts for run in draft.runs for index in range(run.start, run.end)}


def _speech_verb_at(doc: Document, index: int) -> bool:
    """A verb of the speech lexicon; capitalised words are nouns even where a verb stem
    matches ("Post" is no "posten")."""
    return doc.tokens[index].text.islower() and doc.cue_medium[index] is not None


#: HanTa tags of a word that opens a sentence without being its subject ("Ferner", "Zudem",
#: "Später").
_PLAIN_ADVERB_TAGS = frozenset({"ADV", "PROAV"})
#: Shortest reported clause, in tokens, taken as a message.
_MIN_INDIRECT_TOKENS = 4
