"""The quotation-attribution metric of the German news quotation dataset, as the authors' script.

Per article, a gold × system matrix holds the token-overlap F1 of the message spans, plus 0.01
when they overlap and their types agree and 0.001 when they overlap and their media agree; the
Hungarian method (``linear_sum_assignment`` semantics) pairs min(gold, system) quotations by
maximal total, zero-overlap pairs included. Every pair, and every unpaired quotation against an
empty partner, yields token precision and recall for the message and for each role. A precision
is defined only where the system marked something and a recall only where the gold has
something; both are averaged over those items (macro over quotations), and F1 is taken from the
averages. "roles" pools the speaker, cue, frame and addressee items; "roles_macro" averages the
four role scores with equal weight; "joint" pools message and role items. Type and medium are
micro TP/FP/FN over pairs and unpaired quotations.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

__all__ = [
    "ROLES",
    "Score",
    "ScoreBoard",
    "TokenQuote",
    "hungarian_pairs",
    "overlap_f1",
    "pair_weight",
    "score",
]

ROLES = ("speaker", "cue", "frame", "addressee")


@dataclass(frozen=True, slots=True)
class TokenQuote:
    """A quotation as sets of token ids, the unit the metric compares."""

    message: frozenset[int]
    roles: dict[str, frozenset[int]]
    type: str
    medium: str


@dataclass(frozen=True, slots=True)
class Score:
    """Precision, recall and F1, with how many items each average covers."""

    precision: float
    recall: float
    f1: float
    precision_items: int = 0
    recall_items: int = 0

    def to_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "precision_items": self.precision_items,
            "recall_items": self.recall_items,
        }


@dataclass(slots=True)
class _Tally:
    precision_sum: float = 0.0
    precision_items: int = 0
    recall_sum: float = 0.0
    recall_items: int = 0

    def add(self, system: frozenset[int], gold: frozenset[int]) -> None:
        common = len(system & gold)
        if system:
            self.precision_sum += common / len(system)
            self.precision_items += 1
        if gold:
            self.recall_sum += common / len(gold)
            self.recall_items += 1

    def merge(self, other: _Tally) -> None:
        self.precision_sum += other.precision_sum
        self.precision_items += other.precision_items
        self.recall_sum += other.recall_sum
        self.recall_items += other.recall_items

    def score(self) -> Score:
        precision = self.precision_sum / self.precision_items if self.precision_items else 0.0
        recall = self.recall_sum / self.recall_items if self.recall_items else 0.0
        return Score(
            precision, recall, _f1(precision, recall), self.precision_items, self.recall_items
        )


@dataclass(slots=True)
class _Counts:
    """Micro TP/FP/FN of a label (type or medium), as the authors count them."""

    correct: int = 0
    system: int = 0  # TP + FP
    gold: int = 0  # TP + FN

    def add(self, system: str | None, gold: str | None) -> None:
        # A match is a TP of the gold label; a mismatch is an FP of the system label (if
        # any) and an FN of the gold label (if any). Empty labels still match each other.
        if system is not None and gold is not None and system == gold:
            self.correct += 1
            self.system += 1
            self.gold += 1
            return
        self.system += bool(system)
        self.gold += bool(gold)

    def score(self) -> Score:
        precision = self.correct / self.system if self.system else 0.0
        recall = self.correct / self.gold if self.gold else 0.0
        return Score(precision, recall, _f1(precision, recall), self.system, self.gold)


@dataclass(slots=True)
class _TypeTallies:
    message: _Tally = field(default_factory=_Tally)
    roles: _Tally = field(default_factory=_Tally)


@dataclass(slots=True)
class ScoreBoard:
    """All figures of one evaluation run."""

    message: Score
    roles: Score
    roles_macro: Score
    joint: Score
    per_role: dict[str, Score]
    type: Score
    medium: Score
    per_type: dict[str, dict[str, Score]]
    system_quotes: int
    gold_quotes: int
    paired_quotes: int

    def to_dict(self) -> dict[str, object]:
        return {
            "message": self.message.to_dict(),
            "roles": self.roles.to_dict(),
            "roles_macro": self.roles_macro.to_dict(),
            "joint": self.joint.to_dict(),
            "per_role": {name: value.to_dict() for name, value in self.per_role.items()},
            "type": self.type.to_dict(),
            "medium": self.medium.to_dict(),
            "per_type": {
                name: {part: value.to_dict() for part, value in parts.items()}
                for name, parts in self.per_type.items()
            },
            "system_quotes": self.system_quotes,
            "gold_quotes": self.gold_quotes,
            "paired_quotes": self.paired_quotes,
        }


def _f1(precision: float, recall: float) -> float:
    total = precision + recall
    return 2 * precision * recall / total if total else 0.0


def overlap_f1(system: frozenset[int], gold: frozenset[int]) -> float:
    """Token-overlap F1 of two spans given as token-id sets."""
    common = len(system & gold)
    if not common:
        return 0.0
    return _f1(common / len(system), common / len(gold))


def hungarian_pairs(weights: Sequence[Sequence[float]]) -> list[tuple[int, int]]:
    """Row/column pairs of maximal total weight (one-to-one), as ``linear_sum_assignment``.

    ``weights`` is rows × columns (rectangular allowed); min(rows, columns) pairs come back,
    zero-weight pairs included, exactly as the dataset authors' script pairs them.
    """
    if not weights or not weights[0]:
        return []
    # Imported here: scipy is heavy and only the evaluation needs it.
    from scipy.optimize import linear_sum_assignment  # type: ignore[import-untyped]

    rows, columns = linear_sum_assignment(np.asarray(weights, dtype=float), maximize=True)
    return [(int(row), int(column)) for row, column in zip(rows, columns, strict=True)]


def pair_weight(system: TokenQuote, gold: TokenQuote) -> float:
    """Message overlap F1, plus the authors' tie-breakers for equal type and medium."""
    weight = overlap_f1(system.message, gold.message)
    if weight > 0:
        weight += 0.01 if system.type == gold.type else 0.0
        weight += 0.001 if system.medium == gold.medium else 0.0
    return weight


def _pair_article(
    system: Sequence[TokenQuote], gold: Sequence[TokenQuote]
) -> list[tuple[TokenQuote | None, TokenQuote | None]]:
    # Gold × system, as in the authors' script (it decides ties among zero-weight pairs).
    weights = [[pair_weight(s, g) for s in system] for g in gold]
    matched = hungarian_pairs(weights)
    paired_gold = {row for row, _ in matched}
    paired_system = {column for _, column in matched}
    pairs: list[tuple[TokenQuote | None, TokenQuote | None]] = [
        (system[column], gold[row]) for row, column in matched
    ]
    pairs += [(quote, None) for index, quote in enumerate(system) if index not in paired_system]
    pairs += [(None, quote) for index, quote in enumerate(gold) if index not in paired_gold]
    return pairs


_EMPTY: frozenset[int] = frozenset()


@dataclass(slots=True)
class _Accumulator:
    message: _Tally = field(default_factory=_Tally)
    per_role: dict[str, _Tally] = field(default_factory=lambda: {r: _Tally() for r in ROLES})
    type: _Counts = field(default_factory=_Counts)
    medium: _Counts = field(default_factory=_Counts)
    per_type: dict[str, _TypeTallies] = field(default_factory=dict)
    paired: int = 0
    system_quotes: int = 0
    gold_quotes: int = 0

    def add_pair(self, system: TokenQuote | None, gold: TokenQuote | None) -> None:
        pair_message = _Tally()
        pair_message.add(system.message if system else _EMPTY, gold.message if gold else _EMPTY)
        pair_roles = _Tally()
        for role in ROLES:
            role_tally = _Tally()
            role_tally.add(
                system.roles.get(role, _EMPTY) if system else _EMPTY,
                gold.roles.get(role, _EMPTY) if gold else _EMPTY,
            )
            self.per_role[role].merge(role_tally)
            pair_roles.merge(role_tally)
        self.message.merge(pair_message)
        self.system_quotes += system is not None
        self.gold_quotes += gold is not None
        self._add_labels(system, gold)
        self._add_per_type(system, gold, pair_message, pair_roles)

    def _add_labels(self, system: TokenQuote | None, gold: TokenQuote | None) -> None:
        for counts, attribute in ((self.type, "type"), (self.medium, "medium")):
            counts.add(
                getattr(system, attribute) if system else None,
                getattr(gold, attribute) if gold else None,
            )
        self.paired += system is not None and gold is not None

    def _add_per_type(
        self, system: TokenQuote | None, gold: TokenQuote | None, message: _Tally, roles: _Tally
    ) -> None:
        # Precision counts under the system's type, recall under the gold type.
        if system:
            bucket = self.per_type.setdefault(system.type, _TypeTallies())
            bucket.message.merge(_precision_part(message))
            bucket.roles.merge(_precision_part(roles))
        if gold:
            bucket = self.per_type.setdefault(gold.type, _TypeTallies())
            bucket.message.merge(_recall_part(message))
            bucket.roles.merge(_recall_part(roles))


def _precision_part(tally: _Tally) -> _Tally:
    return _Tally(tally.precision_sum, tally.precision_items, 0.0, 0)


def _recall_part(tally: _Tally) -> _Tally:
    return _Tally(0.0, 0, tally.recall_sum, tally.recall_items)


def score(articles: Iterable[tuple[Sequence[TokenQuote], Sequence[TokenQuote]]]) -> ScoreBoard:
    """Score (system, gold) quotation lists, one tuple per article."""
    total = _Accumulator()
    for system, gold in articles:
        for system_quote, gold_quote in _pair_article(system, gold):
            total.add_pair(system_quote, gold_quote)
    return _board(total)


def _board(total: _Accumulator) -> ScoreBoard:
    roles = _Tally()
    for tally in total.per_role.values():
        roles.merge(tally)
    joint = _Tally()
    joint.merge(roles)
    joint.merge(total.message)
    role_scores = {role: tally.score() for role, tally in total.per_role.items()}
    macro_precision = sum(s.precision for s in role_scores.values()) / len(ROLES)
    macro_recall = sum(s.recall for s in role_scores.values()) / len(ROLES)
    return ScoreBoard(
        message=total.message.score(),
        roles=roles.score(),
        roles_macro=Score(macro_precision, macro_recall, _f1(macro_precision, macro_recall)),
        joint=joint.score(),
        per_role=role_scores,
        type=total.type.score(),
        medium=total.medium.score(),
        per_type={
            name: {"message": bucket.message.score(), "roles": bucket.roles.score()}
            for name, bucket in sorted(total.per_type.items())
        },
        system_quotes=total.system_quotes,
        gold_quotes=total.gold_quotes,
        paired_quotes=total.paired,
    )
