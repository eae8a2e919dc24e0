# The two commands: `make run` and `make test`. Everything else is a helper for them.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install install-dev lint typecheck pytest browser-deps lock messages demo worker clean fuzz

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.lock pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $@

$(VENV)/.installed-dev: requirements-dev.lock $(VENV)/.installed
	$(BIN)/pip install --quiet -r requirements-dev.lock
	touch $@

# `make run` serves as in production (DEBUG off, gunicorn, collected static files). Without a
# SECRET_KEY it uses one generated once and kept in var/secret_key (not in git).
run: export SECRET_KEY ?= $(shell $(PYTHON) scripts/secret-key var/secret_key)
# Tests and checks need some secret key (at least 50 characters); a real deployment sets its own.
test lint typecheck pytest messages fuzz: export SECRET_KEY ?= make-test-only-secret-key-0123456789abcdefghijklmnopqrstuvwxyz

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

## make run: install, migrate the embedded SQLite database, load the demo, serve with the worker.
run: install
	$(BIN)/partnerlab migrate --no-input
	$(BIN)/partnerlab demo
	$(BIN)/partnerlab serve --host $(HOST) --port $(PORT)

## make test: install what tests need, lint, type-check and run the whole suite.
test: install-dev browser-deps lint typecheck pytest

browser-deps:
	@bash scripts/ensure-browser-deps

lint: install-dev
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(BIN)/partnerlab makemigrations --check --dry-run

typecheck: install-dev
	$(BIN)/mypy partnerlab/analysis bench/matching.py partnerlab/conf.py partnerlab/core/tabular.py partnerlab/reference/regions.py

pytest: install-dev
	$(BIN)/pytest -q

## make fuzz: the API fuzz test of `make test` with many more requests (FUZZ_EXAMPLES per
## operation and person; 40 took 9 minutes on PostgreSQL on a busy 2-core machine).
FUZZ_EXAMPLES ?= 100
fuzz: install-dev
	PARTNERLAB_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/pytest -q partnerlab/api/tests/test_fuzz.py

## make lock: re-pin dependencies after editing pyproject.toml (needs uv).
lock:
	uv pip compile pyproject.toml --python-version 3.11 -q -o requirements.lock
	uv pip compile pyproject.toml --extra dev --python-version 3.11 -q -o requirements-dev.lock

## make messages: refresh the French and Spanish catalogues from the sources, then compile them.
messages: install-dev
	cd partnerlab && ../$(BIN)/partnerlab makemessages -l fr -l es --no-obsolete --no-location
	cd partnerlab && ../$(BIN)/partnerlab compilemessages

clean:
	rm -rf $(VENV) var/*.sqlite3* staticfiles
