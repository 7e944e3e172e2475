#!/usr/bin/env bash
# Start (or stop) a throw-away PostgreSQL server for the hub tests, on a private port.
# `eval "$(bash scripts/pg-test-server.sh start)"` exports NETRA_TEST_PG_URL.
# If NETRA_TEST_PG_URL is already set, that server is used and nothing is started.
set -euo pipefail
ACTION="${1:-start}"
BASE="${NETRA_PG_DIR:-/tmp/netra-pg-test}"
PORT="${NETRA_PG_PORT:-54329}"

pg_bin() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$d" ] || { echo "echo 'pg-test-server: PostgreSQL is not installed (run make system-deps)' >&2; exit 1"; exit 1; }
  echo "$d"
}

as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$ACTION" in
  start)
    if [ -n "${NETRA_TEST_PG_URL:-}" ]; then echo "export NETRA_TEST_PG_URL='$NETRA_TEST_PG_URL'"; exit 0; fi
    BIN=$(pg_bin)
    if [ "$(id -u)" -eq 0 ]; then mkdir -p "$BASE"; chown postgres "$BASE"; fi
    if [ ! -f "$BASE/data/PG_VERSION" ]; then
      as_pg "$BIN/initdb" -D "$BASE/data" -A trust -U netra >"$BASE.initdb.log" 2>&1 \
        || { echo "echo 'pg-test-server: initdb failed, see $BASE.initdb.log' >&2; false"; exit 1; }
    fi
    if ! as_pg "$BIN/pg_ctl" -D "$BASE/data" status >/dev/null 2>&1; then
      as_pg "$BIN/pg_ctl" -D "$BASE/data" -l "$BASE/server.log" -w -t 60 \
        -o "-p $PORT -k $BASE -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null \
        || { echo "echo 'pg-test-server: server did not start, see $BASE/server.log' >&2; false"; exit 1; }
    fi
    echo "export NETRA_TEST_PG_URL='postgresql+psycopg://netra@127.0.0.1:$PORT/postgres'"
    ;;
  stop)
    BIN=$(pg_bin)
    as_pg "$BIN/pg_ctl" -D "$BASE/data" -m fast stop >/dev/null 2>&1 || true
    ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
