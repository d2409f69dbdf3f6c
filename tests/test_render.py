"""The text report's entity and chain sections, on an article we build by hand."""

from __future__ import annotations

from newstrace.model import (
    Article,
    Chain,
    ChainLink,
    Entity,
    EntityKind,
    Evidential,
    Mention,
    Metadata,
    Quote,
    QuoteType,
    Span,
)
from newstrace.render import text_report

TEXT = "Anna Roth sagte, der Plan stehe. Laut Ben Ott soll er kippen."


def article() -> Article:
    roth = Entity(
        "e1",
        EntityKind.PERSON,
        "Anna Roth",
        [Mention(Span(0, 9), "name")],
        ["Ministerin"],
        "female",
    )
    ott = Entity("e2", EntityKind.PERSON, "Ben Ott", [Mention(Span(38, 45), "name")])
    first = Quote("q1", [Span(17, 31)], QuoteType.INDIRECT, speaker=Span(0, 9), speaker_entity="e1")
    first.evidential = Evidential.STATED
    second = Quote(
        "q2", [Span(46, 61)], QuoteType.REPORTED, speaker=Span(38, 45), speaker_entity="e2"
    )
    second.evidential = Evidential.ALLEGED
    chains = [
        Chain("q1", [ChainLink("Tagesblatt"), ChainLink("Anna Roth", "e1", "speech")]),
        Chain(
            "q2",
            [
                ChainLink("Tagesblatt"),
                ChainLink("Anna Roth", "e1", "speech"),
                ChainLink("Ben Ott", "e2"),
            ],
        ),
    ]
    return Article(
        text=TEXT,
        paragraphs=[Span(0, len(TEXT))],
        metadata=Metadata(site_name="Tagesblatt"),
        quotes=[first, second],
        entities=[roth, ott],
        chains=chains,
    )


def test_entities_are_listed_with_roles_and_their_quotes() -> None:
    report = text_report(article())
    section = report[report.index("Entities (2):") : report.index("Attribution chains")]
    assert "e1 Anna Roth (person, female, 1 mention)" in section
    assert "roles: Ministerin" in section
    assert "q1 [stated] ⟦der Plan stehe⟧" in section
    assert "q2 [alleged]" in section.split("e2 Ben Ott")[1]


def test_chains_are_drawn_as_one_tree_with_shared_links_once() -> None:
    report = text_report(article())
    section = report[report.index("Attribution chains") : report.index("Article text")]
    lines = section.splitlines()
    assert [line for line in lines if line.strip() == "Tagesblatt"] == ["  Tagesblatt"]
    assert sum("Anna Roth (speech)" in line for line in lines) == 1
    assert any(line.strip() == "└─ Ben Ott" for line in lines)
    assert section.index("· q1") < section.index("└─ Ben Ott") < section.index("· q2")


def test_no_sections_without_entities_or_chains() -> None:
    report = text_report(Article(text=TEXT, paragraphs=[Span(0, len(TEXT))]))
    assert "Entities" not in report and "Attribution chains" not in report
