"""The command line: parses arguments, calls the Python API, prints. No logic of its own."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import Annotated, TextIO

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from newstrace.model import Article
from newstrace.options import Options
from newstrace.pipeline import Failure, InputError, analyze, analyze_many
from newstrace.render import marked_source, text_report

__all__ = ["app", "main"]

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="newstrace: who said what, to whom, according to whom — in news pages.",
)
evaluate_app = typer.Typer(no_args_is_help=True, help="Score newstrace against annotated data.")
app.add_typer(evaluate_app, name="evaluate")
errors = Console(stderr=True, highlight=False)


def _version(value: bool) -> None:
    if value:
        from newstrace import __version__
        from newstrace.model import SCHEMA_VERSION

        typer.echo(f"newstrace {__version__} (schema {SCHEMA_VERSION})")
        raise typer.Exit()


@app.callback()
def _main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """newstrace: who said what, to whom, according to whom — in news pages."""


class OutputFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"
    text = "text"


def _say(message: str) -> None:
    """One line on stderr, printed above a running progress bar, never wrapped."""
    errors.print(message, markup=False, highlight=False, soft_wrap=True)


def _fail(message: str, code: int = 1) -> typer.Exit:
    _say(f"newstrace: error: {message}")
    return typer.Exit(code)


def _options(language: str | None) -> Options:
    try:
        return Options(language=language)
    except ValueError as error:
        raise _fail(str(error), 2) from None


def _emit(article: Article, output_format: OutputFormat, keep_chrome: bool, out: TextIO) -> None:
    if output_format is OutputFormat.text:
        out.write(marked_source(article) + "\n" if keep_chrome else text_report(article))
    elif output_format is OutputFormat.json:
        out.write(article.to_json(indent=2) + "\n")
    else:
        out.write(article.to_json() + "\n")


def _page_files(folder: Path) -> list[Path]:
    return sorted(
        path
        for path in folder.rglob("*")
        if path.is_file()
        and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    )


def _with_progress(
    files: list[Path], results: Iterator[Article | Failure]
) -> Iterator[Article | Failure]:
    if not errors.is_terminal:
        yield from results
        return
    columns = (TextColumn("analysing"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    # stdout carries the JSON lines: the bar must not capture it.
    progress_bar = Progress(
        *columns, console=errors, transient=True, redirect_stdout=False, redirect_stderr=False
    )
    with progress_bar as progress:
        task = progress.add_task("pages", total=len(files))
        for result in results:
            progress.advance(task)
            yield result


def _analyze_folder(
    folder: Path, options: Options, output_format: OutputFormat, errors_path: Path | None
) -> None:
    files = _page_files(folder)
    failures: list[Failure] = []
    # A folder gives one JSON line per page unless a report was asked for.
    line_format = OutputFormat.text if output_format is OutputFormat.text else OutputFormat.jsonl
    for result in _with_progress(files, analyze_many(files, options=options)):
        if isinstance(result, Failure):
            failures.append(result)
            _say(f"newstrace: error: {result.source}: {result.reason}")
        else:
            _emit(result, line_format, False, sys.stdout)
    if errors_path is not None:
        errors_path.write_text(
            "".join(json.dumps({"source": f.source, "reason": f.reason}) + "\n" for f in failures),
            encoding="utf-8",
        )
    if failures:
        raise _fail(f"{len(failures)} of {len(files)} pages failed (reasons above)")


@app.command("analyze")
def analyze_command(
    path: Annotated[
        str, typer.Argument(help="A page (HTML or text), a folder of pages, or - for stdin.")
    ],
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="json, jsonl or text.")
    ] = OutputFormat.json,
    language: Annotated[str | None, typer.Option(help="Force the language: de or en.")] = None,
    keep_chrome: Annotated[
        bool, typer.Option("--keep-chrome", help="Show the page with removed chrome marked.")
    ] = False,
    url: Annotated[str | None, typer.Option(help="The page's URL, for metadata.")] = None,
    errors_path: Annotated[
        Path | None, typer.Option("--errors", help="Write failures of a folder run here (JSONL).")
    ] = None,
) -> None:
    """Analyse one page, or every file in a folder (one JSON line per page)."""
    options = _options(language)
    if keep_chrome:
        output_format = OutputFormat.text
    if path != "-" and Path(path).is_dir():
        _analyze_folder(Path(path), options, output_format, errors_path)
        return
    if path != "-" and not Path(path).exists():
        raise _fail(f"{path}: no such file or folder")
    source: str | bytes | Path = sys.stdin.buffer.read() if path == "-" else Path(path)
    try:
        article = analyze(source, url=url, options=options)
    except InputError as error:
        raise _fail(f"{path}: {error}") from None
    _emit(article, output_format, keep_chrome, sys.stdout)


@app.command("demo")
def demo_command(
    output_format: Annotated[OutputFormat, typer.Option("--format", "-f")] = OutputFormat.text,
) -> None:
    """Run newstrace on its bundled demo pages (fictional German and English news)."""
    folder = resources.files("newstrace").joinpath("demo")
    pages = sorted(
        (p for p in folder.iterdir() if p.name.endswith((".html", ".txt"))), key=lambda p: p.name
    )
    for page in pages:
        article = analyze(Path(str(page)), options=Options())
        if output_format is OutputFormat.text:
            sys.stdout.write(f"{'=' * 100}\n{page.name}\n{'=' * 100}\n")
        _emit(article, output_format, False, sys.stdout)


@evaluate_app.command("quotes")
def evaluate_quotes_command(
    folder: Annotated[Path, typer.Argument(help="Articles in the quotes-de JSON format.")],
    save_predictions: Annotated[
        Path | None, typer.Option(help="Write predictions here, same format and file names.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Score quotation extraction on annotated articles (annotations are hidden from the model)."""
    from newstrace.evaluation.quotes import evaluate_directory  # only this command needs it

    if not folder.is_dir():
        raise _fail(f"{folder}: not a folder")
    report = evaluate_directory(folder, save_predictions=save_predictions)
    text = json.dumps(report.to_dict(), indent=2) if as_json else report.to_text()
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
