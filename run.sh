#!/usr/bin/env bash
# Runs SocialWorkCloud on the embedded default: SQLite in ./data, demo data, on http://localhost:5080
#   API      http://localhost:5080/api/v1
#   Swagger  http://localhost:5080/swagger
#   Jobs     http://localhost:5080/hangfire (platform admin)
#   Health   http://localhost:5080/health/live, /health/ready
#   Portal   http://localhost:5080/ (the web portal, built from web/ when missing or stale)
# Needs the .NET SDK 10 and Node.js 20.
set -euo pipefail
cd "$(dirname "$0")"
command -v dotnet >/dev/null || { echo "The .NET SDK 10 is required: https://dot.net" >&2; exit 1; }
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
PORT="${PORT:-5080}"

# The web portal is built when missing or older than its sources, and the API serves it at "/".
command -v npm >/dev/null || { echo "Node.js 20 with npm is required to build the web portal." >&2; exit 1; }
if [[ ! -d web/node_modules ]] || [[ web/package-lock.json -nt web/node_modules/.package-lock.json ]]; then
  (cd web && npm install --no-audit --no-fund --loglevel=error)
fi
if [[ ! -f web/dist/index.html ]] || [[ -n "$(find web/src web/public web/index.html web/package.json web/vite.config.ts -newer web/dist/index.html 2>/dev/null | head -1)" ]]; then
  echo "Building the web portal..."
  (cd web && npm run build)
fi
export ASPNETCORE_WEBROOT="$(pwd)/web/dist"

ROOT="$(pwd)"
mkdir -p data
export ConnectionStrings__Default="${ConnectionStrings__Default:-Data Source=$ROOT/data/socialworkcloud.db}"
# Without Email__Smtp__Host, e-mails (invitations, password resets) are written as .eml files here.
export Email__PickupDirectory="${Email__PickupDirectory:-$ROOT/data/mail}"
echo "SocialWorkCloud on http://localhost:$PORT  (Swagger: /swagger; demo accounts in README.md, password Demo@2026)"
cd api/SocialWorkCloud.Api
exec dotnet run -c Release --no-launch-profile --urls "http://localhost:$PORT"
