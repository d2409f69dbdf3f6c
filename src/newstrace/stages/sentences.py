"""Sentence boundaries: a fast rule splitter over our own tokens.

A sentence ends at ``.``, ``!`` or ``?`` (plus any closing quotes or brackets) when the next token
starts a new sentence (capital letter, digit, opening quote) and the full stop does not belong to
an abbreviation or an ordinal ("am 5. August"). Line breaks always end a sentence: news text
keeps one paragraph per line. A dateline opening a line ("Frankfurt/Main (dpa) –") is a sentence of
its own, so the one after it starts with its subject. Linear in the text length.
"""

from __future__ import annotations

from functools import cache

from newstrace.lang import load_lines, optional_lines
from newstrace.lang.names import JOINED_INITIALS
from newstrace.model import Article, Span
from newstrace.options import Options
from newstrace.tokens import Token, tokenize

__all__ = ["run", "split_sentences"]

_ENDERS = frozenset(".!?")
_CLOSERS = frozenset("\"'“”«»‘’)]")
_OPENERS = frozenset("\"'„“‚‘»«([")


@cache
def _abbreviations(language: str) -> frozenset[str]:
    return frozenset(word.lower() for word in load_lines(language, "abbreviations.txt"))


@cache
def _articles(language: str) -> frozenset[str]:
    return frozenset(optional_lines(language, "articles.txt"))


@cache
def months(language: str) -> frozenset[str]:
    """Month names in lower case ("mai", "jänner")."""
    return frozenset(word.lower() for word in load_lines(language, "months.txt"))


def run(article: Article, options: Options) -> Article:
    """Fill ``article.sentences`` with character spans into ``article.text``."""
    language = options.language or article.metadata.language or "de"
    article.sentences = split_sentences(article.text, language)
    return article


def split_sentences(text: str, language: str = "de") -> list[Span]:
    """Sentence spans of ``text`` (leading and trailing space excluded)."""
    spans: list[Span] = []
    offset = 0
    for line in text.split("\n"):
        spans.extend(_split_line(tokenize(line, offset), language))
        offset += len(line) + 1
    return spans


def _split_line(tokens: list[Token], language: str) -> list[Span]:
    spans: list[Span] = []
    first = 0
    dash = _dateline_dash(tokens, language)
    if dash is not None:  # "Helsinki/Peking (AFP) – Nach …": the dateline is no subject
        spans.append(Span(tokens[0].start, tokens[dash].end))
        first = dash + 1
    index = first
    while index < len(tokens):
        end = _sentence_end(tokens, index, language)
        if end is not None:
            spans.append(Span(tokens[first].start, tokens[end].end))
            first = end + 1
            index = end
        index += 1
    if first < len(tokens):
        spans.append(Span(tokens[first].start, tokens[-1].end))
    return spans


def _dateline_dash(tokens: list[Token], language: str) -> int | None:
    """Index of the dash closing a dateline that opens the line: place words, the agency in
    brackets, a dash ("Frankfurt/Main (dpa-AFX) –", "St. Petersburg (Reuters) -")."""
    bracket = next(
        (i for i, t in enumerate(tokens[: _MAX_DATELINE_PLACE + 1]) if t.text == "("), None
    )
    if not bracket or not all(
        t.text[:1].isupper() or t.text in _PLACE_GLUE for t in tokens[:bracket]
    ):
        return None
    closing = next(
        (
            i
            for i in range(bracket + 2, min(len(tokens), bracket + 2 + _MAX_DATELINE_AGENCY))
            if tokens[i].text == ")"
        ),
        None,
    )
    dash = None if closing is None else closing + 1
    if dash is None or dash + 1 >= len(tokens) or tokens[dash].text not in _DASHES:
        return None
    if tokens[0].text.lower() in _articles(language) or not _starts_sentence(tokens[dash + 1].text):
        return None  # "Die Partei (SPD) - das …": a phrase in brackets, no dateline
    return dash


#: Most tokens of a dateline's place ("St . Petersburg") and of its agency ("dpa / AFP").
_MAX_DATELINE_PLACE = 5
_MAX_DATELINE_AGENCY = 3
_PLACE_GLUE = frozenset("./-")
_DASHES = frozenset("-–—")


def _sentence_end(tokens: list[Token], index: int, language: str) -> int | None:
    """Index of the last token of a sentence ending at ``tokens[index]``, or ``None``."""
    if tokens[index].text not in _ENDERS:
        return None
    last = index
    while last + 1 < len(tokens) and tokens[last + 1].text in _CLOSERS:
        if _opens_next(tokens, last + 1):
            break
        last += 1
    if last + 1 >= len(tokens):
        return last
    following = tokens[last + 1]
    if not _starts_sentence(following.text):
        return None
    if tokens[index].text == "." and _is_abbreviation_dot(tokens, index, following, language):
        return None
    return last


def _opens_next(tokens: list[Token], index: int) -> bool:
    """A straight quote mark with a space before it and a word right after it opens the next
    sentence (". "We have"), it does not close this one."""
    if tokens[index].text not in ('"', "'") or index + 1 >= len(tokens):
        return False
    spaced_before = tokens[index - 1].end < tokens[index].start
    return spaced_before and tokens[index + 1].start == tokens[index].end


def _starts_sentence(word: str) -> bool:
    first = word[0]
    return first.isupper() or first.isdigit() or first in _OPENERS or first == "-"


def _is_abbreviation_dot(tokens: list[Token], index: int, following: Token, language: str) -> bool:
    if index == 0:
        return False
    before = tokens[index - 1]
    if before.end != tokens[index].start:
        return False
    word = before.text.lower()
    if word in _abbreviations(language) or (len(word) == 1 and word.isalpha()):
        return True
    if JOINED_INITIALS.match(before.text):  # "B.N. Suresh", "C.Y. Leung": no sentence end
        return True
    # "am 5. August", "der 3. Oktober": a day or rank number before a month is an ordinal.
    return word.isdigit() and len(word) <= 2 and following.text.lower() in months(language)
