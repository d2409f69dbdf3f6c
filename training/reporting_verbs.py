"""Rank verbs by how often their sentence is reported speech in the train split.

    .venv/bin/python training/reporting_verbs.py ../shared/eval/quotes-de/train [--min-count 4]

For each sentence, the verb in second place (HanTa: the first finite verb among the first
words; after an auxiliary, the participle or infinitive closing the clause; a separable
particle closing the clause is put in front) is counted with the sentence's gold label: most of
its tokens in a Reported quotation, in another quotation, or in none. Printed per verb lemma:
Reported count, sentences, and the rate ``Reported / (Reported + none)`` — sentences in other
quotations are left out of the rate, since the quotation rules leave those sentences to the
taggers. The verbs added to ``src/newstrace/lang/de/reporting_verbs.tsv`` were read off this
list (rate ≥ 0.4 with at least four sentences); training data: Petersen-Frey & Biemann,
"Dataset of Quotation Attribution in German News Articles", LREC-COLING 2024, CC BY-NC-SA 4.0.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from newstrace.lang.hanta import analyse

#: Words among which a sentence's finite verb is looked for (verb second after a subject).
MAX_VERB_POSITION = 12
#: Tokens that end the clause whose last word may be a separable particle.
CLAUSE_ENDS = frozenset(",.;:!?")


def _tag(word: str) -> str:
    return analyse(word)[1].replace("(", "").replace(")", "")


def second_place_lemma(words: list[str]) -> str | None:
    """Lemma of the sentence's verb in second place, particle first ("ankündigen")."""
    tags = [_tag(word) for word in words]
    finite = next(
        (i for i in range(1, min(len(words), MAX_VERB_POSITION)) if tags[i].endswith("FIN")),
        None,
    )
    if finite is None:
        return None
    clause_end = next((i for i in range(finite, len(words)) if words[i] in CLAUSE_ENDS), len(words))
    lemma = analyse(words[finite])[0].lower()
    if tags[finite] == "VAFIN":
        verbs = [i for i in range(finite + 1, clause_end) if tags[i] in ("VVPP", "VVINF", "VVIZU")]
        if verbs:
            lemma = analyse(words[verbs[-1]])[0].lower()
    if clause_end - 1 > finite and tags[clause_end - 1] == "PTKVZ":
        lemma = words[clause_end - 1].lower() + lemma
    return lemma


def sentence_labels(document: dict[str, Any]) -> list[tuple[list[str], str]]:
    """Words and gold label ("Reported", "other" or "none") of each sentence."""
    labels: dict[int, str] = {}
    for annotation in document["annotations"]:
        for token in annotation["quote"]["tokenIds"]:
            if annotation["type"] == "Reported":
                labels[token] = "Reported"
            else:
                labels.setdefault(token, "other")
    sentences: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for token in document["tokens"]:
        sentences[token["sentence"]].append(token)
    result = []
    for tokens in sentences.values():
        votes = Counter(labels.get(token["id"], "none") for token in tokens)
        result.append(([token["text"] for token in tokens], votes.most_common(1)[0][0]))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("split", type=Path, help="a quotes-de split folder (train)")
    parser.add_argument("--min-count", type=int, default=4, help="sentences a verb needs")
    args = parser.parse_args()
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for path in sorted(args.split.glob("*.json")):
        for words, label in sentence_labels(json.loads(path.read_text(encoding="utf-8"))):
            lemma = second_place_lemma(words)
            if lemma is not None:
                counts[lemma][label] += 1
    rows = []
    for lemma, count in counts.items():
        judged = count["Reported"] + count["none"]
        if count["Reported"] and judged >= args.min_count:
            rows.append((count["Reported"] / judged, count["Reported"], sum(count.values()), lemma))
    print(f"{'verb':20} {'rate':>5} {'Reported':>8} {'sentences':>9}")
    for rate, reported, total, lemma in sorted(rows, reverse=True):
        print(f"{lemma:20} {rate:5.2f} {reported:8d} {total:9d}")


if __name__ == "__main__":
    main()
