#!/usr/bin/env bash
# Session invalidation across replicas (issue 17, ASVS V3.3): two API processes on one database and one Redis. A token
# is used on replica B (B now remembers the session as live, here for 300 s), the session is ended through replica A
# (logout), and B must refuse the same token at once: only the Redis signal (swc:sessions:ended) can tell B in time.
# Lighter than scripts/scale-out-test.sh (SQLite file, no nginx, no PostgreSQL). Needs the built API, redis-server,
# curl and jq. Ends with "N passed, N failed". Usage: scripts/session-replicas-test.sh (leaves nothing running).
# SWC_WITHOUT_REDIS=1 is the control: the replicas share no Redis, and B must still accept the ended session's token
# (its memory says "live") — proof that the real run's refusal comes from the Redis signal.
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
API_DLL="$ROOT/api/SocialWorkCloud.Api/bin/${SWC_CONFIGURATION:-Debug}/net10.0/SocialWorkCloud.Api.dll"
WORK="$(mktemp -d /tmp/swc-sessions.XXXXXX)"
passed=0; failed=0
ok() { echo "  PASS $*"; passed=$((passed + 1)); }
ko() { echo "  FAIL $*"; failed=$((failed + 1)); }
for tool in redis-server curl jq; do command -v "$tool" >/dev/null || { echo "Missing $tool"; echo "0 passed, 1 failed"; exit 1; }; done
[[ -f "$API_DLL" ]] || { echo "Build the API first: $API_DLL is missing"; echo "0 passed, 1 failed"; exit 1; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

REDIS_PORT="$(free_port)"
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no >"$WORK/redis.log" 2>&1 &
PIDS=($!)
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null; done; wait 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

if [[ -n "${SWC_WITHOUT_REDIS:-}" ]]; then REDIS_SETTING=""; else REDIS_SETTING="127.0.0.1:$REDIS_PORT"; fi
start_api() { # name, port
  mkdir -p "$WORK/webroot"
  (cd "$(dirname "$API_DLL")" && exec env ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_WEBROOT="$WORK/webroot" \
    Database__Provider=Sqlite ConnectionStrings__Default="Data Source=$WORK/swc.db" Database__SeedDemoData=true \
    Redis__Configuration="$REDIS_SETTING" Sessions__LiveCacheSeconds=300 Hangfire__RunServer=false \
    dotnet "$API_DLL" --urls "http://127.0.0.1:$2") >"$WORK/$1.log" 2>&1 &
  PIDS+=($!)
}
wait_ready() { # url, seconds
  local deadline=$((SECONDS + $2))
  while (( SECONDS < deadline )); do
    [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$1/health/ready")" == "200" ]] && return 0
    sleep 0.5
  done
  return 1
}
me() { curl -s -o /dev/null -w '%{http_code}' --max-time 10 -H "Authorization: Bearer $2" "$1/api/v1/me"; }

A_PORT="$(free_port)"; B_PORT="$(free_port)"
A="http://127.0.0.1:$A_PORT"; B="http://127.0.0.1:$B_PORT"
# One after the other: the first migrates and seeds the SQLite file.
start_api api-a "$A_PORT"
wait_ready "$A" 420 || { ko "replica A not ready"; tail -n 30 "$WORK/api-a.log"; echo "$passed passed, $failed failed"; exit 1; }
start_api api-b "$B_PORT"
wait_ready "$B" 420 || { ko "replica B not ready"; tail -n 30 "$WORK/api-b.log"; echo "$passed passed, $failed failed"; exit 1; }

echo "== a session ended on A stops its token on B at once"
curl -s --max-time 20 -H 'Content-Type: application/json' -d '{"email":"hospital.worker@demo.vn","password":"Demo@2026"}' "$A/api/v1/auth/login" >"$WORK/login.json"
ACCESS="$(jq -r .accessToken "$WORK/login.json")"; REFRESH="$(jq -r .refreshToken "$WORK/login.json")"
[[ -n "$ACCESS" && "$ACCESS" != null ]] || { ko "no token from A: $(cat "$WORK/login.json")"; echo "$passed passed, $failed failed"; exit 1; }
[[ "$(me "$B" "$ACCESS")" == "200" ]] && ok "B accepts the token (and now remembers the session as live for 300 s)" || ko "B refused a fresh token"
status="$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -H 'Content-Type: application/json' -d "{\"refreshToken\":\"$REFRESH\"}" "$A/api/v1/auth/logout")"
[[ "$status" == 2* ]] && ok "logout on A ($status)" || ko "logout on A answered $status"
# "At once": the signal crosses Redis in milliseconds; allow one second for a loaded machine.
got=""; for _ in $(seq 1 10); do got="$(me "$B" "$ACCESS")"; [[ "$got" == "401" ]] && break; sleep 0.1; done
if [[ -n "${SWC_WITHOUT_REDIS:-}" ]]; then
  [[ "$got" == "200" ]] && ok "control without Redis: B still accepts the token ($got), so the real run is decisive" || ko "control: B answered $got without Redis"
else
  [[ "$got" == "401" ]] && ok "B refuses the ended session's token within 1 s" || ko "B still answers $got for an ended session"
fi
[[ "$(me "$A" "$ACCESS")" == "401" ]] && ok "A refuses it too" || ko "A still accepts the token"
echo "$passed passed, $failed failed"
(( failed == 0 ))
