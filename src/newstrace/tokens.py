"""A fast, linear-time tokenizer shared by the sentence and quotation stages.

Words keep inner hyphens, apostrophes, dots and colons between word characters ("US-Präsident",
"10:46", "z.B", "3.5"; not a dot before a capitalised word); every other non-space character is a token of its own, so quotation marks
always stand alone. The pattern has no nested ambiguous quantifiers: it cannot backtrack
catastrophically, whatever the input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Token", "tokenize"]

# One required separator between word runs keeps the repetition unambiguous (linear time). A
# dot before a capitalised word ends the word: "ausdrücklich.Der" is two sentences whose space
# was lost, not one token (the fixed two-character lookahead cannot backtrack).
_TOKEN = re.compile(r"\w+(?:(?:[-'’′ʼ:/]|\.(?![A-ZÄÖÜ][a-zäöüß]))\w+)*|\S")


@dataclass(frozen=True, slots=True)
class Token:
    """A token with its half-open character range in the text."""

    text: str
    start: int
    end: int


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokens of ``text``; character offsets are shifted by ``offset``."""
    return [
        Token(match.group(), match.start() + offset, match.end() + offset)
        for match in _TOKEN.finditer(text)
    ]
