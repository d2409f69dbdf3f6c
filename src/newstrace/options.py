"""One keyword-only, validated options object for the whole pipeline.

Thresholds are named and documented here so that no stage grows its own settings.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["DEFAULT_OPTIONS", "Options"]

SUPPORTED_LANGUAGES = ("de", "en")


@dataclass(frozen=True, slots=True, kw_only=True)
class Options:
    """Settings for one run. Create once, pass down; never mutated."""

    #: Force the language ("de" or "en") instead of detecting it.
    language: str | None = None
    #: Languages the detector may choose from (lingua is restricted to these).
    languages: tuple[str, ...] = SUPPORTED_LANGUAGES
    #: Inputs larger than this are rejected with a clear error (bytes).
    max_input_bytes: int = 16 * 1024 * 1024
    #: HTML nested deeper than this is flattened before extraction, so lxml never recurses into it.
    max_html_depth: int = 200
    #: Run the chrome cleaner on the extracted text (off: keep trafilatura's text as is).
    clean_chrome: bool = True
    #: A trailing paragraph is an author bio only if it has at least this many words.
    bio_min_words: int = 12
    #: Lines this short (in words) may be navigation labels when they match a label cue.
    label_max_words: int = 6
    #: Stages to skip by name (e.g. {"quotes"}), for speed or debugging.
    skip_stages: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        for code in (*self.languages, *([self.language] if self.language else [])):
            if code not in SUPPORTED_LANGUAGES:
                raise ValueError(
                    f"unsupported language {code!r}; choose from {SUPPORTED_LANGUAGES}"
                )
        if self.max_input_bytes <= 0:
            raise ValueError("max_input_bytes must be positive")
        if self.max_html_depth < 10:
            raise ValueError("max_html_depth must be at least 10")


DEFAULT_OPTIONS = Options()
