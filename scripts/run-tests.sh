#!/usr/bin/env bash
# Run the whole suite: core tests, GUI tests offscreen, PostgreSQL hub tests on a real server.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
# A real PostgreSQL server for the hub tests; started by our own script, never skipped silently.
eval "$(bash scripts/pg-test-server.sh start)"
trap 'bash scripts/pg-test-server.sh stop >/dev/null 2>&1 || true' EXIT
.venv/bin/python -m pytest -p no:cacheprovider "$@"
