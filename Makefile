# policyie: the two commands of the README.
#   make demo   set up a virtual environment, extract the bundled samples, store them in the
#               embedded DuckDB store (out/policyie.duckdb) and print the staffing comparison
#   make test   set up (if needed) and run the test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: demo test setup clean

$(BIN)/policyie: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,peers]'
	touch $(BIN)/policyie

setup: $(BIN)/policyie

demo: setup
	$(BIN)/policyie extract corpora/samples -o out/samples.jsonl
	$(BIN)/policyie ingest corpora/samples --db out/policyie.duckdb
	$(BIN)/policyie compare --db out/policyie.duckdb --what staffing

test: setup
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) out .pytest_cache .hypothesis
