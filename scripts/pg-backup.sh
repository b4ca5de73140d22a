#!/usr/bin/env bash
# Backs up a live PostgreSQL database without stopping the API: pg_dump takes one consistent snapshot
# (a repeatable-read transaction), so receipts written meanwhile are either wholly in the dump or not at all.
#   scripts/pg-backup.sh DATABASE FILE        (custom format; connection from PGHOST/PGPORT/PGUSER/PGPASSWORD)
set -euo pipefail
DB="${1:?database}"; FILE="${2:?output file}"
BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
PG_DUMP="${BIN:+$BIN/}pg_dump"
"$PG_DUMP" --format=custom --no-owner --no-privileges --file="$FILE" "$DB"
echo "Backed up $DB to $FILE ($(stat -c %s "$FILE") bytes)"
