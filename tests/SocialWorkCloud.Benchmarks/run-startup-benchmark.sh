#!/usr/bin/env bash
# A fresh replica's first minute (issue 19): the API published with ReadyToRun (as deploy/Dockerfile does) beside the
# same API published without it (everything JIT-compiled at first use), each started several times in turn on one
# PostgreSQL database (migrated and seeded by the first start, so later starts only start). Per start it times: the
# process start to /health/ready, the first sign-in, the first call of four API paths, then the next 200 calls of
# those paths (one at a time) against the same 200 once warm. Prints the medians per variant.
#   SWC_BENCH_PG='Host=…;Database=postgres;…' ./run-startup-benchmark.sh [--starts N] [--no-publish]
# Needs jq and psql. Uses the database "<name>_startbench" (dropped and re-created) and SWC_PIPEBENCH_PORT (default 5116).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
starts=3 publish=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --starts) starts="$2"; shift 2 ;;
    --no-publish) publish=0; shift ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
: "${SWC_BENCH_PG:?set SWC_BENCH_PG to a PostgreSQL connection string}"
port="${SWC_PIPEBENCH_PORT:-5116}" api="http://127.0.0.1:${SWC_PIPEBENCH_PORT:-5116}"
out="${SWC_STARTBENCH_DIR:-/tmp/swc-startbench}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if [[ $publish == 1 ]]; then
  rm -rf "$out" && mkdir -p "$out"
  for variant in r2r jit; do
    flag=true; [[ $variant == jit ]] && flag=false
    dotnet publish "$root/api/SocialWorkCloud.Api" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=$flag \
      -o "$out/$variant" -nologo -v quiet -clp:ErrorsOnly
  done
fi

source "$here/bench-database.sh"
pg="$(bench_database startbench)"

key="$(head -c 48 /dev/urandom | base64 -w0)"
api_pid=""
trap '[[ -n "$api_pid" ]] && kill "$api_pid" 2>/dev/null || true' EXIT
start_api() { # variant
  (cd "$out/$1" && ASPNETCORE_ENVIRONMENT=Staging Database__Provider=PostgreSql ConnectionStrings__Default="$pg" Database__SeedDemoData=true \
    Mfa__RequireForPrivilegedRoles=false Hangfire__RunServer=false Jwt__SigningKey="$key" Jwt__AccessTokenMinutes=240 \
    exec dotnet SocialWorkCloud.Api.dll --urls "$api") >"$out/$1.log" 2>&1 &
  api_pid=$!
}
stop_api() { kill "$api_pid" 2>/dev/null || true; wait "$api_pid" 2>/dev/null || true; api_pid=""; }
ms() { awk '{printf "%.1f", $1 * 1000}'; }
now_ms() { date +%s%3N; }

# The first start migrates and seeds: not measured.
start_api r2r
for _ in $(seq 1 600); do curl -sf "$api/health/ready" >/dev/null && break; sleep 1; done
curl -sf "$api/health/ready" >/dev/null || { echo "the API did not start:"; tail -30 "$out/r2r.log"; exit 1; }
stop_api

results="$out/results.tsv"
: >"$results"
for i in $(seq 1 "$starts"); do
  for variant in jit r2r; do
    t0="$(now_ms)"
    start_api "$variant"
    until curl -sf "$api/health/ready" >/dev/null; do sleep 0.05; done
    ready=$(( $(now_ms) - t0 ))
    login="$(curl -s -o "$out/login.json" -w '%{time_total}' -H 'Content-Type: application/json' \
      -d '{"email":"hospital.admin@demo.vn","password":"Demo@2026"}' "$api/api/v1/auth/login" | ms)"
    token="$(jq -r .accessToken "$out/login.json")"
    facility="$(curl -sf -H "Authorization: Bearer $token" "$api/api/v1/me" | jq -r .facility.id)"
    paths=("/api/v1/cases/work-lists" "/api/v1/facilities/$facility/kpis" "/api/v1/clients?search=thu%20ha" "/api/v1/reception/points")
    first=()
    for p in "${paths[@]}"; do first+=("$(curl -s -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $token" "$api$p" | ms)"); done
    round() { # 200 calls, one at a time -> total ms
      local t=$(now_ms)
      for _ in $(seq 1 50); do for p in "${paths[@]}"; do curl -s -o /dev/null -H "Authorization: Bearer $token" "$api$p"; done; done
      echo $(( $(now_ms) - t ))
    }
    cold="$(round)"
    for _ in 1 2 3; do round >/dev/null; done
    warm="$(round)"
    echo "$variant $ready $login ${first[*]} $cold $warm" >>"$results"
    stop_api
  done
done

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
echo "machine load: $(cut -d' ' -f1-3 /proc/loadavg); $starts starts per variant, medians"
echo
printf '| %-10s | %9s | %13s | %15s | %15s | %15s | %15s | %16s | %16s |\n' variant "ready ms" "first sign-in" "first work lists" "first KPI card" "first search" "first points" "next 200 calls ms" "warm 200 calls ms"
printf '|%s|\n' "-----------|----------:|--------------:|----------------:|----------------:|----------------:|----------------:|-----------------:|-----------------:"
for variant in jit r2r; do
  row=()
  for col in $(seq 2 9); do row+=("$(awk -v v="$variant" -v c="$col" '$1 == v {print $c}' "$results" | median)"); done
  label="ReadyToRun"; [[ $variant == jit ]] && label="JIT only"
  printf '| %-10s | %9s | %10s ms | %12s ms | %12s ms | %12s ms | %12s ms | %16s | %16s |\n' "$label" "${row[@]}"
done
