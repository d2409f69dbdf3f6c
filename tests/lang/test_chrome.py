from __future__ import annotations

import re

import pytest

from newstrace.lang import load_lines
from newstrace.lang.chrome import chrome_cues, normalise_label


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_prompt_pattern_passes_the_keyword_gate(language: str) -> None:
    gate = load_lines(language, "chrome_prompt_gate.txt")
    for pattern in load_lines(language, "chrome_prompts.txt"):
        literal = re.sub(r"\\[bws]|[()?|^$*+.{}\d,\[\]\\-]", " ", pattern.lower())
        assert any(stem in literal for stem in gate), f"no gate stem in {pattern!r}"


@pytest.mark.parametrize("language", ["de", "en"])
def test_credit_patterns_compile_and_have_their_groups(language: str) -> None:
    for line in load_lines(language, "credit_patterns.txt"):
        kind, pattern = line.split("\t", 1)
        compiled = re.compile(pattern)
        assert kind in {"source", "agency", "translation"}
        assert {"name", "language"} & set(compiled.groupindex), line


def test_labels_compare_without_quotes_digits_or_punctuation() -> None:
    assert normalise_label('Schaltfläche "Zurück zum Anfang"') == "schaltfläche zurück zum anfang"
    assert normalise_label("Kommentare (12)") == "kommentare"
    cues = chrome_cues(("de", "en"))
    assert "zurück zum anfang" in cues.labels and "back to top" in cues.labels
    assert cues.link_line.match("Siehe auch  Neue Brücke")
    assert not cues.link_line.match("Sieheauchnicht")
