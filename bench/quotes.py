"""Quotation benchmark: quality on the dev split, then speed and memory on one core.

    .venv/bin/python bench/quotes.py [--split ../shared/eval/quotes-de/dev] [--articles 10000]

Speed is end to end on the text path: every stage of ``newstrace.pipeline`` (cleaning and
metadata included) and our sentence and quotation stages, on ``originalText``. Memory is the
resident set size read from /proc/self/status, sampled while the split is looped until
``--articles`` articles have been processed; it must stay flat.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from newstrace.evaluation.quotes import evaluate_directory
from newstrace.model import Article
from newstrace.options import Options
from newstrace.pipeline import STAGES, run_stages
from newstrace.stages import quotes, sentences

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SPLIT = ROOT / ".." / "shared" / "eval" / "quotes-de" / "dev"


def resident_megabytes() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def analyse(text: str, options: Options) -> Article:
    article = run_stages(Article(text=text, source_text=text), options)
    names = {name for name, _ in STAGES}
    if "sentences" not in names:
        article = sentences.run(article, options)
    if "quotes" not in names:
        article = quotes.run(article, options)
    return article


def speed(texts: list[str], total: int, options: Options) -> None:
    analyse(texts[0], options)  # load models outside the timing
    samples = []
    started = time.perf_counter()
    for number in range(total):
        analyse(texts[number % len(texts)], options)
        if number % 1000 == 0:
            samples.append((number, resident_megabytes()))
    elapsed = time.perf_counter() - started
    samples.append((total, resident_megabytes()))
    print(f"speed: {total} articles in {elapsed:.1f} s = {total / elapsed:.0f} articles/s (1 core)")
    print("RSS MB by articles processed: " + ", ".join(f"{n}:{mb:.0f}" for n, mb in samples))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", type=Path, default=DEFAULT_SPLIT)
    parser.add_argument("--articles", type=int, default=10_000)
    arguments = parser.parse_args()
    if not arguments.split.is_dir():
        raise SystemExit(f"{arguments.split} is absent: this benchmark needs ../shared")
    report = evaluate_directory(arguments.split)
    print(report.to_text())
    texts = [
        json.loads(path.read_text(encoding="utf-8"))["originalText"]
        for path in sorted(arguments.split.glob("*.json"))
    ]
    speed(texts, arguments.articles, Options(language="de"))


if __name__ == "__main__":
    main()
