# Sourced by the HTTP benchmark scripts. `bench_database <suffix>` drops and re-creates "<Database>_<suffix>" beside the
# database SWC_BENCH_PG names (the user needs CREATEDB) and prints the connection string to it.
bench_database() {
  local suffix="$1" field
  field() { sed -nE "s/.*(^|;)$1=([^;]*).*/\2/Ip" <<<"$SWC_BENCH_PG"; }
  local name; name="$(field Database)_$suffix"
  PGPASSWORD="$(field Password)" psql -q -h "$(field Host)" -p "$(field Port)" -U "$(field Username)" -d "$(field Database)" \
    -c "DROP DATABASE IF EXISTS \"$name\" WITH (FORCE)" -c "CREATE DATABASE \"$name\"" >&2 \
    || { echo "bench_database: could not re-create $name (does the database SWC_BENCH_PG names exist?)" >&2; return 1; }
  sed -E "s/(Database=)([^;]+)/\1\2_$suffix/" <<<"$SWC_BENCH_PG"
}
