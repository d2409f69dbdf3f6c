"""Presentation: an Article as a readable text report, or its source with removals marked.

The one place that knows how results look; the CLI and the web UI only print what this returns.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field

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
    lines.extend(_entity_section(article))
    lines.extend(_chain_section(article))
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


def _entity_section(article: Article) -> list[str]:
    """Each entity with its kind, roles and gender, then the quotations it speaks."""
    if not article.entities:
        return []
    lines = ["", f"Entities ({len(article.entities)}):"]
    for entity in article.entities:
        details = [entity.kind.value]
        if entity.gender:
            details.append(entity.gender)
        count = len(entity.mentions)
        details.append(f"{count} mention{'' if count == 1 else 's'}")
        lines.append(f"  {entity.id} {entity.name} ({', '.join(details)})")
        if entity.roles:
            lines.extend(
                textwrap.wrap(
                    "; ".join(entity.roles),
                    WIDTH,
                    initial_indent="      roles: ",
                    subsequent_indent="             ",
                )
            )
        for quote in article.quotes:
            if quote.speaker_entity == entity.id:
                lines.append(
                    f"      {quote.id} {_status(quote)} {_message_excerpt(article, quote)}"
                )
    return lines


def _status(quote: Quote) -> str:
    return f"[{quote.evidential.value}]" if quote.evidential else "[—]"


def _message_excerpt(article: Article, quote: Quote, limit: int = 70) -> str:
    message = " … ".join(_span_text(article, span) or "" for span in quote.message)
    return f"⟦{_excerpt(message, limit)}⟧"


@dataclass(slots=True)
class _ChainNode:
    """One link of the merged chain tree, with the quotations whose chain ends here."""

    label: str
    children: dict[str, _ChainNode] = field(default_factory=dict)
    quote_ids: list[str] = field(default_factory=list)


def _chain_section(article: Article) -> list[str]:
    """The attribution chains merged into a tree: shared prefixes are drawn once."""
    if not article.chains:
        return []
    root = _ChainNode("")
    for chain in article.chains:
        node = root
        for link in chain.links:
            label = link.name + (f" ({link.medium})" if link.medium else "")
            node = node.children.setdefault(label, _ChainNode(label))
        node.quote_ids.append(chain.quote_id)
    lines = ["", f"Attribution chains ({len(article.chains)} quotations):"]
    quotes = {quote.id: quote for quote in article.quotes}
    for child in root.children.values():
        _draw(child, "  ", lines, quotes, article)
    if root.quote_ids:
        lines.append(f"  (no named source): {', '.join(root.quote_ids)}")
    return lines


def _draw(
    node: _ChainNode,
    indent: str,
    lines: list[str],
    quotes: dict[str, Quote],
    article: Article,
    branch: str = "",
) -> None:
    lines.append(f"{indent}{branch}{node.label}")
    inner = indent + " " * len(branch)
    for quote_id in node.quote_ids:
        quote = quotes.get(quote_id)
        said = "" if quote is None else f" {_status(quote)} {_message_excerpt(article, quote, 60)}"
        lines.append(f"{inner}  · {quote_id}{said}")
    for child in node.children.values():
        _draw(child, inner, lines, quotes, article, "└─ ")


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
