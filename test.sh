#!/usr/bin/env bash
# Runs every test: unit, integration (PostgreSQL + SQLite through the real HTTP pipeline),
# architecture guards; SQL Server ones where a Docker engine exists. Ends with a summary line.
# Needs only the .NET SDK; starts a throwaway PostgreSQL cluster from the installed server
# binaries unless SWC_TEST_PG points at a server already.
set -uo pipefail
cd "$(dirname "$0")"
ROOT="$(pwd)"

command -v dotnet >/dev/null || { echo "The .NET SDK 10 is required: https://dot.net" >&2; exit 1; }

if [[ -z "${SWC_TEST_PG:-}" ]]; then
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null 2>&1; then
    if [[ "$(id -u)" == "0" ]] && command -v apt-get >/dev/null; then
      echo "Installing the PostgreSQL server binaries (apt-get install postgresql)..."
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) || true
    fi
  fi
  SWC_TEST_PG="$("$ROOT/scripts/postgres-test-cluster.sh" start)" || { echo "Could not start a PostgreSQL test cluster; set SWC_TEST_PG to a server instead." >&2; exit 1; }
  export SWC_TEST_PG
  trap '"$ROOT/scripts/postgres-test-cluster.sh" stop' EXIT
  echo "PostgreSQL test cluster: ${SWC_TEST_PG%%;Password*}"
fi

dotnet tool restore >/dev/null
echo "Building..."
dotnet build SocialWorkCloud.sln -c Debug -nologo -v quiet -clp:ErrorsOnly || { echo "0 passed, 1 failed"; exit 1; }

passed=0; failed=0; skipped=0; status=0
RESULTS="$(mktemp -d)"
run_tests() {
  local project="$1" name
  name="$(basename "$project")"
  echo "== $name"
  dotnet test "$project" --no-build -nologo --logger "trx;LogFileName=$name.trx" --results-directory "$RESULTS" 2>&1 \
    | grep -vE "^\s*$|^Results File|^A total of|^Test run for|^Starting test|VSTest version" || true
  local counters
  counters="$(grep -o '<Counters [^>]*>' "$RESULTS/$name.trx" 2>/dev/null | head -1)"
  if [[ -z "$counters" ]]; then echo "No test results from $name" >&2; status=1; failed=$((failed + 1)); return; fi
  local total p f
  total="$(sed -E 's/.* total="([0-9]+)".*/\1/' <<<"$counters")"
  p="$(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters")"
  f="$(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters")"
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + total - p - f))
  [[ "$f" == "0" && "$total" != "0" ]] || status=1
  local reason
  reason="$(grep -o 'No Docker engine[^<]*' "$RESULTS/$name.trx" 2>/dev/null | head -1 || true)"
  [[ -z "$reason" ]] || echo "Skipped: $((total - p - f)) SQL Server tests. $reason"
}

run_tests tests/SocialWorkCloud.UnitTests
run_tests tests/SocialWorkCloud.IntegrationTests

echo
echo "Total: $passed passed, $failed failed, $skipped skipped"
exit $status
