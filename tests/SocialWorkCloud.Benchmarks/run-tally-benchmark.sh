#!/usr/bin/env bash
# Measures the reception batch endpoint over real HTTP: starts the API (Release, fresh database with
# the demo data) on a local port, runs TallyHarness against it, stops it. SQLite always; PostgreSQL
# too when SWC_BENCH_PG holds a connection string (a database "<name>_tallybench" next to it is used).
#   ./run-tally-benchmark.sh [--seconds N] [--batch N] [--clients N]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
port="${SWC_TALLYBENCH_PORT:-5099}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build "$root/api/SocialWorkCloud.Api" -c Release -nologo -v quiet -clp:ErrorsOnly
dotnet build "$here/SocialWorkCloud.Benchmarks.csproj" -c Release -nologo -v quiet -clp:ErrorsOnly
data="$(mktemp -d)"
api_pid=""
cleanup() { [[ -n "$api_pid" ]] && kill "$api_pid" 2>/dev/null || true; rm -rf "$data"; }
trap cleanup EXIT

status=0
run_against() { # provider, connection string, harness arguments
  local provider="$1" connection="$2"
  shift 2
  echo "== $provider"
  (cd "$root/api/SocialWorkCloud.Api/bin/Release/net10.0" && ASPNETCORE_ENVIRONMENT=Development Database__Provider="$provider" ConnectionStrings__Default="$connection" \
    Serilog__MinimumLevel__Default=Warning Hangfire__RunServer=false exec dotnet SocialWorkCloud.Api.dll --urls "http://127.0.0.1:$port") >"$data/api-$provider.log" 2>&1 &
  api_pid=$!
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 1; done
  # The API's own CPU time during the run: a figure other processes on a shared machine do not distort.
  local before after
  before="$(awk '{print $14 + $15}' "/proc/$api_pid/stat")"
  dotnet "$here/bin/Release/net10.0/SocialWorkCloud.Benchmarks.dll" --tally --url "http://127.0.0.1:$port" "$@" || status=1
  after="$(awk '{print $14 + $15}' "/proc/$api_pid/stat")"
  echo "  API process CPU time during the run (warm-up included): $(( (after - before) * 1000 / $(getconf CLK_TCK) )) ms; machine load: $(cut -d' ' -f1-3 /proc/loadavg)"
  kill "$api_pid"; wait "$api_pid" 2>/dev/null || true; api_pid=""
}
run_against Sqlite "Data Source=$data/tallybench.db" "$@"
if [[ -n "${SWC_BENCH_PG:-}" ]]; then
  pg="$(sed -E 's/(Database=)([^;]+)/\1\2_tallybench/' <<<"$SWC_BENCH_PG")"
  run_against PostgreSql "$pg" "$@"
fi
exit $status
