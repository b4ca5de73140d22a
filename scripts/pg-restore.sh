#!/usr/bin/env bash
# Restores a dump made by scripts/pg-backup.sh into a NEW database (never over a live one): the API is then
# pointed at it (ConnectionStrings__Default) and the ledger consistency check
# (GET /api/v1/fundraising/consistency) confirms it is whole.
#   scripts/pg-restore.sh FILE NEW_DATABASE   (connection from PGHOST/PGPORT/PGUSER/PGPASSWORD)
set -euo pipefail
FILE="${1:?dump file}"; DB="${2:?new database name}"
BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
"${BIN:+$BIN/}psql" -v ON_ERROR_STOP=1 -qtA -d postgres -c "CREATE DATABASE \"$DB\""
"${BIN:+$BIN/}pg_restore" --no-owner --no-privileges --exit-on-error --dbname="$DB" "$FILE"
echo "Restored $FILE into $DB"
