"""Speakers and chains on the annotated dev set: accuracy, and speed next to the quotation stage.

The dev sets (``bench/data/speakers-dev`` and ``speakers-dev2``, format in the first README) have our own articles and gold
files for articles of the shared quotes-de dev split, whose text is read from ``../shared`` at run
time (skipped with a note when absent). Two evaluations:

- gold spans: the gold quotations (message, speaker, cue, addressee, type, nesting) are given to
  the speakers and chains stages; this isolates them from the quotation tagger;
- end to end: sentences → quotes → speakers → chains; each gold quotation is paired with the
  predicted quotation whose message overlaps it most (at least half of the gold message; of two
  that overlap it equally, the shorter: a nested quotation, not the one around it); an
  unpaired gold quotation counts as wrong in all three measures.

Speed: in the end-to-end run, articles per second of sentences + quotes alone and of speakers +
chains alone, measured on the same articles in the same run; the bar is speakers + chains at
least half as fast as the quotation stage.

    .venv/bin/python bench/speakers.py [--set dev|dev2|...|dev46|all-dev|holdout|en1|en2] [--dir DIR]
        [--errors] [--only gold|e2e] [--by-origin]

The hold-out set (``bench/data/speakers-holdout``) is never used for tuning: after a change made
on the dev set, read only its aggregate figures.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newstrace.model import Article, Metadata, Quote, QuoteType, Span
from newstrace.options import Options
from newstrace.stages import chains, metadata, quotes, sentences, speakers

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data"
SETS = {
    "dev": (DATA / "speakers-dev",),
    "dev2": (DATA / "speakers-dev2",),
    "dev3": (DATA / "speakers-dev3",),
    "dev4": (DATA / "speakers-dev4",),
    "dev5": (DATA / "speakers-dev5",),
    "dev6": (DATA / "speakers-dev6",),
    "dev7": (DATA / "speakers-dev7",),
    "dev8": (DATA / "speakers-dev8",),
    "dev9": (DATA / "speakers-dev9",),
    "dev10": (DATA / "speakers-dev10",),
    "dev11": (DATA / "speakers-dev11",),
    "dev12": (DATA / "speakers-dev12",),
    "dev13": (DATA / "speakers-dev13",),
    "dev14": (DATA / "speakers-dev14",),
    "dev15": (DATA / "speakers-dev15",),
    "dev16": (DATA / "speakers-dev16",),
    "dev17": (DATA / "speakers-dev17",),
    "dev18": (DATA / "speakers-dev18",),
    "dev19": (DATA / "speakers-dev19",),
    "dev20": (DATA / "speakers-dev20",),
    "dev21": (DATA / "speakers-dev21",),
    "dev22": (DATA / "speakers-dev22",),
    "dev23": (DATA / "speakers-dev23",),
    "dev24": (DATA / "speakers-dev24",),
    "dev25": (DATA / "speakers-dev25",),
    "dev26": (DATA / "speakers-dev26",),
    "dev27": (DATA / "speakers-dev27",),
    "dev28": (DATA / "speakers-dev28",),
    "dev29": (DATA / "speakers-dev29",),
    "dev30": (DATA / "speakers-dev30",),
    "dev31": (DATA / "speakers-dev31",),
    "dev32": (DATA / "speakers-dev32",),
    "dev33": (DATA / "speakers-dev33",),
    "dev34": (DATA / "speakers-dev34",),
    "dev35": (DATA / "speakers-dev35",),
    "dev36": (DATA / "speakers-dev36",),
    "dev37": (DATA / "speakers-dev37",),
    "dev38": (DATA / "speakers-dev38",),
    "dev39": (DATA / "speakers-dev39",),
    "dev40": (DATA / "speakers-dev40",),
    "dev41": (DATA / "speakers-dev41",),
    "dev42": (DATA / "speakers-dev42",),
    "dev43": (DATA / "speakers-dev43",),
    "dev44": (DATA / "speakers-dev44",),
    "dev45": (DATA / "speakers-dev45",),
    "dev46": (DATA / "speakers-dev46",),
    "all-dev": tuple(
        DATA / f"speakers-{name}"
        for name in (
            "dev",
            "dev2",
            "dev3",
            "dev4",
            "dev5",
            "dev6",
            "dev7",
            "dev8",
            "dev9",
            "dev10",
            "dev11",
            "dev12",
            "dev13",
            "dev14",
            "dev15",
            "dev16",
            "dev17",
            "dev18",
            "dev19",
            "dev20",
            "dev21",
            "dev22",
            "dev23",
            "dev24",
            "dev25",
            "dev26",
            "dev27",
            "dev28",
            "dev29",
            "dev30",
            "dev31",
            "dev32",
            "dev33",
            "dev34",
            "dev35",
            "dev36",
            "dev37",
            "dev38",
            "dev39",
            "dev40",
            "dev41",
            "dev42",
            "dev43",
            "dev44",
            "dev45",
            "dev46",
        )
    ),
    # Never tuned on: measure after a change, read only the aggregate figures.
    "holdout": (DATA / "speakers-holdout",),
    # English texts (gold key "language": "en"), scored apart from the German sets.
    "en1": (DATA / "speakers-en1",),
    "en2": (DATA / "speakers-en2",),
}
SHARED = ROOT.parent / "shared"
OPTIONS = Options(language="de")
#: Options by the language a gold file gives ("language": "en"); German when it gives none.
LANGUAGE_OPTIONS = {"de": OPTIONS, "en": Options(language="en")}


@dataclass(slots=True)
class GoldQuote:
    quote: Quote
    entity: str | None
    aliases: tuple[str, ...]
    evidential: str
    chain: list[tuple[str, ...]]  # each link: its name and the entity's aliases


@dataclass(slots=True)
class GoldArticle:
    name: str
    text: str
    site_name: str | None
    quotes: list[GoldQuote] = field(default_factory=list)
    #: "own" (written by us) or the shared split the text comes from ("quotes-de train", …):
    #: the quotation taggers were trained on the train split, so end to end differs by origin.
    origin: str = "own"
    language: str = "de"

    @property
    def options(self) -> Options:
        return LANGUAGE_OPTIONS[self.language]


def _find(text: str, piece: str, after: int = 0) -> Span:
    start = text.index(piece, after)
    return Span(start, start + len(piece))


def _aliases(entities: list[dict[str, Any]]) -> dict[str, tuple[str, ...]]:
    return {e["name"]: (e["name"], *e.get("aliases", [])) for e in entities}


def _own_quote(text: str, item: dict[str, Any], number: int) -> Quote:
    message = _find(text, item["message"], item.get("after", 0))

    def near(key: str) -> Span | None:
        # The occurrence of the role's words (whole words) nearest to the message.
        if not item.get(key):
            return None
        pattern = re.compile(r"(?<!\w)" + re.escape(item[key]) + r"(?!\w)")
        spans = [Span(m.start(), m.end()) for m in pattern.finditer(text)]
        return min(spans, key=lambda s: abs(s.start - message.start)) if spans else None

    nested = item.get("nested_in")
    return Quote(
        id=f"q{number}",
        message=[message],
        type=QuoteType(item.get("type", "Indirect")),
        speaker=near("speaker"),
        cue=near("cue"),
        addressee=near("addressee"),
        nested_in=None if nested is None else f"q{nested + 1}",
    )


def load_own(path: Path) -> GoldArticle:
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = (path.parent / gold["text_file"]).read_text(encoding="utf-8")
    aliases = _aliases(gold["entities"])
    language = gold.get("language", "de")
    origin = "own" if language == "de" else f"own {language}"
    article = GoldArticle(path.stem, text, gold.get("site_name"), origin=origin, language=language)
    for number, item in enumerate(gold["quotes"], start=1):
        entity = item.get("entity")
        article.quotes.append(
            GoldQuote(
                _own_quote(text, item, number),
                entity,
                aliases.get(entity or "", (entity,) if entity else ()),
                item["evidential"],
                [aliases.get(name, (name,)) for name in item["chain"]],
            )
        )
    return article


def _role_span(annotation: dict[str, Any], key: str) -> Span | None:
    # Pieces may be listed out of text order ("die Ukraine | die EU | die G8").
    spans = annotation[key]["spans"]
    if not spans:
        return None
    return Span(min(s["charBegin"] for s in spans), max(s["charEnd"] for s in spans))


def _first_span(annotation: dict[str, Any], key: str) -> Span | None:
    spans = annotation[key]["spans"]
    return Span(spans[0]["charBegin"], spans[0]["charEnd"]) if spans else None


def _later_span(annotation: dict[str, Any], key: str) -> Span | None:
    """The second piece of a split cue ("teilten … mit", "wie … bekundete")."""
    spans = annotation[key]["spans"]
    return Span(spans[-1]["charBegin"], spans[-1]["charEnd"]) if len(spans) > 1 else None


def _dataset_quotes(annotations: list[dict[str, Any]]) -> list[Quote]:
    result = []
    for number, annotation in enumerate(annotations, start=1):
        message = [Span(s["charBegin"], s["charEnd"]) for s in annotation["quote"]["spans"]]
        result.append(
            Quote(
                id=f"q{number}",
                message=message,
                type=QuoteType(annotation["type"]),
                medium=annotation["medium"],
                speaker=_role_span(annotation, "speaker"),
                cue=_first_span(annotation, "cue"),
                cue_particle=_later_span(annotation, "cue"),
                addressee=_role_span(annotation, "addressee"),
            )
        )
    for inner, annotation in zip(result, annotations, strict=True):
        if annotation["isNested"]:
            outer = [
                q
                for q, other in zip(result, annotations, strict=True)
                if q is not inner and other["hasNested"] and _covers(q, inner)
            ]
            inner.nested_in = outer[0].id if outer else None
    return result


def _covers(outer: Quote, inner: Quote) -> bool:
    return any(o.contains(i) for o in outer.message for i in inner.message)


def load_shared(path: Path) -> GoldArticle | None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    source = SHARED / gold["shared"]
    if not source.exists():
        return None
    data = json.loads(source.read_text(encoding="utf-8"))
    dataset_quotes = _dataset_quotes(data["annotations"])
    aliases = _aliases(gold["entities"])
    split = Path(gold["shared"]).parent
    origin = f"{split.parent.name} {split.name}"
    article = GoldArticle(path.stem, data["originalText"], gold.get("site_name"), origin=origin)
    for item in gold["quotes"]:
        quote = dataset_quotes[item["index"]]
        if quote.message[0].start != item["message_start"]:
            raise ValueError(f"{path.name}: quotation {item['index']} moved in the dataset")
        entity = item.get("entity")
        article.quotes.append(
            GoldQuote(
                quote,
                entity,
                aliases.get(entity or "", (entity,) if entity else ()),
                item["evidential"],
                [aliases.get(name, (name,)) for name in item["chain"]],
            )
        )
    return article


def load_all(directories: tuple[Path, ...] = SETS["dev"]) -> tuple[list[GoldArticle], int]:
    articles, missing = [], 0
    paths = [path for directory in directories for path in sorted(directory.glob("*.gold.json"))]
    for path in paths:
        kind = json.loads(path.read_text(encoding="utf-8"))
        loaded = load_shared(path) if "shared" in kind else load_own(path)
        if loaded is None:
            missing += 1
        else:
            articles.append(loaded)
    return articles, missing


# --- running ----------------------------------------------------------------------------------


def _paragraphs(text: str) -> list[Span]:
    spans, position = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append(Span(position, position + len(line)))
        position += len(line) + 1
    return spans


def prepared(gold: GoldArticle) -> Article:
    article = Article(
        text=gold.text,
        metadata=Metadata(site_name=gold.site_name),
        paragraphs=_paragraphs(gold.text),
    )
    article = metadata.run(article, gold.options)
    article.metadata.site_name = gold.site_name
    return sentences.run(article, gold.options)


def _copy_quote(quote: Quote) -> Quote:
    return Quote.from_dict(quote.to_dict())


def run_gold_spans(gold: GoldArticle) -> list[Predicted | None]:
    article = prepared(gold)
    article.quotes = [_copy_quote(g.quote) for g in gold.quotes]
    article = chains.run(speakers.run(article, gold.options), gold.options)
    return _with_names(article, list[Quote | None](article.quotes))


def run_end_to_end(gold: GoldArticle, timings: dict[str, float]) -> list[Predicted | None]:
    article = prepared(gold)
    started = time.perf_counter()
    article = quotes.run(article, gold.options)
    middle = time.perf_counter()
    article = chains.run(speakers.run(article, gold.options), gold.options)
    timings["quotes"] += middle - started
    timings["speakers"] += time.perf_counter() - middle
    paired: list[Quote | None] = [_best_match(g.quote, article.quotes) for g in gold.quotes]
    return _with_names(article, paired)


def _best_match(gold: Quote, predicted: list[Quote]) -> Quote | None:
    def overlap(quote: Quote) -> int:
        return sum(
            max(0, min(g.end, p.end) - max(g.start, p.start))
            for g in gold.message
            for p in quote.message
        )

    def tightness(quote: Quote) -> tuple[int, int]:
        # equal overlap: the quotation with less beside it (a nested one, not its outer one)
        return overlap(quote), -sum(len(span) for span in quote.message)

    size = sum(len(span) for span in gold.message)
    best = max(predicted, key=tightness, default=None)
    return best if best is not None and overlap(best) * 2 >= size else None


@dataclass(frozen=True, slots=True)
class Predicted:
    """What the stages said about one quotation: speaker entity name, chain names, status."""

    speaker: str | None
    chain: list[str]
    evidential: str | None


def _with_names(article: Article, paired: list[Quote | None]) -> list[Predicted | None]:
    names = {entity.id: entity.name for entity in article.entities}
    links = {chain.quote_id: [link.name for link in chain.links] for chain in article.chains}
    return [
        None
        if quote is None
        else Predicted(
            names.get(quote.speaker_entity or ""),
            links.get(quote.id, []),
            None if quote.evidential is None else str(quote.evidential),
        )
        for quote in paired
    ]


# --- scoring ----------------------------------------------------------------------------------


def same_name(predicted: str | None, gold: tuple[str, ...]) -> bool:
    """Names match when equal, or when one's words contain the other's last word (surname)."""
    if predicted is None or not gold:
        return predicted is None and not gold
    mine = predicted.casefold().split()
    for name in gold:
        theirs = name.casefold().split()
        if mine == theirs or (theirs[-1] in mine) or (mine[-1] in theirs):
            return True
    return False


@dataclass(slots=True)
class Score:
    speaker: int = 0
    chain: int = 0
    evidential: int = 0
    total: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, article: GoldArticle, gold: GoldQuote, found: Predicted | None) -> None:
        self.total += 1
        name = None if found is None else found.speaker
        chain = [] if found is None else found.chain
        speaker_ok = found is not None and same_name(name, gold.aliases)
        chain_ok = found is not None and _same_chain(chain, gold.chain)
        evidential_ok = found is not None and found.evidential == gold.evidential
        self.speaker += speaker_ok
        self.chain += chain_ok
        self.evidential += evidential_ok
        if not (speaker_ok and chain_ok and evidential_ok):
            message = article.text[gold.quote.message[0].start : gold.quote.message[0].end][:50]
            self.errors.append(
                f"{article.name} «{message}» speaker {name!r}/{gold.entity!r} "
                f"chain {chain}/{[names[0] for names in gold.chain]} evidential "
                f"{None if found is None else found.evidential}/{gold.evidential}"
            )

    def line(self, label: str) -> str:
        def ratio(count: int) -> str:
            return f"{count / self.total:.3f}" if self.total else "n/a"

        return (
            f"{label:<18} quotes {self.total:4d}   speaker→entity {ratio(self.speaker)}   "
            f"chain exact {ratio(self.chain)}   evidential {ratio(self.evidential)}"
        )


def _same_chain(predicted: list[str], gold: list[tuple[str, ...]]) -> bool:
    return len(predicted) == len(gold) and all(
        same_name(p, names) for p, names in zip(predicted, gold, strict=True)
    )


def evaluate(
    articles: list[GoldArticle], runner: Callable[[GoldArticle], list[Predicted | None]]
) -> tuple[Score, dict[str, Score]]:
    """The score over all articles and one per origin (own texts, each shared split)."""
    score = Score()
    by_origin: dict[str, Score] = {}
    for article in articles:
        for gold, found in zip(article.quotes, runner(article), strict=True):
            score.add(article, gold, found)
            by_origin.setdefault(article.origin, Score()).add(article, gold, found)
    return score, by_origin


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--errors", action="store_true", help="list every wrong quotation")
    parser.add_argument("--only", choices=("gold", "e2e"))
    parser.add_argument(
        "--by-origin", action="store_true", help="also score own texts and each shared split"
    )
    parser.add_argument("--set", choices=sorted(SETS), default="dev", help="gold set to score")
    parser.add_argument(
        "--dir", type=Path, action="append", help="score these gold folders instead (same format)"
    )
    args = parser.parse_args()
    directories = tuple(args.dir) if args.dir else SETS[args.set]
    if args.dir:
        args.set = ", ".join(str(d) for d in args.dir)
    articles, missing = load_all(directories)
    own = sum(1 for a in articles if a.name.startswith("own"))
    print(
        f"{args.set} set: {len(articles)} articles ({own} own, {len(articles) - own} shared)",
        end="",
    )
    print(f"; {missing} shared articles skipped (../shared absent)" if missing else "")
    timings = {"quotes": 0.0, "speakers": 0.0}
    runs: list[tuple[str, Callable[[GoldArticle], list[Predicted | None]]]] = [
        ("gold spans", run_gold_spans),
        ("end to end", lambda article: run_end_to_end(article, timings)),
    ]
    for label, runner in runs:
        if args.only and (args.only == "gold") != (label == "gold spans"):
            continue
        score, by_origin = evaluate(articles, runner)
        print(score.line(label))
        if args.by_origin:
            for origin, part in sorted(by_origin.items()):
                print(part.line(f"  {origin}"))
        if args.errors:
            print("\n".join("    " + error for error in score.errors))
    if timings["speakers"]:
        quotes_rate = len(articles) / timings["quotes"]
        speakers_rate = len(articles) / timings["speakers"]
        print(
            f"speed: quotes stage {quotes_rate:.0f} articles/s, speakers+chains "
            f"{speakers_rate:.0f} articles/s (ratio {speakers_rate / quotes_rate:.2f}, bar ≥ 0.5)"
        )


if __name__ == "__main__":
    main()
