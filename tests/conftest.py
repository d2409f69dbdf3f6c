"""Shared test helpers: where our own fixtures and the optional ../shared data live."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = ROOT.parent / "shared"
REFERENCE_PAGE = SHARED / "reference" / "000_a69e3d46af2a930c.txt"


def require_shared(path: Path) -> Path:
    """Skip the calling test, saying why, when the shared evaluation data is not beside the repo."""
    if not path.exists():
        pytest.skip(f"needs {path} (the project's ../shared data folder is absent)")
    return path
