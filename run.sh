#!/usr/bin/env bash
# Runs SocialWorkCloud on the embedded default: SQLite in ./data, demo data, on http://localhost:5080
#   API      http://localhost:5080/api/v1
#   Swagger  http://localhost:5080/swagger
#   Jobs     http://localhost:5080/hangfire (platform admin)
#   Health   http://localhost:5080/health/live, /health/ready
# Needs only the .NET SDK 10 (and Node 20 once the web portal exists).
set -euo pipefail
cd "$(dirname "$0")"
command -v dotnet >/dev/null || { echo "The .NET SDK 10 is required: https://dot.net" >&2; exit 1; }
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
PORT="${PORT:-5080}"

# The SPA, once web/ has one, is built into the API's wwwroot when missing or older than its sources.
if [[ -f web/package.json ]]; then
  command -v npm >/dev/null || { echo "Node.js 20 with npm is required to build the web portal." >&2; exit 1; }
  if [[ ! -f web/dist/index.html ]] || [[ -n "$(find web/src web/index.html web/package.json -newer web/dist/index.html 2>/dev/null | head -1)" ]]; then
    (cd web && npm ci --no-audit --no-fund && npm run build)
  fi
  rm -rf api/SocialWorkCloud.Api/wwwroot && mkdir -p api/SocialWorkCloud.Api/wwwroot && cp -r web/dist/. api/SocialWorkCloud.Api/wwwroot/
fi

ROOT="$(pwd)"
mkdir -p data
export ConnectionStrings__Default="${ConnectionStrings__Default:-Data Source=$ROOT/data/socialworkcloud.db}"
echo "SocialWorkCloud on http://localhost:$PORT  (Swagger: /swagger; demo accounts in README.md, password Demo@2026)"
cd api/SocialWorkCloud.Api
exec dotnet run -c Release --no-launch-profile --urls "http://localhost:$PORT"
