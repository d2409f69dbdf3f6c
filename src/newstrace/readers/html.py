"""HTML pages: main content and page metadata via trafilatura (dates via htmldate inside it)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import trafilatura
from trafilatura.settings import Document

from newstrace.model import Metadata

__all__ = ["ExtractedPage", "extract_html", "flatten_deep_html"]

_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]{0,40})\b[^<>]{0,2000}?(/?)>")
_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
#: Options for htmldate when trafilatura reads the date: the original, not the last-modified one.
DATE_PARAMS = {"extensive_search": True, "original_date": True, "outputformat": "%Y-%m-%d"}


@dataclass(slots=True)
class ExtractedPage:
    """What the HTML reader gives the pipeline: main text (or none) and raw metadata."""

    text: str | None
    metadata: Metadata = field(default_factory=Metadata)
    flattened: bool = False


def flatten_deep_html(html: str, max_depth: int) -> tuple[str, bool]:
    """Drop the tags of elements nested deeper than ``max_depth``, keeping their text.

    lxml stops parsing at a fixed depth and returns nothing, so a page built of 10,000 nested
    ``<div>``s would lose its content; flattening keeps it readable. Linear in the input size.
    """
    depth = 0
    deepest = 0
    for match in _TAG.finditer(html):
        closing, name, self_closing = match.groups()
        if name.lower() in _VOID or self_closing:
            continue
        depth = max(depth - 1, 0) if closing else depth + 1
        deepest = max(deepest, depth)
    if deepest <= max_depth:
        return html, False
    pieces: list[str] = []
    depth = 0
    position = 0
    for match in _TAG.finditer(html):
        closing, name, self_closing = match.groups()
        pieces.append(html[position : match.start()])
        position = match.end()
        if name.lower() in _VOID or self_closing:
            pieces.append(match.group(0))
            continue
        if closing:
            if depth <= max_depth:
                pieces.append(match.group(0))
            depth = max(depth - 1, 0)
        else:
            depth += 1
            if depth <= max_depth:
                pieces.append(match.group(0))
    pieces.append(html[position:])
    return "".join(pieces), True


def extract_html(html: str, *, url: str | None, max_depth: int) -> ExtractedPage:
    """Main content and metadata of one page. ``text`` is None when no main content is found."""
    html, flattened = flatten_deep_html(html, max_depth)
    document = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        date_extraction_params=DATE_PARAMS,
    )
    if not isinstance(document, Document):
        return ExtractedPage(None, flattened=flattened)
    metadata = Metadata(
        title=_clean(document.title),
        site_name=_clean(document.sitename),
        authors=_split_authors(document.author),
        date=_clean(document.date),
        section=_first_category(document.categories),
        url=_clean(document.url),
        description=_clean(document.description),
    )
    return ExtractedPage(document.text or None, metadata, flattened)


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _split_authors(value: object) -> list[str]:
    text = _clean(value)
    if not text:
        return []
    return [name.strip() for name in re.split(r";|\bund\b|\band\b|,", text) if name.strip()]


def _first_category(categories: object) -> str | None:
    if isinstance(categories, list) and categories:
        return _clean(categories[0])
    return None
