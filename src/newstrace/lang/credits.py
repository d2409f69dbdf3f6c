"""Source-credit cues: credit phrases per language and the news-agency table."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from newstrace.lang import load_lines

__all__ = ["CreditCues", "credit_cues"]


@dataclass(frozen=True, slots=True)
class CreditCues:
    #: (kind, pattern) pairs; each pattern has a group "name".
    phrases: tuple[tuple[str, re.Pattern[str]], ...]
    #: Lowercase stems; a paragraph without one holds no credit phrase.
    phrase_gate: tuple[str, ...]
    #: Agency abbreviation or name as pages write it → canonical agency name.
    agencies: dict[str, str]
    #: "(dpa)", "(AFP/Reuters)", "(dpa/lsw)": agency tokens in parentheses.
    agency_parens: re.Pattern[str]
    #: A short line made only of agency tokens: "dpa/afp/rtr".
    agency_line: re.Pattern[str]
    #: "Englischen" / "English" → "English": the language a translation was made from.
    language_names: dict[str, str]


@cache
def credit_cues(languages: tuple[str, ...]) -> CreditCues:
    phrases = []
    for language in languages:
        for line in load_lines(language, "credit_patterns.txt"):
            kind, pattern = line.split("\t", 1)
            phrases.append((kind, re.compile(pattern)))
    agencies = {}
    for line in load_lines("de", "credit_agencies.tsv"):
        written, canonical = line.split("\t")
        agencies[written] = canonical
    language_names = dict(line.split("\t") for line in load_lines("de", "language_names.tsv"))
    tokens = "|".join(sorted((re.escape(a) for a in agencies), key=len, reverse=True))
    return CreditCues(
        phrases=tuple(phrases),
        phrase_gate=tuple(
            stem.lower()
            for language in languages
            for stem in load_lines(language, "credit_gate.txt")
        ),
        agencies=agencies,
        agency_parens=re.compile(rf"\((?P<names>(?:{tokens})(?:\s*/\s*[\w-]{{1,20}}){{0,4}})\)"),
        agency_line=re.compile(rf"^(?:{tokens})(?:\s*[/,]\s*(?:{tokens})){{0,4}}$", re.MULTILINE),
        language_names=language_names,
    )
