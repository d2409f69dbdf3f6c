"""The ordered stages, and reading + running them on one page or many."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from newstrace.model import Article
from newstrace.options import DEFAULT_OPTIONS, Options
from newstrace.readers.decode import Rejection
from newstrace.readers.source import Page, Source, read_source
from newstrace.stages import chains, clean, metadata, quotes, sentences, speakers

__all__ = [
    "LANGUAGE_STAGES",
    "STAGES",
    "Failure",
    "InputError",
    "analyze",
    "analyze_many",
    "article_from_page",
    "run_stages",
]

Stage = Callable[[Article, Options], Article]

#: The stages in order; each takes the article and returns it enriched.
STAGES: tuple[tuple[str, Stage], ...] = (
    ("clean", clean.run),
    ("metadata", metadata.run),
    ("sentences", sentences.run),
    ("quotes", quotes.run),
    ("speakers", speakers.run),
    ("chains", chains.run),
)


class InputError(ValueError):
    """The input cannot be analysed; the message is one readable line."""


@dataclass(frozen=True, slots=True)
class Failure:
    """A page that could not be analysed in a batch, with why."""

    source: str
    reason: str


def article_from_page(page: Page) -> Article:
    return Article(
        text=page.text,
        source_text=page.text,
        source=page.source,
        input_kind=page.kind,
        metadata=page.metadata,
    )


#: Stages whose word lists and models exist only for German and English: a page in another
#: language (metadata.language is None) gets no quotations rather than wrong ones.
LANGUAGE_STAGES = frozenset({"quotes", "speakers", "chains"})


def run_stages(article: Article, options: Options = DEFAULT_OPTIONS) -> Article:
    for name, stage in STAGES:
        if name in options.skip_stages:
            continue
        language = options.language or article.metadata.language
        if name in LANGUAGE_STAGES and language not in options.languages:
            continue
        article = stage(article, options)
    return article


def _analyze(source: Source, options: Options, url: str | None) -> Article | Rejection:
    page = read_source(source, options, url=url)
    if isinstance(page, Rejection):
        return page
    return run_stages(article_from_page(page), options)


def analyze(
    source: Source,
    *,
    language: str | None = None,
    url: str | None = None,
    options: Options | None = None,
) -> Article:
    """Analyse one page: a path, a string of HTML or text, or bytes.

    Raises ``InputError`` with a one-line reason when the input cannot be read.
    """
    options = options or DEFAULT_OPTIONS
    if language is not None:
        options = replace(options, language=language)
    result = _analyze(source, options, url)
    if isinstance(result, Rejection):
        raise InputError(result.reason)
    return result


def analyze_many(
    sources: Iterable[str | os.PathLike[str]], *, options: Options | None = None
) -> Iterator[Article | Failure]:
    """Analyse many pages; a page that fails becomes a ``Failure`` and the rest go on."""
    options = options or DEFAULT_OPTIONS
    for source in sources:
        name = str(source)
        try:
            result = _analyze(Path(source), options, None)
        except Exception as error:
            yield Failure(name, f"internal error: {type(error).__name__}: {error}")
            continue
        yield Failure(name, result.reason) if isinstance(result, Rejection) else result
