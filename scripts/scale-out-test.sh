#!/usr/bin/env bash
# The scale-out test with real processes (issue 16): nginx in front of two API replicas (HTTP only) and a
# worker (jobs only) on one PostgreSQL cluster of its own and one Redis. Checks, in order:
#   1. both replicas started at once on an empty database become ready (migration under the startup lock);
#   2. a token issued through one replica works on the other;
#   3. the sign-in limit holds across both (counted in Redis, keyed by the forwarded client address);
#   4. PostgreSQL stopped for 10 s gives 503 + Retry-After, and full recovery within 10 s of its restart;
#   5. a replica killed mid-burst of receipts loses nothing acknowledged and leaves receipt numbers gap-free;
#   6. a backup taken under load (scripts/pg-backup.sh) restores into a new database, an API starts on it and
#      the ledger consistency check is clean;
#   7. a job held by a killed worker (a KPI run caught mid-computation) is run by another worker within 5 minutes.
# Needs the built API (dotnet build), the PostgreSQL server binaries, nginx, redis-server and curl/jq: as root
# it installs what is missing (Debian). Ends with "N passed, N failed".
# Usage: scripts/scale-out-test.sh            (from anywhere; leaves nothing running)
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
API_DLL="$ROOT/api/SocialWorkCloud.Api/bin/${SWC_CONFIGURATION:-Debug}/net10.0/SocialWorkCloud.Api.dll"
WORK="$(mktemp -d /tmp/swc-scaleout.XXXXXX)"
chmod 755 "$WORK"
passed=0; failed=0
ok() { echo "  PASS $*"; passed=$((passed + 1)); }
ko() { echo "  FAIL $*"; failed=$((failed + 1)); }
T0=$SECONDS

need=()
command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || need+=(nginx-light)
command -v redis-server >/dev/null || need+=(redis-server)
command -v jq >/dev/null || need+=(jq)
command -v curl >/dev/null || need+=(curl)
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || need+=(postgresql)
if (( ${#need[@]} )); then
  if [[ "$(id -u)" == "0" ]] && command -v apt-get >/dev/null; then
    echo "Installing ${need[*]}..."
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null) || { echo "Could not install ${need[*]}"; echo "0 passed, 1 failed"; exit 1; }
  else
    echo "Missing ${need[*]} (install them, or run as root)"; echo "0 passed, 1 failed"; exit 1
  fi
fi
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
[[ -f "$API_DLL" ]] || { echo "Build the API first: $API_DLL is missing"; echo "0 passed, 1 failed"; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# --- PostgreSQL: a cluster of its own, so stopping it harms nobody else ------------------------------
PG_PORT="$(free_port)"
export SWC_PG_PORT="$PG_PORT" SWC_PG_DIR="$WORK/pg"
PG_ADMIN="$("$ROOT/scripts/postgres-test-cluster.sh" start)" || { echo "Could not start PostgreSQL"; echo "0 passed, 1 failed"; exit 1; }
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
as_owner() { if [[ "$(id -u)" == "0" ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pg_stop() { as_owner "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m fast stop >/dev/null; }
pg_start() {
  as_owner "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/server.log" -w -t 60 \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $WORK/pg -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null
}
export PGPASSWORD=swc
psql_db() { local db="$1"; shift; "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U swc -d "$db" -v ON_ERROR_STOP=1 -qtA "$@"; }
psql_db postgres -c "CREATE DATABASE swc_scaleout" >/dev/null
CS="Host=127.0.0.1;Port=$PG_PORT;Username=swc;Password=swc;Database=swc_scaleout;Timeout=5;Command Timeout=15"

# --- Redis ------------------------------------------------------------------------------------------------
REDIS_PORT="$(free_port)"
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no >"$WORK/redis.log" 2>&1 &
REDIS_PID=$!

PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null; done
  [[ -f "$WORK/nginx.pid" ]] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null
  kill "$REDIS_PID" 2>/dev/null
  wait 2>/dev/null
  "$ROOT/scripts/postgres-test-cluster.sh" stop >/dev/null 2>&1
  if (( failed )); then rm -rf /tmp/swc-scaleout-logs; mkdir -p /tmp/swc-scaleout-logs; cp "$WORK"/*.log /tmp/swc-scaleout-logs/ 2>/dev/null; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# --- The replicas -------------------------------------------------------------------------------------------
# name, port, run the job server?, connection string. A job held by a killed worker is fetched again 10 s after its
# last sign of life here (production: 2 minutes), so check 7 waits 10 s for it rather than 30.
start_api() {
  local name="$1" port="$2" jobs="$3" cs="$4"
  mkdir -p "$WORK/webroot"
  (cd "$(dirname "$API_DLL")" && exec env ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_WEBROOT="$WORK/webroot" \
    Database__Provider=PostgreSql ConnectionStrings__Default="$cs" Database__SeedDemoData=true \
    Redis__Configuration="127.0.0.1:$REDIS_PORT" RateLimits__AuthPerMinute=10 \
    Hangfire__RunServer="$jobs" Hangfire__InvisibilityTimeout=00:00:10 \
    Resilience__RequestTimeoutSeconds=20 \
    dotnet "$API_DLL" --urls "http://127.0.0.1:$port") >"$WORK/$name.log" 2>&1 &
  PIDS+=($!)
  echo $! >"$WORK/$name.pid"
}
wait_ready() { # url, seconds -> 0 when 200
  local deadline=$((SECONDS + $2))
  while (( SECONDS < deadline )); do
    [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$1/health/ready")" == "200" ]] && return 0
    sleep 0.5
  done
  return 1
}

A_PORT="$(free_port)"; B_PORT="$(free_port)"; W_PORT="$(free_port)"; LB_PORT="$(free_port)"
A="http://127.0.0.1:$A_PORT"; B="http://127.0.0.1:$B_PORT"; LB="http://127.0.0.1:$LB_PORT"
echo "== 1. two replicas and a worker started at once on an empty database"
start_api api-a "$A_PORT" false "$CS"
start_api api-b "$B_PORT" false "$CS"
start_api worker "$W_PORT" true "$CS"
if wait_ready "$A" 420 && wait_ready "$B" 120; then ok "both replicas ready after $((SECONDS - T0)) s"; else ko "replicas not ready (logs in /tmp/swc-scaleout-logs)"; for f in "$WORK"/api-*.log; do tail -n 20 "$f"; done; echo "$passed passed, $failed failed"; exit 1; fi
if grep -qi "already exists" "$WORK"/api-*.log "$WORK"/worker.log; then ko "a migration race ('already exists') in the logs"; else ok "no migration race in the logs"; fi

# --- nginx in front of both (the worker takes no traffic) ------------------------------------------------------
mkdir -p "$WORK/nginx"; chmod 777 "$WORK/nginx"
cat >"$WORK/nginx.conf" <<EOF
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx/body; proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fcgi; uwsgi_temp_path $WORK/nginx/uwsgi; scgi_temp_path $WORK/nginx/scgi;
  upstream api { server 127.0.0.1:$A_PORT max_fails=1 fail_timeout=5s; server 127.0.0.1:$B_PORT max_fails=1 fail_timeout=5s; }
  server {
    listen 127.0.0.1:$LB_PORT;
    location / {
      proxy_pass http://api;
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_next_upstream error timeout;
    }
  }
}
EOF
"$NGINX" -c "$WORK/nginx.conf" -p "$WORK/nginx" || { ko "nginx did not start"; echo "$passed passed, $failed failed"; exit 1; }

login() { # base, email, password, [forwarded-for] -> body; status in $WORK/status
  curl -s -o "$WORK/body" -w '%{http_code}' --max-time 20 -H 'Content-Type: application/json' ${4:+-H "X-Forwarded-For: $4"} \
    -d "{\"email\":\"$2\",\"password\":\"$3\"}" "$1/api/v1/auth/login" >"$WORK/status"
  cat "$WORK/body"
}

echo "== 2. a token from one replica works on the other"
TOKEN="$(login "$A" hospital.admin@demo.vn Demo@2026 | jq -r .accessToken)"
if [[ -n "$TOKEN" && "$TOKEN" != null && "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$B/api/v1/me")" == "200" ]]; then
  ok "issued by A, accepted by B"
else ko "a token issued by A was not accepted by B ($(cat "$WORK/status"))"; fi

echo "== 3. the sign-in limit (10/min here) holds across both replicas, per forwarded client address"
codes=""
for i in $(seq 1 12); do
  base=$A; (( i % 2 )) || base=$B
  login "$base" nobody@demo.vn wrong 198.51.100.7 >/dev/null
  codes+="$(cat "$WORK/status") "
done
if [[ "$codes" == *429* && "$(grep -o 401 <<<"$codes" | wc -l)" -le 10 ]]; then ok "12 guesses alternating A/B: $codes"; else ko "no shared limit: $codes"; fi
# Another name too: the guessed account itself is slowed down for every address (the sign-in throttle, issue 17).
login "$LB" somebody@demo.vn wrong 198.51.100.8 >/dev/null
[[ "$(cat "$WORK/status")" == "401" ]] && ok "another client address behind the balancer is not limited" || ko "another client got $(cat "$WORK/status")"

CAMPAIGN="$(curl -s -H "Authorization: Bearer $TOKEN" "$LB/api/v1/fundraising/campaigns" | jq -r '[.items[]? // .[]? | select(.status == "Open")][0].id')"
TODAY="$(TZ=Asia/Ho_Chi_Minh date +%F)"
receipt() { # base -> http status, appends "status id" to $WORK/receipts
  local out
  out="$(curl -s --max-time 20 -w ' %{http_code}' -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "{\"receivedOn\":\"$TODAY\",\"amount\":10000,\"method\":\"Cash\",\"description\":\"scale-out\"}" \
    "$1/api/v1/fundraising/campaigns/$CAMPAIGN/cash-receipts")"
  echo "${out##* } $(jq -r '.id? // empty' <<<"${out% *}" 2>/dev/null)" >>"$WORK/receipts"
}

echo "== 4. PostgreSQL stopped for 10 s"
pg_stop
sleep 1
H="$(curl -s -D - -o "$WORK/outage" --max-time 20 -H "Authorization: Bearer $TOKEN" "$LB/api/v1/fundraising/campaigns")"
if grep -q "^HTTP/1.1 503" <<<"$H" && grep -qi "^Retry-After:" <<<"$H"; then ok "503 with Retry-After ($(jq -r .code "$WORK/outage"))"; else ko "during the outage: $(head -1 <<<"$H") $(head -c 200 "$WORK/outage")"; fi
sleep 9
pg_start
RESTARTED=$SECONDS
recovered=""
while (( SECONDS - RESTARTED < 20 )); do
  if [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 -H "Authorization: Bearer $TOKEN" "$LB/api/v1/fundraising/campaigns")" == "200" ]] \
     && wait_ready "$A" 1 && wait_ready "$B" 1; then recovered=$((SECONDS - RESTARTED)); break; fi
  sleep 0.5
done
if [[ -n "$recovered" && "$recovered" -le 10 ]]; then ok "recovered ${recovered} s after the restart"; else ko "not recovered within 10 s (${recovered:-never})"; fi

echo "== 5. replica B killed mid-burst of receipts"
if [[ -z "$CAMPAIGN" || "$CAMPAIGN" == null ]]; then ko "no open demo campaign to receive into"; else
  : >"$WORK/receipts"
  # Only the receipts' own pids are waited for: a bare `wait` would wait for the servers too.
  rpids=()
  for i in $(seq 1 40); do
    base=$A; (( i % 2 )) || base=$B
    receipt "$base" &
    rpids+=($!)
    (( i % 4 )) || { wait "${rpids[@]}"; rpids=(); }
    (( i == 16 )) && kill -9 "$(cat "$WORK/api-b.pid")"
  done
  (( ${#rpids[@]} )) && wait "${rpids[@]}"
  acked="$(awk '$1 == 201 && $2 != "" {print $2}' "$WORK/receipts")"
  acked_count="$(grep -c . <<<"$acked" || true)"
  missing=0
  for id in $acked; do
    [[ "$(psql_db swc_scaleout -c "SELECT count(*) FROM \"LedgerEntries\" WHERE \"Id\" = '$id'")" == "1" ]] || missing=$((missing + 1))
  done
  (( acked_count > 0 && missing == 0 )) && ok "$acked_count acknowledged receipts all stored (statuses: $(awk '{print $1}' "$WORK/receipts" | sort | uniq -c | tr -s ' \n' ' '))" || ko "$missing of $acked_count acknowledged receipts missing"
  gaps="$(psql_db swc_scaleout -c "SELECT count(*) FROM (SELECT \"FacilityId\", \"ReceiptYear\", max(\"ReceiptNumber\") - min(\"ReceiptNumber\") + 1 - count(*) AS gap FROM \"LedgerEntries\" WHERE \"ReceiptNumber\" IS NOT NULL GROUP BY 1, 2) g WHERE gap <> 0")"
  [[ "$gaps" == "0" ]] && ok "receipt numbers gap-free" || ko "receipt numbers have gaps in $gaps sequence(s)"
fi

echo "== 6. backup under load, restore into a new database, API on it, consistency check"
rpids=()
for i in $(seq 1 8); do receipt "$A" & rpids+=($!); done
PGPORT="$PG_PORT" PGHOST=127.0.0.1 PGUSER=swc "$ROOT/scripts/pg-backup.sh" swc_scaleout "$WORK/backup.dump" >"$WORK/backup.log" 2>&1 || ko "pg-backup failed: $(tail -3 "$WORK/backup.log")"
wait "${rpids[@]}"
PGPORT="$PG_PORT" PGHOST=127.0.0.1 PGUSER=swc "$ROOT/scripts/pg-restore.sh" "$WORK/backup.dump" swc_restored >"$WORK/restore.log" 2>&1 || ko "pg-restore failed: $(tail -3 "$WORK/restore.log")"
R_PORT="$(free_port)"; R="http://127.0.0.1:$R_PORT"
start_api restored "$R_PORT" false "${CS/Database=swc_scaleout/Database=swc_restored}"
if wait_ready "$R" 120; then
  RT="$(login "$R" hospital.admin@demo.vn Demo@2026 | jq -r .accessToken)"
  check="$(curl -s --max-time 30 -H "Authorization: Bearer $RT" "$R/api/v1/fundraising/consistency")"
  [[ "$(jq -r .inconsistent <<<"$check")" == "0" && "$(jq -r .campaigns <<<"$check")" -gt 0 ]] \
    && ok "restored database: $(jq -r .campaigns <<<"$check") campaigns, 0 inconsistent" || ko "consistency on the restored database: $(head -c 300 <<<"$check")"
else ko "no API on the restored database"; tail -5 "$WORK/restored.log"; fi
check="$(curl -s --max-time 30 -H "Authorization: Bearer $TOKEN" "$A/api/v1/fundraising/consistency")"
[[ "$(jq -r .inconsistent <<<"$check")" == "0" ]] && ok "live database consistent after the kill and the backup" || ko "live consistency: $(head -c 300 <<<"$check")"

echo "== 7. a job held by a killed worker runs on another worker within 5 minutes"
PT="$(login "$A" province@demo.vn Demo@2026 | jq -r .accessToken)"
PROVINCE="$(curl -s -H "Authorization: Bearer $PT" "$A/api/v1/me" | jq -r '.provinceId // .province.id // empty')"
# A session of its own holds the snapshot table, so the run is caught after it has started and before it can finish.
PGAPPNAME=swc-lock-holder psql_db swc_scaleout -c 'BEGIN; LOCK TABLE "KpiSnapshots" IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(300); COMMIT;' >/dev/null 2>&1 &
LOCK_PID=$!
sleep 1
RUN="$(curl -s --max-time 20 -H "Authorization: Bearer $PT" -H 'Content-Type: application/json' -d '{}' "$A/api/v1/provinces/$PROVINCE/kpis/recompute" | jq -r '.id // empty')"
run_status() { curl -s --max-time 10 -H "Authorization: Bearer $PT" "$A/api/v1/provinces/$PROVINCE/kpis/runs/$RUN" | jq -r '.status // empty'; }
state=""; deadline=$((SECONDS + 60))
while [[ -n "$RUN" ]] && (( SECONDS < deadline )); do state="$(run_status)"; [[ "$state" == "Running" ]] && break; sleep 0.3; done
if [[ "$state" != "Running" ]]; then
  ko "the KPI run never started on the worker (province '$PROVINCE', run '$RUN', status '$state')"
else
  kill -9 "$(cat "$WORK/worker.pid")"
  KILLED=$SECONDS
  psql_db postgres -c "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'swc-lock-holder'" >/dev/null
  wait "$LOCK_PID" 2>/dev/null
  W2_PORT="$(free_port)"
  start_api worker-2 "$W2_PORT" true "$CS"
  while (( SECONDS - KILLED < 300 )); do state="$(run_status)"; [[ "$state" == "Succeeded" || "$state" == "Failed" ]] && break; sleep 1; done
  if [[ "$state" == "Succeeded" ]]; then ok "the run held by the killed worker finished on another $((SECONDS - KILLED)) s after the kill"
  else ko "the run held by the killed worker: '$state' $((SECONDS - KILLED)) s after the kill"; fi
fi

echo "Scale-out test: $((SECONDS - T0)) s"
if (( failed )); then for f in "$WORK"/*.log; do echo "--- $f"; tail -n 15 "$f"; done; fi
echo "$passed passed, $failed failed"
(( failed == 0 ))
