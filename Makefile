# `make run` (set up, migrate, start), `make test` (set up, check, the whole suite: CI runs it)
# and `make test-fast` (the edit loop: SQLite only, no bot processes, no speech model).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-fast setup lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	$(BIN)/rapport db upgrade
	$(BIN)/rapport start

lint: $(STAMP)
	$(BIN)/lint-imports
	$(BIN)/ruff check .
	$(BIN)/mypy

test: lint
	$(BIN)/pytest

# Tests marked slow start bot processes or load the speech model; PostgreSQL is left out too.
test-fast: $(STAMP)
	env -u RAPPORT_TEST_POSTGRES_URL $(BIN)/pytest -m "not slow" -q

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

bench: $(STAMP)
	$(BIN)/python bench/run_all.py
