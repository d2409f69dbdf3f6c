"""Language packs: word lists and patterns as data files, with small rule helpers."""

from __future__ import annotations

from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable

__all__ = ["load_lines", "optional_lines", "shared_lines"]


@cache
def load_lines(language: str, name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of ``lang/<language>/<name>`` (``#`` starts a comment)."""
    return _lines(resources.files("newstrace.lang").joinpath(language, name))


@cache
def shared_lines(name: str) -> tuple[str, ...]:
    """:func:`load_lines` for a data file every language shares (``lang/<name>``)."""
    return _lines(resources.files("newstrace.lang").joinpath(name))


def _lines(path: Traversable) -> tuple[str, ...]:
    lines = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith("\\#") else raw.strip()
        if line:
            lines.append(line)
    return tuple(lines)


def optional_lines(language: str, name: str) -> tuple[str, ...]:
    """:func:`load_lines` for a data file only some language packs have; none when absent."""
    if not resources.files("newstrace.lang").joinpath(language, name).is_file():
        return ()
    return load_lines(language, name)
