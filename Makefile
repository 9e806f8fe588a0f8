# policyie: the two commands of the README.
#   make demo   set up a virtual environment, extract the bundled samples, store them in the
#               embedded DuckDB store (out/policyie.duckdb) and print the staffing comparison
#   make test   set up (if needed) and run the test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: demo test setup clean browser

$(BIN)/policyie: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,peers,models,ray]'
	touch $(BIN)/policyie

setup: $(BIN)/policyie

demo: setup
	$(BIN)/policyie extract corpora/samples -o out/samples.jsonl
	$(BIN)/policyie ingest corpora/samples --db out/policyie.duckdb
	$(BIN)/policyie compare --db out/policyie.duckdb --what staffing

test: setup browser
	$(BIN)/python -m pytest -q

# The web page's browser test drives Debian's chromium (Playwright, never a downloaded
# browser), with Debian's Noto CJK fonts so that its screenshots show Chinese, not boxes.
# Installed here (system-wide, with apt) when missing and running as root (CI: a fresh
# Debian machine); otherwise nothing fails: the browser test skips and says why.
browser:
	@{ command -v chromium >/dev/null 2>&1 && [ -d /usr/share/fonts/opentype/noto ]; } || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "make: installing Debian's chromium and fonts-noto-cjk for the browser test"; \
	    { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium fonts-noto-cjk; } \
	      || echo "make: could not install chromium; the browser test will skip"; \
	  else \
	    echo "make: chromium is not installed (needs root: apt-get install chromium); the browser test will skip"; \
	  fi; }

clean:
	rm -rf $(VENV) out .pytest_cache .hypothesis
