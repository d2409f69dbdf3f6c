"""Token features for the quotation taggers: words, lexicon hits, quote marks, clause position.

Shared by the quotation stage and by the training script, so the model sees at run time exactly
what it saw in training. Everything is linear in the number of tokens.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from newstrace.lang.entities import entity_words
from newstrace.lang.hanta import analyse
from newstrace.lang.speech import Lexicon, lexicon
from newstrace.model import Span
from newstrace.tokens import Token, tokenize

__all__ = [
    "PRONOUNS",
    "TYPE_CODES",
    "Document",
    "heading_noun",
    "make_document",
    "maybe_konjunktiv",
    "message_features",
    "quote_pairs",
    "role_features",
]

#: Short label codes of the quotation types in the message tagger's B-/I- labels.
TYPE_CODES = {
    "Direct": "D",
    "Indirect": "I",
    "FreeIndirect": "F",
    "IndirectFreeIndirect": "IF",
    "Reported": "R",
}

_OPEN_ONLY = frozenset("„‚")
_CLOSE_ONLY = frozenset("“‘")  # closing in German; an opening “ is handled by depth below
_TOGGLES = frozenset('"')
_GUILLEMETS = frozenset("»«")
_PUNCTUATION_KINDS = {",": "comma", ":": "colon", ".": "stop", "!": "stop", "?": "stop"}
#: Personal and demonstrative pronouns that can stand for a speaker.
PRONOUNS = frozenset(
    ["er", "sie", "es", "ich", "wir", "ihr", "man", "dieser", "diese", "he", "she", "they", "we"]
)


@dataclass(frozen=True, slots=True)
class Document:
    """Tokens of one text with the facts the features need."""

    text: str
    tokens: list[Token]
    lower: list[str]
    sentence_of: list[int]
    sentence_starts: list[int]  # token index where each sentence starts
    in_quote: list[bool]
    quote_mark: list[str]  # "open", "close" or ""
    cue_medium: list[str | None]
    #: STTS tag of each word read alone (HanTa, German only; "" for other tokens and languages).
    tag: list[str]
    language: str


def make_document(text: str, sentences: Sequence[Span], language: str) -> Document:
    tokens = tokenize(text)
    lower = [token.text.lower() for token in tokens]
    sentences = [piece for span in sentences for piece in _without_heading(text, span, language)]
    sentence_of, sentence_starts = _sentence_index(tokens, sentences)
    in_quote, marks = _quote_marks(text, tokens)
    words = lexicon(language)
    media = _cue_media([token.text for token in tokens], lower, sentence_of, words)
    tags = [_word_tag(token.text, language) for token in tokens]
    return Document(
        text, tokens, lower, sentence_of, sentence_starts, in_quote, marks, media, tags, language
    )


#: Clauses after a separable verb whose last word may be its particle (one apposition between).
_PARTICLE_CLAUSES = 3
#: Tokens that end the clause in which a separable verb's particle is looked for.
_PARTICLE_CLAUSE_ENDS = frozenset(',;:.!?–"„“”»«')


def initial_stop(word: str, before: str) -> bool:
    """Whether ``word`` is the full stop of an initial ``before`` ("Stefan H."): no clause or
    sentence ends there."""
    return word == "." and len(before) == 1 and before.isalpha() and before.isupper()


def _cue_media(
    texts: list[str], lower: list[str], sentence_of: list[int], words: Lexicon
) -> list[str | None]:
    """Speech-verb medium per token. A separable verb's bare form needs its particle where a
    verb-second clause puts it, at a clause end ("teilte … mit,", "warf X, dem Chef, vor,");
    a capitalised word with only a separable reading is a noun ("Stellenabbaus")."""
    ends = [
        index
        for index in range(len(lower))
        if (
            lower[index] in _PARTICLE_CLAUSE_ENDS
            and not initial_stop(texts[index], texts[index - 1] if index else "")
        )
        or index + 1 == len(lower)
        or sentence_of[index + 1] != sentence_of[index]
    ]
    media: list[str | None] = []
    for index, word in enumerate(lower):
        if not word.isalpha():
            media.append(None)
            continue
        later: list[str] = []
        if texts[index].islower():
            position = bisect.bisect_right(ends, index)
            for end in ends[position : position + _PARTICLE_CLAUSES]:
                if sentence_of[end] != sentence_of[index]:
                    break
                later.append(lower[end] if lower[end].isalpha() else lower[end - 1])
        medium = words.verb_medium(word, later)
        if medium is None and words.found_out(lower, index):
            medium = _LEARNED_MEDIUM  # "wie Reuters von Insidern erfuhr"
        media.append(medium)
    return media


#: Medium of what a source learned and passed on ("wie Reuters von Insidern erfuhr").
_LEARNED_MEDIUM = "S"


def _word_tag(word: str, language: str) -> str:
    if language != "de" or not word[:1].isalpha():
        return ""
    return analyse(word)[1]


#: A list item's heading opening a line: "Arbeitswelt: Die SPD fordert …".
_HEADING = re.compile(r"([A-ZÄÖÜ][\w-]+):[ \t]+(?=[A-ZÄÖÜ„])")


def _without_heading(text: str, sentence: Span, language: str) -> list[Span]:
    """A common noun and a colon opening a line head a list item and are no part of its first
    sentence, whose subject then opens it; a name or a role noun there may be the speaker
    ("Merkel: …", "Sprecher: …") and stays."""
    match = _HEADING.match(text, sentence.start, sentence.end)
    at_line_start = sentence.start == 0 or text[sentence.start - 1] == "\n"
    if match is None or not at_line_start:
        return [sentence]
    if not heading_noun(match.group(1), language):
        return [sentence]
    return [Span(sentence.start, match.end()), Span(match.end(), sentence.end)]


def heading_noun(word: str, language: str) -> bool:
    """A word that can head a list item before a colon: a common noun that names no role
    ("Bildung:", not "Merkel:" or "Sprecher:", who may be speaking)."""
    return _word_tag(word, language) == "NN" and entity_words(language).role(word) is None


def _sentence_index(tokens: list[Token], sentences: Sequence[Span]) -> tuple[list[int], list[int]]:
    sentence_of: list[int] = []
    starts: list[int] = []
    current = -1
    for index, token in enumerate(tokens):
        while current + 1 < len(sentences) and sentences[current + 1].start <= token.start:
            current += 1
            starts.append(index)
        if current < 0:  # tokens before the first sentence form a sentence of their own
            current = 0
            starts.append(index)
        sentence_of.append(current)
    return sentence_of, starts


def _quote_marks(text: str, tokens: list[Token]) -> tuple[list[bool], list[str]]:
    """Inside-quotation flags and opening/closing roles of quote marks, reset at each line.

    Unbalanced marks cannot leak beyond their paragraph, so a stray „ never swallows a text.
    """
    inside: list[bool] = []
    marks: list[str] = []
    depth = 0
    previous_end = 0
    for token in tokens:
        if text.find("\n", previous_end, token.start) != -1:
            depth = 0
        previous_end = token.end
        mark = _mark_role(token.text, depth)
        if mark == "open":
            depth = min(depth + 1, 3)
            inside.append(True)
        elif mark == "close":
            inside.append(depth > 0)
            depth = max(depth - 1, 0)
        else:
            inside.append(depth > 0)
        marks.append(mark)
    return inside, marks


def _mark_role(word: str, depth: int) -> str:
    if len(word) != 1:
        return ""
    if word in _OPEN_ONLY:
        return "open"
    if word in _CLOSE_ONLY or word == "”":
        return "close" if depth > 0 else "open"
    if word in _TOGGLES or word in _GUILLEMETS:
        return "close" if depth > 0 else "open"
    return ""


_DETERMINERS = frozenset(
    "der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner "
    "sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer unser unsere diese dieser diesem "
    "diesen jede jeder jedem jeden alle".split()
)


def maybe_konjunktiv(doc: Document, index: int) -> bool:
    """A lower-case word in -e that does not follow a determiner: likely a Konjunktiv I verb."""
    word = doc.lower[index]
    own = doc.tokens[index].text
    if len(word) < 4 or not word.endswith("e") or not own.islower() or index == 0:
        return False
    return doc.lower[index - 1] not in _DETERMINERS and doc.cue_medium[index] is None


def _shape(word: str) -> str:
    if word.isdigit():
        return "d"
    if word[0].isupper():
        return "X" if word.isupper() and len(word) > 1 else "Xx"
    if word[0].isalpha():
        return "x"
    return "p"


def _token_flags(doc: Document, index: int, words: Lexicon) -> list[str]:
    word = doc.lower[index]
    flags = []
    if doc.cue_medium[index] is not None:
        flags.append("verb")
    if word in words.nouns:
        flags.append("noun")
    if word in words.markers:
        flags.append("marker")
    if word in words.konjunktiv:
        flags.append("konj")
    elif maybe_konjunktiv(doc, index):
        flags.append("konj?")
    if word in ("dass", "ob", "that", "whether"):
        flags.append("dass")
    if word in PRONOUNS:
        flags.append("pron")
    if word in words.particles:
        flags.append("particle")
    if doc.quote_mark[index]:
        flags.append("q" + doc.quote_mark[index])
    if doc.tag[index].endswith("(FIN)"):
        flags.append("fin")
    return flags


@dataclass(frozen=True, slots=True)
class _SentenceFacts:
    flags: frozenset[str]
    cue_positions: tuple[int, ...]


def _sentence_facts(doc: Document, words: Lexicon) -> list[_SentenceFacts]:
    bounds = [*doc.sentence_starts, len(doc.tokens)]
    facts = []
    for number in range(len(doc.sentence_starts)):
        flags: set[str] = set()
        cues = []
        for index in range(bounds[number], bounds[number + 1]):
            token_flags = _token_flags(doc, index, words)
            flags.update(token_flags)
            if "verb" in token_flags or "noun" in token_flags or "marker" in token_flags:
                cues.append(index)
            if doc.lower[index] == ":":
                flags.add("colon")
        facts.append(_SentenceFacts(frozenset(flags), tuple(cues)))
    return facts


def _bucket(distance: int) -> str:
    if distance <= 2:
        return str(distance)
    return "3-5" if distance <= 5 else ("6-10" if distance <= 10 else "far")


def message_features(doc: Document, language: str) -> list[list[str]]:
    """Feature strings per token for the message tagger."""
    words = lexicon(language)
    facts = _sentence_facts(doc, words)
    flags = [_token_flags(doc, index, words) for index in range(len(doc.tokens))]
    commas_before = _commas_since_sentence_start(doc)
    clauses = _clause_context(doc, flags)
    quoted = _quoted_stretches(doc)
    features = []
    for index in range(len(doc.tokens)):
        features.append(
            _features_at(doc, index, flags, facts, commas_before, quoted) + clauses[index]
        )
    return features


def quote_pairs(
    doc: Document, start: int, end: int, *, outermost: bool = False
) -> Iterator[tuple[int, int]]:
    """Matching opening and closing quote marks within tokens ``[start, end)``, in the order
    they close; with ``outermost``, only pairs no open mark encloses."""
    opened: list[int] = []
    for index in range(start, end):
        if doc.quote_mark[index] == "open":
            opened.append(index)
        elif doc.quote_mark[index] == "close" and opened:
            opening = opened.pop()
            if not (outermost and opened):
                yield opening, index


def _quoted_stretches(doc: Document) -> list[list[str]]:
    """Per token inside quotation marks (marks included): how long the quoted stretch is and
    what stands around it — a quotation is framed ("…“, sagte sie", "…“, so der Chef", "sagte:
    „…“"), a title or a scare quote is not."""
    context: list[list[str]] = [[] for _ in doc.tokens]
    for opening, closing in quote_pairs(doc, 0, len(doc.tokens), outermost=True):
        feats = [
            "qlen=" + _bucket(closing - opening - 1),
            "qnext=" + _after_quote(doc, closing + 1),
            "qprev=" + _before_quote(doc, opening - 1),
        ]
        for inside in range(opening, closing + 1):
            context[inside] = feats
    return context


def _after_quote(doc: Document, index: int) -> str:
    if index >= len(doc.tokens):
        return "end"
    word = doc.lower[index]
    if word != ",":
        return _PUNCTUATION_KINDS.get(word, "word")
    if index + 1 >= len(doc.tokens):
        return "comma"
    if doc.cue_medium[index + 1] is not None:
        return "comma+verb"
    return "comma+so" if doc.lower[index + 1] == "so" else "comma"


def _before_quote(doc: Document, index: int) -> str:
    if index < 0 or doc.sentence_of[index] != doc.sentence_of[index + 1]:
        return "start"
    if doc.cue_medium[index] is not None:
        return "verb"
    return _PUNCTUATION_KINDS.get(doc.lower[index], "word")


_CLAUSE_BREAKS = frozenset(",;:–")
_CLAUSE_FLAGS = frozenset(
    {"verb", "konj", "konj?", "dass", "marker", "noun", "qopen", "pron", "fin"}
)


def _clauses(doc: Document) -> list[tuple[int, int]]:
    """Token ranges between commas, semicolons, colons and dashes, never across sentences."""
    ranges = []
    start = 0
    for index in range(len(doc.tokens)):
        new_sentence = index > 0 and doc.sentence_of[index] != doc.sentence_of[index - 1]
        if new_sentence and index > start:
            ranges.append((start, index))
            start = index
        if doc.lower[index] in _CLAUSE_BREAKS:
            ranges.append((start, index + 1))
            start = index + 1
    if start < len(doc.tokens):
        ranges.append((start, len(doc.tokens)))
    return ranges


def _clause_context(doc: Document, flags: list[list[str]]) -> list[list[str]]:
    """Per token: what its clause and the clauses beside it (same sentence) contain."""
    ranges = _clauses(doc)
    summaries = [
        sorted({flag for i in range(a, b) for flag in flags[i] if flag in _CLAUSE_FLAGS})
        for a, b in ranges
    ]
    context: list[list[str]] = [[] for _ in doc.tokens]
    for number, (start, end) in enumerate(ranges):
        sentence = doc.sentence_of[start]
        feats = ["cl=" + flag for flag in summaries[number]]
        feats.append("clpos=" + ("first" if start == doc.sentence_starts[sentence] else "later"))
        for offset, name in ((-1, "pcl"), (1, "ncl")):
            other = number + offset
            if 0 <= other < len(ranges) and doc.sentence_of[ranges[other][0]] == sentence:
                feats += [f"{name}={flag}" for flag in summaries[other]]
        for index in range(start, end):
            context[index] = feats
    return context


def _commas_since_sentence_start(doc: Document) -> list[int]:
    counts = []
    count = 0
    for index, word in enumerate(doc.lower):
        if index == 0 or doc.sentence_of[index] != doc.sentence_of[index - 1]:
            count = 0
        counts.append(count)
        if word in (",", ":", ";"):
            count += 1
    return counts


def _features_at(
    doc: Document,
    index: int,
    flags: list[list[str]],
    facts: list[_SentenceFacts],
    commas_before: list[int],
    quoted: list[list[str]],
) -> list[str]:
    word = doc.lower[index]
    sentence = doc.sentence_of[index]
    start = doc.sentence_starts[sentence]
    own = doc.tokens[index].text
    feats = [
        "bias",
        "w=" + word,
        "s3=" + word[-3:],
        "s2=" + word[-2:],
        "shape=" + _shape(own),
        "inq=" + str(doc.in_quote[index]),
        "pos=" + _bucket(index - start),
        "commas=" + str(min(commas_before[index], 4)),
        "punct=" + _PUNCTUATION_KINDS.get(word, ""),
        "t=" + doc.tag[index],
    ]
    feats += ["f=" + flag for flag in flags[index]]
    if doc.cue_medium[index]:
        feats.append("medium=" + str(doc.cue_medium[index]))
    feats += _window(doc, index, flags)
    feats += _sentence_context(doc, index, facts)
    return feats + quoted[index]


def _window(doc: Document, index: int, flags: list[list[str]]) -> list[str]:
    feats = []
    for offset in (-3, -2, -1, 1, 2, 3):
        other = index + offset
        prefix = _OFFSET_PREFIX[offset]
        if not 0 <= other < len(doc.tokens):
            feats.append(prefix + "edge")
            continue
        if offset in (-2, -1, 1, 2):
            feats.append(prefix + "w=" + doc.lower[other])
            feats.append(prefix + "t=" + doc.tag[other])
            feats.append(prefix + ("inq=True" if doc.in_quote[other] else "inq=False"))
        if doc.sentence_of[other] != doc.sentence_of[index]:
            feats.append(prefix + "othersent")
        feats += [prefix + "f=" + flag for flag in flags[other]]
    return feats


#: "-3:" … "3:", built once (the window is the hottest loop of feature extraction).
_OFFSET_PREFIX = {offset: f"{offset}:" for offset in (-3, -2, -1, 1, 2, 3)}


def _sentence_context(doc: Document, index: int, facts: list[_SentenceFacts]) -> list[str]:
    sentence = doc.sentence_of[index]
    here = facts[sentence]
    feats = ["sent=" + flag for flag in here.flags]
    if sentence > 0:
        feats += ["prev=" + flag for flag in facts[sentence - 1].flags]
    if sentence + 1 < len(facts):
        feats += ["next=" + flag for flag in facts[sentence + 1].flags]
    if here.cue_positions:
        nearest = _nearest_position(here.cue_positions, index)
        side = "after" if nearest < index else ("before" if nearest > index else "at")
        feats.append(f"cue_{side}={_bucket(abs(nearest - index))}")
        feats.append("cue_w=" + doc.lower[nearest])
    return feats


def _nearest_position(positions: tuple[int, ...], index: int) -> int:
    """The sorted ``positions`` entry closest to ``index`` (binary search: long sentences)."""
    at = bisect.bisect_left(positions, index)
    candidates = positions[max(at - 1, 0) : at + 1]
    return min(candidates, key=lambda position: abs(position - index))


def role_features(
    doc: Document, base: list[list[str]], message_labels: Sequence[str]
) -> list[list[str]]:
    """Message-tagger features plus the message labels around each token."""
    features = []
    nearest = _messages_in_sentence(doc, message_labels)
    for index, feats in enumerate(base):
        extra = [f"m={message_labels[index]}"]
        for offset in (-2, -1, 1, 2):
            other = index + offset
            label = message_labels[other] if 0 <= other < len(base) else "edge"
            extra.append(f"{offset}:m={label}")
        extra.append("msg_sent=" + nearest[index])
        features.append(feats + extra)
    return features


#: The nearest message token is looked for up to this many tokens away.
_MESSAGE_REACH = 39


def _messages_in_sentence(doc: Document, labels: Sequence[str]) -> list[str]:
    """Per token, where the nearest other message token of its sentence lies: "left…" /
    "right…" with a distance bucket (left wins a tie), else "here" or "none". Two linear
    passes: a scan per token was the slowest part of the feature extraction."""
    count = len(labels)
    left = _previous_message(doc, labels, range(count))
    right = _previous_message(doc, labels, range(count - 1, -1, -1))
    result = []
    for index in range(count):
        to_left = index - left[index] if left[index] >= 0 else _MESSAGE_REACH + 1
        to_right = right[index] - index if right[index] >= 0 else _MESSAGE_REACH + 1
        distance = min(to_left, to_right)
        if distance <= _MESSAGE_REACH:
            side = "left" if to_left <= to_right else "right"
            result.append(f"{side}{_bucket(distance)}")
        else:
            result.append("here" if labels[index] != "O" else "none")
    return result


def _previous_message(doc: Document, labels: Sequence[str], order: range) -> list[int]:
    """Per token, the last message token before it in ``order`` within its sentence, or -1."""
    found = [-1] * len(labels)
    last = -1
    previous_sentence = -1
    for index in order:
        if doc.sentence_of[index] != previous_sentence:
            last = -1
            previous_sentence = doc.sentence_of[index]
        found[index] = last
        if labels[index] != "O":
            last = index
    return found
