# Two entry points for a fresh machine:  `make demo`  and  `make test`.
# Each creates its own virtual environment (.venv) and installs what it needs from PyPI.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint typecheck bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

demo: $(STAMP)  ## install, then run the main job on the bundled demo pages
	$(BIN)/newstrace demo

lint: $(STAMP)
	$(BIN)/ruff check src tests bench training
	$(BIN)/ruff format --check src tests bench training

typecheck: $(STAMP)
	$(BIN)/mypy

test: lint typecheck  ## install, lint, type-check and run the test suite
	$(BIN)/python -m pytest

bench: $(STAMP)  ## benchmarks (need ../shared); figures go to docs/benchmarks.md by hand
	$(BIN)/python bench/extraction.py
	$(BIN)/python bench/text_speed.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
