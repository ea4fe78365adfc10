# chronik — the two set-up commands are `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
DB     ?= chronik.duckdb

.PHONY: run install test lint models bench eval clean

run: $(VENV)/.installed  ## install, ingest the bundled examples into the store, print the events
	$(BIN)/chronik ingest examples --db $(DB)
	$(BIN)/chronik events --db $(DB)

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[test,bench]'
	touch $@

test: $(VENV)/.installed-test  ## install test dependencies, lint, run the whole suite
	$(BIN)/ruff check .
	$(BIN)/pytest; status=$$?; if [ $$status -eq 5 ]; then echo "pytest collected no tests"; status=0; fi; exit $$status

models: $(VENV)/.installed-test  ## retrain the shipped language pipeline from ../shared/data (CPU, about an hour)
	$(MAKE) -C training PY=$(abspath $(BIN))/python

bench: $(VENV)/.installed-test  ## speed and memory benchmarks, printed as ratios
	for script in bench/bench_*.py; do $(BIN)/python $$script || exit 1; done

eval: $(VENV)/.installed-test  ## scores on the external gold in ../shared/data
	$(BIN)/chronik eval events --gold ../shared/data/events-gold/dev.jsonl

clean:
	rm -rf $(VENV) $(DB) *.egg-info src/*.egg-info .pytest_cache .ruff_cache
