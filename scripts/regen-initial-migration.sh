#!/usr/bin/env bash
# DEVELOPMENT ONLY, until the first release: regenerate db/versions/0001 from the models.
# Serialised with flock so parallel developers do not interleave.
set -euo pipefail
cd "$(dirname "$0")/.."
exec 9>/tmp/netra-migration.lock
flock 9
rm -f db/versions/0001_initial_schema.py
.venv/bin/python scripts/make_migration.py initial schema >/dev/null
.venv/bin/ruff check --fix -q --unsafe-fixes db/versions >/dev/null || true
.venv/bin/ruff format -q db/versions
echo "regenerated $(ls db/versions/0001_*.py)"
