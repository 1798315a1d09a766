# Two commands do all the set-up: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
export HOST PORT

.PHONY: run test install lint typecheck pytest browser messages clean

$(VENV)/.installed: requirements/dev.lock pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements/dev.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

install: $(VENV)/.installed node_modules/.installed

# The demo server, plus a worker for background tasks (pattern runs: django-tasks' db_worker).
# The worker starts once the server answers (after the demo world is built: SQLite has one
# writer) and stops when the server stops.
run: install
	( until $(BIN)/python -c "import socket; socket.create_connection(('$(HOST)', $(PORT)), 1)" \
	  2>/dev/null; do sleep 1; done; exec $(BIN)/hec manage db_worker --no-reload ) & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT; trap 'exit 130' INT TERM; \
	$(BIN)/hec demo

lint: install
	$(BIN)/ruff check hec tests
	$(BIN)/ruff format --check hec tests

typecheck: install
	$(BIN)/mypy hec

# One test worker per core (pytest-xdist); each has its own test database.
pytest: install
	$(BIN)/pytest -q -n auto -m "not browser" --cov=hec --cov-report=term:skip-covered

browser: install
	@if [ -x /usr/bin/chromium ]; then $(BIN)/pytest -q -m browser; \
	else echo "Browser tests NOT run: /usr/bin/chromium is missing (apt-get install chromium)."; fi

test: lint typecheck pytest browser

# Refresh the Spanish catalogue after changing strings (needs GNU gettext); commit the .po and .mo.
messages: install
	cd hec && ../$(BIN)/django-admin makemessages -l es --no-wrap --settings=hec.settings --ignore "patterns/engine/*" --ignore "scale/*" && ../$(BIN)/django-admin compilemessages --settings=hec.settings

clean:
	rm -rf $(VENV) node_modules var
