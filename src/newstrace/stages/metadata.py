"""Metadata: title, site, byline, date, language and source credits.

HTML pages arrive with what trafilatura and htmldate read from the markup; the cleaner's removals
(site-name, title, byline and date lines) fill the gaps for text pages; credits are read from the
article text itself so that their evidence spans point into it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache

from newstrace.lang.credits import CreditCues, credit_cues
from newstrace.lang.names import byline_names, initials, person_name
from newstrace.model import Article, Credit, CreditKind, Metadata, Span
from newstrace.options import Options

__all__ = ["detect_language", "find_credits", "parse_date", "run"]

#: Language detection reads this many characters: enough for a stable verdict, cheap on long pages.
LANGUAGE_SAMPLE_CHARS = 1000
#: Credit phrases are looked for in paragraphs of at most this many words.
CREDIT_PARAGRAPH_MAX_WORDS = 40
#: An agency in parentheses is a credit within this many characters of a paragraph's start
#: (the dateline: "Frankfurt/Main (dpa) –") …
DATELINE_MAX_CHARS = 80
#: … or of its end ("… bis Mittwoch gesperrt. (dpa)").
CREDIT_CLOSE_MAX_CHARS = 3
#: Author strings that name a desk or a publisher, never a person.
_NOT_AUTHORS = re.compile(
    r"\b(redaktion|newsroom|staff|editorial|team|agentur|agenturen|online|nachrichten|news|verlag|"
    r"zeitung|magazin|gmbh|ag|media|presse|press)\b",
    re.IGNORECASE,
)
_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("januar", "january", "jan", "jänner"),
            ("februar", "february", "feb"),
            ("märz", "march", "mar", "mär"),
            ("april", "apr"),
            ("mai", "may"),
            ("juni", "june", "jun"),
            ("juli", "july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("oktober", "october", "okt", "oct"),
            ("november", "nov"),
            ("dezember", "december", "dez", "dec"),
        ],
        start=1,
    )
    for name in names
}
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})\b")
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})\.?\s+([A-Za-zÄÖÜäöü]{3,9})\.?\s+(\d{4})\b")
_MONTH_DAY_YEAR = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b")


def _valid(year: int, month: int, day: int) -> str | None:
    if year < 100:
        year += 2000
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_date(text: str) -> str | None:
    """The first German or English date in ``text`` as ISO 8601, or None."""
    for match in _ISO_DATE.finditer(text):
        found = _valid(int(match[1]), int(match[2]), int(match[3]))
        if found:
            return found
    for match in _NUMERIC_DATE.finditer(text):
        found = _valid(int(match[3]), int(match[2]), int(match[1]))
        if found:
            return found
    for match in _DAY_MONTH_YEAR.finditer(text):
        month = _MONTHS.get(match[2].lower())
        if month and (found := _valid(int(match[3]), month, int(match[1]))):
            return found
    for match in _MONTH_DAY_YEAR.finditer(text):
        month = _MONTHS.get(match[1].lower())
        if month and (found := _valid(int(match[3]), month, int(match[2]))):
            return found
    return None


#: Languages lingua also weighs so that a Spanish or Polish page is not called English or
#: German; a page won by one of them gets no language (newstrace reads German and English).
GUARD_LANGUAGES = ("es", "fr", "it", "nl", "pl", "pt")


@cache
def _detector(languages: tuple[str, ...]) -> object:
    from lingua import IsoCode639_1, LanguageDetectorBuilder  # loaded once, on first use

    codes = [
        getattr(IsoCode639_1, code.upper()) for code in dict.fromkeys(languages + GUARD_LANGUAGES)
    ]
    # Low-accuracy mode (trigrams only) is reliable on a paragraph of text and several times
    # faster.
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).with_low_accuracy_mode().build()


def detect_language(text: str, languages: tuple[str, ...]) -> str | None:
    """ISO 639-1 code of the text's language if it is one of ``languages`` (lingua), else None."""
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    if not sample.strip():
        return None
    found = _detector(languages).detect_language_of(sample)  # type: ignore[attr-defined]
    code = None if found is None else str(found.iso_code_639_1.name.lower())
    return code if code in languages else None


def _credited_names(raw: str) -> list[str]:
    parts = re.split(r"\s*(?:,|/|\bund\b|\band\b|&|\bsowie\b)\s*", raw.strip())
    return [part.strip(" :-–") for part in parts if part.strip(" :-–")]


def _phrase_names(match: re.Match[str], cues: CreditCues) -> list[str]:
    groups = match.groupdict()
    if groups.get("language"):
        language = groups["language"]
        return [cues.language_names.get(language, language)]
    return _credited_names(groups["name"]) if groups.get("name") else []


def _kind_for(name: str, stated: str, cues: CreditCues) -> tuple[str, CreditKind]:
    if name in cues.agencies:
        return cues.agencies[name], CreditKind.AGENCY
    return name, CreditKind(stated)


def _spelled_out_before(match: re.Match[str]) -> bool:
    """ "berichtete die Deutsche Presse-Agentur (dpa).": the abbreviation follows its own full
    name, an apposition in a sentence, not a credit line."""
    before = match.string[max(match.start() - 80, 0) : match.start()]
    abbreviation = re.sub(r"[^a-zA-Z]", "", match["names"]).lower()
    return bool(abbreviation) and initials(before, len(abbreviation)) == abbreviation


def _at_dateline_or_close(match: re.Match[str], paragraphs: list[Span]) -> bool:
    """Whether an "(dpa)" stands where credits stand: in a paragraph's opening words (the
    dateline "Homburg (AFP) –") or at its end ("… (dpa)")."""
    text = match.string
    for paragraph in paragraphs:
        if paragraph.start <= match.start() < paragraph.end:
            before = text[paragraph.start : match.start()].split()
            after = text[match.end() : match.end() + 3].lstrip()
            dateline = (
                match.start() - paragraph.start <= DATELINE_MAX_CHARS
                and all(word[:1].isupper() or not word[:1].isalpha() for word in before)
                and after[:1] in ("–", "-", "—", ":", ".")
            )
            return dateline or paragraph.end - match.end() <= CREDIT_CLOSE_MAX_CHARS
    return True


def find_credits(
    text: str, languages: tuple[str, ...], paragraphs: list[Span] | None = None
) -> list[Credit]:
    """Outlets and agencies the page credits, each with the span of the words that credit it.

    Credit phrases sit in short paragraphs (a credit line, a dateline, a closing note), so only
    paragraphs of at most ``CREDIT_PARAGRAPH_MAX_WORDS`` words are searched for them.
    """
    cues = credit_cues(languages)
    found: dict[tuple[str, CreditKind], Credit] = {}

    def add(name: str, kind: CreditKind, start: int, end: int) -> None:
        found.setdefault((name, kind), Credit(name, kind, Span(start, end)))

    for paragraph in paragraphs if paragraphs is not None else [Span(0, len(text))]:
        piece = paragraph.of(text)
        if paragraphs is not None and len(piece.split()) > CREDIT_PARAGRAPH_MAX_WORDS:
            continue
        lowered = piece.lower()
        if not any(stem in lowered for stem in cues.phrase_gate):
            continue
        for stated, pattern in cues.phrases:
            for match in pattern.finditer(piece):
                start = paragraph.start + match.start() + (len(match[0]) - len(match[0].lstrip()))
                for name in _phrase_names(match, cues)[:4]:
                    canonical, kind = _kind_for(name, stated, cues)
                    add(canonical, kind, start, paragraph.start + match.end())
    edges = paragraphs if paragraphs is not None else [Span(0, len(text))]
    for match in cues.agency_parens.finditer(text):
        if not _at_dateline_or_close(match, edges) or _spelled_out_before(match):
            continue  # "ein Journalist der Deutschen Presse-Agentur (dpa)": a name, no credit
        for token in re.split(r"\s*/\s*", match["names"]):
            if token in cues.agencies:
                add(cues.agencies[token], CreditKind.AGENCY, match.start(), match.end())
    for match in cues.agency_line.finditer(text):
        for token in re.split(r"\s*[/,]\s*", match[0]):
            add(cues.agencies[token], CreditKind.AGENCY, match.start(), match.end())
    return sorted(found.values(), key=lambda credit: credit.evidence.start)


def _authors(article: Article) -> list[str]:
    names: list[str] = []
    for removal in article.removals:
        if removal.kind == "byline":
            names.extend(byline_names(removal.text))
    for name in article.metadata.authors:
        if not _NOT_AUTHORS.search(name) and (person_name(name) or 2 <= len(name.split()) <= 4):
            names.append(name)
    return list(dict.fromkeys(" ".join(n.split()) for n in names))


def _removed(article: Article, kind: str) -> str | None:
    return next((r.text for r in article.removals if r.kind == kind), None)


def run(article: Article, options: Options) -> Article:
    """Fill ``article.metadata`` from the markup's values, the removals and the text."""
    given = article.metadata
    dated = _removed(article, "dateline")
    metadata = Metadata(
        title=given.title or _removed(article, "title"),
        site_name=given.site_name or _removed(article, "site-name"),
        authors=_authors(article),
        date=given.date or (parse_date(dated) if dated else None),
        language=options.language or detect_language(article.text, options.languages),
        section=given.section or _removed(article, "kicker"),
        url=given.url,
        description=given.description,
        credits=find_credits(article.text, options.languages, article.paragraphs),
    )
    return replace(article, metadata=metadata)
