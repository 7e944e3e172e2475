#!/usr/bin/env bash
# Start the GUI on a data folder. With no display (a server, CI) it runs under Xvfb if present.
set -euo pipefail
DATA_DIR="${1:?data folder}"
cd "$(dirname "$0")/.."
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "$(uname)" = "Linux" ]; then
  if command -v xvfb-run >/dev/null; then
    echo "Tidak ada layar: menjalankan di Xvfb (layar virtual)." >&2
    exec xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/netra-gui --data-dir "$DATA_DIR" --demo-login
  fi
fi
exec .venv/bin/netra-gui --data-dir "$DATA_DIR" --demo-login
