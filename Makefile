# policyie: the two commands of the README.
#   make demo   set up a virtual environment and run the main job on the bundled samples
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
	$(BIN)/policyie evaluate corpora/gold/seed-shandong-2019.jsonl --show 0

test: setup
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) out .pytest_cache .hypothesis
