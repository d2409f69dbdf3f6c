"""Page-chrome cues compiled from the language packs' word lists.

The cleaner runs before the language is known and pages mix languages in their chrome (a German
page with a "Share" button), so cues of all requested languages are merged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from newstrace.lang import load_lines

__all__ = ["ChromeCues", "chrome_cues", "normalise_label"]

_LABEL_NOISE = re.compile(r"[\"'„“”‚‘’»«›‹()\[\]|•·>→←↑✕×:.!0-9]+")


def normalise_label(text: str) -> str:
    """Lowercase, quote- and punctuation-free form used to compare short lines with label lists."""
    return " ".join(_LABEL_NOISE.sub(" ", text).lower().split())


def _alternation(phrases: tuple[str, ...]) -> str:
    """Longest first; a phrase ending in a letter must end at a word boundary ("Teilen", not
    "Teilenehmer"), one ending in punctuation ("Tags:") needs none."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(re.escape(p) + (r"\b" if p[-1].isalnum() else "") for p in ordered)


@dataclass(frozen=True, slots=True)
class ChromeCues:
    link_line: re.Pattern[str]
    related_headings: frozenset[str]
    labels: frozenset[str]
    label_prefix: re.Pattern[str]
    prompt: re.Pattern[str]
    #: Lowercase stems; only blocks containing one are tested against ``prompt``.
    prompt_gate: tuple[str, ...]
    image_credit: re.Pattern[str]
    bio_words: frozenset[str]
    bio_verbs: frozenset[str]


@cache
def chrome_cues(languages: tuple[str, ...]) -> ChromeCues:
    """Compiled cues for ``languages`` (cached: built once per process and language set)."""

    def lines(name: str) -> tuple[str, ...]:
        return tuple(line for language in languages for line in load_lines(language, name))

    link_cues = _alternation(lines("chrome_link_cues.txt"))
    return ChromeCues(
        # A cue, then a separator or anything — the cleaner checks the rest reads like a headline.
        link_line=re.compile(rf"^(?:{link_cues})\s*(?P<sep>[:»›\-–—|]|\s\s)?", re.IGNORECASE),
        related_headings=frozenset(
            normalise_label(h) for h in lines("chrome_related_headings.txt")
        ),
        labels=frozenset(normalise_label(label) for label in lines("chrome_labels.txt")),
        label_prefix=re.compile(
            rf"^(?:{_alternation(lines('chrome_label_prefixes.txt'))})", re.IGNORECASE
        ),
        prompt=re.compile("|".join(f"(?:{p})" for p in lines("chrome_prompts.txt")), re.IGNORECASE),
        prompt_gate=tuple(stem.lower() for stem in lines("chrome_prompt_gate.txt")),
        image_credit=re.compile(
            "|".join(f"(?:{p})" for p in lines("chrome_image_credit.txt")), re.IGNORECASE
        ),
        bio_words=frozenset(word.lower() for word in lines("chrome_bio.txt")),
        bio_verbs=frozenset(word.lower() for word in lines("chrome_bio_verbs.txt")),
    )
