"""Turn what a user hands us (a path, a string of HTML or text, or bytes) into a ``Page``."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from newstrace.model import Metadata
from newstrace.options import Options
from newstrace.readers.decode import Rejection, decode_bytes, looks_like_html
from newstrace.readers.html import extract_html

__all__ = ["Page", "Source", "read_source"]

Source = str | bytes | os.PathLike[str]

#: A one-line string naming a page file: a typo in a path must not be analysed as article text.
_PATH_LIKE = re.compile(
    r"^(?:[.~]?/|[A-Za-z]:\\)?[^\n<>]{0,4000}\.(?:html?|txt|xhtml|xml|json)$", re.I
)


@dataclass(slots=True)
class Page:
    """A readable page: the text before chrome cleaning plus whatever metadata the markup gave."""

    text: str
    kind: str  # "html" or "text"
    source: str | None = None
    metadata: Metadata = field(default_factory=Metadata)
    notes: list[str] = field(default_factory=list)


def _as_path(source: Source) -> Path | None:
    if isinstance(source, os.PathLike):
        return Path(source)
    if isinstance(source, str) and "\n" not in source and "<" not in source and len(source) < 4096:
        path = Path(source)
        try:
            if path.is_file() or path.is_dir():
                return path
        except OSError:
            return None
    return None


def _load(source: Source, options: Options) -> tuple[str | bytes, str | None] | Rejection:
    path = _as_path(source)
    if path is None:
        if isinstance(source, str) and _PATH_LIKE.match(source):
            return Rejection(f"{source}: no such file (a string that looks like a path)")
        if isinstance(source, str | bytes):
            return source, None
        return Rejection(f"unsupported source type {type(source).__name__}")
    if path.is_dir():
        return Rejection(f"{path} is a directory (use analyze_many or the CLI on a folder)")
    try:
        size = path.stat().st_size
        if size > options.max_input_bytes:
            return Rejection(f"input too large: {size:,} bytes (limit {options.max_input_bytes:,})")
        return path.read_bytes(), str(path)
    except OSError as error:
        return Rejection(f"cannot read {path}: {error.strerror or error}")


def read_source(source: Source, options: Options, *, url: str | None = None) -> Page | Rejection:
    """Read, decode and (for HTML) extract one page."""
    loaded = _load(source, options)
    if isinstance(loaded, Rejection):
        return loaded
    content, origin = loaded
    if isinstance(content, bytes):
        decoded = decode_bytes(content, max_bytes=options.max_input_bytes)
        if isinstance(decoded, Rejection):
            return decoded
        text = decoded.text
    else:
        if not content.strip():
            return Rejection("empty input")
        if len(content) > options.max_input_bytes:
            return Rejection(
                f"input too large: {len(content):,} characters (limit {options.max_input_bytes:,})"
            )
        text = content.replace("\r\n", "\n").replace("\r", "\n")
    if not looks_like_html(text):
        return Page(text, "text", origin)
    extracted = extract_html(text, url=url, max_depth=options.max_html_depth)
    if extracted.text is None:
        return Rejection("no main content found in the HTML page")
    notes = ["flattened HTML nested too deeply for the parser"] if extracted.flattened else []
    return Page(extracted.text, "html", origin, extracted.metadata, notes)
