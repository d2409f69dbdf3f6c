"""Text-path speed: cleaning + metadata of already-extracted text pages, one core.

Pages: the reference page (../shared/reference) when present, plus our own text fixtures and demo
pages, cycled. The bar is ≥ 500 pages/s for pages of the reference page's size. As an anchor
measured in the same run, the same pages go through ``trafilatura.extract`` wrapped as minimal
HTML (what a user without newstrace would run on text), so machine noise shows in both figures.

    .venv/bin/python bench/text_speed.py [--seconds S]
"""

from __future__ import annotations

import argparse
import html
import os
import time
from pathlib import Path

import trafilatura

from newstrace.options import Options
from newstrace.pipeline import article_from_page, run_stages
from newstrace.readers.decode import Rejection
from newstrace.readers.source import read_source

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT.parent / "shared" / "reference" / "000_a69e3d46af2a930c.txt"
EXTRACTION_STAGES = frozenset({"clean", "metadata"})


def pages() -> list[bytes]:
    found = [REFERENCE] if REFERENCE.exists() else []
    found += sorted((ROOT / "tests" / "fixtures" / "pages").glob("*.txt"))
    found += sorted((ROOT / "src" / "newstrace" / "demo").glob("*.txt"))
    return [path.read_bytes() for path in found]


def rate(function: object, items: list[bytes], seconds: float) -> float:
    done = 0
    started = time.perf_counter()
    while time.perf_counter() - started < seconds:
        for item in items:
            function(item)  # type: ignore[operator]
        done += len(items)
    return done / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=5.0)
    args = parser.parse_args()
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, as the bar says
    all_stages = {"clean", "metadata", "sentences", "quotes", "speakers", "chains"}
    options = Options(skip_stages=frozenset(all_stages - EXTRACTION_STAGES))
    items = pages()

    def newstrace_page(data: bytes) -> None:
        page = read_source(data, options)
        assert not isinstance(page, Rejection)
        run_stages(article_from_page(page), options)

    wrapped = [
        f"<html><body>{''.join(f'<p>{html.escape(p)}</p>' for p in d.decode().split(chr(10)))}</body></html>".encode()
        for d in items
    ]
    newstrace_page(items[0])  # load word lists and the language model before timing
    size = sum(len(item) for item in items) / len(items)
    ours = rate(newstrace_page, items, args.seconds)
    anchor = rate(trafilatura.extract, wrapped, args.seconds)
    print(f"all pages: {len(items)} distinct, mean {size / 1024:.1f} KiB")
    print(f"  newstrace clean+metadata (text path): {ours:8.1f} pages/s")
    print(f"  trafilatura.extract on the same text as HTML: {anchor:8.1f} pages/s   (anchor)")
    if REFERENCE.exists():
        reference = rate(newstrace_page, items[:1], args.seconds)
        reference_anchor = rate(trafilatura.extract, wrapped[:1], args.seconds)
        print(f"reference page only ({len(items[0]) / 1024:.1f} KiB):")
        print(f"  newstrace clean+metadata (text path): {reference:8.1f} pages/s   (bar: ≥ 500)")
        print(f"  trafilatura.extract on the same text as HTML: {reference_anchor:8.1f} pages/s")


if __name__ == "__main__":
    main()
