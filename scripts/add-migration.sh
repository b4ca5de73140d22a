#!/usr/bin/env bash
# Adds a migration with the same name for each of the three providers (SQLite, SQL Server, PostgreSQL).
#   scripts/add-migration.sh AddCases
set -euo pipefail
cd "$(dirname "$0")/.."
NAME="${1:?usage: scripts/add-migration.sh <MigrationName>}"
dotnet tool restore >/dev/null
for provider in Sqlite SqlServer PostgreSql; do
  project="api/SocialWorkCloud.Migrations.$provider"
  dotnet ef migrations add "$NAME" --project "$project" --startup-project "$project" --output-dir Migrations
done
