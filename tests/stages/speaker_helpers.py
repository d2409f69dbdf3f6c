"""Building articles with hand-placed quotations, so speaker and chain tests do not depend on the
quotation tagger."""

from __future__ import annotations

from newstrace.model import Article, Metadata, Quote, QuoteType, Span
from newstrace.options import Options
from newstrace.stages import chains, sentences, speakers

OPTIONS = Options(language="de")


def span_of(text: str, piece: str, occurrence: int = 1) -> Span:
    """The span of the ``occurrence``-th ``piece`` in ``text``."""
    start = -1
    for _ in range(occurrence):
        start = text.index(piece, start + 1)
    return Span(start, start + len(piece))


def quote(
    text: str,
    message: str,
    speaker: str | None,
    cue: str | None = None,
    *,
    kind: QuoteType = QuoteType.INDIRECT,
    occurrence: int = 1,
    nested_in: str | None = None,
) -> Quote:
    message_span = span_of(text, message)
    return Quote(
        id="",
        message=[message_span],
        type=kind,
        speaker=None if speaker is None else span_of(text, speaker),
        cue=None if cue is None else span_of(text, cue, occurrence),
        nested_in=nested_in,
    )


def analysed(
    text: str,
    quotes: list[Quote],
    metadata: Metadata | None = None,
    *,
    options: Options = OPTIONS,
) -> Article:
    """Sentences, the given quotations (ids q1, q2, … in the order given), speakers and chains."""
    article = sentences.run(Article(text=text, metadata=metadata or Metadata()), options)
    for number, item in enumerate(quotes, start=1):
        item.id = f"q{number}"
    article.quotes = quotes
    return chains.run(speakers.run(article, options), options)


def speaker_name(article: Article, item: Quote) -> str | None:
    names = {entity.id: entity.name for entity in article.entities}
    return None if item.speaker_entity is None else names[item.speaker_entity]


def chain_names(article: Article, quote_id: str) -> list[str]:
    (chain,) = [c for c in article.chains if c.quote_id == quote_id]
    return [link.name for link in chain.links]
