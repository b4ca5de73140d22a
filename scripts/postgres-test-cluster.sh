#!/usr/bin/env bash
# Starts (or stops) a throwaway PostgreSQL cluster for the integration tests, from the server
# binaries installed on the machine. Prints the connection string on stdout when started.
#   scripts/postgres-test-cluster.sh start   -> prints "Host=127.0.0.1;Port=...;..."
#   scripts/postgres-test-cluster.sh stop
set -euo pipefail
PORT="${SWC_PG_PORT:-55432}"
DIR="${SWC_PG_DIR:-/tmp/swc-pg-$PORT}"
BIN="${SWC_PG_BIN:-}"
if [[ -z "$BIN" ]]; then
  BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
fi
if [[ -z "$BIN" || ! -x "$BIN/initdb" ]]; then
  if command -v initdb >/dev/null 2>&1; then BIN="$(dirname "$(command -v initdb)")"; else
    echo "PostgreSQL server binaries not found. Install them (Debian: apt-get install -y postgresql) or set SWC_TEST_PG to an existing server." >&2
    exit 1
  fi
fi

# initdb refuses to run as root: run the server as the 'postgres' user then.
as_owner() {
  if [[ "$(id -u)" == "0" ]]; then
    id postgres >/dev/null 2>&1 || useradd --system --home /var/lib/postgresql --shell /bin/bash postgres
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case "${1:-start}" in
  start)
    if [[ -f "$DIR/data/postmaster.pid" ]] && as_owner "$BIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
      : # already running
    else
      rm -rf "$DIR"
      mkdir -p "$DIR"
      [[ "$(id -u)" == "0" ]] && chown postgres "$DIR"
      echo "swc" > "$DIR/pwfile"
      [[ "$(id -u)" == "0" ]] && chown postgres "$DIR/pwfile"
      as_owner "$BIN/initdb" -D "$DIR/data" -U swc --pwfile="$DIR/pwfile" -A scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
        || as_owner "$BIN/initdb" -D "$DIR/data" -U swc --pwfile="$DIR/pwfile" -A scram-sha-256 -E UTF8 --no-locale >"$DIR/initdb.log" 2>&1
      # A test cluster: speed over durability.
      as_owner "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
        -o "-p $PORT -c listen_addresses=127.0.0.1 -k $DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null
    fi
    echo "Host=127.0.0.1;Port=$PORT;Username=swc;Password=swc;Database=postgres;Include Error Detail=true"
    ;;
  stop)
    if [[ -d "$DIR/data" ]]; then as_owner "$BIN/pg_ctl" -D "$DIR/data" -m fast stop >/dev/null 2>&1 || true; fi
    rm -rf "$DIR"
    ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
