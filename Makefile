# `make run` (set up, migrate, start), `make test` (set up, check, the whole suite: CI runs it)
# and `make test-fast` (the edit loop: SQLite only, no bot processes, no speech model).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-fast setup lint bench clean train

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

# Rebuild the shipped note reader (nlp/model) from the corpus, seeded, then score it on the
# frozen test split: the main pipeline (notes.cfg) and the detail tagger (details.cfg),
# both trained on the data nlp/training/build.py writes.
train: $(STAMP)
	rm -rf build/corpus build/notes build/details
	$(BIN)/python -m nlp.training.build build/corpus --seed 0
	for part in notes details; do \
		$(BIN)/python -m spacy train nlp/training/$$part.cfg --output build/$$part --system.seed 0 \
			--paths.train build/corpus/$$part-train.spacy --paths.dev build/corpus/$$part-dev.spacy \
			|| exit 1; \
	done
	rm -rf nlp/model && mkdir -p nlp/model
	cp -r build/notes/model-best nlp/model/notes && cp -r build/details/model-best nlp/model/details
	$(BIN)/python bench/note_quality.py test
