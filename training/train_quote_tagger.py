"""Train the two quotation taggers (messages, then roles) on the train split only.

    .venv/bin/python training/train_quote_tagger.py ../shared/eval/quotes-de/train

Writes ``src/newstrace/lang/de/quote_message.crfsuite``, ``quote_roles.crfsuite`` and
``cue_media.tsv`` (``--target`` elsewhere). Training data: Petersen-Frey & Biemann, "Dataset of Quotation Attribution in
German News Articles", LREC-COLING 2024, CC BY-NC-SA 4.0 (texts: de.wikinews.org, CC BY 2.5);
the models derived from it carry that licence (see ``src/newstrace/lang/de/MODELS.md``).
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import pycrfsuite  # type: ignore[import-untyped]

from newstrace.stages.quote_features import (
    TYPE_CODES,
    Document,
    make_document,
    message_features,
    role_features,
)
from newstrace.stages.sentences import split_sentences

LANGUAGE = "de"
TARGET = Path(__file__).resolve().parents[1] / "src" / "newstrace" / "lang" / LANGUAGE
ROLE_CODES = {"speaker": "SPK", "cue": "CUE", "addressee": "ADR"}


def char_spans(part: dict[str, Any] | None) -> list[tuple[int, int]]:
    return [(span["charBegin"], span["charEnd"]) for span in (part or {}).get("spans", [])]


def label_spans(
    doc: Document, labels: list[str], spans: Iterable[tuple[int, int]], code: str
) -> None:
    """Write B-/I- ``code`` over the tokens of each span whose tokens are still unlabelled."""
    for start, end in spans:
        indices = [i for i, t in enumerate(doc.tokens) if t.start < end and t.end > start]
        if not indices or any(labels[i] != "O" for i in indices):
            continue
        labels[indices[0]] = "B-" + code
        for i in indices[1:]:
            labels[i] = "I-" + code


def gold_labels(
    doc: Document, annotations: Sequence[dict[str, Any]]
) -> tuple[list[str], list[str]]:
    messages = ["O"] * len(doc.tokens)
    outer = sorted(
        (a for a in annotations if not a.get("isNested")),
        key=lambda a: -len(a["quote"]["tokenIds"]),
    )
    for annotation in outer:
        label_spans(doc, messages, char_spans(annotation["quote"]), TYPE_CODES[annotation["type"]])
    roles = ["O"] * len(doc.tokens)
    for role, code in ROLE_CODES.items():
        for annotation in annotations:
            label_spans(doc, roles, char_spans(annotation.get(role)), code)
    return messages, roles


def load(directory: Path) -> list[tuple[Document, list[str], list[str], list[dict[str, Any]]]]:
    examples = []
    for path in sorted(directory.glob("*.json")):
        raw = json.loads(path.read_text(encoding="utf-8"))
        text = raw["originalText"]
        doc = make_document(text, split_sentences(text, LANGUAGE), LANGUAGE)
        annotations = raw.get("annotations") or []
        messages, roles = gold_labels(doc, annotations)
        examples.append((doc, messages, roles, annotations))
    return examples


def train(
    sequences: Iterable[tuple[list[list[str]], list[str]]],
    target: Path,
    iterations: int,
    c1: float = 0.05,
    c2: float = 0.02,
) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for features, labels in sequences:
        trainer.append(features, labels)
    trainer.set_params(
        {"c1": c1, "c2": c2, "max_iterations": iterations, "feature.possible_transitions": True}
    )
    trainer.train(str(target))


def cross_predicted_messages(
    examples: Sequence[tuple[Document, list[str], list[str], list[dict[str, Any]]]],
    folds: int,
    iterations: int,
    scratch: Path,
    c1: float,
    c2: float,
) -> list[list[str]]:
    """Message labels for every train document from a model that did not see it (jackknife)."""
    scratch.mkdir(parents=True, exist_ok=True)
    predicted: list[list[str]] = [[] for _ in examples]
    for fold in range(folds):
        model = scratch / f"fold{fold}.crfsuite"
        train(
            (
                (message_features(doc, LANGUAGE), messages)
                for number, (doc, messages, _, _) in enumerate(examples)
                if number % folds != fold
            ),
            model,
            iterations,
            c1,
            c2,
        )
        tagger = pycrfsuite.Tagger()
        tagger.open(str(model))
        for number, (doc, _, _, _) in enumerate(examples):
            if number % folds == fold:
                predicted[number] = tagger.tag(message_features(doc, LANGUAGE))
        tagger.close()
    return predicted


def cue_media(
    examples: Sequence[tuple[Document, list[str], list[str], list[dict[str, Any]]]],
) -> str:
    """Majority medium per cue word and per quotation type, as a TSV lexicon."""
    by_word: dict[str, Counter[str]] = defaultdict(Counter)
    by_type: dict[str, Counter[str]] = defaultdict(Counter)
    for _, _, _, quotations in examples:
        for annotation in quotations:
            by_type[annotation["type"]][annotation["medium"]] += 1
            for word in annotation["cue"]["text"].lower().split()[:1]:
                by_word[word][annotation["medium"]] += 1
    lines = ["# Majority medium per cue word (first cue token) and per type; from the train split."]
    for quote_type, counts in sorted(by_type.items()):
        lines.append(f"type:{quote_type}\t{counts.most_common(1)[0][0]}")
    for word, counts in sorted(by_word.items()):
        if sum(counts.values()) >= 2:
            lines.append(f"{word}\t{counts.most_common(1)[0][0]}")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("train", type=Path)
    parser.add_argument("--iterations", type=int, default=250)
    parser.add_argument("--c1", type=float, default=0.02, help="L1 penalty")
    parser.add_argument("--c2", type=float, default=0.01, help="L2 penalty")
    parser.add_argument("--folds", type=int, default=4)
    parser.add_argument("--target", type=Path, default=TARGET, help="where the models go")
    parser.add_argument("--scratch", type=Path, default=Path("/tmp/newstrace-quote-training"))
    arguments = parser.parse_args()
    examples = load(arguments.train)
    random.Random(13).shuffle(examples)
    train(
        ((message_features(doc, LANGUAGE), messages) for doc, messages, _, _ in examples),
        arguments.target / "quote_message.crfsuite",
        arguments.iterations,
        arguments.c1,
        arguments.c2,
    )
    if arguments.folds > 1:
        predicted = cross_predicted_messages(
            examples,
            arguments.folds,
            arguments.iterations,
            arguments.scratch,
            arguments.c1,
            arguments.c2,
        )
    else:
        predicted = [messages for _, messages, _, _ in examples]
    train(
        (
            (role_features(doc, message_features(doc, LANGUAGE), message_labels), roles)
            for (doc, _, roles, _), message_labels in zip(examples, predicted, strict=True)
        ),
        arguments.target / "quote_roles.crfsuite",
        arguments.iterations,
        arguments.c1,
        arguments.c2,
    )
    (arguments.target / "cue_media.tsv").write_text(cue_media(examples), encoding="utf-8")


if __name__ == "__main__":
    main()
