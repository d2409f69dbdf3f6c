"""Main-text extraction benchmark: newstrace next to plain ``trafilatura.extract``, same run.

Gold: ../shared/eval/extraction (trafilatura's evaluation set): per page, snippets the main text
must contain (``with``) and must not contain (``without``). A ``with`` snippet found is a true
positive, missed a false negative; a ``without`` snippet found is a false positive.
Both systems run on each page back to back, so machine noise hits them alike.

    .venv/bin/python bench/extraction.py [--limit N] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import trafilatura
from lingua import LanguageDetectorBuilder

from newstrace.options import Options
from newstrace.pipeline import article_from_page, run_stages
from newstrace.readers.decode import Rejection
from newstrace.readers.source import read_source

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "eval" / "extraction"
#: Stages that belong to extraction (cleaning + metadata); quotation stages are benchmarked apart.
EXTRACTION_STAGES = frozenset({"clean", "metadata"})


@dataclass
class Score:
    true_positives: int = 0
    false_negatives: int = 0
    false_positives: int = 0
    true_negatives: int = 0
    seconds: float = 0.0
    pages: int = 0
    failures: list[str] = field(default_factory=list)

    def add(self, text: str | None, gold: dict[str, list[str]]) -> None:
        flat = " ".join((text or "").split())
        for snippet in gold.get("with", []):
            if " ".join(snippet.split()) in flat:
                self.true_positives += 1
            else:
                self.false_negatives += 1
        for snippet in gold.get("without", []):
            if " ".join(snippet.split()) in flat:
                self.false_positives += 1
            else:
                self.true_negatives += 1

    def figures(self) -> dict[str, float]:
        tp, fp, fn = self.true_positives, self.false_positives, self.false_negatives
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        speed = self.pages / self.seconds if self.seconds else 0.0
        return {"precision": precision, "recall": recall, "f1": f1, "pages_per_s": speed}


def newstrace_text(html: bytes, options: Options) -> str | None:
    page = read_source(html, options)
    if isinstance(page, Rejection):
        return None
    return run_stages(article_from_page(page), options).text


def language_of(gold: dict[str, list[str]], detector: object) -> str:
    sample = " ".join(gold.get("with", []) + gold.get("without", []))
    found = detector.detect_language_of(sample)  # type: ignore[attr-defined]
    return "?" if found is None else str(found.iso_code_639_1.name.lower())


def run(limit: int | None) -> dict[str, dict[str, dict[str, float]]]:
    gold_pages = json.loads((DATA / "gold.json").read_text(encoding="utf-8"))
    items = list(gold_pages.values())[:limit]
    detector = LanguageDetectorBuilder.from_all_languages().build()
    all_stages = {"clean", "metadata", "sentences", "quotes", "speakers", "chains"}
    options = Options(skip_stages=frozenset(all_stages - EXTRACTION_STAGES))
    newstrace_text(b"<html><body><p>warm up</p></body></html>", options)
    scores: dict[str, dict[str, Score]] = {"all": {}, "de": {}}
    for group in scores.values():
        group["trafilatura"] = Score()
        group["newstrace"] = Score()
    for number, gold in enumerate(items, 1):
        html = (DATA / "html" / gold["file"]).read_bytes()
        groups = ["all"] + (["de"] if language_of(gold, detector) == "de" else [])
        started = time.perf_counter()
        anchor = trafilatura.extract(html)
        middle = time.perf_counter()
        ours = newstrace_text(html, options)
        ended = time.perf_counter()
        for group in groups:
            for system, text, seconds in (
                ("trafilatura", anchor, middle - started),
                ("newstrace", ours, ended - middle),
            ):
                score = scores[group][system]
                score.add(text, gold)
                score.seconds += seconds
                score.pages += 1
        if number % 100 == 0:
            print(f"  {number}/{len(items)} pages", file=sys.stderr)
    return {
        group: {
            system: score.figures() | {"pages": score.pages} for system, score in systems.items()
        }
        for group, systems in scores.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args()
    if not DATA.is_dir():
        sys.exit(f"extraction data not found at {DATA} (needs ../shared beside the repository)")
    results = run(args.limit)
    print(f"{'pages':<8}{'system':<13}{'precision':>10}{'recall':>10}{'F1':>10}{'pages/s':>10}")
    for group, systems in results.items():
        for system, figures in systems.items():
            print(
                f"{group:<8}{system:<13}{figures['precision']:>10.3f}{figures['recall']:>10.3f}"
                f"{figures['f1']:>10.3f}{figures['pages_per_s']:>10.1f}   (n={int(figures['pages'])})"
            )
    for group, systems in results.items():
        ours, anchor = systems["newstrace"], systems["trafilatura"]
        print(
            f"{group}: F1 {ours['f1'] - anchor['f1']:+.3f} vs trafilatura; "
            f"speed ratio {ours['pages_per_s'] / anchor['pages_per_s']:.2f} (bar: F1 ≥, speed ≥ 0.80)"
        )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
