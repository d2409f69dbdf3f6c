"""newstrace: who said what, to whom, according to whom — and where the story came from."""

from newstrace.model import (
    SCHEMA_VERSION,
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
from newstrace.options import Options
from newstrace.pipeline import Failure, InputError, analyze, analyze_many

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
    "Failure",
    "InputError",
    "Mention",
    "Metadata",
    "Options",
    "Quote",
    "QuoteType",
    "Removal",
    "Span",
    "analyze",
    "analyze_many",
]

__version__ = "0.1.0"
