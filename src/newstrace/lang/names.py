"""Person names: first-name lookup (gender-guesser's list) and a small name grammar."""

from __future__ import annotations

import re
from functools import cache

__all__ = [
    "BYLINE_PREFIX",
    "JOINED_INITIALS",
    "byline_names",
    "first_name_gender",
    "initials",
    "is_first_name",
    "person_name",
]

#: A name part: capitalised word, hyphenated parts allowed ("Hans-Peter", "Müller-Lüdenscheid").
_NAME_PART = re.compile(r"^[A-ZÄÖÜ][a-zäöüßéèáàóòíìúùçñëïA-ZÄÖÜ'’]*(?:-[A-ZÄÖÜ][\wäöüß'’]*)*\.?$")
#: Particles that may sit inside a name ("Ursula von der Leyen", "Ludwig van Beethoven").
_PARTICLES = frozenset(
    {"von", "van", "der", "den", "de", "du", "da", "di", "zu", "vom", "la", "le", "bin"}
)


@cache
def _detector() -> object:
    import gender_guesser.detector as gender_detector  # loaded once, on first use

    return gender_detector.Detector(case_sensitive=False)


@cache
def first_name_gender(name: str) -> str | None:
    """ "female"/"male" when ``name`` is a known first name that leans one way, else None."""
    verdict: str = _detector().get_gender(name)  # type: ignore[attr-defined]
    if verdict == "unknown" and name.count("-") == 1:  # "Karl-Theodor": its first part
        return first_name_gender(name.split("-")[0])
    if verdict in ("female", "mostly_female"):
        return "female"
    if verdict in ("male", "mostly_male"):
        return "male"
    return None


@cache
def is_first_name(name: str) -> bool:
    """True for any first name the list knows, including androgynous ones."""
    verdict: str = _detector().get_gender(name)  # type: ignore[attr-defined]
    if verdict == "unknown" and name.count("-") == 1:  # "Karl-Theodor", "Hans-Peter"
        return all(is_first_name(part) for part in name.split("-") if part)
    return verdict != "unknown"


def person_name(text: str, *, max_parts: int = 4) -> str | None:
    """The text as a person's name ("Sophie Müller", "Hans-Peter von Berg"), or None.

    A name is 2–``max_parts`` capitalised parts (particles allowed inside) whose first part is a
    known first name. Without a first-name list hit it is no name: that keeps headings such as
    "Ähnliche Artikel" out.
    """
    parts = text.split()
    if not 2 <= len(parts) <= max_parts:
        return None
    if not all(_NAME_PART.match(p) or p in _PARTICLES for p in parts):
        return None
    if parts[0] in _PARTICLES or parts[-1] in _PARTICLES:
        return None
    if not is_first_name(parts[0].split("-")[0].rstrip(".")):
        return None
    return " ".join(parts)


#: Initials joined by full stops ("B.N", "C.Y"): the tokenizer keeps the inner stops and makes
#: the last one a token of its own ("B.N" "." "Suresh").
JOINED_INITIALS = re.compile(r"^(?:[A-Z]\.)+[A-Z]$")


#: Words that open a byline: "Von Anna Roth", "By Jane Doe", "Text: …".
BYLINE_PREFIX = re.compile(
    r"^(?:von|by|text|autor|autorin|author|written by|ein beitrag von|eine analyse von|"
    r"ein kommentar von|reporting by)\s*:?\s+",
    re.IGNORECASE,
)


def byline_names(line: str) -> list[str]:
    """The names in a byline ("Von Anna Roth und Jo Kim, Paris" → Anna Roth, Jo Kim).

    A single word after a comma is the place the author writes from, not a name.
    """
    text = BYLINE_PREFIX.sub("", line.strip()).rstrip(".")
    names = [n for n in re.split(r"\s*(?:,|\bund\b|\band\b|&)\s*", text) if n]
    if len(names) >= 2 and "," in text and len(names[-1].split()) == 1:
        names = names[:-1]
    return names


def initials(name: str, last: int | None = None) -> str:
    """The lower-case initials of a name's words, hyphenated parts counted apart ("Deutsche
    Presse-Agentur" → "dpa"); of its ``last`` words only, when given."""
    parts = [part for part in re.split(r"[\s-]+", name.strip()) if part]
    if last is not None:
        parts = parts[-last:]
    return "".join(part[:1] for part in parts).lower()
