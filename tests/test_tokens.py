"""The shared tokenizer."""

from __future__ import annotations

from newstrace.tokens import tokenize


def test_inner_dots_stay_but_a_lost_space_before_a_sentence_splits() -> None:
    text = "Das galt ausdrücklich.Der Kommissar sah z.B. 3.5 Fälle auf news.bbc.co.uk."
    words = [token.text for token in tokenize(text)]
    assert words[:5] == ["Das", "galt", "ausdrücklich", ".", "Der"]
    assert "z.B" in words and "3.5" in words and "news.bbc.co.uk" in words


def test_offsets_point_into_the_text() -> None:
    text = "Er sagte: „Ja.“"
    assert all(text[t.start : t.end] == t.text for t in tokenize(text))
    assert [t.start for t in tokenize("a b", offset=10)] == [10, 12]


def test_apostrophe_look_alikes_stay_inside_a_name() -> None:
    # Pages type the elided article with a prime or a modifier letter as often as with "’".
    words = [token.text for token in tokenize("„L′Equipe“, L’Equipe und DʼAlema")]
    assert words == ["„", "L′Equipe", "“", ",", "L’Equipe", "und", "DʼAlema"]
