from __future__ import annotations

import pytest

from newstrace import (
    Article,
    Chain,
    ChainLink,
    Credit,
    CreditKind,
    Entity,
    EntityKind,
    Evidential,
    Mention,
    Metadata,
    Quote,
    QuoteType,
    Removal,
    Span,
)
from newstrace.model import SCHEMA_VERSION


def _full_article() -> Article:
    text = "Anna Roth sagte: „Wir bauen.“ Laut Stadt kostet es viel."
    return Article(
        text=text,
        source_text="Seebote\n\n" + text,
        source="page.txt",
        input_kind="text",
        metadata=Metadata(
            title="Neue Fähre",
            site_name="Seebote",
            authors=["Mara Lenz"],
            date="2026-11-20",
            language="de",
            section="Region",
            credits=[Credit("dpa", CreditKind.AGENCY, Span(0, 4))],
        ),
        removals=[Removal("site-name", "site name", "head-site", Span(0, 7), "Seebote")],
        paragraphs=[Span(0, len(text))],
        sentences=[Span(0, 29), Span(30, len(text))],
        quotes=[
            Quote(
                id="q1",
                message=[Span(17, 29)],
                type=QuoteType.DIRECT,
                medium="Speech",
                speaker=Span(0, 9),
                cue=Span(10, 15),
                speaker_entity="e1",
                evidential=Evidential.STATED,
                page_asserts=False,
                confidence=0.9,
            )
        ],
        entities=[
            Entity(
                "e1",
                EntityKind.PERSON,
                "Anna Roth",
                [Mention(Span(0, 9), "name")],
                ["Bürgermeisterin"],
                "female",
            )
        ],
        chains=[
            Chain("q1", [ChainLink("Seebote"), ChainLink("Anna Roth", "e1", "speech", Span(0, 9))])
        ],
    )


def test_json_round_trip_is_lossless() -> None:
    article = _full_article()
    again = Article.from_json(article.to_json())
    assert again == article
    assert again.to_json(indent=2) == article.to_json(indent=2)
    assert article.to_dict()["schema_version"] == SCHEMA_VERSION


def test_an_incompatible_schema_version_is_refused() -> None:
    data = _full_article().to_dict()
    data["schema_version"] = "99.0"
    with pytest.raises(ValueError, match="schema version"):
        Article.from_dict(data)


def test_span_helpers() -> None:
    span = Span(2, 5)
    assert span.of("abcdefg") == "cde"
    assert len(span) == 3
    assert span.overlaps(Span(4, 9)) and not span.overlaps(Span(5, 9))
    assert Span(0, 9).contains(span)
    with pytest.raises(ValueError):
        Span(5, 2)
