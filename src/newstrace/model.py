"""The data model at the centre of newstrace.

Plain typed dataclasses with JSON in and out. The cleaned article text is the truth: every
``Span`` is a pair of character offsets into ``Article.text`` (``Removal.span`` alone points into
``Article.source_text``, the text before cleaning). This module imports nothing of ours.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "Chain",
    "ChainLink",
    "Credit",
    "CreditKind",
    "Entity",
    "EntityKind",
    "Evidential",
    "Mention",
    "Metadata",
    "Quote",
    "QuoteType",
    "Removal",
    "Span",
]

#: Bumped on any change of the JSON shape; documented in docs/schema.md.
SCHEMA_VERSION = "1.2"


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open character range ``[start, end)`` into a text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def of(self, text: str) -> str:
        """The text this span covers."""
        return text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def shifted(self, offset: int) -> Span:
        return Span(self.start + offset, self.end + offset)

    def to_list(self) -> list[int]:
        return [self.start, self.end]

    @classmethod
    def from_list(cls, pair: list[int] | tuple[int, int]) -> Span:
        return cls(int(pair[0]), int(pair[1]))


def _span_or_none(value: Any) -> Span | None:
    return None if value is None else Span.from_list(value)


def _list_or_none(span: Span | None) -> list[int] | None:
    return None if span is None else span.to_list()


class CreditKind(StrEnum):
    """How a page credits another outlet."""

    SOURCE = "source"  # "Quelle: The Telegraph", "Original: …"
    AGENCY = "agency"  # "(dpa)", "mit Material von AFP", "Reuters"
    TRANSLATION = "translation"  # "Aus dem Englischen übersetzt", "translated from …"


@dataclass(frozen=True, slots=True)
class Credit:
    """An outlet or agency the page names as the origin of its story."""

    name: str
    kind: CreditKind
    evidence: Span  # into Article.text

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind.value, "evidence": self.evidence.to_list()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Credit:
        return cls(data["name"], CreditKind(data["kind"]), Span.from_list(data["evidence"]))


@dataclass(frozen=True, slots=True)
class Removal:
    """A piece of the page that cleaning took out, kept with why.

    ``span`` points into ``Article.source_text``; ``rule`` names the rule that fired.
    """

    kind: str
    reason: str
    rule: str
    span: Span
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "reason": self.reason,
            "rule": self.rule,
            "span": self.span.to_list(),
            "text": self.text,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Removal:
        return cls(
            data["kind"], data["reason"], data["rule"], Span.from_list(data["span"]), data["text"]
        )


@dataclass(slots=True)
class Metadata:
    """What the page says about itself. Absent values are ``None`` or empty, never guessed."""

    title: str | None = None
    site_name: str | None = None
    authors: list[str] = field(default_factory=list)
    date: str | None = None  # ISO 8601 (YYYY-MM-DD)
    language: str | None = None  # ISO 639-1: "de" or "en"
    section: str | None = None
    url: str | None = None
    description: str | None = None
    credits: list[Credit] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["credits"] = [credit.to_dict() for credit in self.credits]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Metadata:
        values = dict(data)
        values["credits"] = [Credit.from_dict(c) for c in data.get("credits", [])]
        values["authors"] = list(data.get("authors", []))
        return cls(**values)


class QuoteType(StrEnum):
    """Quotation types as the German quotation-attribution dataset defines them."""

    DIRECT = "Direct"
    INDIRECT = "Indirect"
    FREE_INDIRECT = "FreeIndirect"
    INDIRECT_FREE_INDIRECT = "IndirectFreeIndirect"
    REPORTED = "Reported"


class Evidential(StrEnum):
    """How the page vouches for a statement."""

    STATED = "stated"
    REPORTED = "reported"
    ALLEGED = "alleged"
    DENIED = "denied"
    CONDITIONAL = "conditional"


@dataclass(slots=True)
class Quote:
    """One quotation: message spans plus its roles, all as spans into ``Article.text``.

    ``medium`` uses the dataset's codes: Speech, Thought, Writing or pairs such as "SW".
    """

    id: str
    message: list[Span]
    type: QuoteType
    medium: str = "Speech"
    speaker: Span | None = None
    cue: Span | None = None
    #: The detached particle of a separable cue verb ("teilte … mit"): the second cue piece.
    cue_particle: Span | None = None
    frame: Span | None = None
    addressee: Span | None = None
    nested_in: str | None = None
    speaker_entity: str | None = None
    evidential: Evidential | None = None
    page_asserts: bool | None = None
    confidence: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "message": [span.to_list() for span in self.message],
            "type": self.type.value,
            "medium": self.medium,
            "speaker": _list_or_none(self.speaker),
            "cue": _list_or_none(self.cue),
            "cue_particle": _list_or_none(self.cue_particle),
            "frame": _list_or_none(self.frame),
            "addressee": _list_or_none(self.addressee),
            "nested_in": self.nested_in,
            "speaker_entity": self.speaker_entity,
            "evidential": None if self.evidential is None else self.evidential.value,
            "page_asserts": self.page_asserts,
            "confidence": self.confidence,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quote:
        evidential = data.get("evidential")
        return cls(
            id=data["id"],
            message=[Span.from_list(pair) for pair in data["message"]],
            type=QuoteType(data["type"]),
            medium=data.get("medium", "Speech"),
            speaker=_span_or_none(data.get("speaker")),
            cue=_span_or_none(data.get("cue")),
            cue_particle=_span_or_none(data.get("cue_particle")),
            frame=_span_or_none(data.get("frame")),
            addressee=_span_or_none(data.get("addressee")),
            nested_in=data.get("nested_in"),
            speaker_entity=data.get("speaker_entity"),
            evidential=None if evidential is None else Evidential(evidential),
            page_asserts=data.get("page_asserts"),
            confidence=data.get("confidence"),
        )


class EntityKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"
    MEDIA = "media"
    PLACE = "place"
    GROUP = "group"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of text that refers to an entity; ``form`` says how (name, pronoun, role, …)."""

    span: Span
    form: str

    def to_dict(self) -> dict[str, Any]:
        return {"span": self.span.to_list(), "form": self.form}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Mention:
        return cls(Span.from_list(data["span"]), data["form"])


@dataclass(slots=True)
class Entity:
    """A person, organisation, outlet or place the article lets speak or names as a source."""

    id: str
    kind: EntityKind
    name: str
    mentions: list[Mention] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    gender: str | None = None  # "female" | "male" where the text or first name shows it

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind.value,
            "name": self.name,
            "mentions": [mention.to_dict() for mention in self.mentions],
            "roles": list(self.roles),
            "gender": self.gender,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Entity:
        return cls(
            id=data["id"],
            kind=EntityKind(data["kind"]),
            name=data["name"],
            mentions=[Mention.from_dict(m) for m in data.get("mentions", [])],
            roles=list(data.get("roles", [])),
            gender=data.get("gender"),
        )


@dataclass(frozen=True, slots=True)
class ChainLink:
    """One hop of an attribution chain: who passed the statement on, and through what medium."""

    name: str
    entity_id: str | None = None
    medium: str | None = None  # e-mail, tweet, interview, report, …
    evidence: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "entity_id": self.entity_id,
            "medium": self.medium,
            "evidence": _list_or_none(self.evidence),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ChainLink:
        return cls(
            data["name"],
            data.get("entity_id"),
            data.get("medium"),
            _span_or_none(data.get("evidence")),
        )


@dataclass(slots=True)
class Chain:
    """The ordered attribution of one quote, from the publishing page out to the speaker."""

    quote_id: str
    links: list[ChainLink] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"quote_id": self.quote_id, "links": [link.to_dict() for link in self.links]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Chain:
        return cls(data["quote_id"], [ChainLink.from_dict(link) for link in data.get("links", [])])


@dataclass(slots=True)
class Article:
    """A cleaned news article and everything newstrace found in it.

    ``source_text`` is the text before chrome cleaning (what the HTML extractor returned, or the
    input text itself); ``text`` is the cleaned article. Spans point into ``text``.
    """

    text: str
    source_text: str = ""
    source: str | None = None  # path or URL the page came from
    input_kind: str = "text"  # "html" or "text"
    metadata: Metadata = field(default_factory=Metadata)
    removals: list[Removal] = field(default_factory=list)
    paragraphs: list[Span] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    chains: list[Chain] = field(default_factory=list)
    schema_version: str = SCHEMA_VERSION

    def span_text(self, span: Span) -> str:
        return span.of(self.text)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": self.schema_version,
            "source": self.source,
            "input_kind": self.input_kind,
            "metadata": self.metadata.to_dict(),
            "text": self.text,
            "source_text": self.source_text,
            "removals": [removal.to_dict() for removal in self.removals],
            "paragraphs": [span.to_list() for span in self.paragraphs],
            "sentences": [span.to_list() for span in self.sentences],
            "quotes": [quote.to_dict() for quote in self.quotes],
            "entities": [entity.to_dict() for entity in self.entities],
            "chains": [chain.to_dict() for chain in self.chains],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        version = data.get("schema_version", SCHEMA_VERSION)
        if version.split(".")[0] != SCHEMA_VERSION.split(".")[0]:
            raise ValueError(f"unsupported schema version {version} (this is {SCHEMA_VERSION})")
        return cls(
            text=data["text"],
            source_text=data.get("source_text", ""),
            source=data.get("source"),
            input_kind=data.get("input_kind", "text"),
            metadata=Metadata.from_dict(data.get("metadata", {})),
            removals=[Removal.from_dict(r) for r in data.get("removals", [])],
            paragraphs=[Span.from_list(p) for p in data.get("paragraphs", [])],
            sentences=[Span.from_list(s) for s in data.get("sentences", [])],
            quotes=[Quote.from_dict(q) for q in data.get("quotes", [])],
            entities=[Entity.from_dict(e) for e in data.get("entities", [])],
            chains=[Chain.from_dict(c) for c in data.get("chains", [])],
            schema_version=version,
        )

    def to_json(self, *, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_json(cls, payload: str | bytes) -> Article:
        return cls.from_dict(json.loads(payload))
