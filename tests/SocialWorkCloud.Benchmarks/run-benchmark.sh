#!/usr/bin/env bash
# Runs the KPI engine benchmark in Release.
#   ./run-benchmark.sh                          BenchmarkDotNet run (SQLite; PostgreSQL too if SWC_BENCH_PG is set)
#   ./run-benchmark.sh --filter '*AsOf2020*'    any BenchmarkDotNet argument
#   ./run-benchmark.sh --quick [--runs N] [--facilities N] [--sql] [--keep]
#                                               Stopwatch smoke check with the KPI figures
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
cd "$here"
exec dotnet run -c Release --project "$here/SocialWorkCloud.Benchmarks.csproj" -- "$@"
