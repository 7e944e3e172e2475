# Netra developer entry points. Everything a fresh machine (Python 3.11 + pip) needs is set up here.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
DEMO_DIR ?= $(CURDIR)/.demo-data
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: installer-windows
.PHONY: help venv install install-test system-deps run demo test lint test-only bench installer \
        smoke-frozen migration translations clean

help:
	@echo "make run        create .venv, install, fill a demo office and start the GUI"
	@echo "make test       install test tools and system packages, run lint, the whole suite,"
	@echo "               then build the frozen app and run its smoke test"
	@echo "make lint       ruff, mypy and the import-linter layer contracts"
	@echo "make bench      benchmarks (JSON lines, each with its same-run baseline)"
	@echo "make installer  PyInstaller one-folder build in dist/Netra, then its self-test"

$(VENV)/bin/python:
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 is needed ($(PYTHON) not found)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip

$(VENV)/.installed: $(VENV)/bin/python pyproject.toml
	$(PIP) install -q -e .
	@touch $@

$(VENV)/.installed-test: $(VENV)/.installed pyproject.toml
	$(PIP) install -q -e '.[test]'
	@touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

system-deps:
	bash scripts/install-system-deps.sh

translations: $(VENV)/.installed
	$(PY) build/translations.py

demo: install translations
	@if [ ! -f "$(DEMO_DIR)/netra.sqlite3" ]; then $(VENV)/bin/netra --data-dir "$(DEMO_DIR)" demo; fi

run: demo
	bash scripts/install-system-deps.sh gui
	bash scripts/run-gui.sh "$(DEMO_DIR)"

lint: install-test
	$(VENV)/bin/ruff check desktop db tests build benchmarks scripts installer.spec
	$(VENV)/bin/ruff format --check desktop db tests build benchmarks scripts
	$(VENV)/bin/mypy  # desktop, db, tests and benchmarks: [tool.mypy] packages in pyproject.toml
	$(VENV)/bin/lint-imports

test-only: install-test translations
	bash scripts/run-tests.sh

# CI runs this: lint, the whole suite (the complete self-test included), then the frozen
# one-folder build and its smoke test, so a build that would not start for a user fails CI.
test: system-deps lint test-only installer
	$(PY) build/windows_smoke.py --app dist/Netra

bench: install-test translations
	$(PY) -m benchmarks

installer: install translations
	$(PIP) install -q -e '.[build]'
	$(PY) build/build_installer.py

# The per-user NSIS installer (build/netra.nsi) from dist/Netra: on Windows from the Windows
# build; here from the Linux folder, which only checks the script. Needs makensis (nsis).
installer-windows: install
	$(PIP) install -q -e '.[build]'
	@test -d dist/Netra || { echo "dist/Netra is missing: run 'make installer' first"; exit 1; }
	$(PY) build/build_nsis.py

smoke-frozen:
	$(PY) build/build_installer.py --smoke-only

migration: install-test
	$(PY) scripts/make_migration.py $(MSG)
	$(VENV)/bin/ruff check --fix -q db/versions && $(VENV)/bin/ruff format -q db/versions

clean:
	rm -rf .pyinstaller dist .pytest_cache .mypy_cache .ruff_cache $(DEMO_DIR)
