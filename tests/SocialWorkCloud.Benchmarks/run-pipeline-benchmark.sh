#!/usr/bin/env bash
# The pipeline's cost (issue 19): the real API (Release) beside a bare ASP.NET Core + Npgsql endpoint that sends
# the same SQL and answers the same JSON (Pipeline/BareHost.cs), both on one PostgreSQL database, loaded by wrk
# in the same run. Prints requests/s (project ÷ bare), allocated bytes and CPU time per request.
#   SWC_BENCH_PG='Host=…;Database=postgres;…' ./run-pipeline-benchmark.sh [--seconds N] [--warm-up N] [--connections N] [--only name] [--no-build] [--trace DIR]
# --warm-up N: seconds of load per side before each path is measured (default 5); the API's first paths share the machine with
# its background JIT for longer than that, which shows as CPU per request on the first path measured.
# --trace DIR: during each measured project run, dotnet-trace (gc-verbose: allocation samples with their types and stacks)
# records the API into DIR/<path>.nettrace, to see what the bytes per request are (the figures of a traced run are not comparable).
# Needs wrk (apt-get install -y wrk), jq and psql. Uses the database "<name>_pipebench" (dropped and re-created).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seconds=10 warmup=5 connections=8 only="" build=1 trace="" trace_pid=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --warm-up) warmup="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    --trace) trace="$(mkdir -p "$2" && cd "$2" && pwd)"; PATH="$PATH:$HOME/.dotnet/tools"; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
: "${SWC_BENCH_PG:?set SWC_BENCH_PG to a PostgreSQL connection string}"
api_port="${SWC_PIPEBENCH_PORT:-5116}" bare_port="$((api_port + 1))"
api="http://127.0.0.1:$api_port" bare="http://127.0.0.1:$bare_port"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if [[ $build == 1 ]]; then
  dotnet build "$root/api/SocialWorkCloud.Api" -c Release -nologo -v quiet -clp:ErrorsOnly
  dotnet build "$here/SocialWorkCloud.Benchmarks.csproj" -c Release -nologo -v quiet -clp:ErrorsOnly
fi

source "$here/bench-database.sh"
pg="$(bench_database pipebench)" || exit 1

work="$(mktemp -d)"
api_pid="" bare_pid=""
cleanup() {
  [[ -n "$api_pid" ]] && kill "$api_pid" 2>/dev/null || true
  [[ -n "$bare_pid" ]] && kill "$bare_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# Staging, not Development: the production pipeline (request log at Information, no developer pages) with the demo data.
# DOTNET_GCDynamicAdaptationMode=0: the API runs the server GC, whose dynamic heap count (DATAS, on by default) makes
# GC.GetTotalAllocatedBytes go back and forth as heaps leave and return (dotnet/runtime#131069, not in .NET 10): a path's
# bytes then came out negative, or wrong without showing it. A fixed heap count keeps the counter monotonic.
(cd "$root/api/SocialWorkCloud.Api/bin/Release/net10.0" && DOTNET_GCDynamicAdaptationMode=0 ASPNETCORE_ENVIRONMENT=Staging Database__Provider=PostgreSql \
  ConnectionStrings__Default="$pg" Database__SeedDemoData=true Mfa__RequireForPrivilegedRoles=false Hangfire__RunServer=false \
  Jwt__SigningKey="$(head -c 48 /dev/urandom | base64 -w0)" Jwt__AccessTokenMinutes=240 Diagnostics__AllocationCounter=true \
  exec dotnet SocialWorkCloud.Api.dll --urls "$api") >"$work/api.log" 2>&1 &
api_pid=$!
for _ in $(seq 1 300); do curl -sf "$api/health/ready" >/dev/null && break; sleep 1; done
curl -sf "$api/health/ready" >/dev/null || { echo "the API did not start:"; tail -30 "$work/api.log"; exit 1; }

token() { curl -sf -H 'Content-Type: application/json' -d "{\"email\":\"$1\",\"password\":\"Demo@2026\"}" "$api/api/v1/auth/login" | jq -r .accessToken; }
head_token="$(token hospital.admin@demo.vn)"
province_token="$(token province@demo.vn)"
me="$(curl -sf -H "Authorization: Bearer $head_token" "$api/api/v1/me")"
facility="$(jq -r .facility.id <<<"$me")" user="$(jq -r .id <<<"$me")" role="$(jq -r .role <<<"$me")"
province="$(curl -sf -H "Authorization: Bearer $province_token" "$api/api/v1/me" | jq -r .province.id)"
point="$(curl -sf -H "Authorization: Bearer $head_token" -H 'Content-Type: application/json' -d '{"name":"Quầy đo tải"}' "$api/api/v1/reception/points" | jq -r .id)"

dotnet "$here/bin/Release/net10.0/SocialWorkCloud.Benchmarks.dll" --bare --url "$bare" --pg "$pg" --facility "$facility" --user "$user" --role "$role" >"$work/bare.log" 2>&1 &
bare_pid=$!
for _ in $(seq 1 60); do curl -sf "$bare/debug/allocations" >/dev/null && break; sleep 1; done

# Request bodies: a new client each time (a random syllable keeps name + birth year unique, so no 409), ten new tally entries.
cat >"$work/register.lua" <<'LUA'
local families = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"}
local middles = {"Thị", "Văn", "Thị Thu", "Văn Minh", "Thị Thanh", "Hữu"}
local givens = {"Hà", "An", "Lan", "Tuấn", "Hương", "Dũng", "Yến", "Lộc"}
local letters = "abcdeghiklmnopqrstuvxy"
local threads = 0
function setup(thread) thread:set("id", threads); threads = threads + 1 end
function init(args) math.randomseed(os.time() * 97 + id) end
local function syllable()
  local s = ""
  for _ = 1, 4 do local i = math.random(#letters); s = s .. letters:sub(i, i) end
  return s:sub(1, 1):upper() .. s:sub(2)
end
function request()
  local name = families[math.random(#families)] .. " " .. middles[math.random(#middles)] .. " " .. givens[math.random(#givens)] .. " " .. syllable()
  local body = string.format('{"fullName":"%s","birthYear":%d,"sex":"Female","communeWard":"Phường %d","vulnerabilities":["Elderly"]}',
    name, 1920 + math.random(100), math.random(999))
  return wrk.format("POST", nil, nil, body)
end
LUA
cat >"$work/tally.lua" <<LUA
local point = "$point"
local kinds = {"Guidance", "AdministrativeHelp", "Information", "WheelchairEscort", "CaseHandover"}
local threads = 0
function setup(thread) thread:set("id", threads); threads = threads + 1 end
function init(args) math.randomseed(os.time() * 89 + id) end
local function uuid()
  return (string.gsub("xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx", "x", function() return string.format("%x", math.random(0, 15)) end))
end
function request()
  local at = os.date("!%Y-%m-%dT%H:%M:%SZ", os.time() - 60)
  local entries = {}
  for i = 1, 10 do
    entries[i] = string.format('{"id":"%s","pointId":"%s","kind":"%s","occurredAt":"%s"}', uuid(), point, kinds[math.random(#kinds)], at)
  end
  return wrk.format("POST", nil, nil, '{"entries":[' .. table.concat(entries, ",") .. ']}')
end
LUA

allocated() { curl -sf "$1/debug/allocations" | jq .allocatedBytes; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
results="$work/results.tsv"
# name, project URL, bare URL, token, lua script ("" for GET)
scenarios=(
  "me (the per-request floor)|$api/api/v1/me|$bare/bare/me|$head_token|"
  "work lists (unit head)|$api/api/v1/cases/work-lists|$bare/bare/cases/work-lists|$head_token|"
  "facility home KPI card|$api/api/v1/facilities/$facility/kpis|$bare/bare/facilities/$facility/kpis|$head_token|"
  "tally batch (10 entries)|$api/api/v1/reception/tallies|$bare/bare/reception/tallies|$head_token|$work/tally.lua"
  "register a client|$api/api/v1/clients|$bare/bare/clients|$head_token|$work/register.lua"
  "province KPIs|$api/api/v1/provinces/$province/kpis|$bare/bare/provinces/$province/kpis|$province_token|"
  "client search \"thu ha\"|$api/api/v1/clients?search=thu%20ha|$bare/bare/clients?search=thu%20ha|$head_token|"
)
run_wrk() { # url, token, script, seconds, pid, base -> "requests/s requests non2xx bytes/request cpu-µs/request"
  local url="$1" tok="$2" script="$3" secs="$4" pid="$5" base="$6" out a0 a1 c0 c1 requests rps errors
  a0="$(allocated "$base")"; c0="$(cpu_ticks "$pid")"
  out="$(wrk -t2 -c"$connections" -d"${secs}s" --timeout 10s -H "Authorization: Bearer $tok" -H 'Content-Type: application/json' \
    ${script:+-s "$script"} "$url")"
  a1="$(allocated "$base")"; c1="$(cpu_ticks "$pid")"
  requests="$(sed -nE 's/^ *([0-9]+) requests in.*/\1/p' <<<"$out")"
  rps="$(sed -nE 's/^Requests\/sec: *([0-9.]+).*/\1/p' <<<"$out")"
  errors="$(sed -nE 's/^ *Non-2xx or 3xx responses: *([0-9]+).*/\1/p' <<<"$out")"
  [[ "${requests:-0}" -gt 0 ]] || { echo "0 1 0 0 0"; return; }
  echo "$rps $requests ${errors:-0} $(( (a1 - a0) / requests )) $(( (c1 - c0) * 1000000 / $(getconf CLK_TCK) / requests ))"
}

echo "wrk: 2 threads, $connections connections, ${seconds} s per side after a ${warmup} s warm-up; machine load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for s in "${scenarios[@]}"; do
  IFS='|' read -r name real_url bare_url tok script <<<"$s"
  [[ -n "$only" && "$name" != *"$only"* ]] && continue
  # Same fields on both sides (GETs): the bare endpoint answers the project's JSON.
  if [[ -z "$script" ]]; then
    shape() { curl -sf -H "Authorization: Bearer $tok" "$1" | jq -c '[paths | map(if type == "number" then "[]" else . end) | join(".")] | unique'; }
    diff <(shape "$real_url" | jq -r '.[]') <(shape "$bare_url" | jq -r '.[]') >"$work/shape.diff" \
      || { echo "  $name: the JSON differs (< project, > bare):"; sed 's/^/    /' "$work/shape.diff"; }
  fi
  run_wrk "$real_url" "$tok" "$script" "$warmup" "$api_pid" "$api" >/dev/null
  run_wrk "$bare_url" "$tok" "$script" "$warmup" "$bare_pid" "$bare" >/dev/null
  if [[ -n "$trace" ]]; then
    slug="$(tr -c 'a-zA-Z0-9\n' '-' <<<"$name" | tr -s '-')"
    (sleep 1; dotnet-trace collect -p "$api_pid" --profile gc-verbose --duration "00:00:$(printf '%02d' $((seconds > 3 ? seconds - 2 : 1)))" \
      -o "$trace/${slug%-}.nettrace" >"$work/trace.log" 2>&1 || tail -3 "$work/trace.log") &
    trace_pid=$!
  fi
  real="$(run_wrk "$real_url" "$tok" "$script" "$seconds" "$api_pid" "$api")"
  [[ -n "$trace" ]] && wait "$trace_pid"
  plain="$(run_wrk "$bare_url" "$tok" "$script" "$seconds" "$bare_pid" "$bare")"
  echo "$name|$real|$plain" >>"$results"
done
echo "machine load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
printf '| %-26s | %9s | %9s | %6s | %11s | %11s | %6s | %9s | %9s | %s |\n' path "project/s" "bare/s" ratio "project B/req" "bare B/req" "alloc x" "project CPU" "bare CPU" "non-2xx p/b"
printf '|%s|\n' "----------------------------|----------:|----------:|-------:|------------:|------------:|-------:|----------:|----------:|---"
while IFS='|' read -r name real plain; do
  read -r rrps rreq rerr rbytes rcpu <<<"$real"
  read -r brps breq berr bbytes bcpu <<<"$plain"
  LC_ALL=C printf '| %-26s | %9.0f | %9.0f | %6.2f | %11d | %11d | %6.1f | %6d µs | %6d µs | %s/%s |\n' "$name" "$rrps" "$brps" \
    "$(bc -l <<<"$rrps / ($brps + 0.000001)")" "$rbytes" "$bbytes" "$(bc -l <<<"$rbytes / ($bbytes + 1)")" "$rcpu" "$bcpu" "$rerr" "$berr"
done <"$results"
