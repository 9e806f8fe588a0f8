# policyie: the two commands of the README.
#   make demo   set up a light virtual environment (the rules, the store, the comparison and
#               the page: no torch, transformers, spaCy or Playwright), extract the bundled
#               samples, store them in the embedded DuckDB store (out/policyie.duckdb) and
#               print the staffing comparison
#   make test   add what the tests need (.[test,peers,models,parquet,ray,encoder]) and run the suite;
#               also installs Debian's chromium and fonts-noto-cjk system-wide (see `browser`)
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
# --no-compile: bytecode is written for the modules actually imported, not for every file
# of pandas/scipy/scikit-learn (135 MB of .pyc the demo never loads).
PIP    := $(BIN)/python -m pip install --quiet --no-compile

.PHONY: demo test setup setup-test clean browser

$(VENV)/.core: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) -e .
	touch $@

$(VENV)/.test: $(VENV)/.core pyproject.toml
	$(PIP) -e '.[test,peers,models,parquet,ray,encoder]'
	touch $@

setup: $(VENV)/.core

setup-test: $(VENV)/.test

demo: setup
	$(BIN)/policyie extract corpora/samples -o out/samples.jsonl
	$(BIN)/policyie ingest corpora/samples --db out/policyie.duckdb
	$(BIN)/policyie compare --db out/policyie.duckdb --what staffing

# One pytest worker per core (pytest-xdist), each test file on one worker (--dist loadfile:
# a file's module fixtures, such as the whole-regulations store, are built once): on two
# cores the suite took 10.0 min against 12.7 one at a time.
test: setup-test browser
	$(BIN)/python -m pytest -q -n auto --dist loadfile

# The web page's browser test drives Debian's chromium (Playwright, never a downloaded
# browser), with Debian's Noto CJK fonts so that its screenshots show Chinese, not boxes.
# When either is missing and make runs as root on Debian (CI: a fresh machine), this
# installs them SYSTEM-WIDE with apt-get (chromium, fonts-noto-cjk) and says so; as another
# user, or with `make test SYSTEM_INSTALL=no`, nothing is installed and the browser test
# skips with its reason.
SYSTEM_INSTALL ?= yes
browser:
	@{ command -v chromium >/dev/null 2>&1 && [ -d /usr/share/fonts/opentype/noto ]; } || { \
	  if [ "$(SYSTEM_INSTALL)" = yes ] && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "make: installing system-wide with apt-get: chromium fonts-noto-cjk (for the browser test; SYSTEM_INSTALL=no skips)"; \
	    { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium fonts-noto-cjk; } \
	      || echo "make: could not install chromium; the browser test will skip"; \
	  else \
	    echo "make: chromium or fonts-noto-cjk missing (as root: apt-get install chromium fonts-noto-cjk); the browser test will skip"; \
	  fi; }

clean:
	rm -rf $(VENV) out .pytest_cache .hypothesis
