# The two commands of the README: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PG_BINDIR := $(firstword $(wildcard /usr/lib/postgresql/*/bin))

.PHONY: run test install dev lint types docs check-python system-deps clean

check-python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' || \
		{ echo "kith needs Python 3.11 or newer; run: make PYTHON=python3.11 ..." >&2; exit 1; }

$(BIN)/python: | check-python
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.dev-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(VENV)/.installed $@

install: $(VENV)/.installed

dev: $(VENV)/.dev-installed

## make run: set everything up, fill an empty database with the demo network, show today's plan.
run: install
	$(BIN)/kith demo --if-empty
	$(BIN)/kith status --people 0
	$(BIN)/kith today

## System packages the tests talk to for real: PostgreSQL (initdb and pg_ctl) and Dovecot (IMAP).
system-deps:
	@if [ -x "$(PG_BINDIR)/initdb" ] || command -v initdb >/dev/null 2>&1 || [ -n "$$KITH_TEST_POSTGRES_URL" ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "Installing PostgreSQL from Debian's packages for the tests..."; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; \
	else \
		echo "The tests need PostgreSQL: run 'sudo apt-get install postgresql' (or set KITH_TEST_POSTGRES_URL)." >&2; exit 1; \
	fi
	@# Dovecot (IMAP) for the mail sync tests; the tests start their own, on free ports.
	@if [ -x /usr/sbin/dovecot ] || command -v dovecot >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "Installing Dovecot from Debian's packages for the tests..."; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dovecot-imapd >/dev/null; \
	else \
		echo "The tests need Dovecot: run 'sudo apt-get install dovecot-imapd'." >&2; exit 1; \
	fi

lint: dev
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/lint-imports

types: dev
	$(BIN)/mypy

## docs/cli-reference.md is generated from the commands' --help; lint fails when it drifts.
docs: dev
	$(BIN)/python -m kith.cli.reference > docs/cli-reference.md

## make test: lint, types, and the whole suite on SQLite and on a PostgreSQL server it starts itself.
test: dev system-deps lint types
	$(BIN)/pytest -q

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache .hypothesis
