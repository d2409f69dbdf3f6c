"""The quotation-attribution metric of the German news quotation dataset.

Per article, system and gold quotations are paired one-to-one by the Hungarian method on the
token-overlap F1 of their message spans (pairs without any overlap stay unpaired). Every pair,
and every unpaired quotation against an empty partner, yields token precision and recall for the
message and for each role. A precision is defined only where the system marked something and a
recall only where the gold has something; both are averaged over those items (macro over
quotations), and F1 is taken from the averages. "roles" pools the speaker, cue, frame and
addressee items; "roles_macro" averages the four role scores with equal weight; "joint" pools
message and role items. Type and medium are exact matches over pairs, micro-averaged (precision
over system quotations, recall over gold quotations).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

__all__ = ["ROLES", "Score", "ScoreBoard", "TokenQuote", "hungarian_pairs", "overlap_f1", "score"]

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
    correct: int = 0
    system: int = 0
    gold: int = 0

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
    """Row/column pairs of maximal total weight (one-to-one), by the Hungarian method.

    ``weights`` is rows × columns (rectangular allowed). O(n³) in the larger side.
    """
    rows = len(weights)
    columns = len(weights[0]) if rows else 0
    size = max(rows, columns)
    if size == 0:
        return []
    top = max((value for row in weights for value in row), default=0.0)

    def cost(row: int, column: int) -> float:
        inside = row < rows and column < columns
        return top - weights[row][column] if inside else top

    assignment = _minimal_assignment(size, cost)
    return [
        (row, column) for row, column in enumerate(assignment) if row < rows and column < columns
    ]


def _minimal_assignment(size: int, cost: Callable[[int, int], float]) -> list[int]:
    """Column per row minimising the summed ``cost(row, column)`` (square problem)."""
    infinity = float("inf")
    row_potential = [0.0] * (size + 1)
    column_potential = [0.0] * (size + 1)
    row_of_column = [0] * (size + 1)  # 1-based; 0 means free
    way = [0] * (size + 1)
    for row in range(1, size + 1):
        row_of_column[0] = row
        column = 0
        least = [infinity] * (size + 1)
        used = [False] * (size + 1)
        while True:
            used[column] = True
            current_row = row_of_column[column]
            delta = infinity
            next_column = 0
            for candidate in range(1, size + 1):
                if used[candidate]:
                    continue
                reduced = (
                    cost(current_row - 1, candidate - 1)
                    - row_potential[current_row]
                    - column_potential[candidate]
                )
                if reduced < least[candidate]:
                    least[candidate] = reduced
                    way[candidate] = column
                if least[candidate] < delta:
                    delta = least[candidate]
                    next_column = candidate
            for candidate in range(size + 1):
                if used[candidate]:
                    row_potential[row_of_column[candidate]] += delta
                    column_potential[candidate] -= delta
                else:
                    least[candidate] -= delta
            column = next_column
            if row_of_column[column] == 0:
                break
        while column:
            previous = way[column]
            row_of_column[column] = row_of_column[previous]
            column = previous
    assignment = [0] * size
    for column in range(1, size + 1):
        assignment[row_of_column[column] - 1] = column - 1
    return assignment


def _pair_article(
    system: Sequence[TokenQuote], gold: Sequence[TokenQuote]
) -> list[tuple[TokenQuote | None, TokenQuote | None]]:
    weights = [[overlap_f1(s.message, g.message) for g in gold] for s in system]
    matched = [
        (row, column) for row, column in hungarian_pairs(weights) if weights[row][column] > 0
    ]
    paired_system = {row for row, _ in matched}
    paired_gold = {column for _, column in matched}
    pairs: list[tuple[TokenQuote | None, TokenQuote | None]] = [
        (system[row], gold[column]) for row, column in matched
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
        self._add_labels(system, gold)
        self._add_per_type(system, gold, pair_message, pair_roles)

    def _add_labels(self, system: TokenQuote | None, gold: TokenQuote | None) -> None:
        for counts, attribute in ((self.type, "type"), (self.medium, "medium")):
            counts.system += system is not None
            counts.gold += gold is not None
            if system and gold and getattr(system, attribute) == getattr(gold, attribute):
                counts.correct += 1
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
        system_quotes=total.type.system,
        gold_quotes=total.type.gold,
        paired_quotes=total.paired,
    )
