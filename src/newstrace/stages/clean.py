"""Chrome cleaning: take page furniture out of the article text, keeping each piece and why.

The page is cut into blocks (non-empty lines). Rules look at one block ("Teilen" is a label), at a
run of blocks (a related-articles heading and the headlines under it), or at the page's head and
tail (site name, title, byline, author bio). The kept blocks, joined by blank lines, are the
article text; paragraph spans point into it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from newstrace.lang.chrome import ChromeCues, chrome_cues, normalise_label
from newstrace.lang.names import BYLINE_PREFIX, byline_names, person_name
from newstrace.model import Article, Removal, Span
from newstrace.options import Options

__all__ = ["Block", "Verdict", "classify_blocks", "run", "split_blocks"]

#: A headline-like block has at most this many words and no closing full stop.
HEADLINE_MAX_WORDS = 25
#: A related-articles block ends at the first block longer than this (words).
RELATED_ITEM_MAX_WORDS = 24
#: A related-articles heading has at most this many words.
RELATED_HEADING_MAX_WORDS = 8
#: At most this many blocks follow a related-articles heading.
RELATED_MAX_ITEMS = 15
#: Prompts, credits and datelines are short; longer blocks are body text whatever they mention.
PROMPT_MAX_WORDS = 30
CREDIT_MAX_WORDS = 14
DATELINE_MAX_WORDS = 10
#: A site-name line above a text page's headline has at most this many words; a kicker at most
#: KICKER_MAX_WORDS (a longer line is the headline itself).
SITE_NAME_MAX_WORDS = 5
KICKER_MAX_WORDS = 6
#: Byline and bio are looked for among this many blocks at the page's head and tail.
HEAD_BLOCKS = 6
TAIL_BLOCKS = 6

_BLOCK = re.compile(r"[^\n]+")
_SENTENCE_END = re.compile(r"[.!?…:;]['\"“”»«’]?$")
_DATE = re.compile(
    r"\b\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|"
    r"\b\d{1,2}\.?\s+(?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec)\w*\.?\s+\d{4}\b|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d{1,2},?\s+\d{4}\b",
    re.IGNORECASE,
)
_DATELINE_WORDS = re.compile(
    r"^(?:veröffentlicht|aktualisiert|stand|erstellt|zuletzt|published|updated|posted|last updated)"
    r"(?:\s+am|\s+on)?\b|\b(?:uhr|min\.? lesezeit|minuten lesezeit|min read)\b",
    re.IGNORECASE,
)
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
_BIO_OPENER = re.compile(
    r"^(?:der autor|die autorin|unser autor|unsere autorin|the author)\b", re.I
)
_WORD = re.compile(r"[\wÄÖÜäöüß'-]+")


@dataclass(frozen=True, slots=True)
class Block:
    """One non-empty line of the source text, stripped; ``span`` points into the source text."""

    span: Span
    text: str

    words: int

    @property
    def headline_like(self) -> bool:
        return self.words <= HEADLINE_MAX_WORDS and not _SENTENCE_END.search(self.text)


@dataclass(frozen=True, slots=True)
class Verdict:
    """Why a block goes: its kind (link, label, …), a readable reason and the rule that fired."""

    kind: str
    reason: str
    rule: str


def split_blocks(text: str) -> list[Block]:
    blocks = []
    for match in _BLOCK.finditer(text):
        raw = match.group(0)
        stripped = raw.strip()
        if stripped:
            start = match.start() + (len(raw) - len(raw.lstrip()))
            blocks.append(
                Block(Span(start, start + len(stripped)), stripped, len(stripped.split()))
            )
    return blocks


# --- rules on one block -------------------------------------------------------------------------


def _label(block: Block, cues: ChromeCues, options: Options) -> Verdict | None:
    if block.words > options.label_max_words:
        return None
    if normalise_label(block.text) in cues.labels:
        return Verdict("label", "button or navigation label", "label-list")
    if cues.label_prefix.match(block.text) and not _SENTENCE_END.search(block.text):
        return Verdict("label", "control label (starts with a button cue)", "label-prefix")
    return None


def _link_line(block: Block, cues: ChromeCues) -> Verdict | None:
    match = cues.link_line.match(block.text)
    if not match or block.words > HEADLINE_MAX_WORDS + 4:
        return None
    rest = block.text[match.end() :].strip()
    # "Siehe auch  Headline" or "Mehr zum Thema: Headline"; a full sentence opening with the cue
    # ("Mehr zum Thema sagte er nicht.") ends with a full stop and stays.
    if match.group("sep") or not _SENTENCE_END.search(block.text) or not rest:
        return Verdict("link", "link to another article inside the body", "link-line")
    return None


def _prompt(block: Block, cues: ChromeCues) -> Verdict | None:
    if block.words > PROMPT_MAX_WORDS:
        return None
    lowered = block.text.lower()
    if any(stem in lowered for stem in cues.prompt_gate) and cues.prompt.search(block.text):
        return Verdict("prompt", "cookie, newsletter or subscription prompt", "prompt")
    return None


def _image_credit(block: Block, cues: ChromeCues) -> Verdict | None:
    # Long captions that end in a credit stay: they describe the story, and only whole blocks go.
    if block.words <= CREDIT_MAX_WORDS and cues.image_credit.search(block.text):
        return Verdict("image-credit", "image caption or credit", "image-credit")
    return None


def _dateline(block: Block, *, other_words: int = 0) -> Verdict | None:
    """A short line that is a date (with "Stand:", "Uhr", …) and at most ``other_words`` more.

    Elsewhere than at the top, any other word ("Termin: 29.02.2020") makes the line content.
    """
    if block.words > DATELINE_MAX_WORDS or not _DATE.search(block.text):
        return None
    rest = _TIME.sub(" ", _DATE.sub(" ", block.text))
    rest = _DATELINE_WORDS.sub(" ", rest)
    if len(_WORD.findall(rest)) <= other_words:
        return Verdict("dateline", "publication date line", "dateline")
    return None


def _byline(block: Block, *, needs_prefix: bool = False) -> Verdict | None:
    if block.words > 9:
        return None
    if needs_prefix and not BYLINE_PREFIX.match(block.text):
        return None
    names = byline_names(block.text)
    if names and all(person_name(name) for name in names):
        return Verdict("byline", "author byline", "byline")
    return None


def _single_block_verdict(block: Block, cues: ChromeCues, options: Options) -> Verdict | None:
    return (
        _label(block, cues, options)
        or _link_line(block, cues)
        or _prompt(block, cues)
        or _image_credit(block, cues)
        or _dateline(block)
    )


# --- rules on runs of blocks --------------------------------------------------------------------


def _is_related_heading(block: Block, cues: ChromeCues) -> bool:
    if block.words > RELATED_HEADING_MAX_WORDS or not block.headline_like:
        return False
    label = normalise_label(block.text)
    if label in cues.related_headings:
        return True
    # "Weitere Artikel aus Ostholm": a heading of two or more words, extended by a place or topic.
    return any(label.startswith(h + " ") for h in cues.related_headings if " " in h)


def _mark_related_blocks(
    blocks: list[Block], verdicts: list[Verdict | None], cues: ChromeCues
) -> None:
    for index, block in enumerate(blocks):
        if not _is_related_heading(block, cues):
            continue
        verdicts[index] = Verdict(
            "related", "heading of a related-articles block", "related-heading"
        )
        for follower in range(index + 1, min(index + 1 + RELATED_MAX_ITEMS, len(blocks))):
            if verdicts[follower] is not None:
                continue
            item = blocks[follower]
            if item.words > RELATED_ITEM_MAX_WORDS or _SENTENCE_END.search(item.text):
                break
            verdicts[follower] = Verdict(
                "related", "link in a related-articles block", "related-item"
            )


def _head_lines(blocks: list[Block], verdicts: list[Verdict | None], title: str) -> list[int]:
    """Headline-like lines above the body; bylines and date lines among them are marked."""
    headers: list[int] = []
    for index, block in enumerate(blocks[:HEAD_BLOCKS]):
        if verdicts[index] is None:
            # Near the top a desk name may stand beside the date ("Redaktion | 3. März 2026").
            verdicts[index] = _dateline(block, other_words=2)
    for index, block in enumerate(blocks[:HEAD_BLOCKS]):
        if verdicts[index] is not None:
            continue
        # Above the body a bare name could be a heading ("Bee Simulator"): ask for "Von"/"By".
        verdict = _byline(block, needs_prefix=True)
        if verdict:
            verdicts[index] = verdict
            continue
        if not block.headline_like:
            break
        headers.append(index)
        if title and normalise_label(block.text) == title:
            break
    return headers


def _mark_head(blocks: list[Block], verdicts: list[Verdict | None], article: Article) -> None:
    """Site name, kicker, title, byline and date lines before the first body paragraph.

    A text page opens with [site name] [kicker] headline; the headline is the first line longer
    than a kicker, or the last one. On an HTML page the markup gave the title: only a copy of it
    at the top of the main text, and a kicker right above it, are taken out.
    """
    title = normalise_label(article.metadata.title or "")
    headers = _head_lines(blocks, verdicts, title)
    if not headers:
        return
    if article.input_kind == "html":
        if not title or normalise_label(blocks[headers[-1]].text) != title:
            return
        headers = headers[-2:]
        if len(headers) == 2 and blocks[headers[0]].words > KICKER_MAX_WORDS:
            headers = headers[1:]
    elif len(headers) >= 2 and blocks[headers[0]].words <= SITE_NAME_MAX_WORDS:
        verdicts[headers[0]] = Verdict("site-name", "site name above the headline", "head-site")
        headers = headers[1:]
    long_lines = [i for i in headers if blocks[i].words > KICKER_MAX_WORDS]
    title_at = long_lines[0] if long_lines else headers[-1]
    for index in headers:
        if index < title_at:
            verdicts[index] = Verdict("kicker", "kicker above the headline", "head-kicker")
    verdicts[title_at] = Verdict("title", "headline, moved to metadata", "head-title")


def _is_bio(block: Block, bylines: list[str], cues: ChromeCues, options: Options) -> bool:
    if block.words < options.bio_min_words:
        return False
    words = [w.lower() for w in _WORD.findall(block.text)]
    if not cues.bio_words.intersection(words):
        return False
    if _BIO_OPENER.match(block.text) or any(block.text.startswith(name) for name in bylines):
        return True
    # "Firstname Lastname ist …": a person's name directly followed by a career verb.
    tokens = block.text.split()
    for length in (2, 3):
        if len(tokens) > length and tokens[length].lower() in cues.bio_verbs:
            return person_name(" ".join(tokens[:length]).rstrip(",")) is not None
    return False


def _mark_tail(
    blocks: list[Block], verdicts: list[Verdict | None], cues: ChromeCues, options: Options
) -> None:
    """Byline lines and third-person author bios after the body."""
    tail = [i for i in range(len(blocks)) if verdicts[i] is None][-TAIL_BLOCKS:]
    bylines = []
    for index in tail:
        verdict = _byline(blocks[index])
        if verdict:
            verdicts[index] = verdict
            bylines.extend(byline_names(blocks[index].text))
    for index in tail:
        if verdicts[index] is None and _is_bio(blocks[index], bylines, cues, options):
            verdicts[index] = Verdict(
                "author-bio", "biography of the article's author", "author-bio"
            )


def classify_blocks(
    blocks: list[Block], article: Article, options: Options
) -> list[Verdict | None]:
    """One verdict per block: None keeps it, a Verdict removes it."""
    cues = chrome_cues(options.languages)
    verdicts: list[Verdict | None] = [_single_block_verdict(b, cues, options) for b in blocks]
    _mark_related_blocks(blocks, verdicts, cues)
    _mark_head(blocks, verdicts, article)
    _mark_tail(blocks, verdicts, cues, options)
    return verdicts


def run(article: Article, options: Options) -> Article:
    """Set ``text``, ``paragraphs`` and ``removals`` from ``source_text``."""
    blocks = split_blocks(article.source_text)
    if options.clean_chrome:
        verdicts = classify_blocks(blocks, article, options)
    else:
        verdicts = [None] * len(blocks)
    pieces: list[str] = []
    paragraphs: list[Span] = []
    removals: list[Removal] = []
    position = 0
    for block, verdict in zip(blocks, verdicts, strict=True):
        if verdict is not None:
            removals.append(
                Removal(verdict.kind, verdict.reason, verdict.rule, block.span, block.text)
            )
            continue
        if pieces:
            pieces.append("\n\n")
            position += 2
        pieces.append(block.text)
        paragraphs.append(Span(position, position + len(block.text)))
        position += len(block.text)
    return replace(article, text="".join(pieces), paragraphs=paragraphs, removals=removals)
