"""Speakers end to end on Wikinews articles the quotation taggers never saw.

    .venv/bin/python bench/unseen.py [--fold 0] [--models /tmp/newstrace-unseen]

The shipped taggers were trained on the whole quotes-de train split, and most shared articles
of the speaker sets come from that split, so end to end they are scored on text the taggers
learnt by heart. This bench holds one fold (a quarter, the training script's shuffle) of the
train split out, trains both taggers on the rest exactly as ``training/train_quote_tagger.py``
does (messages jackknifed for the role tagger), caches them in ``--models``, and scores the
speaker-set articles of the held-out fold end to end with those taggers, beside the shipped
taggers on the same articles (the anchor of the same run). The first run trains for about ten
minutes on two cores.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

import pycrfsuite  # type: ignore[import-untyped]

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "bench"), str(ROOT / "training")]

import train_quote_tagger as training  # noqa: E402

import speakers as bench  # noqa: E402
from newstrace.stages import quotes  # noqa: E402
from newstrace.stages.quote_features import message_features, role_features  # noqa: E402

FOLDS = 4
#: Same settings as the shipped taggers (``training/train_quote_tagger.py`` defaults).
ITERATIONS, C1, C2 = 250, 0.02, 0.01


def train_fold(train: Path, fold: int, target: Path) -> set[str]:
    """Train both taggers without fold ``fold`` (unless cached); the held-out texts' openings."""
    examples = training.load(train)
    random.Random(13).shuffle(examples)  # the training script's order
    kept = [e for number, e in enumerate(examples) if number % FOLDS != fold]
    held = {e[0].text[:200] for number, e in enumerate(examples) if number % FOLDS == fold}
    messages, roles = target / "quote_message.crfsuite", target / "quote_roles.crfsuite"
    if messages.exists() and roles.exists():
        return held
    target.mkdir(parents=True, exist_ok=True)
    print(f"training taggers without fold {fold} into {target} …", flush=True)
    training.train(
        ((message_features(doc, "de"), labels) for doc, labels, _, _ in kept),
        messages,
        ITERATIONS,
        C1,
        C2,
    )
    predicted = training.cross_predicted_messages(
        kept, FOLDS, ITERATIONS, target / "scratch", C1, C2
    )
    training.train(
        (
            (role_features(doc, message_features(doc, "de"), labels), gold_roles)
            for (doc, _, gold_roles, _), labels in zip(kept, predicted, strict=True)
        ),
        roles,
        ITERATIONS,
        C1,
        C2,
    )
    return held


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--fold", type=int, default=0, choices=range(FOLDS))
    parser.add_argument("--models", type=Path, default=Path("/tmp/newstrace-unseen"))
    parser.add_argument("--errors", action="store_true", help="list every wrong quotation")
    args = parser.parse_args()
    train = bench.SHARED / "eval" / "quotes-de" / "train"
    if not train.exists():
        print(f"skipped: {train} is absent (this bench needs ../shared)")
        return
    target = args.models / f"fold{args.fold}"
    held = train_fold(train, args.fold, target)
    articles, _ = bench.load_all(bench.SETS["all-dev"])
    articles = [a for a in articles if a.text[:200] in held]
    count = sum(len(a.quotes) for a in articles)
    print(f"held-out fold {args.fold}: {len(articles)} speaker-set articles, {count} quotations")
    shipped = quotes._tagger
    timings = {"quotes": 0.0, "speakers": 0.0}
    score, _ = bench.evaluate(articles, lambda a: bench.run_end_to_end(a, timings))
    print(score.line("shipped taggers"))

    def fold_tagger(language: str, name: str) -> pycrfsuite.Tagger:
        tagger = pycrfsuite.Tagger()
        tagger.open(str(target / name))
        return tagger

    quotes._tagger = fold_tagger  # the stage looks its taggers up through this function
    try:
        unseen, _ = bench.evaluate(articles, lambda a: bench.run_end_to_end(a, timings))
    finally:
        quotes._tagger = shipped
    print(unseen.line("fold taggers"))
    if args.errors:
        print("\n".join("    " + error for error in unseen.errors))


if __name__ == "__main__":
    main()
