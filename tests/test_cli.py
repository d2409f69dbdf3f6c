from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from newstrace.cli import app

runner = CliRunner()
TEXT = (
    "Seebote\n\nNeue Fähre für Lindau\n\n"
    "Die Gemeinde Lindau hat am Montag eine neue Fähre in Dienst gestellt. Sie fährt mit Strom.\n\n"
    "Siehe auch  Sturm über dem See: Fähren fallen aus\n\n"
    "„Wir sind stolz“, sagte Bürgermeisterin Anna Roth bei der Taufe am Hafen.\n"
)


def test_analyze_one_file_as_json(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(TEXT, encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(page)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["metadata"]["site_name"] == "Seebote"
    assert [r["kind"] for r in data["removals"]] == ["site-name", "title", "link"]


def test_analyze_text_report_and_keep_chrome(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(TEXT, encoding="utf-8")
    report = runner.invoke(app, ["analyze", str(page), "--format", "text"])
    assert report.exit_code == 0
    assert "Title      Neue Fähre für Lindau" in report.stdout
    assert "Removed as page chrome (3)" in report.stdout
    marked = runner.invoke(app, ["analyze", str(page), "--keep-chrome"])
    assert "[-link: Siehe auch  Sturm über dem See: Fähren fallen aus -]" in marked.stdout


def test_analyze_stdin() -> None:
    result = runner.invoke(app, ["analyze", "-", "--format", "jsonl"], input=TEXT.encode())
    assert result.exit_code == 0
    assert json.loads(result.stdout)["metadata"]["title"] == "Neue Fähre für Lindau"


def test_analyze_folder_reports_failures_and_keeps_going(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.bin").write_bytes(b"\x00\x01\x02\x03" * 100)
    (tmp_path / "c.txt").write_text(TEXT.replace("Lindau", "Konstanz"), encoding="utf-8")
    errors = tmp_path / "errors.jsonl"
    result = runner.invoke(app, ["analyze", str(tmp_path), "--errors", str(errors)])
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(lines) == 2
    assert "b.bin: not a text or HTML page" in result.stderr
    assert "1 of 3 pages failed" in result.stderr
    failures = [json.loads(line) for line in errors.read_text().splitlines()]
    assert failures == [{"source": str(tmp_path / "b.bin"), "reason": failures[0]["reason"]}]


def test_bad_single_input_is_one_line_and_non_zero(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    for target in (str(empty), str(tmp_path / "missing.html")):
        result = runner.invoke(app, ["analyze", target])
        assert result.exit_code == 1
        assert result.stderr.count("\n") == 1 and result.stderr.startswith("newstrace: error:")
        assert "Traceback" not in result.stderr


def test_demo_runs_on_the_bundled_pages() -> None:
    result = runner.invoke(app, ["demo"])
    assert result.exit_code == 0, result.output
    assert result.stdout.count("Removed as page chrome") >= 6


def test_console_script_entry_point(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(TEXT, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "newstrace.cli", "analyze", str(page), "-f", "jsonl"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["metadata"]["language"] == "de"


def test_evaluate_quotes_scores_and_saves_predictions(tmp_path: Path) -> None:
    from tests.evaluation.test_quotes_metric import write_article

    source = tmp_path / "dataset"
    source.mkdir()
    write_article(source / "a.json", annotated=True)
    result = runner.invoke(
        app, ["evaluate", "quotes", str(source), "--save-predictions", str(tmp_path / "out")]
    )
    assert result.exit_code == 0, result.output
    assert "message" in result.stdout and result.stdout.endswith("\n")
    assert (tmp_path / "out" / "a.json").is_file()
    scores = json.loads(runner.invoke(app, ["evaluate", "quotes", str(source), "--json"]).stdout)
    assert scores["annotated_articles"] == 1
    missing = runner.invoke(app, ["evaluate", "quotes", str(tmp_path / "nowhere")])
    assert missing.exit_code == 1 and "not a folder" in missing.stderr
