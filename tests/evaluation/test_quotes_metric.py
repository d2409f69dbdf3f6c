"""The quotation metric on hand-made cases, and the dataset adapter on a hand-written file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newstrace.evaluation.quote_metric import (
    ROLES,
    TokenQuote,
    hungarian_pairs,
    overlap_f1,
    pair_weight,
    score,
)
from newstrace.evaluation.quotes import evaluate_directory, load_article, to_token_quotes
from newstrace.model import Quote, QuoteType, Span


def quote(
    message: set[int],
    speaker: set[int] | None = None,
    cue: set[int] | None = None,
    kind: str = "Direct",
    medium: str = "Speech",
) -> TokenQuote:
    roles = {role: frozenset() for role in ROLES}
    roles["speaker"] = frozenset(speaker or ())
    roles["cue"] = frozenset(cue or ())
    return TokenQuote(frozenset(message), roles, kind, medium)


def test_overlap_f1() -> None:
    assert overlap_f1(frozenset({1, 2}), frozenset({1, 2})) == 1.0
    assert overlap_f1(frozenset({1, 2}), frozenset({3})) == 0.0
    assert overlap_f1(frozenset({1, 2, 3, 4}), frozenset({1, 2})) == pytest.approx(2 / 3)


def test_hungarian_prefers_the_best_total_not_the_greedy_choice() -> None:
    # Greedy would take (0, 0) = 0.9 and leave (1, 1) = 0.0; the optimum is 0.8 + 0.8.
    weights = [[0.9, 0.8], [0.8, 0.0]]
    assert sorted(hungarian_pairs(weights)) == [(0, 1), (1, 0)]


def test_hungarian_rectangular_and_empty() -> None:
    assert hungarian_pairs([]) == []
    assert sorted(hungarian_pairs([[0.1, 0.7, 0.2]])) == [(0, 1)]
    assert sorted(hungarian_pairs([[0.1], [0.7], [0.2]])) == [(1, 0)]


def test_perfect_system_scores_one() -> None:
    gold = [quote({1, 2, 3}, {5}, {6}), quote({10, 11}, {12}, kind="Indirect")]
    board = score([(gold, gold)])
    assert board.message.f1 == 1.0
    assert board.roles.f1 == 1.0
    assert board.type.f1 == 1.0
    assert board.paired_quotes == 2


def test_partial_overlap_is_token_precision_and_recall() -> None:
    system = [quote({1, 2, 3, 4}, {5, 6})]
    gold = [quote({1, 2}, {5})]
    board = score([(system, gold)])
    assert board.message.precision == pytest.approx(0.5)
    assert board.message.recall == pytest.approx(1.0)
    assert board.per_role["speaker"].precision == pytest.approx(0.5)
    assert board.per_role["speaker"].recall == pytest.approx(1.0)
    # The cue is absent on both sides: no item, it neither helps nor hurts.
    assert board.per_role["cue"].precision_items == 0


def test_unpaired_quotes_count_against_an_empty_partner() -> None:
    system = [quote({1, 2}), quote({20, 21})]
    gold = [quote({1, 2}), quote({40, 41})]
    board = score([(system, gold)])
    assert board.message.precision == pytest.approx(0.5)
    assert board.message.recall == pytest.approx(0.5)
    # As in the authors' script, the non-overlapping pair is still a pair.
    assert board.paired_quotes == 2


def test_zero_overlap_pairs_are_kept_and_their_roles_count() -> None:
    system = [quote({1, 2}, speaker={5}, cue={6})]
    gold = [quote({3, 4}, speaker={5}, cue={7})]
    board = score([(system, gold)])
    assert board.paired_quotes == 1
    assert board.message.precision == 0.0
    assert board.per_role["speaker"].precision == pytest.approx(1.0)
    assert board.per_role["speaker"].recall == pytest.approx(1.0)
    # Roles pool (pair, role) items: speaker 1.0 and cue 0.0 → 0.5 each way.
    assert board.roles.precision == pytest.approx(0.5)
    assert board.roles.recall == pytest.approx(0.5)
    assert board.roles.precision_items == 2


def test_only_min_of_both_sides_is_paired() -> None:
    system = [quote({1, 2}), quote({20, 21}), quote({30})]
    gold = [quote({1, 2})]
    board = score([(system, gold)])
    assert board.paired_quotes == 1
    assert board.message.precision == pytest.approx(1 / 3)
    assert board.message.recall == pytest.approx(1.0)


def test_equal_type_breaks_a_tie_in_the_pairing() -> None:
    system = [quote({1, 2}, speaker={9}, kind="Indirect"), quote({1, 2}, speaker={5})]
    gold = [quote({1, 2}, speaker={5}, kind="Direct")]
    board = score([(system, gold)])
    assert board.type.precision == pytest.approx(0.5)
    assert board.type.recall == pytest.approx(1.0)
    assert board.per_role["speaker"].recall == pytest.approx(1.0)


def test_equal_medium_breaks_a_tie_in_the_pairing() -> None:
    system = [quote({1, 2}, medium="Writing"), quote({1, 2}, medium="Speech")]
    gold = [quote({1, 2}, medium="Speech")]
    board = score([(system, gold)])
    assert board.medium.recall == pytest.approx(1.0)
    assert board.medium.precision == pytest.approx(0.5)


def test_tie_breakers_only_apply_with_overlap() -> None:
    assert pair_weight(quote({1}), quote({2})) == 0.0
    assert pair_weight(quote({1}), quote({1})) == pytest.approx(1.011)
    assert pair_weight(quote({1}, kind="Reported"), quote({1})) == pytest.approx(1.001)


def test_a_missing_label_is_neither_a_true_nor_a_false_positive() -> None:
    system = [quote({1, 2}, medium="")]
    gold = [quote({1, 2}, medium="Speech")]
    board = score([(system, gold)])
    assert board.medium.precision_items == 0
    assert board.medium.recall_items == 1
    assert board.medium.recall == 0.0


def test_macro_average_over_quotes_and_micro_type() -> None:
    system = [quote({1, 2}, kind="Direct"), quote({10, 11, 12, 13}, kind="Reported")]
    gold = [quote({1, 2}, kind="Direct"), quote({10, 11}, kind="Indirect")]
    board = score([(system, gold)])
    assert board.message.precision == pytest.approx((1.0 + 0.5) / 2)
    assert board.type.precision == pytest.approx(0.5)
    assert board.per_type["Reported"]["message"].precision == pytest.approx(0.5)
    assert board.per_type["Indirect"]["message"].recall == pytest.approx(1.0)


def test_no_system_quotes() -> None:
    board = score([([], [quote({1})])])
    assert board.message.recall == 0.0
    assert board.message.f1 == 0.0


def write_article(path: Path, annotated: bool) -> None:
    text = "Der Minister sagte: „Wir bleiben.“"
    tokens = []
    for number, (start, end) in enumerate(
        [(0, 3), (4, 12), (13, 18), (18, 19), (20, 21), (21, 24), (25, 32), (32, 33), (33, 34)]
    ):
        tokens.append(
            {
                "id": number,
                "charBegin": start,
                "charEnd": end,
                "text": text[start:end],
                "sentence": 1,
                "word": number + 1,
            }
        )
    raw: dict[str, object] = {"documentName": path.stem, "originalText": text, "tokens": tokens}
    if annotated:
        empty = {"spans": [], "text": "", "tokenIds": []}
        raw["annotations"] = [
            {
                "id": 0,
                "quote": {
                    "spans": [{"begin": 4, "end": 9, "charBegin": 20, "charEnd": 34}],
                    "text": "„Wir bleiben.“",
                    "tokenIds": [4, 5, 6, 7, 8],
                },
                "speaker": {
                    "spans": [{"begin": 0, "end": 2, "charBegin": 0, "charEnd": 12}],
                    "text": "Der Minister",
                    "tokenIds": [0, 1],
                },
                "cue": {
                    "spans": [{"begin": 2, "end": 3, "charBegin": 13, "charEnd": 18}],
                    "text": "sagte",
                    "tokenIds": [2],
                },
                "frame": empty,
                "addressee": empty,
                "type": "Direct",
                "medium": "Speech",
                "isNested": False,
                "hasNested": False,
            }
        ]
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")


def test_char_spans_map_onto_the_files_own_tokens(tmp_path: Path) -> None:
    write_article(tmp_path / "a.json", annotated=True)
    article = load_article(tmp_path / "a.json")
    ours = Quote("q1", [Span(20, 34)], QuoteType.DIRECT, speaker=Span(4, 12), cue=Span(13, 18))
    (token_quote,) = to_token_quotes(article, [ours])
    assert token_quote.message == frozenset({4, 5, 6, 7, 8})
    assert token_quote.roles["speaker"] == frozenset({1})
    assert token_quote.roles["cue"] == frozenset({2})


def test_directory_without_annotations_predicts_only(tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    write_article(source / "a.json", annotated=False)
    report = evaluate_directory(source, save_predictions=tmp_path / "out")
    assert report.scores is None
    assert "predictions only" in report.to_text()
    saved = json.loads((tmp_path / "out" / "a.json").read_text(encoding="utf-8"))
    assert isinstance(saved["annotations"], list)
    assert saved["originalText"].startswith("Der Minister")


def test_directory_with_annotations_scores(tmp_path: Path) -> None:
    write_article(tmp_path / "a.json", annotated=True)
    report = evaluate_directory(tmp_path)
    assert report.scores is not None
    assert report.to_dict()["annotated_articles"] == 1
    assert "message" in report.to_text()
