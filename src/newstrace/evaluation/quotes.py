"""Dataset adapter for German quotation attribution (``../shared/eval/quotes-de`` format).

Reads an article file, drops its annotations, runs our sentence and quotation stages on
``originalText`` (no chrome cleaning: the file's offsets must stay valid), maps the predicted
character spans onto the file's own tokens, optionally writes the predictions back in the
dataset format, and scores them with :mod:`newstrace.evaluation.quote_metric`.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newstrace.evaluation.quote_metric import ROLES, ScoreBoard, TokenQuote, score
from newstrace.model import Article, Quote, Span
from newstrace.options import Options
from newstrace.stages import quotes as quote_stage
from newstrace.stages import sentences as sentence_stage

__all__ = [
    "DatasetArticle",
    "QuoteReport",
    "evaluate_directory",
    "load_article",
    "predict_quotes",
    "to_dataset_annotations",
    "to_token_quotes",
]

_OPTIONS = Options(language="de")


@dataclass(frozen=True, slots=True)
class DatasetArticle:
    """One dataset file: its text, its fixed tokens and its gold quotations (maybe none)."""

    name: str
    raw: dict[str, Any]
    text: str
    token_starts: list[int]
    token_ends: list[int]
    token_ids: list[int]
    gold: list[TokenQuote]
    annotated: bool

    def token_ids_in(self, span: Span) -> list[int]:
        """Ids of the file tokens that overlap ``span``."""
        first = bisect.bisect_right(self.token_ends, span.start)
        ids = []
        for index in range(first, len(self.token_starts)):
            if self.token_starts[index] >= span.end:
                break
            ids.append(self.token_ids[index])
        return ids


@dataclass(slots=True)
class QuoteReport:
    """The result of evaluating a directory: figures plus counts."""

    directory: str
    articles: int
    annotated_articles: int
    scores: ScoreBoard | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "directory": self.directory,
            "articles": self.articles,
            "annotated_articles": self.annotated_articles,
            "scores": None if self.scores is None else self.scores.to_dict(),
        }

    def to_text(self) -> str:
        """A readable table of the figures."""
        lines = [f"{self.directory}: {self.articles} articles, {self.annotated_articles} annotated"]
        if self.scores is None:
            lines.append("no annotations: predictions only")
            return "\n".join(lines)
        board = self.scores
        lines.append(
            f"quotes: system {board.system_quotes}, gold {board.gold_quotes}, "
            f"paired {board.paired_quotes}"
        )
        lines.append(f"{'':<24}{'P':>8}{'R':>8}{'F1':>8}")
        rows = [
            ("message", board.message),
            ("roles", board.roles),
            ("roles (macro of 4)", board.roles_macro),
            ("joint", board.joint),
            *((f"  {role}", board.per_role[role]) for role in ROLES),
            ("type", board.type),
            ("medium", board.medium),
        ]
        for name, parts in board.per_type.items():
            rows.append((f"{name} message", parts["message"]))
            rows.append((f"{name} roles", parts["roles"]))
        for name, value in rows:
            lines.append(f"{name:<24}{value.precision:>8.3f}{value.recall:>8.3f}{value.f1:>8.3f}")
        return "\n".join(lines)


def load_article(path: Path) -> DatasetArticle:
    """Read one dataset file; its gold quotations become token-id sets."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    tokens = sorted(raw["tokens"], key=lambda token: token["charBegin"])
    annotations = raw.get("annotations") or []
    return DatasetArticle(
        name=path.name,
        raw=raw,
        text=raw["originalText"],
        token_starts=[token["charBegin"] for token in tokens],
        token_ends=[token["charEnd"] for token in tokens],
        token_ids=[token["id"] for token in tokens],
        gold=[_gold_quote(annotation) for annotation in annotations],
        annotated="annotations" in raw,
    )


def _gold_quote(annotation: dict[str, Any]) -> TokenQuote:
    def ids(part: str) -> frozenset[int]:
        return frozenset((annotation.get(part) or {}).get("tokenIds", []))

    return TokenQuote(
        message=ids("quote"),
        roles={role: ids(role) for role in ROLES},
        type=str(annotation.get("type", "")),
        medium=str(annotation.get("medium", "")),
    )


def predict_quotes(text: str) -> list[Quote]:
    """Our quotations for a dataset text: sentences, then quotes, on the text as it is."""
    article = Article(text=text, source_text=text)
    article = sentence_stage.run(article, _OPTIONS)
    return quote_stage.run(article, _OPTIONS).quotes


def _role_spans(quote: Quote) -> dict[str, list[Span]]:
    cue = [span for span in (quote.cue, quote.cue_particle) if span is not None]
    spans = {"speaker": quote.speaker, "frame": quote.frame, "addressee": quote.addressee}
    roles = {name: [span] for name, span in spans.items() if span is not None}
    roles["cue"] = cue
    return roles


def to_token_quotes(article: DatasetArticle, quotes: Sequence[Quote]) -> list[TokenQuote]:
    """Our quotations as token-id sets over the file's own tokens."""
    result = []
    for quote in quotes:
        roles = _role_spans(quote)
        result.append(
            TokenQuote(
                message=frozenset(_ids(article, quote.message)),
                roles={role: frozenset(_ids(article, roles.get(role, []))) for role in ROLES},
                type=quote.type.value,
                medium=quote.medium,
            )
        )
    return result


def _ids(article: DatasetArticle, spans: Sequence[Span]) -> list[int]:
    ids: list[int] = []
    for span in spans:
        ids.extend(article.token_ids_in(span))
    return sorted(set(ids))


def to_dataset_annotations(
    article: DatasetArticle, quotes: Sequence[Quote]
) -> list[dict[str, Any]]:
    """Our quotations in the dataset's annotation format."""
    index_of = {token_id: index for index, token_id in enumerate(article.token_ids)}
    parents = {quote.nested_in for quote in quotes if quote.nested_in}
    annotations = []
    for number, quote in enumerate(quotes):
        roles = _role_spans(quote)
        entry: dict[str, Any] = {"id": number}
        entry["quote"] = _dataset_part(article, index_of, quote.message)
        for role in ROLES:
            entry[role] = _dataset_part(article, index_of, roles.get(role, []))
        entry["type"] = quote.type.value
        entry["medium"] = quote.medium
        entry["isNested"] = quote.nested_in is not None
        entry["hasNested"] = quote.id in parents
        annotations.append(entry)
    return annotations


def _dataset_part(
    article: DatasetArticle, index_of: dict[int, int], spans: Sequence[Span]
) -> dict[str, Any]:
    ids = _ids(article, spans)
    runs: list[list[int]] = []
    for token_id in ids:
        if runs and index_of[token_id] == index_of[runs[-1][-1]] + 1:
            runs[-1].append(token_id)
        else:
            runs.append([token_id])
    parts = []
    for run in runs:
        first, last = index_of[run[0]], index_of[run[-1]]
        parts.append(
            {
                "begin": run[0],
                "charBegin": article.token_starts[first],
                "charEnd": article.token_ends[last],
                "end": run[-1] + 1,
            }
        )
    text = " ".join(article.text[part["charBegin"] : part["charEnd"]] for part in parts)
    return {"spans": parts, "text": text, "tokenIds": ids}


def _dataset_files(directory: Path) -> Iterator[Path]:
    yield from sorted(directory.glob("*.json"))


def evaluate_directory(path: Path, *, save_predictions: Path | None = None) -> QuoteReport:
    """Predict and score every ``*.json`` article of ``path``.

    Gold annotations are read for scoring only; prediction sees ``originalText`` alone.
    ``save_predictions`` receives one file per article, same name, dataset format.
    """
    if save_predictions is not None:
        save_predictions.mkdir(parents=True, exist_ok=True)
    pairs: list[tuple[list[TokenQuote], list[TokenQuote]]] = []
    count = 0
    for file in _dataset_files(path):
        count += 1
        article = load_article(file)
        quotes = predict_quotes(article.text)
        if save_predictions is not None:
            _save(save_predictions / file.name, article, quotes)
        if article.annotated:
            pairs.append((to_token_quotes(article, quotes), article.gold))
    board = score(pairs) if pairs else None
    return QuoteReport(str(path), count, len(pairs), board)


def _save(target: Path, article: DatasetArticle, quotes: Sequence[Quote]) -> None:
    payload = {key: value for key, value in article.raw.items() if key != "annotations"}
    payload["annotations"] = to_dataset_annotations(article, quotes)
    target.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
