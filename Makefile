# Two commands set everything up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEV_SETTINGS := lms.settings.dev
# Test processes: one per core by default (pytest-xdist); each gets its own test database.
TEST_WORKERS ?= auto
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: demo test lint check messages bench install clean

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

# Fresh machine -> migrated SQLite database with demo data, served on 127.0.0.1:8000, with the task worker
# (reminders, notices, whole-class certificates) running beside the server until Ctrl-C.
demo: $(STAMP)
	DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(BIN)/python manage.py compilemessages --ignore=.venv -v0
	DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(BIN)/python manage.py migrate --noinput -v0
	DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(BIN)/python manage.py load_demo
	@echo "Serving on http://127.0.0.1:8000/ (admin: http://127.0.0.1:8000/admin/); background tasks run beside it."
	DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(BIN)/python manage.py db_worker --no-reload -v0 & worker=$$!; \
	  trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	  DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(BIN)/python manage.py runserver 127.0.0.1:8000

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

check: $(STAMP)
	DJANGO_SETTINGS_MODULE=lms.settings.test $(BIN)/python manage.py compilemessages --ignore=.venv -v0
	DJANGO_SETTINGS_MODULE=lms.settings.test $(BIN)/python manage.py check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=lms.settings.test $(BIN)/python manage.py makemigrations --check --dry-run

# Lint, system checks, migrations check, then the whole suite including browser tests.
# SQLite by default; PostgreSQL when DATABASE_URL is set.
# xdist hands out whole files in collection order (tests/conftest.py puts the heavy ones first), not by test count,
# which handed the one-test, two-minute files out last.
test: lint check
	$(BIN)/pytest -q -n $(TEST_WORKERS) --dist loadfile --no-loadscope-reorder

# Refresh the message catalogs after changing user-facing strings.
messages: $(STAMP)
	DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(BIN)/python manage.py makemessages -l vi --ignore=.venv --ignore=bench --ignore=tests --no-obsolete
	DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(BIN)/python manage.py compilemessages --ignore=.venv

# Benchmarks (need PostgreSQL, Redis and wrk): each prints one JSON line per figure; see docs/benchmarks.md.
bench: $(STAMP)
	$(BIN)/python bench/lesson_page.py
	$(BIN)/python bench/roster_import.py
	$(BIN)/python bench/planner.py
	$(BIN)/python bench/similarity.py
	$(BIN)/python bench/quiz_submit.py
	$(BIN)/python bench/certificate_pdf.py
	$(BIN)/python bench/certificates.py
	$(BIN)/python bench/results_refresh.py
	$(BIN)/python bench/lesson_search.py

clean:
	rm -rf $(VENV) db.sqlite3 static_collected test-artifacts
