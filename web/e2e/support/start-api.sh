#!/usr/bin/env bash
# Starts the real API for the e2e tests: a fresh SQLite database with the demo data, serving the
# built portal (web/dist) at "/". Playwright's webServer runs this and waits for /health/ready.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
PORT="${SWC_E2E_PORT:-5090}"
BIN="$ROOT/api/SocialWorkCloud.Api/bin/Debug/net10.0"
[[ -f "$BIN/SocialWorkCloud.Api.dll" ]] || dotnet build "$ROOT/api/SocialWorkCloud.Api" -c Debug -nologo -v quiet -clp:ErrorsOnly
[[ -f "$ROOT/web/dist/index.html" ]] || (cd "$ROOT/web" && npm run build)

DATA="$(mktemp -d)"
trap 'rm -rf "$DATA"' EXIT
export ASPNETCORE_ENVIRONMENT=Development
export ASPNETCORE_WEBROOT="$ROOT/web/dist"
export ConnectionStrings__Default="Data Source=$DATA/e2e.db"
# Every journey signs in from 127.0.0.1: lift the per-address sign-in limit for this throwaway instance.
export RateLimits__AuthPerMinute=10000
# A throwaway instance: PBKDF2 at a test's work factor for the demo accounts it seeds and every sign-in of the journeys.
export Identity__PasswordHasher__IterationCount=1000
export Serilog__MinimumLevel__Default=Warning
# A short-lived host: the framework's precompiled (ReadyToRun) code as it is, and one JIT pass for the rest, instead
# of tiering (instrumented copies, then a second compilation of every hot method in the background). Measured on the
# e2e run (07/12/2026, 2 cores): the API's CPU-seconds, start-up and journeys, about a quarter lower.
export DOTNET_TieredCompilation=0
# No SMTP server: e-mails (invitations, resets) are written as .eml files here, where the journeys read them.
export Email__PickupDirectory="$ROOT/web/e2e-results/mail"
rm -rf "$Email__PickupDirectory"
# Each request's line (path, status, milliseconds) goes to e2e-results/api.log, to tell a slow API from a slow page.
LOG="$ROOT/web/e2e-results/api.log"
mkdir -p "$(dirname "$LOG")"
cd "$BIN"
env 'Serilog__MinimumLevel__Override__Serilog.AspNetCore.RequestLoggingMiddleware=Information' \
  dotnet SocialWorkCloud.Api.dll --urls "http://127.0.0.1:$PORT" >"$LOG"
