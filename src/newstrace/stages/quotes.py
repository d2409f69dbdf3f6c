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

import bisect
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import pycrfsuite  # type: ignore[import-untyped]

from newstrace.lang import optional_lines
from newstrace.lang.entities import (
    PASSIVE_AUXILIARIES,
    PREPOSITIONS,
    adjective_laut,
    entity_words,
)
from newstrace.lang.hanta import analyse, nominal
from newstrace.lang.mentions import INDEFINITE_ARTICLES, looks_like_brand, told_outlet
from newstrace.lang.mood import (
    konjunktiv_one,
    konjunktiv_two,
    modal_konjunktiv_two,
    reported_speech_form,
)
from newstrace.lang.names import is_first_name
from newstrace.lang.speech import (
    CLAUSE_ENDS,
    IMPERSONAL_REPORT_VERBS,
    SOLLEN_FORMS,
    Lexicon,
    derived_adjective,
    lexicon,
)
from newstrace.model import Article, Quote, QuoteType, Span
from newstrace.options import Options
from newstrace.stages.quote_features import (
    PRONOUNS,
    TYPE_CODES,
    Document,
    heading_noun,
    initial_stop,
    make_document,
    maybe_konjunktiv,
    message_features,
    quote_pairs,
    role_features,
)
from newstrace.stages.sentences import months

__all__ = ["run", "tidy_speaker"]

_TYPE_OF_CODE = {code: QuoteType(name) for name, code in TYPE_CODES.items()}
_FRAMED_TYPES = frozenset({QuoteType.DIRECT, QuoteType.INDIRECT})
#: Only these continue an earlier speaker's statement across sentences (the others name theirs).
_INHERITING_TYPES = frozenset(
    {QuoteType.FREE_INDIRECT, QuoteType.INDIRECT_FREE_INDIRECT, QuoteType.DIRECT}
)
#: Two message runs of one type merge across at most this many frame tokens.
_MAX_MERGE_GAP = 14
#: A message has at most this many pieces (the dataset has three at most).
_MAX_PIECES = 3
_SENTENCE_FINAL = frozenset(".!?")
#: Roles and frames are looked for within this many tokens of a message (keeps a 2 MB
#: paragraph linear: no message scans every role of its sentence).
_ROLE_WINDOW = 80
#: A token leaves "O" when its marginal "O" probability is below this (tuned on dev).
_MESSAGE_MIN_O = 0.7
#: A stretch that joins no run of its type needs this many tokens to become a message.
_MIN_STRETCH = 4
#: A fallback speaker needs at least this marginal speaker probability per token (tuned on dev).
_WEAK_SPEAKER = 0.1
#: Words that are never nominative (dative, accusative): a phrase they open is no subject.
_OBLIQUE_OPENERS = frozenset(
    "dem einem einer ihm ihnen den einen seinem ihrem seiner ihrer seinen ihren".split()
)
#: Prepositions whose dative object is a source of a statement.
_SOURCE_GOVERNORS = frozenset({"laut", "gemäß", "nach", "in", "von", "bei"})
_NOMINATIVE_DETERMINERS = frozenset({"der", "die", "das", "ein", "eine"})
#: Openers of the phrase naming who asks ("die Frage eines Reporters", "… von Journalisten").
_GENITIVE_OPENERS = frozenset({"des", "der", "eines", "einer", "von", "vom"})
#: Words between a speaker opening its sentence and a finite cue verb read as the rest of the
#: subject phrase ("Der Labour-Abgeordnete für den Wahlkreis X, Tom Beddow, schrieb").
_MAX_SUBJECT_REST = 12
#: Tokens, quote marks included, of a quoted word or two inside a sentence ("„haltlos“").
_MAX_QUOTED_WORD = 4
_ARTICLES = _OBLIQUE_OPENERS | _NOMINATIVE_DETERMINERS | {"des", "eines"}
_SOURCE_PREPOSITIONS = frozenset({"nach", "laut"})
#: Words joining two verb phrases of one subject ("wies … zurück und bezeichnete …").
_VERB_JOINERS = frozenset({"und", "sowie", "aber"})
#: Words between a joined finite verb and a cue it starts ("kamen aber zum Ergebnis").
_MAX_JOINED_GAP = 2
#: Tags of the finite auxiliary or modal between a fronted subject and its participle cue.
_AUXILIARY_TAGS = frozenset({"VA(FIN)", "VM(FIN)"})
#: Words that let another clause start between a frame's subject or verb and its message.
_FRAME_GAP_BREAKS = _VERB_JOINERS | CLAUSE_ENDS | {"oder", "–"}
_NON_FINITE_ENDINGS = ("(PP)", "(INF)", "(IZU)")
_PASSIVE_LEMMAS = frozenset({"werden", "sein"})
_SOURCE_POSTPOSITIONS = frozenset({"nach", "zufolge"})
_SOURCE_WORDS = _SOURCE_PREPOSITIONS | _SOURCE_POSTPOSITIONS
#: Phrase openers that make no subject (prepositions, oblique determiners).
#: Accusative and dative words that open no subject: "Einen Verkauf schließe sie nicht aus".
_OBJECT_OPENERS = frozenset("einen einem ihn ihm ihnen".split())
_NON_SUBJECT_OPENERS = _OBJECT_OPENERS | frozenset(
    "den dem des von vom zur zum aus in im am bei bis nach laut mit für über auf an um seit als".split()
)
#: Words that link a noun to the next part of its phrase ("Angaben der Polizei von X").
_PHRASE_GLUE = frozenset(
    "der des dem den die das von vom eines einer einem zur zum aus in im am bei und".split()
)

#: Finite auxiliaries and modals: a speaker phrase never holds one ("Sein Beitrag wurde …").
_FINITE = frozenset(
    "ist sind war waren wird werden wurde wurden hat haben hatte hatten habe sei seien kann "
    "konnte können konnten muss musste müssen mussten soll sollte sollen sollten will wollte "
    "wollen wollten ließ ließen lässt".split()
)
#: Object pronouns left over in front of a subject once a leading verb is cut ("… ihn der …").
#: One-word sentence openers that name no one who could speak ("Es gibt …", "Ihnen drohen …").
#: Openers of infinitive clauses that are no one's words ("um … zu", "ohne … zu").
_ADVERBIAL_INFINITIVES = frozenset({"um", "ohne", "statt", "anstatt"})
#: Endings of abstract nouns that take an infinitive of their own ("Bereitschaft, … zu").
_ABSTRACT_ENDINGS = ("ung", "heit", "keit", "schaft", "nis")
_NO_SPEAKERS = frozenset("es dies das dieses ihnen ihm ihr man".split())
#: Particles before a pronoun subject that still opens a verb-second clause ("Auch sie
#: forderten …"), and the pronouns that may speak there.
_SUBJECT_FOCUS = frozenset("auch selbst sogar ebenfalls".split())
_FOCUSED_PRONOUNS = frozenset({"er", "sie", "wir"})
_PERFECT_AUXILIARIES = frozenset({"hat", "haben", "hatte", "hatten"})
#: Forms of "werden" before a passive participle, Konjunktiv ones included ("werde erwartet").
_PASSIVE_AUXILIARIES = PASSIVE_AUXILIARIES | {"werde", "würde", "würden"}
#: Particles that may stand between a subject and its finite verb in second place.
_FOCUS_PARTICLES = frozenset(
    "selbst aber jedoch allerdings hingegen dagegen indes wiederum ihrerseits seinerseits".split()
)
#: Tokens after a speaker searched for "unter Berufung auf" ("Bloomberg am Montag unter …").
_MAX_CITATION_GAP = 6
#: Longest source phrase in tokens ("nach Angaben der Polizei in …").
_MAX_SOURCE_PHRASE = 16
#: Longest phrase (tokens) searched before the finite verb of a verb-second sentence.
_MAX_LEADING_PHRASE = 16
#: Tokens of a prepositional phrase between a subject and its verb ("US-Experten vor Ort").
_MAX_ATTACHED_PHRASE = 4
#: Capitalised words in a bracketed name after a noun ("Andreas Fendt (Freie Wähler)").
_MAX_BRACKETED_NAME = 3
#: Words in a quoted name a phrase ends with ("ein Bericht der „Westfälischen Rundschau“").
_MAX_QUOTED_NAME = 5
_PREPOSITION_TAGS = frozenset({"APPR", "APPRART"})
#: Relative pronouns naming an owner: the clause's subject is the phrase after them.
_OWNING_RELATIVES = frozenset({"dessen", "deren"})
#: Tags of a noun phrase after such a pronoun ("dessen langjähriger Chef Paul Ferrante").
_OWNED_PHRASE_TAGS = frozenset({"ADJ(A)", "NN", "NNA", "NE", "TRUNC"})
_OBJECT_ARTICLES = frozenset({"den", "dem", "einen", "einem"})
_OBJECT_PRONOUNS = frozenset("ihn ihm ihnen uns mir mich dir dich sich".split())
#: Personal pronouns that follow a fronted finite verb as its subject ("Dabei sagte er …").
_PRONOUN_SUBJECTS = frozenset("er sie wir ich".split())
#: Punctuation that never opens or closes a speaker phrase (a final "." may end "Inc.").
_EDGE_PUNCTUATION = frozenset(",;:!?–-—")
#: Time adverbials that end a subject the role tagger ran on ("das Unternehmen am Donnerstag").
_TIME_ADVERBS = frozenset(
    "heute gestern vorgestern zuvor bereits inzwischen nun jetzt damals später zuletzt erneut "
    "kürzlich jüngst".split()
)
_TIME_PREPOSITIONS = frozenset("am im an seit bis vom anfang ende mitte".split())
_WEEKDAYS = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag")
_TIME_NOUNS = frozenset(
    "abend morgen vormittag nachmittag mittag wochenende vergangenen kommenden frühen späten "
    "selben gleichen rande".split()
)
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
#: A dative article inside a speaker phrase opens the addressee ("… Lorenzen dem Sender").
_DATIVE_ARTICLES = frozenset({"dem", "einem"})
#: Endings of feminine nouns: "der" before one is dative or genitive, never a subject ("sagte
#: der Nachrichtenagentur PA", "der Zeitung", "der Website").
_FEMININE_ENDINGS = ("ung", "heit", "keit", "schaft", "ion", "tät", "agentur", "site", "seite")
#: Prepositions whose phrase is a place, a time or a channel, never the speaker, when the clause
#: has another candidate ("am Wochenende", "auf Twitter"; "in/von/aus" can name sources).
_CIRCUMSTANCE_PREPOSITIONS = frozenset(
    "am an auf bei beim über seit mit vor um zum zur unter während gegen durch für".split()
)

#: Longest frame after a message that gives its cue and speaker ("…, sagte der Sprecher der
#: Landesregierung am Montag in Hannover").
_MAX_TRAILING_FRAME = 14
#: Words of a frame inserted between two halves of a sentence ("…, sagte die Ministerin am
#: Montag, …").
_MAX_INSERTED_FRAME = 8
#: Longest frame opening a reported message that reports someone else in turn ("der frühere
#: Finanzchef von Sunward, Herr Alan Whitcombe, habe ihr bereits im Frühjahr erzählt, …").
_MAX_NESTED_FRAME = 24
#: Fewest tokens of a message a nested frame leaves to its own message.
_MIN_NESTED_MESSAGE = 3
_REPORTING_TYPES = frozenset({QuoteType.INDIRECT, QuoteType.INDIRECT_FREE_INDIRECT})
#: Subjects that report nothing themselves ("es habe geheißen").
_IMPERSONAL_SUBJECTS = frozenset({"es", "dies", "das"})
#: Shortest sentence worth a look for a frame, and the most words between a leading frame's
#: cue and its comma ("erklärte am Freitagabend in einer Mitteilung, …").
_MIN_FRAMED_SENTENCE = 6
#: Shortest unframed sentence whose Konjunktiv I continues a report ("Zur Panik bestehe keine
#: Veranlassung."): the mood says enough, but a bare verb and object may be a heading.
_MIN_CONTINUED_SENTENCE = 3
#: Sentences back a report may stand from the Konjunktiv I sentence that continues it: two
#: plain indicative sentences may come between ("…, sagte X. Die Firma wurde 1990 gegründet.
#: Sie hat 40 Beschäftigte. Man sei zuversichtlich."). On the dev sets 3 gained one item and
#: lost none; 4 cost message precision.
_CONTINUATION_REACH = 3
#: Fewest words inside quotation marks that a following frame makes direct speech ("„Das ist
#: ein Durchbruch“, sagte …"); shorter quoted bits are mostly names and scare quotes.
_MIN_FRAMED_DIRECT = 3
#: Words a cue verb may stand before the colon that opens a direct quotation ("antwortete
#: der Minister am Dienstag: „…“").
_MAX_COLON_FRAME = 6
#: Words the frame between the halves of an interrupted direct quotation may have ("“, sagte
#: der 29-Jährige am Sonntag im ORF, „").
_MAX_SPLIT_FRAME = 10
_MAX_FRAME_GAP = 8
#: Furthest the comma may stand from a word of intention, past a subject that follows it ("plant
#: die deutsche Bundesregierung aus CDU/CSU und SPD, …").
_MAX_INTENT_GAP = 10
#: Furthest a leading frame's cue verb may stand from the sentence start ("Frau Harriet
#: Molyneux, die Vorsitzende des Wissenschaftsausschusses im Unterhaus, sagte, …").
_MAX_LEADING_FRAME = 20
#: Longest apposition after a subject opening its sentence ("Der Kläger, ein pensionierter
#: Lehrer aus dem Ortsteil Gölshausen, hatte …").
_MAX_APPOSITION = 10
#: Longest subject (tokens) before the finite verb of a reported main clause.
_MAX_SUBJECT_TOKENS = 5
_SUBORDINATORS = frozenset(
    "wenn falls als ob weil da nachdem obwohl sobald solange bevor während seit damit".split()
)
#: Words that open a clause no verb of speech governs: "Sarkozy bestritt das, indem er …".
_UNGOVERNED_OPENERS = (_SUBORDINATORS - {"ob"}) | frozenset(
    "indem und oder aber sondern denn weswegen weshalb wobei sodass".split()
)
#: Words that open a dependent clause or an indirect question ("Warum die Wahl … fiel, …").
_DEPENDENT_OPENERS = _SUBORDINATORS | frozenset(
    "dass warum wieso weshalb wer was wo wann wie welche welcher welches".split()
)
#: Verbs that open a condition ahead of its main clause: "Sollte sich der Verdacht bestätigen, …".
_CONDITION_VERBS = frozenset({"sollte", "sollten"})
#: Words opening a condition, which belongs to the statement it restricts.
_CONDITIONS = _CONDITION_VERBS | {"wenn", "falls", "sofern"}
#: Words after a comma that open a trailing subordinate clause (", sollte sich …", ", weil …").
_TRAILING_CLAUSE_OPENERS = _SUBORDINATORS | _CONDITIONS
_POSSESSIVES = frozenset("mein meine dein deine sein seine ihr ihre unser unsere euer".split())
#: Prepositions of a passive's agent: "von der Polizei mitgeteilt".
_AGENT_PREPOSITIONS = frozenset({"von", "vom"})
#: STTS tags of adverbs, which end the agent's noun phrase ("von der Polizei jedoch").
_AGENT_END_TAGS = frozenset({"ADV", "ADJ(D)", "PAV"})
#: Demonstratives that open a sentence crediting the one before: "Das teilte die Polizei mit."
_BACK_POINTERS = frozenset({"dies", "das", "dieses"})
#: Words that open a noun phrase in lower case: the subject of a nested frame ("sein Vorgesetzter
#: habe erklärt, …"), with demonstratives standing for a person just named ("doch dieser habe
#: gesagt, …").
_DEMONSTRATIVES = frozenset({"dieser", "diese"})
_PHRASE_OPENERS = _NOMINATIVE_DETERMINERS | _POSSESSIVES | _DEMONSTRATIVES | {"er", "sie", "man"}
_ANY_PREPOSITIONS = (_CIRCUMSTANCE_PREPOSITIONS | _NON_SUBJECT_OPENERS) - (
    _OBJECT_OPENERS | {"den", "dem", "des"}
)


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
def _tagger(language: str, name: str) -> pycrfsuite.Tagger | None:
    resource = resources.files("newstrace.lang").joinpath(language, name)
    if not resource.is_file():
        return None
    tagger = pycrfsuite.Tagger()
    with resources.as_file(resource) as path:
        tagger.open(str(path))
    return tagger


@cache
def _two_columns(language: str, name: str) -> dict[str, str]:
    """First column to second of a tab-separated data file of the language pack."""
    pairs = (line.split("\t") for line in optional_lines(language, name))
    return {pair[0]: pair[1] for pair in pairs if len(pair) == 2}


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


def _recall_labels(
    doc: Document, tagger: pycrfsuite.Tagger, labels: list[str], min_outside: float
) -> list[str]:
    """Relabel stretches of "O" tokens whose marginal "O" probability is below ``min_outside``.

    Viterbi decoding favours precision; a lower bar for leaving "O" trades some of it for
    recall, which the averaged F1 rewards. A stretch takes one type (the most probable over
    it) and joins an adjoining run of that type; a lone short stretch is noise and stays "O",
    and so does a leading frame ("sagte Herr Musk Putin, | dass …"). Must run right after
    ``tagger.tag``.
    """
    codes = sorted({label[2:] for label in tagger.labels() if label != "O"})
    weak = [
        label == "O" and tagger.marginal("O", i) < min_outside for i, label in enumerate(labels)
    ]
    result = list(labels)
    index = 0
    while index < len(labels):
        if not weak[index]:
            index += 1
            continue
        end = index
        while end < len(labels) and weak[end]:
            end += 1
        if not (
            _leading_frame(doc, labels, index, end)
            or _plain_next_sentence(doc, labels, index, end)
            or _trailing_frame_stretch(doc, labels, index, end)
        ):
            _relabel(tagger, result, codes, index, end)
            if end < len(labels) and labels[end].startswith("B-") and _sentence_start(doc, end):
                # the tagger began a new quotation with the sentence: the end mark parts them
                result[end] = labels[end]
                if doc.lower[end - 1] in _SENTENCE_FINAL:
                    result[end - 1] = "O"
        index = end
    return result


def _trailing_frame_stretch(doc: Document, labels: list[str], start: int, end: int) -> bool:
    """A stretch that opens with the comma after a message and a cue verb ("Er habe nie
    jemanden gedemütigt|, sagte er."): the frame of the message before it."""
    return (
        0 < start < end - 1
        and labels[start - 1] != "O"
        and doc.lower[start] == ","
        and _frame_verb(doc, start + 1)
    )


def _plain_next_sentence(doc: Document, labels: list[str], start: int, end: int) -> bool:
    """A stretch that opens the sentence after a quotation and has no reported-speech verb
    ("… gewirkt. | Unabhängige Experten mahnen zur Vorsicht."): the page's own voice again."""
    if not _sentence_start(doc, start) or labels[start - 1] == "O":
        return False
    return not any(
        reported_speech_form(doc.tokens[i].text, doc.language) for i in range(start, end)
    )


def _sentence_start(doc: Document, index: int) -> bool:
    return index > 0 and doc.sentence_of[index] != doc.sentence_of[index - 1]


def _leading_frame(doc: Document, labels: list[str], start: int, end: int) -> bool:
    """Whether tokens ``start:end`` belong to the frame of the message right after them (the
    "O" tokens between them and it included): a comma parts frame and message, and the frame
    holds a cue verb."""
    sentence = doc.sentence_of[start]
    while end < len(labels) and labels[end] == "O" and doc.sentence_of[end] == sentence:
        end += 1
    # "sagte | der frühere Generalsekretär X, | der Westen …": the subject after the verb too
    after_verb = (
        start > 0 and doc.sentence_of[start - 1] == sentence and _frame_verb(doc, start - 1)
    )
    return (
        end < len(labels)
        and labels[end] != "O"
        and doc.sentence_of[end] == sentence
        and doc.lower[end - 1] == ","
        and (after_verb or any(_frame_verb(doc, index) for index in range(start, end)))
    )


def _relabel(
    tagger: pycrfsuite.Tagger, labels: list[str], codes: list[str], start: int, end: int
) -> None:
    def mass(code: str) -> float:
        return sum(
            float(tagger.marginal("B-" + code, i) + tagger.marginal("I-" + code, i))
            for i in range(start, end)
        )

    code = max(codes, key=mass)
    before = labels[start - 1][2:] if start and labels[start - 1] != "O" else None
    after = labels[end][2:] if end < len(labels) and labels[end] != "O" else None
    if end - start < _MIN_STRETCH and code not in (before, after):
        return
    for i in range(start, end):
        labels[i] = ("I-" if i > start or before == code else "B-") + code
    if after == code:
        labels[end] = "I-" + code


def _without_trailing_frames(doc: Document, labels: list[str]) -> list[str]:
    """Give back to the frame what the message tagger took of it: in "…, sagte der Sprecher."
    and "Es sei ernst, erklärten sie am Mittwoch." the comma, the cue verb and its subject
    follow the message; German puts the verb first in such an inserted frame. A run over
    several sentences is read sentence by sentence ("Die Regierung habe …, sagte der Minister.
    Weitere Lieferungen seien unterwegs."): the frame splits it, and a later sentence with a
    frame of its own is a quotation of its own ("…. Wenn er spielte, riskiere er viel, sagte
    der Coach.")."""
    result = list(labels)
    for run in _runs(labels):
        framed_before = False  # the sentence before had a frame of its own
        for number, piece in enumerate(_sentence_pieces(doc, run)):
            if framed_before:
                result[piece.start] = "B-" + result[piece.start][2:]
            comma = _trailing_frame_comma(doc, piece)
            inserted = None if comma is not None else _inserted_frame(doc, piece)
            framed_before = inserted is not None
            if inserted is not None:
                # "Sie verstehe den Ärger, sagte Hummel, halte die Maßnahme aber für richtig.":
                # the frame parts two halves of one indirect quotation
                first, last = inserted
                code = TYPE_CODES["Indirect"] if piece.code in _CONTINUATION_CODES else piece.code
                result[piece.start : first] = _run_labels(code, piece.start, first)
                result[first : last + 1] = ["O"] * (last + 1 - first)
                result[last + 1 : piece.end] = _run_labels(code, last + 1, piece.end)
                continue
            if comma is not None:
                result[comma : piece.end] = ["O"] * (piece.end - comma)
                if piece.code in _CONTINUATION_CODES:
                    # "…, berichtete der Däne.": a frame of its own makes it indirect speech
                    indirect = TYPE_CODES["Indirect"]
                    result[piece.start : comma] = _run_labels(indirect, piece.start, comma)
            # A quoted passage of several sentences stays one ("„A. B“, sagte er").
            framed_after = (
                piece.end + 1 < len(doc.tokens)
                and doc.lower[piece.end] == ","
                and _frame_verb(doc, piece.end + 1)
                and not doc.in_quote[piece.start]
            )
            if number > 0 and (comma is not None or framed_after):
                result[piece.start] = "B-" + result[piece.start][2:]
            elif number > 0 and _own_speech_act(doc, piece):
                # "…, die Anlage sei defekt gewesen. | Das Unternehmen dementierte dies.": the
                # page tells of a speech act in its own voice; no continuation
                result[piece.start : piece.end] = ["O"] * (piece.end - piece.start)
            elif piece.code in _CONTINUATION_CODES and _reports_own_act(doc, piece):
                # "Das Klinikum bestreitet dies." tagged as a continuation: the sentence names
                # its own speaker and speech act, so it reports speech in the page's voice
                reported = TYPE_CODES["Reported"]
                result[piece.start : piece.end] = _run_labels(reported, piece.start, piece.end)
    return result


def _run_labels(code: str, start: int, end: int) -> list[str]:
    """BIO labels of one message run of type ``code`` over tokens ``[start, end)``."""
    return [f"B-{code}"] + [f"I-{code}"] * (end - start - 1)


#: Type codes of quotations that go on with an earlier speaker and have no frame of their own.
_CONTINUATION_CODES = frozenset({TYPE_CODES["FreeIndirect"], TYPE_CODES["IndirectFreeIndirect"]})


def _reports_own_act(doc: Document, piece: _Run) -> bool:
    """An own speech act ("Das Klinikum bestreitet dies.") whose verb reports speech by itself
    (not "Sie zeigten, dass …", a Konjunktiv II that goes on with a speaker)."""
    return _own_speech_act(doc, piece) and (
        _speech_act_subject(doc, piece.start, piece.end, lexicon(doc.language)) is not None
    )


def _own_speech_act(doc: Document, piece: _Run) -> bool:
    """A sentence outside quote marks whose verb in second place is a speech verb in the
    indicative ("Das Unternehmen dementierte dies.")."""
    if doc.in_quote[piece.start]:
        return False
    placed = _second_place(doc, piece.start, piece.end)
    if placed is None or placed[1] is None:
        return False
    finite = placed[0]
    return (
        finite < piece.end
        and doc.cue_medium[finite] is not None
        and _finite_verb(doc, finite)
        and not konjunktiv_one(doc.tokens[finite].text, doc.language)
    )


def _without_leading_frames(doc: Document, labels: list[str]) -> list[str]:
    """Give back a frame the message tagger took that opens with its verb: "Berichten zufolge
    sagte Herr Musk Putin, dass …" (a message never starts with the verb that frames it)."""
    result = list(labels)
    for run in _runs(labels):
        for piece in _sentence_pieces(doc, run):
            verb = _opening_frame_verb(doc, piece)
            if verb is None:
                comma = _closing_frame_comma(doc, piece)
                if comma is not None:  # "Der Minister ließ am Montag erklären, er werde …"
                    end = piece.end - (doc.lower[piece.end - 1] in _SENTENCE_FINAL)
                    result[piece.start : piece.end] = ["O"] * (piece.end - piece.start)
                    result[comma + 1 : end] = _run_labels(TYPE_CODES["Indirect"], comma + 1, end)
                continue
            comma = _frame_comma(doc, verb, piece.end)
            if comma is not None and piece.end - comma > _MIN_NESTED_MESSAGE:
                result[piece.start : comma + 1] = ["O"] * (comma + 1 - piece.start)
                if verb != piece.start:  # its own frame: indirect speech, not a continuation
                    code = TYPE_CODES["Indirect"]
                    result[comma + 1 : piece.end] = _run_labels(code, comma + 1, piece.end)
    return result


def _closing_frame_comma(doc: Document, piece: _Run) -> int | None:
    """The comma after a frame that opens the piece's sentence and ends with its verb of
    speech ("Der Minister ließ am Montag erklären, …", "X hat am Montag gesagt, …"), when a
    clause in Konjunktiv I follows."""
    opens = piece.start == 0 or doc.sentence_of[piece.start - 1] != doc.sentence_of[piece.start]
    if not opens:
        return None
    last = min(piece.end, piece.start + _MAX_LEADING_FRAME)
    comma = next((i for i in range(piece.start + 2, last) if doc.lower[i] == ","), None)
    if comma is None or piece.end - comma <= _MIN_NESTED_MESSAGE:
        return None
    act = _quoting_act(doc, piece.start, comma)
    if act is None or act[0] is None or act[1].end != comma:
        return None
    reported = any(_konjunktiv_finite(doc, i) for i in range(comma + 1, piece.end))
    return comma if reported else None


def _without_relative_subjects(doc: Document, labels: list[str]) -> list[str]:
    """Give back a frame's subject the message tagger took for a message because a relative
    clause hangs on it: "Die Reederei, die das Schiff gechartert hat, | teilte mit, man …"."""
    result = list(labels)
    for number in range(len(doc.sentence_starts)):
        start, end = _sentence_bounds(doc, number)
        clause = _after_leading_frame(doc, start, end)
        if clause is None or labels[clause[0]] == "O":
            _relabel_plain_relative_subject(doc, result, start, end)
            continue
        subject_end = _relative_subject_end(doc, start, end)
        if subject_end is None:
            continue
        result[start:subject_end] = ["O"] * (subject_end - start)
    return result


def _relabel_plain_relative_subject(doc: Document, labels: list[str], start: int, end: int) -> None:
    """A run that is only the subject of an indicative main clause, with a relative clause on
    it ("Eine Hebamme, die anonym bleiben wollte, | schilderte dem epd die Lage."), is no
    message: it joins the sentence's reported run after it, or goes."""
    if labels[start] == "O":
        return
    stop = next((i for i in range(start + 1, end) if not labels[i].startswith("I-")), end)
    comma = stop - 1 if doc.lower[stop - 1] == "," else stop
    if comma >= end or doc.lower[comma] != "," or comma + 1 >= end:
        return
    inner = [i for i in range(start, comma) if doc.lower[i] == ","]
    if len(inner) != 1 or doc.lower[inner[0] + 1] not in _RELATIVE_OPENERS:
        return
    if not _nominal_opening(doc, start) or _first_finite(doc, range(start, inner[0])) is not None:
        return
    verb = comma + 1
    if not _finite_verb(doc, verb) or _konjunktiv_finite(doc, verb):
        return  # "Der Mann, der verhaftet wurde, sei unschuldig": the subject of a message
    reported = TYPE_CODES["Reported"]
    if all(label[2:] == reported for label in labels[comma + 1 : end]):
        labels[start:end] = _run_labels(reported, start, end)
    else:
        labels[start : comma + 1] = ["O"] * (comma + 1 - start)


def _relative_subject_end(doc: Document, start: int, end: int) -> int | None:
    """Where the subject of a leading frame ends when it is a noun phrase with one relative
    clause before the frame verb ("Die Reederei, die … hat, teilte mit,"), else None."""
    verb = None if _frame_verb(doc, start) else _leading_frame_verb(doc, start, end)
    if verb is None or verb < start + 2 or doc.lower[verb - 1] != ",":
        return None
    commas = [i for i in range(start, verb - 1) if doc.lower[i] == ","]
    if len(commas) != 1 or doc.lower[commas[0] + 1] not in _RELATIVE_OPENERS:
        return None
    if not _nominal_opening(doc, start) or _first_finite(doc, range(start, commas[0])) is not None:
        return None
    return verb


#: Prepositions that front the source of a report: "Aus Verwaltungskreisen hieß es, …".
_FRONTED_SOURCE_PREPOSITIONS = frozenset({"aus", "von", "vonseiten", "seitens"})
#: Most words of a fronted source phrase before the verb.
_MAX_FRONTED_SOURCE = 4


def _opening_frame_verb(doc: Document, piece: _Run) -> int | None:
    """The cue verb a piece opens with, or that follows a source phrase fronted at the start of
    its sentence ("Aus Verwaltungskreisen hieß es allerdings, …")."""
    if _frame_verb(doc, piece.start):
        return piece.start
    opens = piece.start == 0 or doc.sentence_of[piece.start - 1] != doc.sentence_of[piece.start]
    if not opens or doc.lower[piece.start] not in _FRONTED_SOURCE_PREPOSITIONS:
        return None
    for index in range(piece.start + 1, min(piece.end, piece.start + 1 + _MAX_FRONTED_SOURCE)):
        if doc.lower[index] in (",", "„", "“") or doc.quote_mark[index]:
            return None
        if _frame_verb(doc, index):
            return index
    return None


def _frame_comma(doc: Document, verb: int, end: int) -> int | None:
    """The comma closing the frame of the cue ``verb``, fewer than ``_MAX_FRAME_GAP`` words
    after it."""
    for index in range(verb + 1, min(end, verb + _MAX_FRAME_GAP)):
        if doc.lower[index] == ",":
            return index
        # another verb of speech ends the frame; a noun from one ("auf Anfrage") does not
        if _speech_verb_at(doc, index) or doc.lower[index] in _FINITE:
            return None
    return None


def _sentence_pieces(doc: Document, run: _Run) -> list[_Run]:
    """The run cut after each sentence end inside it."""
    pieces = []
    start = run.start
    for index in range(run.start, run.end - 1):
        if (
            doc.lower[index] in _SENTENCE_FINAL
            and doc.sentence_of[index + 1] != doc.sentence_of[index]
        ):
            pieces.append(_Run(start, index + 1, run.code))
            start = index + 1
    pieces.append(_Run(start, run.end, run.code))
    return pieces


def _closes_clause(doc: Document, comma: int) -> bool:
    """A name before the comma ends an apposition ("Edmund Stoiber, warf …"), not a clause; a
    common noun ends one ("…, er halte sich an keine Abmachung, berichtete der Däne")."""
    return (
        bool(doc.quote_mark[comma - 1])
        or not doc.tokens[comma - 1].text[:1].isupper()
        or doc.tag[comma - 1] == "NN"
    )


def _inserted_frame(doc: Document, run: _Run) -> tuple[int, int] | None:
    """The commas around a frame inside a sentence of indirect speech whose second half goes on
    in Konjunktiv I ("…, sagte Hummel, halte …"), else None."""
    if run.code == TYPE_CODES["Reported"]:
        return None
    for first in range(run.start + 2, run.end - 3):
        if doc.lower[first] != "," or not _frame_verb(doc, first + 1):
            continue
        if not _closes_clause(doc, first):
            continue
        limit = min(run.end - 2, first + 2 + _MAX_INSERTED_FRAME)
        for last in range(first + 3, limit):
            word = doc.lower[last]
            if word in _SENTENCE_FINAL or doc.quote_mark[last]:
                break
            if word == ",":
                return (first, last) if _konjunktiv_finite(doc, last + 1) else None
    return None


def _with_first_halves(doc: Document, labels: list[str]) -> list[str]:
    """Label the first half of indirect speech that a frame interrupts when the tagger took
    only the second: "Sie verstehe den Ärger, sagte Hummel, | halte die Maßnahme …" — the
    first clause is in Konjunktiv I too."""
    result = list(labels)
    for number in range(len(doc.sentence_starts)):
        start, end = _sentence_bounds(doc, number)
        inserted = _inserted_frame(doc, _Run(start, end, TYPE_CODES["Indirect"]))
        if inserted is None:
            continue
        first, last = inserted
        second = labels[last + 1]
        if not second.startswith("B-") or any(label != "O" for label in labels[start:first]):
            continue
        finite = _first_finite(doc, range(start, first))
        if finite is not None and _konjunktiv_finite(doc, finite):
            result[start:first] = _run_labels(second[2:], start, first)
    return result


def _trailing_frame_comma(doc: Document, run: _Run) -> int | None:
    if run.code == TYPE_CODES["Reported"]:
        return None  # reported speech holds its subject and verb: "X, Chef von Y, warf …"
    last = run.end - 1
    floor = max(run.start + 1, last - _MAX_TRAILING_FRAME)
    for comma in range(last - 1, floor - 1, -1):
        word = doc.lower[comma]
        if word in _SENTENCE_FINAL or doc.quote_mark[comma]:
            return None
        if word != ",":
            continue
        verb = comma + 1
        subject = verb + 1
        closes_clause = _closes_clause(doc, comma)
        if closes_clause and _frame_verb(doc, verb) and subject <= last:
            subject_word = doc.lower[subject]
            if subject_word not in CLAUSE_ENDS and subject_word not in _DATIVE_ARTICLES:
                return comma
        if closes_clause and _so_frame(doc, verb) and _closes_sentence(doc, verb):
            return comma  # "…, so Konzernchef Oliver Blume."
        return None
    return None


def _with_framed_clauses(doc: Document, labels: list[str], konjunktiv: frozenset[str]) -> list[str]:
    """Label as indirect speech the reported clause of a sentence when a speech frame plainly
    holds it and the tagger saw nothing else there: "Madrid erklärte am Abend, Hoffmann habe …"
    (leading frame), "Es drohe ein Wettlauf, sagte er." and "…, wie der Verein mitteilte."
    (trailing frame; either way a clause in Konjunktiv or with "dass"), or a sentence the next
    one points back at ("… Stellen. Das kündigte die Vorstandschefin an.")."""
    result = list(labels)
    for number in range(len(doc.sentence_starts)):
        clause = _sentence_clause(doc, labels, number, konjunktiv)
        if clause is None:
            continue
        first, last = clause
        for index in _frame_relative_tokens(doc, last, _sentence_bounds(doc, number)[1]):
            result[index] = "O"  # "sagte der Mann, der anonym bleiben möchte": no message
        inside = Counter(
            labels[index][2:]
            for index in range(first, last)
            if labels[index] != "O" and not doc.in_quote[index]  # a quoted fragment is nested
        )
        code = inside.most_common(1)[0][0] if inside else TYPE_CODES["Indirect"]
        start, end = _sentence_bounds(doc, number)
        if code == TYPE_CODES["Reported"] and (first, last) != (start, end):
            # "Selenskyj schrieb auf X, Russland teste …": a clause its frame reports is indirect
            # speech, whatever type the recall pass guessed for it (its end mark included)
            code = TYPE_CODES["Indirect"]
            for index in range(last, _sentence_end(doc, number)):
                if labels[index][2:] == TYPE_CODES["Reported"]:
                    result[index] = "O"
        # A run the tagger began in an earlier sentence goes on ("… finanziert werden. Die
        # Refinanzierung erfolgt über die Maut. Das gab der Minister bekannt.").
        goes_on = first > 0 and result[first - 1][2:] == code
        opening = labels[first] if labels[first] != "O" else ("I-" if goes_on else "B-") + code
        if opening[2:] == TYPE_CODES["Reported"]:
            opening = opening[:2] + code
        result[first:last] = [opening] + [f"I-{code}"] * (last - first - 1)
        if (first, last) == (start, end) and _pointed_back_at(doc, number):
            # "…. Das teilte die Staatsanwaltschaft mit.": the pointer is a piece of the message
            pointer = doc.sentence_starts[number + 1]
            if result[pointer] == "O":
                result[pointer] = f"B-{code}"
    return result


def _with_joined_continuations(doc: Document, labels: list[str]) -> list[str]:
    """Sentences reported whole, with no frame of their own, one right after another, are one
    free indirect continuation: "Die Statistiken seien nicht weitergeführt worden. So gebe es
    Hinweise, dass …" — the way the quotation corpora mark them, one quotation over both."""
    result = list(labels)
    chain: int | None = None  # first token of the run of whole reported sentences so far
    for number in range(len(doc.sentence_starts)):
        start, end = _sentence_bounds(doc, number)
        whole = _reported_whole(result, start, end) and not _pointed_back_at(doc, number)
        # "…. Das bestätigte der Vorstand.": that sentence has its own frame; "Sollte X …,
        # drohe …": a conditional claim stands apart from the plain ones around it
        if not whole or _holds_condition(doc, start, end):
            chain = None
            continue
        if chain is None or _paragraph_between(doc, start):
            chain = start if result[start].startswith("B-") else None
            continue
        stop = end  # its full stop too, as a free indirect run has it
        while stop < _sentence_end(doc, number) and doc.lower[stop] in _SENTENCE_FINAL:
            stop += 1
        result[chain:stop] = _run_labels(TYPE_CODES["IndirectFreeIndirect"], chain, stop)
    return result


def _holds_condition(doc: Document, start: int, end: int) -> bool:
    """A condition opening the sentence or one of its clauses ("Sollte …", ", wenn …")."""
    return any(
        doc.lower[index] in _CONDITIONS and (index == start or doc.lower[index - 1] == ",")
        for index in range(start, end)
    )


def _paragraph_between(doc: Document, index: int) -> bool:
    """A line break between token ``index`` and the token before it."""
    return index > 0 and "\n" in doc.text[doc.tokens[index - 1].end : doc.tokens[index].start]


def _reported_whole(labels: list[str], start: int, end: int) -> bool:
    """One indirect run over tokens ``[start, end)`` and nothing else."""
    return (
        end > start
        and all(label[2:] in _JOINED_CODES for label in labels[start:end])
        and not any(label.startswith("B-") for label in labels[start + 1 : end])
    )


#: Type codes of runs that join when whole sentences follow each other.
_JOINED_CODES = frozenset({TYPE_CODES["Indirect"], TYPE_CODES["IndirectFreeIndirect"]})


def _with_pointed_messages(doc: Document, labels: list[str]) -> list[str]:
    """A sentence the next one credits ("… will 3.000 Stellen streichen. Das teilte das
    Unternehmen mit.") is indirect speech with the pointer as its second piece, also when the
    tagger read the sentence as Reported and the pointer as a quotation of its own."""
    result = list(labels)
    reported, indirect = TYPE_CODES["Reported"], TYPE_CODES["Indirect"]
    for number in range(len(doc.sentence_starts) - 1):
        if not _pointed_back_at(doc, number):
            continue
        start, end = _sentence_bounds(doc, number)
        pointer = doc.sentence_starts[number + 1]
        whole = labels[start] == f"B-{reported}" and all(
            labels[i] == f"I-{reported}" for i in range(start + 1, end)
        )
        if not whole or labels[pointer] == "O" or labels[pointer][2:] == reported:
            continue
        result[start:end] = _run_labels(indirect, start, end)
        for index in range(end, pointer):  # the end mark is no part of the message
            result[index] = "O"
        result[pointer] = f"B-{indirect}"
    return result


def _with_framed_direct(doc: Document, labels: list[str]) -> list[str]:
    """Label as direct speech a quotation the tagger left out although a speech frame plainly
    goes with it: "„Der Hafen ist das Herz der Stadt“, betonte die 48-Jährige." (a comma and
    a cue verb or "so" and a speaker after it: "…“, so der Gewerkschaftsvorstand.") or
    "antwortete er: „Nicht wenige. …“" (a cue verb and a colon before it). The quoted stretch
    holds at least ``_MIN_FRAMED_DIRECT`` words. A direct run the tagger broke off inside the
    marks (at a dash: "„Man muss das nicht verniedlichen – aber …“") takes in the rest."""
    result = list(labels)
    for opening, closing in quote_pairs(doc, 0, len(doc.tokens)):
        if closing - opening - 1 < _MIN_FRAMED_DIRECT:
            continue
        inside = labels[opening : closing + 1]
        if any(label != "O" for label in inside) and not _direct_cut_short(
            labels, opening, closing
        ):
            continue
        if not (_framed_after(doc, opening, closing) or _framed_before(doc, opening)):
            continue
        code = TYPE_CODES["Direct"]
        result[opening : closing + 1] = _run_labels(code, opening, closing + 1)
    return result


def _direct_cut_short(labels: list[str], opening: int, closing: int) -> bool:
    """Only direct speech opening at the opening mark is labelled inside the marks, and no run
    goes on past the closing one."""
    direct = TYPE_CODES["Direct"]
    after = labels[closing + 1] if closing + 1 < len(labels) else "O"
    return (
        labels[opening] == f"B-{direct}"
        and not after.startswith("I-")
        and all(label == "O" or label[2:] == direct for label in labels[opening : closing + 1])
    )


def _with_quoted_runs_direct(doc: Document, labels: list[str]) -> list[str]:
    """A quotation whose message runs open at its opening mark and stay inside it is direct
    speech as a whole, marks included, even when the tagger typed it otherwise because a "dass"
    or a Konjunktiv stands inside or left its last sentence out: "zitiert den Prediger mit den
    Worten „Wir warnen das Abendland, dass … werden. Oh ihr Ungläubigen, …“". The runs cover at
    least half of it, so a quoted title inside an author's sentence stays as it is."""
    result = list(labels)
    direct = TYPE_CODES["Direct"]
    for opening, closing in quote_pairs(doc, 0, len(doc.tokens), outermost=True):
        inside = labels[opening : closing + 1]
        after = labels[closing + 1] if closing + 1 < len(labels) else "O"
        if labels[opening].startswith("I-") or after.startswith("I-"):
            continue  # a run from before the opening mark or on after the closing one
        if not any(label.startswith("B-") for label in inside[:2]):
            continue
        if all(label[2:] == direct for label in inside if label != "O"):
            continue
        if 2 * sum(label != "O" for label in inside) < len(inside):
            continue
        result[opening : closing + 1] = _run_labels(direct, opening, closing + 1)
    return result


def _framed_after(doc: Document, opening: int, closing: int) -> bool:
    if closing + 2 >= len(doc.tokens) or doc.sentence_of[opening] != doc.sentence_of[closing]:
        return False
    return _frame_after_mark(doc, closing)


def _frame_after_mark(doc: Document, closing: int) -> bool:
    """A comma and a cue verb or "so" right after the closing mark at ``closing``."""
    return doc.lower[closing + 1] == "," and (
        _frame_verb(doc, closing + 2) or _so_frame(doc, closing + 2)
    )


def _framed_before(doc: Document, opening: int) -> bool:
    if _after_with_words(doc, opening) or _second_half(doc, opening):
        return True
    colon = opening - 1
    if colon < 1 or doc.lower[colon] != ":":
        return False
    sentence_start = doc.sentence_starts[doc.sentence_of[colon]]
    first = max(sentence_start, colon - _MAX_COLON_FRAME)
    return any(_frame_verb(doc, index) for index in range(first, colon))


def _second_half(doc: Document, opening: int) -> bool:
    """The quotation resumes after a frame that interrupts it: "„Ich habe alles riskiert“,
    sagte der 29-Jährige im ORF, „das war mein bester Slalom.“" (the frame opens with a cue
    verb right after the first half's closing mark and comma)."""
    comma = opening - 1
    if comma < 1 or doc.lower[comma] != ",":
        return False
    first = max(doc.sentence_starts[doc.sentence_of[comma]], comma - _MAX_SPLIT_FRAME)
    for closing in range(comma - 1, first - 1, -1):
        if doc.quote_mark[closing]:
            return (
                doc.quote_mark[closing] == "close"
                and closing + 2 < comma
                and _frame_after_mark(doc, closing)
            )
    return False


def _after_with_words(doc: Document, opening: int) -> bool:
    """The quotation follows "mit den Worten" or "mit folgenden Worten" without a colon."""
    noun = opening - 1
    first = max(doc.sentence_starts[doc.sentence_of[opening]], noun - 3)
    return noun > 0 and doc.lower[noun] == "worten" and "mit" in doc.lower[first:noun]


#: Words that open a clause hanging on a noun or a purpose, not a reported one: "…, um den Weg
#: freizumachen", "den Fund, der mehr als zehn Knochen umfasst".
_RELATIVE_OPENERS = frozenset(
    "der die das dem den denen deren dessen welcher welche welches welchem welchen".split()
)
_ATTACHED_CLAUSE_OPENERS = _RELATIVE_OPENERS | {"um"}


def _without_attached_clauses(doc: Document, labels: list[str], language: str) -> list[str]:
    """Unlabel a message run that is only a purpose clause ("…, um … zu tun") or a relative
    clause closed by an indicative verb ("…, der … umfasst") after a comma, with no quotation
    mark and no verb of reported speech in it: nobody is quoted there."""
    result = list(labels)
    index = 0
    while index < len(labels):
        if labels[index] == "O":
            index += 1
            continue
        end = index + 1
        while end < len(labels) and labels[end].startswith("I-"):
            end += 1
        if (
            index > 0
            and doc.lower[index - 1] == ","
            and doc.lower[index] in _ATTACHED_CLAUSE_OPENERS
            and _closes_attached_clause(doc, index, end)
            and not any(doc.quote_mark[i] for i in range(index, end))
            and not any(reported_speech_form(doc.lower[i], language) for i in range(index, end))
        ):
            result[index:end] = ["O"] * (end - index)
        index = end
    return result


def _without_main_clause_rest(doc: Document, labels: list[str]) -> list[str]:
    """Unlabel what follows a message framed inside a relative clause once the main clause
    resumes ("Die Partei, deren Chef sagte, er trete zurück, | verliert an Zustimmung")."""
    result = list(labels)
    for number in range(len(doc.sentence_starts)):
        start, end = _sentence_bounds(doc, number)
        clause = _after_leading_frame(doc, start, end)
        if clause is None or clause[1] == end:
            continue
        for index in range(clause[1], end):
            if not doc.in_quote[index] and not doc.quote_mark[index]:
                result[index] = "O"
    return result


def _closes_attached_clause(doc: Document, start: int, end: int) -> bool:
    comma = next((i for i in range(start + 1, end) if doc.lower[i] == ","), None)
    if doc.lower[start] != "um" and comma is not None and _zu_infinitive(doc, comma - 1):
        return False  # a zu-infinitive, then more: "…, die Bank zu boykottieren, allerdings nicht"
    last = end - 1
    while last > start and not doc.lower[last].isalpha():
        last -= 1
    if doc.lower[start] == "um":
        return _zu_infinitive(doc, last)
    if not any(doc.tag[i].startswith("V") for i in range(start, end)):
        return True  # a piece of a relative clause with no verb ("…, die Moskau letzte Woche")
    # A relative clause ends in its finite verb, lower case; an infinitive ends something else
    # ("…, den Neubau zu verzögern").
    return (
        doc.tokens[last].text.islower()
        and doc.tag[last] not in _INFINITIVE_TAGS
        and not _zu_infinitive(doc, last)
    )


#: HanTa's tags of infinitives.
_INFINITIVE_TAGS = frozenset({"VV(INF)", "VA(INF)", "VM(INF)", "VV(IZU)"})


def _with_continued_reports(doc: Document, labels: list[str], language: str) -> list[str]:
    """Label as a continuation of indirect speech an unframed sentence in Konjunktiv I soon
    after a sentence with a quotation or a speech verb (within ``_CONTINUATION_REACH``):
    "…“, sagte Aksoy. Eine Folgestudie könne die Frage klären." — the mood alone says someone
    is still being reported. Chains on."""
    result = list(labels)
    for number in range(1, len(doc.sentence_starts)):
        start, end = _sentence_bounds(doc, number)
        if end - start < _MIN_CONTINUED_SENTENCE or not _soon_after_report(doc, result, number):
            continue
        main_start = _main_clause_start(doc, start, end)
        main_end = _main_clause_end(doc, start, end)
        finite = _first_finite(doc, range(main_start, main_end))
        # "Kessler habe damals eine Garantie zugesagt.": a speech act told in Konjunktiv I is
        # itself reported, so its participle frames nothing here, nor does an infinitive under
        # it ("…, müsse das Land die Schließung vorschreiben.")
        # (only a verb after the finite one: "Die Ermittler erwarten, dass …" has no other)
        reported_from = (
            finite + 1 if finite is not None and _konjunktiv_finite(doc, finite) else None
        )
        if any(labels[i] != "O" for i in range(start, end)) or any(
            _frame_verb(doc, i)
            and not _passive_participle(doc, main_start, i)
            and not (
                reported_from is not None
                and i >= reported_from
                and doc.tag[i].endswith(("(PP)", "(INF)"))
            )
            and not _zu_infinitive(doc, i)  # "…, um die Präsenz zu begründen": a purpose
            for i in range(main_start, main_end)
        ):
            continue
        if not _one_fragment_quoted(doc, start, end, (start, end)):
            continue
        if any(doc.lower[i] == "ich" for i in range(start, end)):
            continue  # "ich habe" is indicative
        # A modal's plural Konjunktiv II ("könnten") continues only right after a reported
        # sentence: the page's own speculation uses it too ("… könnte …" alone stays the page's).
        just_after = any(result[i] != "O" for i in range(doc.sentence_starts[number - 1], start))
        if any(
            konjunktiv_one(doc.tokens[i].text, language)
            or konjunktiv_two(doc.tokens[i].text, language)
            or (
                just_after
                and doc.lower[i].endswith("en")
                and modal_konjunktiv_two(doc.lower[i], language)
            )
            for i in range(start, end)
        ):
            code = TYPE_CODES["IndirectFreeIndirect"]
            result[start:end] = _run_labels(code, start, end)
    return result


def _soon_after_report(doc: Document, labels: list[str], number: int) -> bool:
    """A quotation or a speech verb within ``_CONTINUATION_REACH`` sentences before sentence
    ``number``."""
    start = doc.sentence_starts[number]
    previous = range(doc.sentence_starts[max(0, number - _CONTINUATION_REACH)], start)
    return any(labels[i] != "O" or _frame_verb(doc, i) for i in previous)


def _with_reported_frames(doc: Document, labels: list[str], language: str) -> list[str]:
    """Label whole, as a continuation, a sentence soon after reported speech that opens with a
    frame in Konjunktiv I: "…, sagte Weber. Ein Manager habe ihm berichtet, das Werk werde
    geschlossen." Weber still speaks; the Manager's words come back nested in his."""
    result = list(labels)
    code = TYPE_CODES["IndirectFreeIndirect"]
    for number in range(1, len(doc.sentence_starts)):
        start, end = _sentence_bounds(doc, number)
        if end - start < _MIN_CONTINUED_SENTENCE or not _soon_after_report(doc, result, number):
            continue
        if _reported_whole(result, start, end):
            continue
        # the frame is the sentence's own main clause ("Herr Castellano sagte, ein Ingenieur
        # habe ihm erzählt, …" is framed by "sagte"), and the tagger reads its message as one
        finite = _first_finite(doc, range(start, end))
        if finite is None or not _konjunktiv_finite(doc, finite):
            continue
        found = _nested_frame(doc, _Run(start, end, code), language)
        if found is not None and all(result[i] != "O" for i in range(found[2].start, found[2].end)):
            result[start:end] = _run_labels(code, start, end)
    return result


def _without_colon_frames(doc: Document, labels: list[str], language: str) -> list[str]:
    """Give back the frame of a run that opens its sentence with a clause in the indicative
    ending in a colon before a clause in Konjunktiv: "Dieser reagierte gelassen: Er freue sich
    …" is Indirect speech of "Dieser", whose own words the page tells plainly."""
    result = list(labels)
    for run in _runs(labels):
        if not _sentence_start(doc, run.start):
            continue
        last = min(run.end, run.start + _MAX_COLON_CLAUSE + 1)
        colon = next((i for i in range(run.start + 2, last) if doc.lower[i] == ":"), None)
        if colon is None or run.end - colon <= _MIN_NESTED_MESSAGE:
            continue
        frame = range(run.start, colon)
        if any(doc.quote_mark[i] or doc.lower[i] in CLAUSE_ENDS for i in frame):
            continue
        said = _first_finite(doc, frame)
        told = _first_finite(doc, range(colon + 1, run.end))
        if said is None or told is None or reported_speech_form(doc.lower[said], language):
            continue
        if not (
            reported_speech_form(doc.lower[told], language)
            or konjunktiv_two(doc.lower[told], language)
            or modal_konjunktiv_two(doc.lower[told], language)
        ):
            continue
        result[run.start : colon + 1] = ["O"] * (colon + 1 - run.start)
        code = TYPE_CODES["Indirect"]
        result[colon + 1 : run.end] = _run_labels(code, colon + 1, run.end)
    return result


#: Most words of a clause that frames the message after its colon ("Marsh verwies dagegen auf
#: die hohen Zinsen:").
_MAX_COLON_CLAUSE = 10


def _with_reported_rest(doc: Document, labels: list[str]) -> list[str]:
    """A message run that covers one end of its sentence takes in the rest of it when the rest
    is reported as well: "Man habe alles geprüft, | die Nachfrage breche jedoch ein." and
    "Wenn X festhalte, müsse die Firma die Gelder zurückzahlen, | die sie erhalten habe." (a
    Konjunktiv I in the rest, and no frame, source or quote mark there)."""
    result = list(labels)
    for run in _runs(labels):
        number = doc.sentence_of[run.start]
        start, end = _sentence_bounds(doc, number)
        if doc.sentence_of[run.end - 1] != number or not (start < run.end and run.start < end):
            continue
        if run.start == start and run.end < end:
            rest = range(run.end, end)  # the run opens the sentence
        elif run.start > start and run.end >= end:
            rest = range(start, run.start)  # the run closes it
        else:
            continue
        if any(labels[i] != "O" for i in rest) or not _reported_rest(doc, rest):
            continue
        result[rest.start : rest.stop] = [f"I-{run.code}"] * len(rest)
        if rest.start == start:
            result[start] = f"B-{run.code}"
            result[run.start] = f"I-{run.code}"
    return result


def _reported_rest(doc: Document, rest: range) -> bool:
    """The first finite verb of the tokens in Konjunktiv I ("…, die Nachfrage breche ein", not
    "X stellte … in Aussicht"), no indicative auxiliary ("X hat … angeregt") and nothing that
    frames or sources them: no speech verb (after a comma only, when the rest follows the run:
    "…, sagte sie"), no "laut", "zufolge", "wie", no quote mark."""
    closing = rest.start > 0 and doc.sentence_of[rest.start - 1] == doc.sentence_of[rest.start]
    for index in rest:
        framed = _frame_verb(doc, index) and (not closing or doc.lower[index - 1] == ",")
        if framed or doc.lower[index] in _NO_REPORTED_REST or doc.quote_mark[index]:
            return False
    finite = _first_finite(doc, rest)
    return finite is not None and _konjunktiv_finite(doc, finite)


#: Words that keep a rest of a sentence from a reported message beside it: sources ("nach" is
#: mostly none) and finite auxiliaries only the indicative has.
_NO_REPORTED_REST = frozenset("laut zufolge wie hat hatte hatten ist sind war waren wird".split())


#: Finite forms of "lassen" that have another speak for the subject ("ließ … zurückweisen").
_CAUSATIVES = frozenset({"ließ", "ließen", "lässt", "lassen", "läßt"})

#: Present forms of "sollen" that, with a perfect infinitive, report hearsay.
_HEARSAY_MODALS = frozenset({"soll", "sollen"})


def _with_hearsay_modals(doc: Document, labels: list[str]) -> list[str]:
    """Label as free indirect speech an unframed sentence whose "soll"/"sollen" governs a
    perfect infinitive closing it ("Im Département sollen drei Hallen abgebrannt sein."): the
    modal itself says the page relays what someone else claims."""
    result = list(labels)
    for number in range(len(doc.sentence_starts)):
        start, end = _sentence_bounds(doc, number)
        if end - start < _MIN_CONTINUED_SENTENCE or any(
            labels[i] != "O" for i in range(start, end)
        ):
            continue
        if doc.lower[end - 1] not in ("haben", "sein") or not doc.tag[end - 2].endswith("(PP)"):
            continue  # a perfect infinitive ("abgebrannt sein"), not a plan ("sollen es … sein")
        modal = next((i for i in range(start, end) if doc.lower[i] in _HEARSAY_MODALS), None)
        if modal is None or modal > start + _MAX_LEADING_PHRASE:
            continue
        if any(
            (_frame_verb(doc, i) and not _in_modal_chain(doc, modal, i))
            or doc.lower[i] in _SOURCE_WORDS
            for i in range(start, end)
        ):
            continue  # a frame or a source ("Nach Recherchen der ARD sollen …") names the speaker
        if not _one_fragment_quoted(doc, start, end, (start, end)):
            continue
        code = TYPE_CODES["FreeIndirect"]
        result[start:end] = _run_labels(code, start, end)
    return result


def _in_modal_chain(doc: Document, modal: int, index: int) -> bool:
    """A verb form after the hearsay modal that is not finite is what the claim says was done
    ("sollen vor Sturmschäden gewarnt und … ausgeführte Arbeiten abgerechnet haben"), no
    frame of the sentence."""
    return index > modal and not doc.tag[index].endswith("(FIN)")


def _with_continued_plans(doc: Document, labels: list[str]) -> list[str]:
    """Label as free indirect speech an unframed sentence right after a quotation whose main
    clause turns on "soll"/"sollen" ("…, teilte der Feuerwehrsprecher mit. Der Fahrer soll
    befragt werden."): the plan or claim is still the source's, not the page's finding. Only
    the sentence right after one with a message, and only when the modal is its main clause's
    finite verb ("…, welche Behörden Zugriff haben sollen" is no such sentence)."""
    result = list(labels)
    for number in range(1, len(doc.sentence_starts)):
        start, end = _sentence_bounds(doc, number)
        previous = range(doc.sentence_starts[number - 1], start)
        if end - start < _MIN_CONTINUED_SENTENCE or not any(labels[i] != "O" for i in previous):
            continue
        if any(labels[i] != "O" for i in range(start, end)):
            continue
        main = _main_clause_start(doc, start, end)
        finite = _first_finite(doc, range(main, end))
        if finite is None or doc.lower[finite] not in _HEARSAY_MODALS:
            continue
        if any(doc.lower[i] == "," for i in range(main, finite)):
            continue  # the modal of a clause inside the first phrase, not of the sentence
        if any(_frame_verb(doc, i) or doc.lower[i] in _SOURCE_WORDS for i in range(start, end)):
            continue  # a frame or a source of its own names its speaker
        if not _one_fragment_quoted(doc, start, end, (start, end)):
            continue
        result[start:end] = _run_labels(TYPE_CODES["FreeIndirect"], start, end)
    return result


def _passive_participle(doc: Document, clause_start: int, index: int) -> bool:
    """A speech verb closing its clause after a form of "werden" ("ein Bericht werde im Herbst
    erwartet"): a passive participle, it frames no message."""
    closes = index + 1 >= len(doc.tokens) or doc.lower[index + 1] in CLAUSE_ENDS
    return closes and _passive_auxiliary_in(doc, range(clause_start, index))


def _passive_auxiliary_in(doc: Document, indices: range) -> bool:
    """Whether a form of "werden" stands at one of ``indices``."""
    return any(doc.lower[i] in _PASSIVE_AUXILIARIES for i in indices)


def _with_leading_conditions(doc: Document, labels: list[str]) -> list[str]:
    """ "Sollte sich der Verdacht bestätigen, werde man reagieren.": a message that begins with
    the main clause takes in the subordinate clause that opens its sentence — a condition
    always, another dependent clause when the main clause opens with a Konjunktiv I ("Was die
    Einwohner wollten, sei das freie Wahlrecht."; "Wie X sagte, …" is a frame)."""
    result = list(labels)
    for number in range(len(doc.sentence_starts)):
        start, end = _sentence_bounds(doc, number)
        opener = start
        if doc.lower[start] in _CONDITION_FOCUS and start + 1 < end:
            opener = start + 1  # "Erst wenn der Regen einsetze, sei …": the condition's focus
        if doc.lower[opener] not in _LEADING_CLAUSE_OPENERS:
            continue
        if doc.lower[opener] in _CONDITIONS:
            main = _main_clause_start(doc, opener, end)
        else:
            comma = next((i for i in range(start + 1, end) if doc.lower[i] == ","), end)
            main = comma + 1
            if main >= end or not _konjunktiv_finite(doc, main):
                continue
        if (
            start < main < end
            and labels[main].startswith("B-")
            and all(label == "O" for label in labels[start:main])
        ):
            code = labels[main][2:]
            result[start:main] = _run_labels(code, start, main)
            result[main] = f"I-{code}"
    return result


#: Focus words before a leading condition ("Erst wenn …", "Nur falls …").
_CONDITION_FOCUS = frozenset("erst nur selbst auch gerade sogar".split())
#: Openers of a leading dependent clause that a reported main clause takes in.
_REPORTED_LEADING_CLAUSES = _DEPENDENT_OPENERS - {"wie", "dass", "als"}
_LEADING_CLAUSE_OPENERS = _CONDITIONS | _REPORTED_LEADING_CLAUSES


def _opens_subordinate(doc: Document, start: int) -> bool:
    return doc.lower[start] in _SUBORDINATORS or doc.lower[start] in _CONDITION_VERBS


def _main_clause_start(doc: Document, start: int, end: int) -> int:
    """Where the main clause begins after a leading subordinate clause ("Sollte sich der
    Verdacht bestätigen, drohe …": a speech verb in the condition frames nothing)."""
    if not _opens_subordinate(doc, start):
        return start
    comma = next((i for i in range(start + 1, end) if doc.lower[i] == ","), None)
    return start if comma is None else comma + 1


def _main_clause_end(doc: Document, start: int, end: int) -> int:
    """Where a trailing subordinate clause begins (", sollte sich ein Investor finden", ", weil
    …"): a speech verb in it frames nothing."""
    return next(
        (
            i
            for i in range(start + 1, end - 1)
            if doc.lower[i] == "," and doc.lower[i + 1] in _TRAILING_CLAUSE_OPENERS
        ),
        end,
    )


def _with_infinitive_complements(
    doc: Document, labels: list[str], konjunktiv: frozenset[str]
) -> list[str]:
    """ "Der Bürgermeister warf dem Fraktionschef vor, das Projekt zu blockieren.", "Die
    Polizei forderte die Anwohner auf, die Fenster geschlossen zu halten.": the zu-infinitive a
    speech verb governs is indirect speech, in a sentence the tagger saw nothing in or took
    whole, frame and all."""
    result = list(labels)
    code = TYPE_CODES["Indirect"]
    for number in range(len(doc.sentence_starts)):
        start, end = _sentence_bounds(doc, number)
        first = _infinitive_complement(doc, start, end)
        # Untouched, or taken whole with its frame ("X warf Y vor, …" is a speech act too)
        # when the frame is no reported clause itself ("Allerdings sei es geboten, … zu").
        if first is not None and (
            all(labels[index] == "O" for index in range(start, end))
            or (
                all(labels[index] != "O" for index in range(start, first))
                and not any(
                    doc.lower[index] in konjunktiv or maybe_konjunktiv(doc, index)
                    for index in range(start, first)
                )
            )
        ):
            sentence_end = _sentence_end(doc, number)
            result[start:sentence_end] = ["O"] * (sentence_end - start)
            result[first:end] = _run_labels(code, first, end)
    return result


def _infinitive_complement(doc: Document, start: int, end: int) -> int | None:
    """Where the zu-infinitive clause after a speech verb begins: the sentence ends with the
    infinitive, or with a condition after it ("…, gegen den Entwurf zu stimmen, sollte er …"),
    and the clause holds no finite verb (no relative or dass-clause)."""
    if end - start < _MIN_FRAMED_SENTENCE:
        return None
    if not _zu_infinitive(doc, end - 1):
        # A condition or a relative clause after the infinitive goes with the message ("…,
        # gegen den Entwurf zu stimmen, sollte er …", "… abgerechnet zu haben, die nie …"); the
        # infinitive clause ends before it.
        after = next(
            (
                c
                for c in range(end - 2, start, -1)
                if doc.lower[c] == ","
                and (doc.lower[c + 1] in _CONDITIONS or doc.lower[c + 1] in _RELATIVE_OPENERS)
            ),
            None,
        )
        if after is None or not _zu_infinitive(doc, after - 1):
            return None
        end = after
    verb = next(
        (
            i
            for i in range(start + 1, min(end, start + _MAX_LEADING_FRAME))
            if _frame_verb(doc, i) or _intent_frame(doc, i)
        ),
        None,
    )
    if verb is None:
        # "…, denen unter anderem Correa vorwirft, Urheber der Krise zu sein.": the verb of a
        # late clause, right before the comma that opens the infinitive
        last_comma = next((i for i in range(end - 2, start, -1) if doc.lower[i] == ","), None)
        if last_comma is None or not _frame_verb(doc, last_comma - 1):
            return None
        verb = last_comma - 1
    apposition_end = -1
    for comma in range(verb + 1, end - 2):
        if (
            doc.lower[comma] in _SENTENCE_FINAL and not _initial_stop(doc, comma)
        ) or doc.quote_mark[comma]:
            return None
        if doc.lower[comma] != "," or comma <= apposition_end:
            continue
        closing = _apposition_after(doc, comma, end)
        if closing is not None:
            apposition_end = closing
            continue
        if doc.lower[comma + 1] in _ADVERBIAL_INFINITIVES or _noun_complement(doc, verb, comma):
            return None
        return None if _holds_finite_verb(doc, range(comma + 1, end)) else comma + 1
    return _commaless_complement(doc, verb, end)


def _with_noun_clauses(doc: Document, labels: list[str]) -> list[str]:
    """ "Die Beobachter kamen zum Ergebnis, dass die Wahl freier war.", "Er unterstützt die
    Forderungen der SPD, die Bank zu boykottieren.": the dass-clause or zu-infinitive a noun of
    speech governs is indirect speech, in a sentence the tagger saw nothing in."""
    result = list(labels)
    code = TYPE_CODES["Indirect"]
    for number in range(len(doc.sentence_starts)):
        start, end = _sentence_bounds(doc, number)
        if any(labels[index] != "O" for index in range(start, end)):
            continue
        clause = _noun_clause(doc, start, end)
        if clause is not None:
            result[clause[0] : clause[1]] = _run_labels(code, *clause)
    return result


def _noun_clause(doc: Document, start: int, end: int) -> tuple[int, int] | None:
    """The clause a noun of speech governs after its comma: a dass- or ob-clause up to the
    comma before the main clause goes on ("…, dass …, kam spät") or the sentence end, or a
    zu-infinitive closing the sentence."""
    for noun in range(start, end):
        comma = _frame_noun_comma(doc, noun, end)
        if comma is None:
            continue
        kinds = _frame_nouns(doc.language)[doc.lower[noun]]
        first = comma + 1
        if doc.lower[first] in ("dass", "ob") and "dass" in kinds:
            rest = range(first + 1, end - 1)
            resumed = next(
                (i for i in rest if doc.lower[i] == "," and _finite_verb(doc, i + 1)), end
            )
            return first, resumed
        if (
            "zu" in kinds
            and _zu_infinitive(doc, end - 1)
            and not _holds_finite_verb(doc, range(first, end))
        ):
            return first, end
    return None


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


def _commaless_complement(doc: Document, verb: int, end: int) -> int | None:
    """ "Mubarak hatte angekündigt bei der Wahl erneut anzutreten": the comma before an
    infinitive group is optional, so after a speech verb's participle the infinitive clause
    may follow unmarked; it holds no finite verb and no other comma."""
    if not doc.tag[verb].endswith("(PP)") or end - verb < _MIN_COMMALESS_INFINITIVE:
        return None
    clause = range(verb + 1, end)
    if any(doc.lower[i] in CLAUSE_ENDS or doc.quote_mark[i] for i in clause):
        return None
    return None if _holds_finite_verb(doc, clause) else verb + 1


def _holds_finite_verb(doc: Document, clause: range) -> bool:
    """A finite verb not right after "zu" (the tagger may call "zu übergeben" finite) nor
    before "zu" and an infinitive ("schlagen zu können"): the clause is no infinitive group but
    a relative or dass-clause."""
    return any(
        _finite_verb(doc, i) and doc.lower[i - 1] != "zu" and not _before_zu_infinitive(doc, i)
        for i in clause
    )


def _before_zu_infinitive(doc: Document, index: int) -> bool:
    """ "schlagen | zu können", "gefunden | zu haben": the word before an infinitive with "zu"
    ("sind zu sehen" is a finite auxiliary with its infinitive)."""
    following = index + 2
    if following >= len(doc.tokens) or doc.lower[index + 1] != "zu" or doc.tag[index][:2] == "VA":
        return False
    lemma, tag = analyse(doc.tokens[following].text)
    return tag.endswith("(INF)") or doc.tokens[following].text == lemma  # "können" reads as finite


#: Fewest tokens from a participle to the sentence end for an infinitive group after it with no
#: comma: the infinitive, "zu" or a word with it, and the full stop.
_MIN_COMMALESS_INFINITIVE = 4


def _noun_complement(doc: Document, verb: int, comma: int) -> bool:
    """ "bezeichnete es als Versuch, … zu hindern", "die Bereitschaft, … zu": the infinitive
    completes a noun, not the speech verb ("bat Spaziergänger, … zu führen" is the verb's)."""
    if doc.tokens[comma - 1].text.islower():
        return False
    return "als" in doc.lower[verb:comma] or doc.lower[comma - 1].endswith(_ABSTRACT_ENDINGS)


def _zu_infinitive(doc: Document, index: int) -> bool:
    """ "zu blockieren", "zurückgehalten zu haben", "anzunehmen"."""
    text = doc.tokens[index].text
    if not (text.isalpha() and text.islower()):
        return False
    return doc.lower[index - 1] == "zu" or analyse(text)[1].endswith("(IZU)")


def _apposition_after(doc: Document, comma: int, end: int) -> int | None:
    """The closing comma of ", Stefan Wolf,", which names what precedes it: capitalised words
    up to the next comma."""
    closing = next((i for i in range(comma + 1, min(end, comma + 6)) if doc.lower[i] == ","), None)
    if closing is None or not all(
        doc.tokens[i].text[:1].isupper() or _initial_stop(doc, i) for i in range(comma + 1, closing)
    ):
        return None
    return closing


def _initial_stop(doc: Document, index: int) -> bool:
    return initial_stop(doc.lower[index], doc.tokens[index - 1].text if index else "")


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


def _sentence_clause(
    doc: Document, labels: list[str], number: int, konjunktiv: frozenset[str]
) -> tuple[int, int] | None:
    start, end = _sentence_bounds(doc, number)
    if end - start < _MIN_FRAMED_SENTENCE:
        return None
    clause = _framed_clause(doc, start, end)
    if clause is not None and not (
        _reported_clause(doc, *clause, konjunktiv)
        or _after_wie_frame(doc, start, clause[0])
        or _before_wie_frame(doc, clause[1])
        or _before_so_frame(doc, clause[1])
    ):
        clause = None
    if clause is None and _pointed_back_at(doc, number):
        clause = start, end
    closing = end < len(doc.tokens) and doc.quote_mark[end] == "close"
    if clause is not None and clause[1] == end and closing:
        clause = clause[0], end + 1  # "…, er erwarte „volle Transparenz“.": the fragment closes
    if clause is None or not _one_fragment_quoted(doc, start, end, clause):
        return None
    first, last = clause
    in_frame = _frame_relative_tokens(doc, last, end)
    if any(
        labels[i] != "O" for i in range(start, end) if not first <= i < last and i not in in_frame
    ):
        return None  # the tagger saw something else in this sentence
    return clause


def _after_wie_frame(doc: Document, start: int, first: int) -> bool:
    """ "Wie es aus Ermittlerkreisen hieß, war Alkohol im Spiel.": after a fronted "wie" frame
    the finite verb opens the main clause, whatever its mood."""
    return doc.lower[start] == "wie" and first > start and _finite_verb(doc, first)


def _before_wie_frame(doc: Document, comma: int) -> bool:
    """ "Zwei Fischer werden vermisst, wie die Küstenwache mitteilte.": a trailing "wie" frame
    credits its clause whatever the clause's mood."""
    return comma + 1 < len(doc.tokens) and doc.lower[comma + 1] == "wie"


def _before_so_frame(doc: Document, comma: int) -> bool:
    """ "Einigen wurde in den Kopf geschossen, so Verteidigungskreise.": a trailing "so" frame
    credits its clause whatever the clause's mood."""
    return comma + 1 < len(doc.tokens) and doc.lower[comma] == "," and _so_frame(doc, comma + 1)


def _one_fragment_quoted(doc: Document, start: int, end: int, clause: tuple[int, int]) -> bool:
    """No quotation marks in the reported clause, or one pair around words inside it, less
    than half of it and not opening it: "Sein Klient fühle sich „hingehalten“,
    sagte er."; a quoted sentence is direct speech, the tagger's to find. Marks in the frame
    are names ("sagte er dem Sender „Al Jazeera“") and count for nothing."""
    first, last = clause
    marks = [i for i in range(first, last) if doc.quote_mark[i]]
    if not marks:
        return not any(doc.in_quote[i] for i in range(first, last))
    if len(marks) != 2 or marks[0] <= first or marks[-1] >= last:
        return False
    quoted = sum(doc.in_quote[i] and not doc.quote_mark[i] for i in range(first, last))
    return 2 * quoted < last - first


def _framed_clause(doc: Document, start: int, end: int) -> tuple[int, int] | None:
    """The clause of ``[start, end)`` that a trailing or a leading frame reports."""
    return _before_trailing_frame(doc, start, end) or _after_leading_frame(doc, start, end)


def _before_trailing_frame(doc: Document, start: int, end: int) -> tuple[int, int] | None:
    for comma in range(end - 3, start + _MIN_INDIRECT_TOKENS - 1, -1):
        if doc.lower[comma] != ",":
            continue
        if _in_frame_relative(doc, comma, end):
            continue  # "…, sagte der Mann, der anonym bleiben möchte, im Gespräch mit …"
        after = comma + 1
        if ":" in doc.lower[after:end]:
            return None  # "…, ob er … gewesen sei, antwortete er: „…“": the frame is the colon's
        # "X reagierte auf X: Er werde …, schrieb er": the clause starts after the colon
        colons = [i for i in range(start, comma) if doc.lower[i] == ":"]
        first = colons[-1] + 1 if colons else start
        if doc.lower[after] == "wie" and _frame_verb(doc, end - 1):
            return first, comma
        if _so_frame(doc, after) and end - comma <= _MAX_TRAILING_FRAME:
            return first, comma  # "…, so Kongress- und Verteidigungskreise."
        subject = doc.lower[after + 1]
        if (
            _frame_verb(doc, after)
            and (
                subject in PRONOUNS
                or subject in _NOMINATIVE_DETERMINERS
                or subject in _POSSESSIVES  # "…, teilte sein Management mit."
                or doc.tokens[after + 1].text[:1].isupper()
            )
        ):
            return first, comma
        if _perfect_frame(doc, after, end):
            return first, comma
        if _frame_verb(doc, end - 1) and end - comma <= _MAX_TRAILING_FRAME:
            continue  # an apposition inside "…, wie Alan Stern, Direktor der NASA, erklärte"
        if _closing_apposition(doc, after, end):
            continue  # "…, erklärte der Vorsitzende des Ausschusses, Jens Ohlsen."
        return None
    return None


def _closing_apposition(doc: Document, after: int, end: int) -> bool:
    """A short noun phrase from ``after`` to the sentence's end (``end``, its end mark left
    out): the apposition that closes a frame's subject ("…, sagte der Sprecher des Vereins, Jan
    Roth.")."""
    if end - after > _MAX_APPOSITION or end >= len(doc.tokens):
        return False
    return _source_phrase(doc, after, end + 1) == end


def _in_frame_relative(doc: Document, comma: int, end: int) -> bool:
    """``comma`` opens or closes a relative clause ("…, der anonym bleiben möchte, …") whose
    own opening comma follows a frame verb's subject: the frame goes on around it."""
    if doc.lower[comma] != "," or comma + 1 >= len(doc.tokens):
        return False
    if doc.lower[comma + 1] in _RELATIVE_OPENERS:
        opening = comma
    else:
        floor = max(comma - _MAX_RELATIVE, 0)
        opening = next(
            (
                earlier
                for earlier in range(comma - 2, floor, -1)
                if _relative_clause_end(doc, earlier, end) == comma
            ),
            -1,
        )
    return opening > 2 and (_frame_verb(doc, opening - 2) or _frame_verb(doc, opening - 3))


def _frame_relative_tokens(doc: Document, last: int, end: int) -> set[int]:
    """Tokens of the relative clauses inside a trailing frame starting at comma ``last``."""
    tokens: set[int] = set()
    for comma in range(last + 1, end):
        closing = _relative_clause_end(doc, comma, end)
        if closing is None or not _in_frame_relative(doc, comma, end):
            continue
        tokens.update(range(comma + 1, closing))
        rest = range(closing, end)
        if not any(doc.lower[i] in ("und", "dass") or _frame_verb(doc, i) for i in rest):
            tokens.update(rest)  # "…, im Gespräch mit unserer Zeitung.": the frame's adjunct
    return tokens


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


def _after_leading_frame(doc: Document, start: int, end: int) -> tuple[int, int] | None:
    if _opens_subordinate(doc, start):
        return None  # "Wenn sich die Berichte bestätigten, …": the verb is the condition's
    verb = _leading_frame_verb(doc, start, end)
    if verb is None:
        return None
    comma = _frame_comma(doc, verb, end)
    if comma is None:
        return None
    return comma + 1, _relative_frame_end(doc, start, verb, comma, end)


def _leading_frame_verb(doc: Document, start: int, end: int) -> int | None:
    """The first cue verb after the first word of ``[start, end)``, near enough to its start to
    frame the rest."""
    last = min(end, start + _MAX_LEADING_FRAME)
    return next((i for i in range(start + 1, last) if _frame_verb(doc, i)), None)


def _relative_frame_end(doc: Document, start: int, verb: int, comma: int, end: int) -> int:
    """ "Die Partei, deren Chef sagte, er trete zurück, verliert …": a frame inside a relative
    clause reports up to the comma before the main clause's finite verb (in the indicative: a
    Konjunktiv one goes on with the message, "…, sei aber müde")."""
    commas = [i for i in range(start, verb) if doc.lower[i] == ","]
    if not commas or doc.lower[commas[-1] + 1] not in _RELATIVE_OPENERS:
        return end
    if any(not doc.tag[i].startswith(("V", "PTKVZ")) for i in range(verb + 1, comma)):
        return end  # no verb-final clause: ", der Sekretär der Partei sagte gegenüber X, …"
    for index in range(comma + 1, end - 1):
        if doc.in_quote[index] or doc.lower[index] != ",":
            continue
        if _finite_verb(doc, index + 1) and not _konjunktiv_finite(doc, index + 1):
            return index
    return end


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


def _reported_clause(doc: Document, start: int, end: int, konjunktiv: frozenset[str]) -> bool:
    """Reported speech shows its mood ("dass", a Konjunktiv: "habe", "sei", "würde"), or the
    frame holds a main clause in the indicative ("sagte Rice, die USA hielten sich an …")."""
    if doc.lower[start] in _CONDITIONS and "," not in doc.lower[start:end]:
        return False  # "X hatte gedroht, sollte Y den Preis vergeben": a condition, no content
    if end - start < _MIN_INDIRECT_TOKENS:
        # "…, Europa zeige Stärke": a short clause only with a plain Konjunktiv I
        return end - start >= _MIN_KONJUNKTIV_CLAUSE and any(
            konjunktiv_one(doc.tokens[index].text, doc.language) for index in range(start, end)
        )
    if doc.lower[start] == "dass":
        return True
    mood = any(
        doc.lower[index] in konjunktiv
        or maybe_konjunktiv(doc, index)
        or _konjunktiv_finite(doc, index)
        for index in range(start, end)
    )
    return mood or _main_clause(doc, start, end)


def _main_clause(doc: Document, start: int, end: int) -> bool:
    """A subject ("die USA", "sie", "Washington"), then a finite verb: no relative clause
    ("der … gestand"), no list of names, no subordinate clause."""
    word = doc.lower[start]
    if word in _SUBORDINATORS or not (
        word in PRONOUNS or word in _NOMINATIVE_DETERMINERS or doc.tokens[start].text[:1].isupper()
    ):
        return False
    following = start + 1
    if word in _NOMINATIVE_DETERMINERS and doc.tag[following] == "ADJ(A)":
        following += 1  # "Der zuständige Tierarzt soll …": an adjective before the noun
    if word in _NOMINATIVE_DETERMINERS and not doc.tokens[following].text[:1].isupper():
        return False  # "der mehr als zehn Brandstiftungen gestand": a relative pronoun
    second = start + 1
    if word in _NOMINATIVE_DETERMINERS or word in _POSSESSIVES:
        while second < end and doc.tag[second] == "ADJ(A)":
            second += 1
        second += 1  # past the noun
    # "Die Gedichte beschreiben …": the verb right after the subject is finite, whatever form
    # it has alone ("beschreiben" could be an infinitive, "beschrieben" a participle)
    if second < end and doc.tag[second].startswith("V") and doc.tokens[second].text.islower():
        return True
    return any(
        _finite_verb(doc, index)
        for index in range(start + 1, min(end, start + _MAX_SUBJECT_TOKENS + 1))
    )


def _finite_verb(doc: Document, index: int) -> bool:
    text = doc.tokens[index].text
    return text.islower() and analyse(text)[1].endswith("(FIN)")


def _first_finite(doc: Document, indices: Iterable[int]) -> int | None:
    """The first finite verb among token ``indices``."""
    return next((i for i in indices if _finite_verb(doc, i)), None)


def _konjunktiv_finite(doc: Document, index: int) -> bool:
    """A finite verb in Konjunktiv I ("bestreite", "breche", "sei")."""
    return _finite_verb(doc, index) and konjunktiv_one(doc.tokens[index].text, doc.language)


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


def _joined_one_word_runs(labels: list[str]) -> list[str]:
    """A one-token message run right before a "B-" of its code goes on into it: no quotation
    is one word long ("Die" in "B-R B-R I-R …")."""
    result = list(labels)
    for index in range(1, len(result)):
        if result[index].startswith("B-") and result[index - 1] == result[index]:
            result[index] = "I-" + result[index][2:]
    return result


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


def _points_back(doc: Document, run: _Run) -> bool:
    """A one-word run that opens its sentence with "Das"/"Dies": the statement before."""
    return run.end - run.start == 1 and doc.lower[run.start] in _BACK_POINTERS


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


def _acts_behind_sources(doc: Document, drafts: list[_Draft]) -> list[_Draft]:
    """ "Laut BBC sagte der Minister, dass …", "Außerdem hatte er laut X kritisiert, dass …":
    the source relays a speech act, and the clause after the act is its subject's message,
    nested in the source's (the chains stage puts the source before the speaker)."""
    starts = {draft.start for draft in drafts}
    nested: list[_Draft] = []
    for draft in drafts:
        cue = draft.cue
        if cue is None or doc.lower[cue.start] not in _SOURCE_WORDS:
            continue
        start, end = _sentence_bounds(doc, doc.sentence_of[cue.start])
        found = _speech_act(doc, start, end, lambda verb, _: doc.cue_medium[verb] is not None)
        if found is None:
            continue
        subject, verb = found
        if subject is None:
            continue
        comma = next((i for i in range(verb.end, end) if doc.lower[i] in CLAUSE_ENDS), None)
        if comma is None or doc.lower[comma] != "," or not draft.start <= comma < draft.end - 1:
            continue  # the act frames the message: "…, dass …" after it
        if cue.start > comma or subject.distance(draft.speaker or cue) == 0 or comma + 1 in starts:
            continue
        if doc.lower[comma + 1] in _RELATIVE_OPENERS or any(
            _konjunktiv_finite(doc, i) for i in range(start, comma)
        ):
            continue  # "X rechtfertige sich laut Y durch …, die …": the act is the source's words
        runs = [
            _Run(max(run.start, comma + 1), run.end, run.code)
            for run in draft.runs
            if run.end > comma + 1
        ]
        child = _Draft(
            runs,
            QuoteType.INDIRECT,
            speaker=subject,
            cue=verb,
            frame=_Run(min(subject.start, verb.start), comma + 1, "FRM"),
            parent=draft,
            sentences=draft.sentences,
        )
        nested.append(child)
        starts.add(comma + 1)  # two drafts with the same source make one nested quotation
    return nested


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


def _take_relied_on_source(doc: Document, draft: _Draft, words: Lexicon) -> None:
    """ "Laut einem Bericht der Zeitung X, die sich auf Regierungskreise beruft, wird …": the
    relative clause after the source is no part of the message, and the one relied on becomes
    the speaker; the source relays (the chains stage puts it back in the chain)."""
    first = draft.runs[0]
    opener = first.start
    if opener + 3 >= first.end or draft.speaker is None or draft.speaker.end > opener:
        return
    if doc.lower[opener] not in _RELATIVE_OPENERS or doc.lower[opener + 1] != "sich":
        return
    reach = range(opener + 2, min(opener + 3 + _RELYING_ADVERBS, first.end))
    preposition = next((i for i in reach if doc.lower[i] == "auf"), None)
    if preposition is None or not words.relying:
        return
    last = min(first.end - 1, preposition + 1 + _MAX_LEADING_PHRASE)
    for index in range(preposition + 2, last):
        if doc.lower[index] in CLAUSE_ENDS:
            return
        if doc.lower[index].startswith(words.relying) and doc.lower[index + 1] == ",":
            draft.runs[0] = _Run(index + 2, first.end, first.code)
            draft.speaker = _Run(preposition + 1, index, "SPK")
            return


#: Words allowed between "sich" and "auf" ("die sich dabei ausdrücklich auf … beruft").
_RELYING_ADVERBS = 2


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
    named = doc.tag[subject.end - 1] == "NE"
    return subject if named and doc.tag[speaker.end - 1] == "NN" else None


def _told_dative(doc: Document, speaker: _Run) -> bool:
    """ "der Zeitung", "dem Sender": a dative article and a noun for those one tells things."""
    words = entity_words(doc.language)
    return (
        speaker.end - speaker.start == 2
        and doc.lower[speaker.start] in ("der", "dem")
        and doc.lower[speaker.start + 1].endswith(words.told_nouns)
    )


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


def _outside(doc: Document, draft: _Draft, roles: list[_Run]) -> list[_Run]:
    """Roles in the draft's sentences but outside its message."""
    return [
        role
        for role in roles
        if doc.sentence_of[role.start] in draft.sentences and not _inside_message(draft, role)
    ]


def _near(roles: list[_Run], draft: _Draft) -> list[_Run]:
    """Role runs (sorted by start) that start within the role window of ``draft``."""
    # Bisect on the key directly: building a list of starts per draft made long texts quadratic.
    low = bisect.bisect_left(roles, draft.start - _ROLE_WINDOW, key=lambda role: role.start)
    high = bisect.bisect_right(roles, draft.end + _ROLE_WINDOW, key=lambda role: role.start)
    return roles[low:high]


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


def _circumstance(doc: Document, role: _Run) -> bool:
    """A phrase opened or governed by a preposition other than a source one ("am Montag",
    "im Interview", "in einer Rede"); "laut X", "X zufolge" stay sources."""
    previous = doc.lower[role.start - 1] if role.start > 0 else ""
    if previous in {"laut", "gemäß"} or _source_after_nach(doc, role):
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


def _heading_run(doc: Document, run: _Run) -> bool:
    return run.code == "SPK" and run.end == run.start + 1 and _heading_label(doc, run.start)


def _without_heading_labels(doc: Document, labels: list[str]) -> list[str]:
    """A message starts after the heading of its list item ("Arbeitswelt: | Die SPD …")."""
    result = list(labels)
    for index, label in enumerate(labels):
        if label != "O" and _heading_label(doc, index):
            result[index : index + 2] = ["O", "O"]
    return result


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


def _speech_act_subject(doc: Document, start: int, end: int, words: Lexicon) -> _Run | None:
    """ "Er kündigte eine Klage an.", "Der Kreml hat die Berichte dementiert.": a speech-act
    verb in second place, or an auxiliary there and the verb's participle closing the clause;
    its subject opens the sentence or, after an adverb or a prepositional phrase, follows the
    finite verb ("Dagegen protestierte auch der Verband …")."""
    found = _speech_act(
        doc, start, end, lambda verb, clause: words.reports(doc.lower[verb], clause)
    )
    return None if found is None else found[0]


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


@cache
def _source_nouns(language: str) -> tuple[str, ...]:
    return optional_lines(language, "source_nouns.txt")


def _source_drafts(doc: Document, drafts: list[_Draft], language: str) -> list[_Draft]:
    """ "Nach Angaben der Polizei, …" / "Laut X …" in a sentence the taggers left empty, at its
    start or inside it ("… soll nach ersten Meldungen …"): the phrase is the speaker, the
    preposition the cue, the rest of the sentence the message (two pieces around an inner
    phrase)."""
    nouns = _source_nouns(language)
    if not nouns:
        return []
    covered = {sentence for draft in drafts for sentence in draft.sentences}
    bounds = [*doc.sentence_starts, len(doc.tokens)]
    found = []
    for sentence in range(len(doc.sentence_starts)):
        start, end = bounds[sentence], bounds[sentence + 1]
        if sentence in covered:
            continue
        found += _source_draft(doc, sentence, start, end, nouns) or _anaphoric_draft(
            doc, sentence, start, end
        )
    return found


#: Fewest message words a source phrase or "demnach" credits in a sentence of its own.
_MIN_SOURCED_MESSAGE = 3


def _anaphoric_draft(doc: Document, sentence: int, start: int, end: int) -> list[_Draft]:
    """ "Der Bericht liegt vor. Demnach sollen die Kosten steigen." in a sentence the taggers
    left empty: "demnach" opening it or right after its finite verb ("Die Kosten steigen
    demnach …") is speaker and cue, the rest of the sentence the message (in the train split
    the adverb is a speaker in 16 of 27 sentences; temporal "danach" mostly is not)."""
    finite = _first_finite(doc, range(start, min(end, start + _MAX_LEADING_PHRASE)))
    places = {start} if finite is None else {start, finite + 1}
    adverb = next((i for i in sorted(places) if doc.lower[i] in _ANAPHORIC_SOURCES), None)
    if adverb is None or doc.in_quote[adverb]:
        return []
    message_end = end - (doc.lower[end - 1] in _SENTENCE_FINAL)
    pieces = [(start, adverb), (adverb + 1, message_end)]
    runs = [_Run(*piece, TYPE_CODES["Indirect"]) for piece in pieces if piece[1] > piece[0]]
    if sum(run.end - run.start for run in runs) < _MIN_SOURCED_MESSAGE:
        return []
    draft = _Draft(
        runs,
        QuoteType.INDIRECT,
        speaker=_Run(adverb, adverb + 1, "SPK"),
        cue=_Run(adverb, adverb + 1, "CUE"),
        sentences=frozenset({sentence}),
    )
    draft.frame = _frame(doc, draft)
    return [draft]


def _message_tokens(drafts: list[_Draft]) -> set[int]:
    """Token indices inside any draft's message."""
    return {index for draft in drafts for run in draft.runs for index in range(run.start, run.end)}


def _draft_opening_source(
    doc: Document, draft: _Draft, nouns: tuple[str, ...]
) -> tuple[int, int, int] | None:
    """The source opening the sentence of the draft's first message run, if any."""
    sentence = doc.sentence_of[draft.runs[0].start]
    return _opening_source(doc, doc.sentence_starts[sentence], _sentence_end(doc, sentence), nouns)


def _move_opening_sources_out(doc: Document, drafts: list[_Draft], language: str) -> None:
    """ "Nach Angaben der Behörde Cocobod dürften …" where the tagger let the message begin
    inside the source phrase: the phrase is the speaker and the preposition the cue, the
    message begins after the phrase. A speaker of the draft's own outside the phrase wins."""
    nouns = _source_nouns(language)
    if not nouns:
        return
    for draft in drafts:
        first = draft.runs[0]
        source = _draft_opening_source(doc, draft, nouns)
        if source is None:
            continue
        cue, phrase_start, phrase_end = source
        message_start, _ = _trimmed(doc, phrase_end, first.end)
        if not first.start < phrase_end or message_start >= first.end:
            continue  # the message lies after the phrase, or inside it
        if draft.speaker is not None and not cue <= draft.speaker.start < phrase_end:
            continue
        draft.runs[0] = _Run(message_start, first.end, first.code)
        draft.speaker = _Run(phrase_start, phrase_end, "SPK")
        draft.cue = _Run(cue, cue + 1, "CUE")
        draft.frame = _frame(doc, draft)


def _with_clause_after_opening_sources(doc: Document, drafts: list[_Draft], language: str) -> None:
    """ "Laut der New York Times | hat eine Gruppe … erschossen, | die Erschießungen seien …": a
    source opening the sentence vouches for all of it, so a message the tagger began later in
    the sentence begins right after the source phrase, indicative clauses included."""
    nouns = _source_nouns(language)
    if not nouns:
        return
    taken = _message_tokens(drafts)
    for draft in drafts:
        if draft.cue is None or draft.speaker is None:
            continue
        first = draft.runs[0]
        source = _draft_opening_source(doc, draft, nouns)
        if source is None:
            continue
        cue, phrase_start, phrase_end = source
        if draft.cue.start != cue and not phrase_start <= draft.speaker.start < phrase_end:
            continue
        after, speaker = max(cue + 1, phrase_end), draft.speaker
        if speaker.end > after:
            # the tagger's phrase may be longer ("einer am Dienstag veröffentlichten
            # Mitteilung"), but it ends before the clause's finite verb
            verb = _first_finite(doc, range(after, speaker.end))
            if verb is None:
                after = speaker.end
            else:
                speaker = _Run(speaker.start, verb, "SPK")
        message_start, _ = _trimmed(doc, after, first.start)
        if message_start >= first.start:
            continue
        gap = range(message_start, first.start)
        if any(i in taken or doc.lower[i] == ":" or doc.quote_mark[i] for i in gap):
            continue
        draft.runs[0] = _Run(message_start, first.end, first.code)
        draft.speaker = speaker
        draft.cue = _Run(cue, cue + 1, "CUE")
        draft.frame = _frame(doc, draft)


def _widen_source_speakers(doc: Document, drafts: list[_Draft], language: str) -> None:
    """ "nach Einschätzung | von Experten": the tagger took the source noun for the whole
    speaker; the owner after it belongs to the phrase, so the speaker runs to its end."""
    nouns = _source_nouns(language)
    if not nouns:
        return
    for draft in drafts:
        speaker = draft.speaker
        if speaker is None or not doc.lower[speaker.end - 1].endswith(nouns):
            continue
        opener = next(
            (
                index
                for index in range(speaker.start - 1, max(-1, speaker.start - 4), -1)
                if doc.lower[index] in _SOURCE_PREPOSITIONS
            ),
            None,
        )
        if opener is None or not all(
            _lower_word(doc.tokens[i].text) for i in range(opener + 1, speaker.start)
        ):
            continue
        end = _sentence_end(doc, doc.sentence_of[opener])
        phrase_end = _source_phrase(doc, opener + 1, min(end, opener + 1 + _MAX_SOURCE_PHRASE))
        if phrase_end is None or phrase_end <= speaker.end:
            continue
        phrase_end = _source_noun_phrase_end(doc, speaker.end - 1, phrase_end)
        if any(run.start < phrase_end and speaker.end < run.end for run in draft.runs):
            continue  # the tagger gave the words after the noun to the message
        draft.speaker = _Run(speaker.start, phrase_end, "SPK")


def _with_sentence_around_inner_sources(doc: Document, drafts: list[_Draft], language: str) -> None:
    """ "Das Beben soll | nach ersten Meldungen | Schäden verursacht haben, bei dem Einsturz …":
    an inner source vouches for its whole clause, from the sentence start (or the subordinator
    opening the clause) to the sentence end; the tagger took only a piece of it."""
    nouns = _source_nouns(language)
    if not nouns:
        return
    taken = _message_tokens(drafts)
    for draft in drafts:
        if draft.cue is None:
            continue
        sentence = doc.sentence_of[draft.cue.start]
        start, end = _sentence_bounds(doc, sentence)
        source = _inner_source(doc, start, end, nouns)
        if source is None or source[0] != draft.cue.start:
            continue
        cue, phrase_start, phrase_end = source
        clause_start = max(
            (
                i + 1
                for i in range(start, phrase_start - 1)
                if doc.lower[i] == "," and doc.lower[i + 1] in _SUBORDINATORS
            ),
            default=start,
        )
        after = max(cue + 1, phrase_end)
        after = _relative_clause_end(doc, after, end) or after  # "laut X, die sich … beziehen,"
        message_end = end - (doc.lower[end - 1] in _SENTENCE_FINAL)
        pieces = [
            _trimmed(doc, clause_start, min(cue, phrase_start)),
            _trimmed(doc, after, message_end),
        ]
        runs = [_Run(*piece, draft.runs[0].code) for piece in pieces if piece[1] > piece[0]]
        own = {i for run in draft.runs for i in range(run.start, run.end)}
        new = {i for run in runs for i in range(run.start, run.end)} - own
        if not new or not all(
            any(r.start <= run.start and run.end <= r.end for r in runs) for run in draft.runs
        ):
            continue
        if any(i in taken or doc.lower[i] == ":" or doc.quote_mark[i] for i in new):
            continue
        draft.runs = runs
        speaker = draft.speaker  # the tagger's, unless it runs over the phrase's edges
        inside = speaker is not None and phrase_start <= speaker.start < speaker.end <= phrase_end
        if speaker is None or (speaker.start < after and phrase_start < speaker.end and not inside):
            draft.speaker = _Run(phrase_start, phrase_end, "SPK")
        draft.frame = _frame(doc, draft)


def _framed_over_inner_sources(doc: Document, drafts: list[_Draft]) -> None:
    """ "Reinholz sagte am Freitag nach einer Betriebsversammlung, der Betrieb laufe weiter": a
    speech verb whose subject opens the sentence frames the message after its comma; a "nach"/
    "laut"/"zufolge" phrase between them or inside the message is a circumstance or the
    speaker's own source ("…, eine Sanierung würde nach aktuellen Schätzungen … kosten")."""
    for draft in drafts:
        cue, first = draft.cue, draft.runs[0]
        if cue is None or cue.end - cue.start != 1 or first.start < 2:
            continue
        if doc.lower[cue.start] not in _SOURCE_WORDS:
            continue
        if doc.lower[first.start - 1] != "," or cue.start >= draft.runs[-1].end:
            continue
        sentence = doc.sentence_of[first.start]
        if any(doc.sentence_of[run.end - 1] != sentence for run in draft.runs):
            continue
        start = doc.sentence_starts[sentence]
        verb = next(
            (i for i in range(start + 1, min(cue.start, first.start - 1)) if doc.cue_medium[i]),
            None,
        )
        if verb is None or any(run.start < verb for run in draft.runs):
            continue
        subject = _subject_before(doc, verb)
        if subject is None or subject.start != start or not _nominal_opening(doc, start):
            continue
        draft.cue = _Run(verb, verb + 1, "CUE")
        draft.speaker = subject
        draft.frame = _frame(doc, draft)


def _with_clause_before_inner_frames(doc: Document, drafts: list[_Draft]) -> None:
    """ "Die Lage ist ernst, | sagte der Minister, | man müsse sparen": a frame between two
    commas reports the clause before it too, whatever its mood; the tagger took only the
    clause after it."""
    taken = _message_tokens(drafts)
    for draft in drafts:
        if not _inner_frame(doc, draft):
            continue
        assert draft.cue is not None
        verb = draft.cue.start
        sentence = doc.sentence_of[verb]
        colons = [i for i in range(doc.sentence_starts[sentence], verb) if doc.lower[i] == ":"]
        opening = colons[-1] + 1 if colons else doc.sentence_starts[sentence]
        start, end = _trimmed(doc, opening, verb)
        if _statement_clause(doc, start, end) and not any(i in taken for i in range(start, end)):
            draft.runs.insert(0, _Run(start, end, draft.runs[0].code))
            draft.frame = _frame(doc, draft)


def _inner_frame(doc: Document, draft: _Draft) -> bool:
    """Whether the draft's cue opens an inverted frame between two commas right before its
    message: "…, sagte der Minister, | man müsse …", "…, hieß es, | …"."""
    if draft.cue is None or draft.cue.start < 2:
        return False
    verb, comma = draft.cue.start, draft.runs[0].start - 1
    if doc.lower[verb - 1] != "," or doc.lower[comma] != "," or not verb < comma:
        return False
    if not _frame_verb(doc, verb) or "," in doc.lower[verb:comma]:
        return False
    # "Karl Meier, der …, erklärte, …": a frame whose subject stands before it is no inner one
    inverted = draft.speaker is not None and verb < draft.speaker.start < comma
    return inverted or _impersonal_report(doc, verb)


def _statement_clause(doc: Document, start: int, end: int) -> bool:
    """A main clause of its own, unquoted: not a dependent clause or question ("Warum die
    Wahl … fiel"), not a subject with a relative clause ("Der 58-Jährige, der …")."""
    if end - start < _MIN_INDIRECT_TOKENS or doc.lower[start] in _DEPENDENT_OPENERS:
        return False
    if any(doc.in_quote[i] or doc.quote_mark[i] for i in range(start, end)):
        return False
    if any(
        doc.lower[i] == "," and doc.lower[i + 1] in _RELATIVE_OPENERS for i in range(start, end)
    ):
        return False
    return any(_finite_verb(doc, i) for i in range(start, end))


#: Adverbs that point back to the source of the sentence before ("Demnach habe sie …").
_ANAPHORIC_SOURCES = frozenset({"demnach", "demzufolge"})
#: Types of a draft that such an adverb may credit.
_SOURCE_FREE_TYPES = _REPORTING_TYPES | {QuoteType.FREE_INDIRECT}


def _anaphoric_sources(doc: Document, drafts: list[_Draft]) -> None:
    """ "Der Bericht liegt vor. Demnach seien die Kosten gestiegen" / "Die Kosten seien demnach
    gestiegen": a draft without speaker or cue whose sentence holds "demnach" takes the adverb
    as speaker and cue, and leaves it out of the message; a reporting draft is then indirect.
    The speaker stage resolves the adverb to the source before."""
    for draft in drafts:
        if draft.speaker is not None or draft.cue is not None:
            continue
        if draft.type not in _SOURCE_FREE_TYPES:
            continue
        start, end = _sentence_bounds(doc, doc.sentence_of[draft.start])
        adverb = next(
            (
                i
                for i in range(start, min(end, draft.end))
                if doc.lower[i] in _ANAPHORIC_SOURCES and not doc.in_quote[i]
            ),
            None,
        )
        if adverb is None:
            continue
        draft.runs = [piece for run in draft.runs for piece in _without_token(run, adverb)]
        draft.type = QuoteType.INDIRECT
        draft.speaker = _Run(adverb, adverb + 1, "SPK")
        draft.cue = _Run(adverb, adverb + 1, "CUE")
        draft.frame = _frame(doc, draft)


def _without_token(run: _Run, index: int) -> list[_Run]:
    """``run`` split around token ``index`` (unchanged if it lies outside)."""
    if not run.start <= index < run.end:
        return [run]
    pieces = (_Run(run.start, index, run.code), _Run(index + 1, run.end, run.code))
    return [piece for piece in pieces if piece.end > piece.start]


def _source_draft(
    doc: Document, sentence: int, start: int, end: int, nouns: tuple[str, ...]
) -> list[_Draft]:
    source = _opening_source(doc, start, end, nouns) or _inner_source(doc, start, end, nouns)
    if source is None:
        return []
    cue, phrase_start, phrase_end = source
    message_end = end - (doc.lower[end - 1] in _SENTENCE_FINAL)
    pieces = [(start, min(cue, phrase_start)), (max(cue + 1, phrase_end), message_end)]
    runs = [_Run(*_trimmed(doc, *piece), TYPE_CODES["Indirect"]) for piece in pieces]
    runs = [run for run in runs if run.end > run.start]
    if sum(run.end - run.start for run in runs) < _MIN_SOURCED_MESSAGE:
        return []
    draft = _Draft(
        runs,
        QuoteType.INDIRECT,
        speaker=_Run(phrase_start, phrase_end, "SPK"),
        cue=_Run(cue, cue + 1, "CUE"),
        sentences=frozenset({sentence}),
    )
    draft.frame = _frame(doc, draft)
    return [draft]


def _opening_source(
    doc: Document, start: int, end: int, nouns: tuple[str, ...]
) -> tuple[int, int, int] | None:
    """(cue, phrase start, phrase end) of a source opening the sentence: "Nach Angaben der
    Polizei …", "Laut X …", "Den ersten Angaben nach …", "Medienberichten zufolge …"."""
    if doc.lower[start] in _SOURCE_PREPOSITIONS:
        cue, phrase_start = start, start + 1
        phrase_end = _source_phrase(doc, phrase_start, min(end, start + _MAX_SOURCE_PHRASE))
    else:
        phrase_start = start
        phrase_end = _source_phrase(doc, start, min(end, start + _MAX_SOURCE_PHRASE))
        if phrase_end is None or doc.lower[phrase_end] not in _SOURCE_POSTPOSITIONS:
            return None
        cue = phrase_end
    if phrase_end is None:
        return None
    if doc.lower[cue] == "nach" and not _names_source(doc, phrase_start, phrase_end, nouns):
        return None
    return cue, phrase_start, phrase_end


def _inner_source(
    doc: Document, start: int, end: int, nouns: tuple[str, ...]
) -> tuple[int, int, int] | None:
    """A source inside the sentence: "Das Beben soll nach ersten Meldungen Schäden …", "Die
    Erschütterungen waren Berichten der Sender zufolge bis London …". A "nach" phrase must
    name a source noun; a "zufolge" phrase starts right after the finite verb."""
    for index in range(start + 1, end - 1):
        word = doc.lower[index]
        if word in _SOURCE_PREPOSITIONS and doc.tokens[index].text.islower():
            phrase_end = _source_phrase(doc, index + 1, min(end, index + _MAX_SOURCE_PHRASE))
            if phrase_end is None:
                continue
            if word == "laut":  # "laut einer Studie", "laut „Reuters“"; "sehr laut" is none
                named = (
                    doc.tokens[index + 1 + (doc.quote_mark[index + 1] == "open")].text[:1].isupper()
                )
                if doc.lower[index + 1] in _ARTICLES or named:
                    return index, index + 1, phrase_end
                continue
            noun = next(
                (i for i in range(index + 1, phrase_end) if doc.lower[i].endswith(nouns)), None
            )
            if noun is not None:
                return index, index + 1, _source_noun_phrase_end(doc, noun, phrase_end)
        elif word == "zufolge":
            for phrase_start in range(max(start + 1, index - _MAX_SOURCE_PHRASE), index):
                if (
                    _finite_verb(doc, phrase_start - 1)
                    and _source_phrase(doc, phrase_start, index + 1) == index
                ):
                    return index, phrase_start, index
    return None


def _source_noun_phrase_end(doc: Document, noun: int, phrase_end: int) -> int:
    """Inside a sentence the phrase ends at its source noun unless a genitive or a linking
    word follows ("nach Angaben Moskaus", "nach Angaben der Polizei"): in "soll nach ersten
    Meldungen Schäden verursacht haben" the object is no part of the source."""
    follower = noun + 1
    if follower >= phrase_end or doc.lower[follower] in _PHRASE_GLUE:
        return phrase_end
    if _genitive_plural_adjective(doc, follower):
        return phrase_end
    return phrase_end if analyse(doc.tokens[follower].text)[1] == "NE" else follower


def _names_source(doc: Document, start: int, end: int, nouns: tuple[str, ...]) -> bool:
    return any(word.endswith(nouns) for word in doc.lower[start:end])


def _trimmed(doc: Document, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without commas at its edges."""
    while start < end and doc.lower[start] == ",":
        start += 1
    while end > start and doc.lower[end - 1] == ",":
        end -= 1
    return start, end


def _source_phrase(doc: Document, start: int, end: int) -> int | None:
    """End of the noun phrase from ``start``: lower-case words only before a noun or after a
    linking word ("ersten Meldungen der malaysischen Agentur"); None if no noun ends it."""
    expect_noun = True
    index = start
    while index < end:
        text = doc.tokens[index].text
        if index > start and _abbreviation_dot(doc, index):  # "Dr. Emre Aksoy", "Frank M."
            pass
        elif not expect_noun and (closing := _bracketed_name_end(doc, index, end)):
            index = closing  # "Skiverband (DSV)", "Andreas Fendt (Freie Wähler)"
            continue
        elif not expect_noun and (closing := _quoted_name_end(doc, index, end)):
            index = closing  # "Die Bürgerinitiative „Gegenwind Hesselberg“": the noun's name
            continue
        elif expect_noun and (closing := _quoted_name_end(doc, index, end)):
            if index == start:  # "laut „Reuters“": a quoted name alone is the whole source
                return closing if closing < end else None
            index, expect_noun = closing, False  # "ein Bericht der „Westfälischen Rundschau“"
            continue
        elif looks_like_brand(text):  # "Eine Reporterin von n24", "ein Reporter von n-tv"
            expect_noun = False
        elif doc.lower[index] in _PHRASE_GLUE or (expect_noun and _lower_word(text)):
            expect_noun = True
        elif not expect_noun and _genitive_plural_adjective(doc, index):
            expect_noun = True  # "Schätzungen französischer Behörden"
        elif not expect_noun and _name_link(doc, index, end):
            expect_noun = True  # "Movement for Democratic Change", "Banco de España"
        elif _attributive_after_adverbial(doc, start, index):
            expect_noun = True  # "einer am Montag veröffentlichten Mitteilung": the noun follows
        elif text[:1].isupper():
            expect_noun = False
        else:
            break
        index += 1
    if expect_noun or index == start or index >= end:
        return None
    return index


def _genitive_plural_adjective(doc: Document, index: int) -> bool:
    """A strong adjective after a noun opens a genitive plural that belongs to it ("Angaben
    libanesischer Sicherheitskreise"). Written in lower case: a capitalised one after a first
    name is a surname the tagger misread ("Greenpeace-Experte Mathias Edler sieht …")."""
    word = doc.tokens[index].text
    return doc.tag[index] == "ADJ(A)" and word[:1].islower() and word.endswith("er")


#: Lower-case words inside foreign multi-word names ("Movement for Democratic Change").
_NAME_LINKS = frozenset("for of the and de del la du da y".split())


def _name_link(doc: Document, index: int, end: int) -> bool:
    """A foreign name's linking word between two capitalised words."""
    return (
        doc.lower[index] in _NAME_LINKS
        and index + 1 < end
        and doc.tokens[index + 1].text[:1].isupper()
        and doc.tokens[index - 1].text[:1].isupper()
    )


#: Prepositions opening an adverbial inside an attributive phrase ("einer am Montag
#: veröffentlichten Mitteilung").
_ADVERBIAL_OPENERS = frozenset("am im vom in seit bis".split())


def _attributive_after_adverbial(doc: Document, start: int, index: int) -> bool:
    """Whether the attributive adjective at ``index`` follows "article + adverbial" ("einer
    am Montag | veröffentlichten Mitteilung"), so the phrase's noun is still to come."""
    return (
        doc.lower[start] in _ARTICLES
        and doc.lower[start + 1] in _ADVERBIAL_OPENERS
        and analyse(doc.tokens[index].text)[1] == "ADJ(A)"
    )


def _lower_word(text: str) -> bool:
    """A lower-case word, digits and hyphens allowed ("49-jährige")."""
    return text.islower() and text[-1:].isalpha()


def _quoted_name_end(doc: Document, index: int, end: int) -> int | None:
    """The index after a quoted name of up to ``_MAX_QUOTED_NAME`` words opening with a
    capital ("„Westfälische Rundschau“"), else None."""
    if (
        not doc.quote_mark[index]
        or index + 1 >= end
        or not doc.tokens[index + 1].text[:1].isupper()
    ):
        return None
    for closing in range(index + 2, min(end, index + 2 + _MAX_QUOTED_NAME)):
        if doc.quote_mark[closing]:
            return closing + 1
    return None


def _bracketed_name_end(doc: Document, index: int, end: int) -> int | None:
    """The index after a bracketed name of up to ``_MAX_BRACKETED_NAME`` capitalised words
    ("(DSV)", "(Freie Wähler)"), else None."""
    if doc.tokens[index].text != "(":
        return None
    for closing in range(index + 2, min(end, index + 2 + _MAX_BRACKETED_NAME)):
        if doc.tokens[closing].text == ")":
            inside = doc.tokens[index + 1 : closing]
            return closing + 1 if all(t.text[:1].isupper() for t in inside) else None
    return None


def _abbreviation_dot(doc: Document, index: int) -> bool:
    """A full stop glued to a capitalised word that the sentence goes on after: the sentence
    splitter read it as an abbreviation's ("Dr.", an initial "M.")."""
    return (
        doc.lower[index] == "."
        and index + 1 < len(doc.tokens)
        and doc.sentence_of[index + 1] == doc.sentence_of[index]
        and doc.tokens[index - 1].end == doc.tokens[index].start
        and doc.tokens[index - 1].text[:1].isupper()
    )


def _is_title(doc: Document, opening: int, closing: int) -> bool:
    """ "„Washington Post“", "„Tiktaalik roseae“": a quoted name (first word capitalised, no
    verb, at most four words) names a work or an outlet, it is no quotation."""
    inner = range(opening + 1, closing)
    if not 0 < len(inner) <= 4 or not doc.tokens[inner[0]].text[:1].isupper():
        return False
    if opening > 0 and doc.lower[opening - 1] in INDEFINITE_ARTICLES:
        return False  # "von einer „Verhöhnung der Klassiker“": a name takes no "ein"
    return not any(_is_verb_or_end(doc, i) for i in inner)


def _is_verb_or_end(doc: Document, index: int) -> bool:
    return _speech_verb_at(doc, index) or doc.lower[index] in _SENTENCE_FINAL


def _speech_verb_at(doc: Document, index: int) -> bool:
    """A verb of the speech lexicon; capitalised words are nouns even where a verb stem
    matches ("Post" is no "posten")."""
    return doc.tokens[index].text.islower() and doc.cue_medium[index] is not None


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

#: HanTa tags of a word that opens a sentence without being its subject ("Ferner", "Zudem",
#: "Später").
_PLAIN_ADVERB_TAGS = frozenset({"ADV", "PROAV"})
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


def _rule_drafts(doc: Document, language: str) -> list[_Draft]:
    """Direct quotations (quoted runs of three or more tokens) beside a speech verb."""
    drafts = []
    quoted: set[int] = set()
    for opening, closing in quote_pairs(doc, 0, len(doc.tokens)):
        quoted.update(range(opening, closing + 1))
        if closing - opening < 4:
            continue
        message = _Run(opening, closing + 1, TYPE_CODES["Direct"])
        cue = _verb_near(doc, message)
        if cue is None and not _quoted_sentences(doc, opening, closing):
            continue
        draft = _Draft([message], QuoteType.DIRECT, cue=cue)
        draft.sentences = frozenset({doc.sentence_of[opening], doc.sentence_of[closing]})
        if cue is not None:  # without one, whole quoted sentences go on from the speaker before
            draft.speaker = _subject_near(doc, cue, message)
            draft.frame = _frame(doc, draft)
        drafts.append(draft)
    drafts += _rule_indirect_drafts(doc, quoted)
    drafts += _rule_trailing_drafts(doc, drafts, quoted)
    drafts += _object_act_drafts(doc, drafts, quoted, language)
    drafts += _participle_drafts(doc, drafts)
    drafts += _according_to_drafts(doc, drafts, quoted)
    _nest_by_containment(drafts)
    return drafts


def _quoted_sentences(doc: Document, opening: int, closing: int) -> bool:
    """The quotation marks hold whole sentences: nothing of the sentences outside them but
    closing punctuation ('“It takes less than a foot of water.”')."""
    first = doc.sentence_starts[doc.sentence_of[opening]]
    last = _sentence_end(doc, doc.sentence_of[closing])
    after = [doc.tokens[i].text for i in range(closing + 1, last)]
    return opening == first and all(word in _CLAUSE_END_MARKS for word in after)


def _uncovered_sentences(
    doc: Document, drafts: list[_Draft], quoted: set[int]
) -> Iterator[tuple[int, int, int]]:
    """Number and bounds of each sentence no draft covers and no quotation mark touches."""
    covered = {sentence for draft in drafts for sentence in draft.sentences}
    for sentence in range(len(doc.sentence_starts)):
        start, end = _sentence_bounds(doc, sentence)
        if sentence not in covered and not any(i in quoted for i in range(start, end)):
            yield sentence, start, end


def _according_to_drafts(doc: Document, drafts: list[_Draft], quoted: set[int]) -> list[_Draft]:
    """ "According to the Herald, the council will vote." and "The council will vote,
    according to the Herald.": the source is the speaker, "according to" the cue, the rest of
    the sentence the message; sentences another rule covers are left alone."""
    found = []
    for sentence, start, end in _uncovered_sentences(doc, drafts, quoted):
        parts = _according_parts(doc, start, end)
        if parts is None:
            continue
        cue, source, message = parts
        if message.end - message.start < _MIN_INDIRECT_TOKENS:
            continue
        draft = _Draft([message], QuoteType.INDIRECT, speaker=source, cue=cue)
        draft.sentences = frozenset({sentence})
        draft.frame = _frame(doc, draft)
        found.append(draft)
    return found


def _according_parts(doc: Document, start: int, end: int) -> tuple[_Run, _Run, _Run] | None:
    """(cue, source, message) of a sentence opened or closed by "according to X"."""
    code = TYPE_CODES["Indirect"]
    for index in range(start, end - 2):
        if doc.lower[index] != "according" or doc.lower[index + 1] != "to":
            continue
        cue = _Run(index, index + 2, "CUE")
        if index == start:  # "According to X, …"
            comma = next((i for i in range(index + 2, end) if doc.lower[i] == ","), None)
            if comma is None or comma - index - 2 > _MAX_ACCORDING_SOURCE or comma == index + 2:
                return None
            return cue, _Run(index + 2, comma, "SPK"), _Run(comma + 1, end, code)
        if doc.lower[index - 1] == "," and end - index - 2 <= _MAX_ACCORDING_SOURCE:
            return (
                cue,
                _Run(index + 2, end, "SPK"),
                _Run(start, index - 1, code),
            )  # "…, according to X."
        return None
    return None


def _nest_by_containment(drafts: list[_Draft]) -> None:
    """A quotation inside another's message is nested in the smallest one holding it ("Musk
    told Bremmer that Putin had said …")."""
    for inner in drafts:
        holders = [
            outer
            for outer in drafts
            if outer is not inner
            and outer.start <= inner.start
            and inner.end <= outer.end
            and (outer.end - outer.start) > (inner.end - inner.start)
        ]
        if holders and inner.parent is None:
            inner.parent = min(holders, key=lambda outer: outer.end - outer.start)
            if inner.type is QuoteType.DIRECT and inner.parent.speaker is not None:
                # a partial quotation inside someone's indirect speech is theirs
                inner.speaker, inner.cue = inner.parent.speaker, inner.parent.cue


#: Pronouns and articles of English subjects before a speech verb.
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it"})
_ARTICLES_EN = frozenset({"the", "a", "an"})
#: Determiners of a subject noun before an English speech verb ("Her opponents claim").
_DETERMINERS_EN = _ARTICLES_EN | frozenset({"his", "her", "their", "its", "our"})
_CLAUSE_END_MARKS = frozenset({".", ",", ";", ":", "!", "?", "…"})
_FUNCTION_WORDS_EN = frozenset(
    "the a an in on at but and or so this that these those it its as for by with from".split()
)
#: Verbs that take a reported clause without "that" ("said the talks failed").
_CLAUSE_VERBS_EN = frozenset(
    "said says say added told wrote writes write claimed claims claim insisted insist argued "
    "argue warned warn explained stated believes believe thinks think".split()
)
#: Longest source phrase after "according to" ("According to the Springfield Herald, …").
_MAX_ACCORDING_SOURCE = 10
_PREPOSITIONS_EN = frozenset("to for on in at with about by from of into".split())
#: A relative clause between subject and verb is at most this long ("Toller, who chairs …,").
_MAX_RELATIVE = 15
_AUXILIARIES_EN = frozenset({"had", "has", "have", "was", "is", "would", "will", "also"})
#: Auxiliaries before a participle that make it passive ("is said to", "were told").
_PASSIVE_AUXILIARIES_EN = frozenset({"is", "are", "was", "were", "be", "been", "being"})
#: A "that" this many tokens after the verb still opens its clause ("said in a statement that").
_MAX_BEFORE_THAT = 6
#: Shortest reported clause, in tokens, taken as a message.
_MIN_INDIRECT_TOKENS = 4
#: Shortest one with a Konjunktiv I verb, which shows the mood by itself ("Europa zeige Stärke").
_MIN_KONJUNKTIV_CLAUSE = 3


def _rule_indirect_drafts(doc: Document, quoted: set[int]) -> list[_Draft]:
    """Indirect speech by rule, for languages without a trained model: a subject right before
    a speech verb ("Peskov said", "The company said", "A spokesman, Dmitry Peskov, said"), the
    rest of the sentence after it as the message, "that" and a short phrase before it skipped
    ("said in a statement that …"), a name between verb and "that" the addressee."""
    drafts: list[_Draft] = []
    for index in range(1, len(doc.tokens) - 1):
        if doc.cue_medium[index] is None or index in quoted or not doc.tokens[index].text.islower():
            continue  # a capitalised word is a name ("The Washington Post"), not the verb
        if doc.lower[index - 1] in _PASSIVE_AUXILIARIES_EN:
            continue  # "the board is said to have …": hearsay, nobody speaks
        speaker = _subject_before(doc, index)
        if speaker is None:
            continue
        end = index + 1
        while end < len(doc.tokens) and doc.sentence_of[end] == doc.sentence_of[index]:
            end += 1
        start, addressee = _reported_clause_start(doc, index + 1, end)
        has_that = start > index + 1 and doc.lower[start - 1] == "that"
        if not has_that and addressee is None and doc.lower[index] in _TELLING_EN:
            hearer = _told_phrase(doc, start, end)  # "told the paper the situation was …"
            if hearer is not None:
                addressee, start = hearer, hearer.end
        if not has_that and doc.lower[index] not in _CLAUSE_VERBS_EN:
            continue  # "announced the change": an object, no reported clause
        if not has_that and doc.lower[start] in _PREPOSITIONS_EN:
            continue  # "had written to the minister" ("said that about 200 …" is a clause)
        sentence_end = end
        for cut in range(start, end - 2):  # ", according to an email …" credits, not message
            if doc.tokens[cut].text == "," and doc.lower[cut + 1] == "according":
                end = cut
                break
        outer = _outer_trailing_draft(doc, start, sentence_end)
        if outer is not None:  # "The firm denied that …, a spokesman said.": his words hold it
            end = outer.runs[0].end
            drafts.append(outer)
        while end > start and (
            doc.tokens[end - 1].text in _CLAUSE_END_MARKS or _unbalanced_mark(doc, start, end)
        ):
            end -= 1
        if end - start < _MIN_INDIRECT_TOKENS or start in quoted:
            continue  # a clause that is itself a direct quotation is found as one
        draft = _Draft([_Run(start, end, TYPE_CODES["Indirect"])], QuoteType.INDIRECT)
        draft.cue, draft.speaker, draft.addressee = (
            _Run(index, index + 1, "CUE"),
            speaker,
            addressee,
        )
        draft.sentences = frozenset({doc.sentence_of[index]})
        drafts.append(draft)
    return drafts


def _rule_trailing_drafts(doc: Document, drafts: list[_Draft], quoted: set[int]) -> list[_Draft]:
    """Indirect speech with its frame after it, by rule: "Russia threatens no one, he said.",
    "The plan will cost millions, the mayor told reporters on Tuesday.", "…, said Peskov."."""
    found = []
    for _, start, end in _uncovered_sentences(doc, drafts, quoted):
        draft = _closing_frame_draft(doc, start, start + _MIN_INDIRECT_TOKENS, end)
        if draft is not None:
            found.append(draft)
    return found


@cache
def _object_acts(language: str) -> dict[str, str]:
    """Verb forms whose object is what was said ("rejected the claim") → "denial" or
    "accusation" (``object_acts.tsv``)."""
    return _two_columns(language, "object_acts.tsv")


#: Auxiliaries that show a finite clause, not a noun phrase, after a denial ("denied the
#: sirens had failed" is reported speech; "denied the accusation" is a reported act).
_FINITE_AUXILIARIES_EN = frozenset(
    "had has have was were is are would will could can did does do should might may must".split()
)
#: Longest object between "accused" and "of" ("accused the city's former mayor of …").
_MAX_ACCUSED = 8


def _object_act_drafts(
    doc: Document, drafts: list[_Draft], quoted: set[int], language: str
) -> list[_Draft]:
    """Speech acts whose object says what was said, by rule: "City Hall rejected the
    accusation", "Oakes denies 14 counts of fraud" (a reported act: the object is the
    message) and "Okafor accused the mayor of hiding the cost" (indirect: what follows "of")."""
    acts = _object_acts(language)
    taken = _message_tokens(drafts)
    found = []
    for index, word in enumerate(doc.lower):
        act = acts.get(word)
        if act is None or index in quoted or not doc.tokens[index].text.islower():
            continue
        if index + 1 in taken:
            continue  # "denied that …" is found as indirect speech
        speaker = _subject_before(doc, index)
        if speaker is None or (index > 0 and doc.lower[index - 1] in _PASSIVE_AUXILIARIES_EN):
            continue  # "was rejected by the court": the subject did not speak
        end = _clause_end(doc, index + 1)
        if act == "accusation":
            draft = _accusation_draft(doc, index, end)
        else:
            draft = _denial_draft(doc, index, end)
        if draft is None:
            continue
        draft.speaker, draft.cue = speaker, _Run(index, index + 1, "CUE")
        draft.sentences = frozenset({doc.sentence_of[index]})
        found.append(draft)
    return found


def _participle_drafts(doc: Document, drafts: list[_Draft]) -> list[_Draft]:
    """ "Orrin rejected the proposal, saying it undervalued the company": a participle of a
    speech verb after a comma reports what the sentence's subject said, to the sentence end."""
    taken = _message_tokens(drafts)
    found = []
    for index, word in enumerate(doc.lower):
        if word != "saying" or index == 0 or doc.tokens[index - 1].text != ",":
            continue
        if index + 1 in taken:
            continue
        start = index + 2 if doc.lower[index + 1 : index + 2] == ["that"] else index + 1
        end = _sentence_end(doc, doc.sentence_of[index])
        while end > start and doc.tokens[end - 1].text in _CLAUSE_END_MARKS:
            end -= 1
        speaker = _main_subject(doc, drafts, index)
        if speaker is None or end - start < _MIN_INDIRECT_TOKENS:
            continue
        draft = _Draft([_Run(start, end, TYPE_CODES["Indirect"])], QuoteType.INDIRECT)
        draft.speaker, draft.cue = speaker, _Run(index, index + 1, "CUE")
        draft.sentences = frozenset({doc.sentence_of[index]})
        found.append(draft)
    return found


def _main_subject(doc: Document, drafts: list[_Draft], before: int) -> _Run | None:
    """The subject of the sentence's main clause before token ``before``: the speaker of a
    quotation whose cue comes earlier in the sentence, else the noun phrase that opens the
    sentence before its first finite verb ("Eastmere captain Tom Ashworth has …")."""
    sentence = doc.sentence_of[before]
    for draft in drafts:
        cue = draft.cue
        earlier = cue is not None and cue.start < before and doc.sentence_of[cue.start] == sentence
        if earlier and draft.speaker is not None:
            return draft.speaker
    first = doc.sentence_starts[sentence]
    for index in range(first + 1, before):
        word = doc.tokens[index].text
        finite = doc.lower[index] in _FINITE_AUXILIARIES_EN or (
            word.islower() and word.isalpha() and word.endswith("ed")
        )
        if finite:
            subject = _subject_before(doc, index)
            if subject is None or subject.start - first > _MAX_SUBJECT_MODIFIERS:
                return None
            if not all(doc.tokens[i].text.isalpha() for i in range(first, subject.start)):
                return None
            return _Run(first, subject.end, "SPK")  # "Eastmere captain Tom Ashworth"
    return None


#: Words before a name that still belong to the sentence's subject ("Eastmere captain").
_MAX_SUBJECT_MODIFIERS = 3


def _clause_end(doc: Document, start: int) -> int:
    """The first comma, semicolon or colon from ``start``, else the sentence's end."""
    end = start
    sentence_end = _sentence_end(doc, doc.sentence_of[start])
    while end < sentence_end and (
        doc.tokens[end].text not in _CLAUSE_END_MARKS
        or (doc.tokens[end].text == "." and end + 1 < sentence_end)  # "Ms. Castellanos"
        or _inside_number(doc, end)  # "£480,000"
    ):
        end += 1
    return end


def _inside_number(doc: Document, index: int) -> bool:
    """A comma or full stop between digits ("480,000", "2.3")."""
    return (
        0 < index < len(doc.tokens) - 1
        and doc.tokens[index - 1].text[-1:].isdigit()
        and doc.tokens[index + 1].text[:1].isdigit()
        and doc.tokens[index].start == doc.tokens[index - 1].end
    )


def _denial_draft(doc: Document, verb: int, end: int) -> _Draft | None:
    """ "rejected the accusation", "denies 14 counts of fraud": a noun phrase object, not a
    clause ("denied that …", "denied the sirens had failed" are reported speech)."""
    start = verb + 1
    if end - start < 1 or doc.lower[start] in ("that", "to", "it", "he", "she", "they", "we"):
        return None
    that = next((i for i in range(start, end) if doc.lower[i] == "that"), end)
    if any(doc.lower[i] in _FINITE_AUXILIARIES_EN for i in range(start, that)):
        return None  # ("denied a report that it had …": the clause is the report's)
    end = _before_time_tail(doc, start, end)
    return _Draft([_Run(start, end, TYPE_CODES["Reported"])], QuoteType.REPORTED)


@cache
def _time_words(language: str) -> frozenset[str]:
    return frozenset(optional_lines(language, "time_words.txt"))


def _before_time_tail(doc: Document, start: int, end: int) -> int:
    """``end`` moved before a time adverbial that closes the clause ("the claim on
    Wednesday", "the report last week")."""
    times = _time_words(doc.language)
    for index in range(start + 1, end):
        opener = doc.lower[index] in ("on", "in", "at") and index + 1 < end
        # a lower-case one alone ("last week"); a capitalised one after "on", "in" or "at"
        # only ("the Sunday Ledger" is a name)
        alone = doc.lower[index] in times and doc.tokens[index].text.islower()
        if alone or (opener and doc.lower[index + 1] in times):
            return index
    return end


def _accusation_draft(doc: Document, verb: int, end: int) -> _Draft | None:
    """ "accused the mayor of hiding the true cost": what the accused is said to have done."""
    of = next(
        (i for i in range(verb + 2, min(end, verb + 2 + _MAX_ACCUSED)) if doc.lower[i] == "of"),
        None,
    )
    if of is None or end - (of + 1) < 1:
        return None
    end = _before_time_tail(doc, of + 1, end)
    return _Draft([_Run(of + 1, end, TYPE_CODES["Indirect"])], QuoteType.INDIRECT)


def _outer_trailing_draft(doc: Document, start: int, end: int) -> _Draft | None:
    """The quotation a frame closing the sentence makes of all before its comma, when the
    reported clause from ``start`` runs into that frame ("The firm denied that it had
    ignored the workers, a spokesman said.")."""
    first = doc.sentence_starts[doc.sentence_of[start]]
    return _closing_frame_draft(doc, first, start + 1, end)


def _closing_frame_draft(doc: Document, first: int, search_from: int, end: int) -> _Draft | None:
    """Indirect speech from ``first`` to the sentence's last comma (looked for from
    ``search_from`` on) when a frame closes the sentence after that comma; only the last
    comma's clause can be the closing frame."""
    commas = [i for i in range(search_from, end - 1) if doc.lower[i] == ","]
    if not commas:
        return None
    roles = _trailing_frame_roles(doc, commas[-1] + 1, end)
    if roles is None:
        return None
    draft = _Draft([_Run(first, commas[-1], TYPE_CODES["Indirect"])], QuoteType.INDIRECT)
    draft.speaker, draft.cue, draft.addressee = roles
    draft.sentences = frozenset({doc.sentence_of[first]})
    return draft


def _trailing_frame_roles(
    doc: Document, after: int, end: int
) -> tuple[_Run, _Run, _Run | None] | None:
    """Speaker, cue and addressee of an English frame closing its sentence: "he said (on
    Monday)", "the mayor told reporters", "said Peskov"."""
    # Any speech verb may close a sentence ("…, the company announced."), not only those that
    # take a clause without "that" after them.
    verbs = [
        i
        for i in range(after, min(end, after + _MAX_TRAILING_SUBJECT + 1))
        if _speech_verb_at(doc, i)
    ]
    if not verbs:
        return None
    verb = verbs[0]
    if doc.lower[verb - 1] in _PASSIVE_AUXILIARIES_EN:
        return None  # "…, the board is said to have …": hearsay, nobody speaks
    if verb == after:  # "…, said Peskov."
        subject_end = verb + 1
        while subject_end < end and doc.tokens[subject_end].text[:1].isupper():
            subject_end += 1
        closing = _determiner_phrase_end(doc, verb + 1, end) if subject_end == verb + 1 else None
        subject_end = closing or subject_end
        if subject_end == verb + 1:
            return None
        return _Run(verb + 1, subject_end, "SPK"), _Run(verb, verb + 1, "CUE"), None
    subject = _subject_before(doc, verb)
    if subject is not None and subject.start > after and _modifiers(doc, after, subject.start):
        subject = _Run(after, subject.end, "SPK")  # "…, fire officials said."
    if subject is None or subject.start != after:
        return None  # the words between comma and verb are no subject
    addressee = _told_phrase(doc, verb + 1, end) if doc.lower[verb] in _TELLING_EN else None
    return subject, _Run(verb, verb + 1, "CUE"), addressee


def _modifiers(doc: Document, start: int, end: int) -> bool:
    """At most two lower-case words that can only modify a noun after them ("fire", "state")."""
    return end - start <= 2 and all(
        doc.tokens[i].text.isalpha()
        and doc.tokens[i].text.islower()
        and doc.lower[i] not in _FUNCTION_WORDS_EN | _FINITE_AUXILIARIES_EN
        and doc.cue_medium[i] is None
        for i in range(start, end)
    )


def _determiner_phrase_end(doc: Document, start: int, end: int) -> int | None:
    """The end of "the mayor", "a Kremlin spokesman" from ``start``."""
    if start >= end or doc.lower[start] not in _DETERMINERS_EN:
        return None
    last = start + 1
    while last < end and doc.tokens[last].text.replace("-", "").isalpha():
        if doc.lower[last] in _PREPOSITIONS_EN:
            break
        last += 1
    return last if last > start + 1 else None


#: Words between the comma and the verb of a trailing English frame ("a Kremlin spokesman",
#: "researchers at the University of Harrowgate").
_MAX_TRAILING_SUBJECT = 7


def _told_phrase(doc: Document, start: int, end: int) -> _Run | None:
    """The one told, right after "told": an object pronoun, a name or a determiner and its
    noun ("told him", "told Reuters", "told the paper")."""
    if start >= end:
        return None
    word = doc.tokens[start].text
    if doc.lower[start] in _OBJECT_PRONOUNS_EN or (
        word.islower()
        and word.endswith("s")
        and word.isalpha()
        and _bare_plural_speaker(doc, start)
    ):
        return _Run(start, start + 1, "ADR")  # "told him", "told reporters", "told jurors"
    last = start
    if doc.lower[start] in _DETERMINERS_EN:
        last = start + 1
        while last + 1 < end and doc.tokens[last].text[:1].isupper():
            last += 1  # "the Financial Times"
    elif not doc.tokens[start].text[:1].isupper():
        return None
    else:
        while last + 1 < end and doc.tokens[last + 1].text[:1].isupper():
            last += 1  # "told Sky News"
    if last >= end or not doc.tokens[last].text.isalpha():
        return None
    return _Run(start, last + 1, "ADR")


#: Words opening an inserted clause between subject and verb ("The newspaper, citing …,").
_APPOSITION_OPENERS_EN = frozenset({"who", "whose", "which", "citing", "quoting"})
_TELLING_EN = frozenset({"told", "tells", "tell"})
_OBJECT_PRONOUNS_EN = frozenset({"him", "her", "them", "us", "me", "you"})


def _determiner_before(doc: Document, noun: int) -> int | None:
    """Where the English noun phrase ending in ``noun`` opens with a determiner ("the", "a
    senior Pentagon"), at most ``_MAX_NOUN_MODIFIERS`` words before it."""
    for index in range(noun - 1, max(noun - 2 - _MAX_NOUN_MODIFIERS, -1), -1):
        if doc.sentence_of[index] != doc.sentence_of[noun]:
            return None
        if doc.lower[index] in _DETERMINERS_EN:
            return index
        word = doc.tokens[index].text
        if not word.replace("-", "").isalnum() or doc.cue_medium[index] is not None:
            return None  # ("The 61-year-old councilman" has a number in a modifier)
        if word.islower() and doc.lower[index] in _PREPOSITIONS_EN | _AUXILIARIES_EN:
            return None
    return None


#: Words between an English determiner and its noun ("a senior Pentagon official").
_MAX_NOUN_MODIFIERS = 3


def _unbalanced_mark(doc: Document, start: int, end: int) -> bool:
    """The last token is a quotation mark that opens the next sentence's quotation."""
    mark = doc.tokens[end - 1].text
    if mark not in ('"', "“", "”", "„"):
        return False
    return sum(doc.tokens[i].text == mark for i in range(start, end)) % 2 == 1


def _subject_before(doc: Document, verb: int) -> _Run | None:
    """The noun phrase ending right before the verb (or before an appositive in commas)."""
    end = verb
    adverb = doc.tokens[end - 1].text
    if adverb.endswith("ly") and adverb.isalpha() and adverb.islower():
        end -= 1  # "Blake reportedly told" ("Kelly said" keeps its name)
    if doc.lower[end - 1] in _AUXILIARIES_EN:  # "Putin had said"
        end -= 1
    if _age_apposition(doc, end):  # "Okafor, 61, said"
        end -= 3
    if doc.tokens[end - 1].text == ",":  # "A Kremlin spokesman, Dmitry Peskov, said"
        end -= 1
        relative = next(  # "Margaret Toller, who chairs the association, told"
            (
                i
                for i in range(end - 1, max(end - _MAX_RELATIVE, 0), -1)
                if doc.tokens[i].text == "," and doc.lower[i + 1] in _APPOSITION_OPENERS_EN
            ),
            None,
        )
        if relative is not None:
            end = relative
        described = _described_name(doc, end)
        if described is not None:
            return described
    start = end
    while start > 0 and doc.sentence_of[start - 1] == doc.sentence_of[verb]:
        word = doc.tokens[start - 1].text
        bare = word.removesuffix("’s").removesuffix("'s").replace("-", "")
        name = word[:1].isupper() and bare.isalpha()  # ("Prosecutor’s Office")
        if name or doc.lower[start - 1] in _SUBJECT_PRONOUNS:
            start -= 1
        elif word.replace("-", "").isalnum() and word.islower() and start == end:
            # "The company said", "Her opponents claim", "A Pentagon official told": a
            # determiner before the noun, with names or adjectives between
            opening = _determiner_before(doc, start - 1)
            if opening is None and _bare_plural_speaker(doc, start - 1):
                start -= 1  # "officials said", "US officials said": names before it join
                continue
            if opening is None:
                break
            start = opening
            break
        else:
            break
    if start < end and doc.tokens[start].text[:1].isupper():
        start = _described_name_start(doc, start)
    return _Run(start, end, "SPK") if start < end else None


def _described_name_start(doc: Document, start: int) -> int:
    """Where a subject that ends in a name opens: "the University of Harrowgate", "researchers
    at the University of Harrowgate", "Analysts at Korvin Bank", "the tech news site
    Circuitline"; ``start`` is the first capitalised word of the name."""
    sentence = doc.sentence_of[start]

    def word(index: int) -> str:
        inside = index >= 0 and doc.sentence_of[index] == sentence
        return doc.tokens[index].text if inside else ""

    if word(start - 1) == "." and word(start - 2) in entity_words(doc.language).honorifics:
        start -= 2  # "Mr. Vance" (the tokenizer parts "Mr" and its full stop)
    while word(start - 1) == "of" and word(start - 2)[:1].isupper():  # "University of"
        start -= 2
        while word(start - 1)[:1].isupper() and word(start - 1).isalpha():
            start -= 1
    if word(start - 1) == "the":
        start -= 1
    if word(start - 1) in _NAME_PREPOSITIONS_EN and word(start - 2).isalpha():
        role = start - 2  # "researchers at …", "a spokeswoman for …"
        if _bare_plural_speaker(doc, role) or (
            entity_words(doc.language).role(doc.lower[role]) is not None
        ):
            opening = _determiner_before(doc, role)
            return opening if opening is not None else role
        return start
    opening = _determiner_before(doc, start - 1) if word(start - 1).islower() else None
    return opening if opening is not None else start  # "the fitness app Pulsepath"


#: Prepositions that tie a role noun to the body it belongs to ("analysts at Korvin Bank").
_NAME_PREPOSITIONS_EN = frozenset({"at", "of", "for", "from", "with"})


def _age_apposition(doc: Document, end: int) -> bool:
    """ "Okafor, 61," ends at ``end``: an age between commas after a name."""
    return (
        end >= 4
        and doc.tokens[end - 1].text == ","
        and doc.tokens[end - 2].text.isdigit()
        and doc.tokens[end - 3].text == ","
        and doc.tokens[end - 4].text[:1].isupper()
    )


def _bare_plural_speaker(doc: Document, noun: int) -> bool:
    """ "officials", "witnesses", "analysts": a plural role noun needs no determiner to be a
    subject ("Police said …" is found as a name)."""
    word = doc.lower[noun]
    words = entity_words(doc.language)
    if word in words.collective_nouns:  # "police said", "staff said"
        return True
    return word.endswith("s") and any(
        words.role(word.removesuffix(ending)) is not None for ending in ("s", "es")
    )


def _described_name(doc: Document, comma: int) -> _Run | None:
    """ "Sarah Quinn, a regional organiser for the union, said": the name before an apposition
    that opens with an article is the subject, not the apposition's last noun. ``comma`` closes
    the apposition."""
    sentence = doc.sentence_of[comma]
    opening = next(
        (
            i
            for i in range(comma - 1, max(comma - _MAX_RELATIVE, 0), -1)
            if doc.tokens[i].text == "," or doc.sentence_of[i] != sentence
        ),
        None,
    )
    if opening is None or doc.tokens[opening].text != ",":
        return None
    if doc.lower[opening + 1] not in _ARTICLES_EN:
        return None
    start = opening
    while start > 0 and doc.sentence_of[start - 1] == sentence and _name_like(doc, start - 1):
        start -= 1
    return _Run(start, opening, "SPK") if start < opening else None


def _reported_clause_start(doc: Document, after: int, end: int) -> tuple[int, _Run | None]:
    """Where the reported clause begins after the verb, and the addressee before it."""
    that = next(
        (i for i in range(after, min(after + _MAX_BEFORE_THAT, end)) if doc.lower[i] == "that"),
        None,
    )
    if that is not None and any(  # "said a neighbour had told her that …": not this verb's
        (doc.cue_medium[i] is not None and doc.lower[i - 1] not in _ARTICLES_EN)
        or doc.lower[i] in _AUXILIARIES_EN
        for i in range(after, that)
    ):
        that = None  # ("in a statement that" keeps it: a noun after an article)
    if that is None:  # 'He added: "…"' leaves the quoted words to the direct rule
        opens = after < end and doc.tokens[after].text in (",", ":")
        return (after + 1 if opens else after), None
    names = [i for i in range(after, that) if _name_like(doc, i)]
    addressee = _Run(names[0], names[-1] + 1, "ADR") if names and names[0] == after else None
    return that + 1, addressee


#: Tokens after a quotation searched for its verb ('"…," Mr. Vance, 36, told').
_MAX_AFTER_QUOTE = 9


def _verb_near(doc: Document, message: _Run) -> _Run | None:
    """The speech verb nearest after the quotation in its last sentence, else nearest before it
    in its first ('"…," she said.', 'He added: "…"')."""
    after = [
        i
        for i in range(message.end, min(message.end + _MAX_AFTER_QUOTE, len(doc.tokens)))
        if doc.sentence_of[i] == doc.sentence_of[message.end - 1]
    ]
    before = [
        i
        for i in range(message.start - 1, max(message.start - 9, -1), -1)
        if doc.sentence_of[i] == doc.sentence_of[message.start]
    ]
    for index in after + before:
        if doc.cue_medium[index] is not None:
            return _Run(index, index + 1, "CUE")
    return None


def _subject_near(doc: Document, cue: _Run, message: _Run) -> _Run | None:
    """Capitalised words or a pronoun next to the cue: between message and cue when there are
    any ("…," Mr Musk wrote), else on the side away from the message ("…," said Mr Musk)."""
    between = range(message.end, cue.start) if cue.start >= message.end else range(0)
    named = [i for i in between if _name_like(doc, i) and doc.tokens[i].text.isalpha()]
    if named and named[-1] == cue.start - 1:
        start = named[-1]
        while start - 1 in named:
            start -= 1
        return _Run(start, cue.start, "SPK")
    if between and cue.start - message.end > 1:  # '"…," the 58-year-old said'
        described = _subject_before(doc, cue.start)
        if described is not None and described.start >= message.end:
            return described
    step = 1 if cue.start >= message.end else -1
    index = cue.start + step
    skipped = 0
    # Lower-case titles may stand between verb and name ("said coach Maria Lopez").
    while _in_sentence(doc, index, cue) and not _name_like(doc, index) and skipped < 2:
        index += step
        skipped += 1
    start = end = index
    while _in_sentence(doc, index, cue) and _name_like(doc, index):
        start, end = min(start, index), max(end, index + 1)
        index += step
    return _Run(start, end, "SPK") if end > start else None


def _in_sentence(doc: Document, index: int, anchor: _Run) -> bool:
    return 0 <= index < len(doc.tokens) and doc.sentence_of[index] == doc.sentence_of[anchor.start]


def _name_like(doc: Document, index: int) -> bool:
    word = doc.tokens[index].text
    if doc.lower[index] in _FUNCTION_WORDS_EN:  # "The", "In a statement" open sentences
        return False
    return word[0].isupper() or doc.lower[index] in ("he", "she", "they", "we", "i")


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


@cache
def _connective_adverbs(language: str) -> frozenset[str]:
    """Sentence-linking adverbs that never name a speaker ("Dabei bezeichnete er …")."""
    return frozenset(optional_lines(language, "connective_adverbs.txt"))


def _time_adverbial(doc: Document, start: int, end: int) -> int:
    """Where a time adverbial after the subject begins, which is neither speaker nor addressee:
    "teilte das Unternehmen am Donnerstag mit", "sagte der Minister bereits im Mai". It follows
    a noun: after an article or adjective it is an attribute ("einer am Mittwoch
    veröffentlichten Studie", "Der erst kürzlich ernannte Weihbischof"), inside quote marks a
    title ("„Rundschau am Sonntag“")."""
    for index in range(start + 1, end):
        word = doc.lower[index]
        if not nominal(doc.tokens[index - 1].text) or doc.in_quote[index]:
            continue
        if word in _TIME_ADVERBS:
            return index
        following = doc.lower[index + 1] if index + 1 < end else ""
        if word in _TIME_PREPOSITIONS and _time_word(following, doc.language):
            return index
        if (word, following) in _REQUEST_ADVERBIALS:  # "teilte ein Bahnsprecher auf Anfrage mit"
            return index
    return end


#: Adverbials of being asked, which follow the speaker and belong to neither speaker nor
#: addressee.
_REQUEST_ADVERBIALS = frozenset({("auf", "anfrage"), ("auf", "nachfrage"), ("on", "request")})


def _time_word(word: str, language: str) -> bool:
    """A day, part of a day, month or date: "Donnerstag", "Abend", "Mai", "5."."""
    return (
        word.startswith(_WEEKDAYS)
        or word in _TIME_NOUNS
        or word in months(language)
        or word.rstrip(".").isdigit()
    )


def _strip_edges(doc: Document, start: int, end: int) -> tuple[int, int]:
    """Punctuation off both ends; a quote mark stays only when its partner is in the run."""
    while start < end and _loose(doc, start, range(start + 1, end), "close"):
        start += 1
    while end > start and _loose(doc, end - 1, range(start, end - 1), "open"):
        end -= 1
    return start, end


def _loose(doc: Document, index: int, rest: range, partner: str) -> bool:
    if doc.quote_mark[index]:
        return all(doc.quote_mark[i] != partner for i in rest)
    return doc.lower[index] in _EDGE_PUNCTUATION


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
