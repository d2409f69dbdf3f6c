"""Presentation: an Article as a readable text report, or its source with removals marked.

The one place that knows how results look; the CLI and the web UI only print what this returns.
"""

from __future__ import annotations

import textwrap

from newstrace.model import Article, Quote, Span

__all__ = ["marked_source", "quote_line", "text_report"]

WIDTH = 100


def _field(label: str, value: str | None) -> str:
    return f"{label:<10} {value if value else '—'}"


def _excerpt(text: str, limit: int = 90) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _span_text(article: Article, span: Span | None) -> str | None:
    return None if span is None else " ".join(article.span_text(span).split())


def quote_line(article: Article, quote: Quote) -> str:
    """One quotation: type, speaker, cue and the message with its parts in ⟦ ⟧."""
    message = " … ".join(_span_text(article, span) or "" for span in quote.message)
    speaker = _span_text(article, quote.speaker) or "(no speaker)"
    parts = [f"[{quote.id} {quote.type.value}/{quote.medium}] {speaker}"]
    if quote.cue is not None:
        parts.append(f"— {_span_text(article, quote.cue)}")
    if quote.addressee is not None:
        parts.append(f"→ {_span_text(article, quote.addressee)}")
    if quote.nested_in:
        parts.append(f"(inside {quote.nested_in})")
    return " ".join(parts) + f": ⟦{_excerpt(message, 160)}⟧"


def _header(article: Article) -> list[str]:
    meta = article.metadata
    lines = [
        _field("Title", meta.title),
        _field("Site", meta.site_name),
        _field("Byline", ", ".join(meta.authors) or None),
        _field("Date", meta.date),
        _field("Language", meta.language),
    ]
    if meta.section:
        lines.append(_field("Section", meta.section))
    if article.source:
        lines.append(_field("Source", article.source))
    credits = [
        f"{credit.name} ({credit.kind.value}: “{_excerpt(article.span_text(credit.evidence), 50)}”)"
        for credit in meta.credits
    ]
    lines.append(_field("Credits", "; ".join(credits) or None))
    return lines


def text_report(article: Article) -> str:
    """A readable report of everything newstrace found in the article."""
    lines = _header(article)
    lines.append("")
    lines.append(f"Removed as page chrome ({len(article.removals)}):")
    for removal in article.removals:
        lines.append(f"  - {removal.kind:<12} {removal.reason}: “{_excerpt(removal.text, 60)}”")
    if article.quotes:
        lines.append("")
        lines.append(f"Quotations ({len(article.quotes)}):")
        for quote in article.quotes:
            lines.extend(
                textwrap.wrap(
                    quote_line(article, quote),
                    WIDTH,
                    subsequent_indent="      ",
                    initial_indent="  ",
                )
            )
    lines.append("")
    lines.append(
        f"Article text ({len(article.paragraphs)} paragraphs, {len(article.text):,} characters):"
    )
    for span in article.paragraphs:
        lines.extend(
            textwrap.wrap(
                article.span_text(span), WIDTH, initial_indent="  ", subsequent_indent="  "
            )
        )
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def marked_source(article: Article) -> str:
    """The page before cleaning, each removed piece marked with its kind and reason."""
    pieces: list[str] = []
    position = 0
    for removal in sorted(article.removals, key=lambda r: r.span.start):
        pieces.append(article.source_text[position : removal.span.start])
        pieces.append(f"[-{removal.kind}: {removal.text} -]  ({removal.reason})")
        position = removal.span.end
    pieces.append(article.source_text[position:])
    return "".join(pieces)
