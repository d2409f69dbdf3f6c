"""HTML pages: main content via trafilatura, page metadata from the markup, dates via htmldate.

The page is parsed once; metadata is read from that tree (meta tags, JSON-LD, ``<title>``,
``itemprop``/``rel`` author markers) before trafilatura works on its own copy. Reading metadata
ourselves rather than through ``with_metadata=True`` keeps the whole HTML path within a quarter of
plain trafilatura's time (see docs/benchmarks.md).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import htmldate
import trafilatura
from lxml.html import HtmlElement
from trafilatura.settings import Document
from trafilatura.utils import load_html

from newstrace.model import Metadata

__all__ = ["ExtractedPage", "extract_html", "flatten_deep_html", "markup_metadata"]

_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]{0,40})\b[^<>]{0,2000}?(/?)>")
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
#: htmldate settings: the original publication date, from the markup's explicit date markers.
DATE_PARAMS: dict[str, Any] = {
    "extensive_search": False,
    "original_date": True,
    "outputformat": "%Y-%m-%d",
}
_TITLE_SEPARATOR = re.compile(r"\s+[|–—·•:-]\s+")
_META_KEYS = {
    "title": ("og:title", "twitter:title", "dc.title"),
    "site_name": ("og:site_name", "application-name", "twitter:site"),
    "author": (
        "author",
        "article:author",
        "parsely-author",
        "dc.creator",
        "sailthru.author",
        "byl",
    ),
    "section": ("article:section", "parsely-section", "section", "category"),
    "url": ("og:url",),
    "description": ("og:description", "description", "twitter:description"),
}


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


# --- metadata from markup -----------------------------------------------------------------------


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _meta_values(tree: HtmlElement) -> dict[str, str]:
    values: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        content = _clean(meta.get("content"))
        if key and content and key not in values:
            values[key] = content
    return values


def _json_ld_objects(tree: HtmlElement) -> Iterator[dict[str, Any]]:
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue  # broken JSON-LD is common and carries nothing we could use
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                stack.extend(item[key] for key in ("@graph", "mainEntity") if key in item)
                yield item


def _names(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [name for item in value for name in _names(item)]
    return []


def _first(meta: dict[str, str], field_name: str) -> str | None:
    return next((meta[key] for key in _META_KEYS[field_name] if key in meta), None)


def _markup_authors(tree: HtmlElement, meta: dict[str, str], ld_authors: list[str]) -> list[str]:
    raw = _first(meta, "author")
    found = [raw] if raw and not raw.startswith(("http", "@")) else []
    found += ld_authors
    if not found:
        for element in tree.xpath('//*[@itemprop="author" or @rel="author"]')[:3]:
            text = _clean(element.text_content())
            if text and len(text.split()) <= 6:
                found.append(text)
    names = [n.strip() for raw in found for n in re.split(r";|,|\bund\b|\band\b|&", raw)]
    return list(dict.fromkeys(_BYLINE_WORD.sub("", n).strip() for n in names if n.strip()))


_BYLINE_WORD = re.compile(r"^(?:von|by)\s+", re.IGNORECASE)


def _title(tree: HtmlElement, meta: dict[str, str], site_name: str | None) -> str | None:
    title = _first(meta, "title")
    if not title:
        heading = next(tree.iter("h1"), None)
        title = _clean(heading.text_content()) if heading is not None else None
    if not title:
        element = next(tree.iter("title"), None)
        title = _clean(element.text_content()) if element is not None else None
    if title and site_name:
        parts = _TITLE_SEPARATOR.split(title)
        kept = [part for part in parts if part.strip().lower() != site_name.lower()]
        title = " – ".join(kept) if kept else title
    return title


#: A trailing part of ``<title>`` this short ("… – Mittelland Zeitung") names the site.
SITE_SUFFIX_MAX_WORDS = 4


def _title_suffix(tree: HtmlElement, meta: dict[str, str]) -> str | None:
    element = next(tree.iter("title"), None)
    title = _clean(element.text_content()) if element is not None else None
    if not title:
        return None
    parts = _TITLE_SEPARATOR.split(title)
    headline = _first(meta, "title")
    if len(parts) < 2 or parts[-1] == headline:
        return None
    return parts[-1] if len(parts[-1].split()) <= SITE_SUFFIX_MAX_WORDS else None


def markup_metadata(tree: HtmlElement, url: str | None) -> Metadata:
    """Title, site, authors, date, section, URL and description as the markup declares them."""
    meta = _meta_values(tree)
    ld_authors: list[str] = []
    ld: dict[str, str] = {}
    for item in _json_ld_objects(tree):
        ld_authors += _names(item.get("author"))
        for key in ("headline", "articleSection", "datePublished"):
            if isinstance(item.get(key), str):
                ld.setdefault(key, item[key])
        if item.get("publisher"):
            ld.setdefault("publisher", next(iter(_names(item["publisher"])), ""))
    site_name = (
        _first(meta, "site_name") or _clean(ld.get("publisher")) or _title_suffix(tree, meta)
    )
    if site_name and site_name.startswith("@"):
        site_name = site_name[1:]
    date = htmldate.find_date(tree, url=url, **DATE_PARAMS)
    return Metadata(
        title=_title(tree, meta, site_name) or _clean(ld.get("headline")),
        site_name=site_name,
        authors=_markup_authors(tree, meta, list(dict.fromkeys(ld_authors))),
        date=date if isinstance(date, str) else None,
        section=_first(meta, "section") or _clean(ld.get("articleSection")),
        url=url or _first(meta, "url"),
        description=_first(meta, "description"),
    )


# --- main content -------------------------------------------------------------------------------


def _main_text(tree: HtmlElement, url: str | None) -> str | None:
    document = trafilatura.bare_extraction(tree, url=url, include_comments=False)
    if not isinstance(document, Document):
        return None
    return document.text or None


def extract_html(html: str, *, url: str | None, max_depth: int) -> ExtractedPage:
    """Main content and metadata of one page. ``text`` is None when no main content is found."""
    tree = load_html(html)
    text = None if tree is None else _main_text(tree, url)
    if text is None:
        # lxml gives up on very deep nesting: flatten it and try once more.
        flat, flattened = flatten_deep_html(html, max_depth)
        if not flattened:
            return ExtractedPage(None)
        tree = load_html(flat)
        text = None if tree is None else _main_text(tree, url)
        if tree is None or text is None:
            return ExtractedPage(None, flattened=True)
        return ExtractedPage(text, markup_metadata(tree, url), flattened=True)
    return ExtractedPage(text, markup_metadata(tree, url))
