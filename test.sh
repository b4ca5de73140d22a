#!/usr/bin/env bash
# Runs every test: unit, integration (PostgreSQL + SQLite through the real HTTP pipeline),
# architecture guards; SQL Server ones where a Docker engine exists; then the web portal's lint, type
# check, component tests, bundle budget and end-to-end tests in Chromium. Ends with a summary line.
# Needs the .NET SDK and Node.js 20; installs Debian's chromium when missing (as root); starts a throwaway PostgreSQL cluster from the installed server
# binaries unless SWC_TEST_PG points at a server already.
set -uo pipefail
cd "$(dirname "$0")"
ROOT="$(pwd)"

command -v dotnet >/dev/null || { echo "The .NET SDK 10 is required: https://dot.net" >&2; exit 1; }

if [[ -z "${SWC_TEST_PG:-}" ]]; then
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null 2>&1; then
    if [[ "$(id -u)" == "0" ]] && command -v apt-get >/dev/null; then
      echo "Installing the PostgreSQL server binaries (apt-get install postgresql)..."
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) || true
    fi
  fi
  SWC_TEST_PG="$("$ROOT/scripts/postgres-test-cluster.sh" start)" || { echo "Could not start a PostgreSQL test cluster; set SWC_TEST_PG to a server instead." >&2; exit 1; }
  export SWC_TEST_PG
  trap '"$ROOT/scripts/postgres-test-cluster.sh" stop' EXIT
  echo "PostgreSQL test cluster: ${SWC_TEST_PG%%;Password*}"
fi

# PDF receipts and disclosures are drawn in DejaVu Sans (it has every Vietnamese letter).
if ! ls /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf >/dev/null 2>&1 && [[ "$(id -u)" == "0" ]] && command -v apt-get >/dev/null; then
  echo "Installing the DejaVu fonts for PDF output (apt-get install fonts-dejavu-core)..."
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-dejavu-core >/dev/null) || echo "Could not install fonts-dejavu-core"
fi

T0=$SECONDS
elapsed() { local s=$((SECONDS - T0)); printf '%dm%02ds' $((s / 60)) $((s % 60)); }
RESULTS="$(mktemp -d)"
LOAD_AT_START="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
# Each lane's CPU-seconds (user + system, every process it started included, the test host that `dotnet test` ends
# without waiting for too) and wall seconds, summed up at the end: on a 2-core machine the run lasts about its
# CPU-seconds / 2, so this says where to cut (scripts/lane-time.py; without python3 the lanes run untimed).
TIME_BIN="$ROOT/scripts/lane-time.py"; python3 "$TIME_BIN" /dev/null true 2>/dev/null || TIME_BIN=""
timed() { # lane, command...
  local lane="$1"; shift
  if [[ -n "$TIME_BIN" ]]; then python3 "$TIME_BIN" "$RESULTS/$lane.cpu" "$@"; else "$@"; fi
}
# The in-process API's warnings and errors (a failed background job says why only there); printed when a test fails.
export SWC_SERVER_LOG="$RESULTS/server-errors.log"
# The .NET lanes (build, unit and integration tests with the API processes they start, scale-out) spend about a third
# of their CPU in the JIT and the runtime's code-page handling, not in the code under test: without dynamic PGO's
# instrumented tier (hot methods are JIT-compiled twice instead of three times) and without W^X double mapping of the
# JIT's pages, the same tests took about 15-25 % fewer CPU-seconds (issue 13). Neither changes what the code does.
DOTNET_LEAN=(env DOTNET_TieredPGO=0 DOTNET_EnableWriteXorExecute=0)
# The test hosts and the scale-out script's API processes also run without tiering: each method is compiled once, optimised,
# instead of quickly and again when hot (Kpis + Fundraising + Cases tests, two runs each on an idle machine: 67 -> 58 and
# 49 -> 44 CPU-s). Not for the build: the compiler's own precompiled code would never be improved.
DOTNET_LEAN_TESTS=("${DOTNET_LEAN[@]}" DOTNET_TieredCompilation=0)
# The test projects' own runs compile every method with the JIT's quick mode (MinOpts, as tiering's first tier) and never
# again: the integration tests' process runs a dozen API hosts and JIT-compiles about 190,000 methods, most of them
# expression trees and dynamic methods run a few times each, where full optimisation cost more than it saved
# (the integration lane on the shared machine, with the run's one parsed OpenAPI contract: 210 -> 163 CPU-s; the API processes
# the replica tests start inherit it: their migrate command took 6.6 CPU-s fully optimised, 3.3 in quick mode).
DOTNET_LEAN_TEST_RUNS=("${DOTNET_LEAN_TESTS[@]}" DOTNET_JITMinOpts=1)
# The compiler server: one process compiles every project, so the analyzers are loaded and JIT-compiled once instead of once per
# project (a machine may switch it off with UseSharedCompilation=false in the environment; the build asks for it). Stopped when
# the builds are done, so that nothing of this run lingers. A cold build: 142 s and 120 CPU-s without it, 44 s and 56 CPU-s with it.
SHARED_COMPILER=(-p:UseSharedCompilation=true)
stop_compiler_server() { # its CPU-seconds become a lane of their own first: no lane's timer counts a server that outlives the build
  local pid tick
  tick="$(getconf CLK_TCK 2>/dev/null || echo 100)"
  for pid in $(pgrep -x VBCSCompiler 2>/dev/null); do
    awk -v t="$tick" '{ sub(/^.*\) /, ""); printf "0 %.2f %.2f\n", $12 / t, $13 / t }' "/proc/$pid/stat" >>"$RESULTS/compiler-server.cpu" 2>/dev/null
  done
  dotnet build-server shutdown --vbcscompiler >/dev/null 2>&1 || true
}
HAVE_NPM=0; command -v npm >/dev/null && HAVE_NPM=1

# The web portal's packages install while .NET builds. `npm install` honours the committed lock file (it
# lists rollup's optional platform packages, so the install leaves it as it is); it is skipped when
# node_modules already matches the lock file and package.json.
web_install() {
  if [[ -f web/node_modules/.package-lock.json && ! web/package-lock.json -nt web/node_modules/.package-lock.json \
        && ! web/package.json -nt web/node_modules/.package-lock.json ]]; then
    echo "web/node_modules is current with the lock file: not reinstalled"
    return 0
  fi
  (cd web && npm install --no-audit --no-fund --loglevel=error)
}
passed=0; failed=0; skipped=0; status=0
count_json() { # file, node expression over `r` -> "passed failed skipped"
  node -e "const r=require(process.argv[1]); const [p,f,s]=$2; console.log(p,f,s)" "$1" 2>/dev/null || echo "0 1 0"
}

# The web portal's install and checks (type check, build, bundle budget, lint with the feature boundaries,
# component tests) run beside the .NET build and tests: each half leaves the other core free much of the
# time. Each step writes its output to its own log, printed after the .NET tests, and its exit code to a file.
web_checks() {
  local name
  step() { # id, command...
    name="$1"; shift
    local started=$SECONDS
    (cd web && timed "web-$name" "$@") >"$RESULTS/web-$name.log" 2>&1
    echo $? >"$RESULTS/web-$name.rc"
    echo $((SECONDS - started)) >"$RESULTS/web-$name.seconds"
  }
  timed npm-install bash -c "$(declare -f web_install); web_install" >"$RESULTS/npm-install.log" 2>&1
  local installed=$?
  echo $installed >"$RESULTS/npm-install.rc"
  [[ $installed == 0 ]] || return
  # Vite bundles first (the end-to-end run waits for it), then `tsc -b` once (type check; both tsconfigs are
  # noEmit): no second tsc.
  step build npx vite build
  # The component tests wait on the screen with a clock (findBy, waitFor): at the ordinary priority. The type check,
  # lint and Spectral have no clock: they run at a lower one (nice), in the gaps the build, the .NET tests and the
  # browser leave, instead of taking a core from them (issue 13).
  step size npm run --silent size
  # The chain at the lower priority starts beside the component tests, not after them: run after them, it was the
  # suite's last 100 s, when the .NET tests had finished and one core was idle.
  (
    step typecheck nice -n 10 npm run --silent typecheck
    step lint nice -n 10 npm run --silent lint
    # The committed OpenAPI document against Spectral's OpenAPI ruleset (web/.spectral.yaml): clean, warnings included.
    step spectral nice -n 10 npm run --silent spectral
  ) &
  step vitest npx vitest run --reporter=default --reporter=json --outputFile="$RESULTS/vitest.json"
  wait
}

if [[ $HAVE_NPM == 1 ]]; then
  web_checks &
  WEB_CHECKS_PID=$!
fi

if [[ $HAVE_NPM == 1 ]]; then
  # Debian's headless shell renders the journeys for about 40 % fewer CPU-seconds than the full browser (web/e2e/support/chromium.ts);
  # the full chromium serves when the shell cannot be installed.
  if [[ -z "${CHROME_PATH:-}" ]] && ! command -v chromium-headless-shell >/dev/null; then
    if [[ "$(id -u)" == "0" ]] && command -v apt-get >/dev/null; then
      echo "Installing Debian's chromium-headless-shell for the end-to-end tests..."
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium-headless-shell >/dev/null) \
        || (DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || echo "Could not install chromium"
    fi
  fi
  # The report journey renders its PDF's first page (poppler) and reads it back with OCR in Vietnamese (tesseract).
  if { ! command -v pdftoppm >/dev/null || ! command -v tesseract >/dev/null || ! tesseract --list-langs 2>/dev/null | grep -qx vie; } \
    && [[ "$(id -u)" == "0" ]] && command -v apt-get >/dev/null; then
    echo "Installing poppler-utils and tesseract-ocr (Vietnamese) for the report PDF check..."
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils tesseract-ocr tesseract-ocr-vie >/dev/null) \
      || echo "Could not install poppler-utils/tesseract-ocr"
  fi
fi

# The Kubernetes manifests (issue 16) need no build: rendered and validated beside it (after the apt installs above,
# so two installs never wait on dpkg's lock). Its report comes after the .NET tests.
(timed kubernetes scripts/validate-kubernetes.sh >"$RESULTS/kubernetes.log" 2>&1; echo $? >"$RESULTS/kubernetes.rc") &
KUBERNETES_PID=$!

dotnet tool restore >/dev/null
build_failed() {
  stop_compiler_server
  [[ -z "${WEB_CHECKS_PID:-}" ]] || kill "$WEB_CHECKS_PID" 2>/dev/null
  # The end-to-end run may have started on the API already: Playwright stops its browser and API on SIGTERM.
  [[ -z "${E2E_PID:-}" ]] || { pkill -TERM -P "$E2E_PID" 2>/dev/null; kill "$E2E_PID" 2>/dev/null; }
  echo "0 passed, 1 failed"; exit 1
}
# The API first: the end-to-end journeys need only it (and the bundled portal), so they start while the test
# projects, the generated client and the benchmarks build (issue 13: the browser lane no longer waits for them).
echo "Building... ($(elapsed))"
timed restore "${DOTNET_LEAN[@]}" dotnet restore SocialWorkCloud.sln -nologo -v quiet || build_failed
timed build-api "${DOTNET_LEAN[@]}" dotnet build api/SocialWorkCloud.Api -c Debug --no-restore -nologo -v quiet -clp:ErrorsOnly "${SHARED_COMPILER[@]}" || build_failed
echo "Built the API ($(elapsed))"

# The end-to-end journeys in a real headless Chromium against the real API (the Debug build above, not
# rebuilt) with the demo data, serving the portal just bundled. They wait mostly on the browser and the API,
# so they run beside the .NET build and tests instead of after them: the run is as long as its longest half.
if [[ $HAVE_NPM == 1 ]]; then
  while [[ ! -f "$RESULTS/web-build.rc" ]] && kill -0 "$WEB_CHECKS_PID" 2>/dev/null; do sleep 1; done
  if [[ "$(cat "$RESULTS/web-build.rc" 2>/dev/null)" == "0" ]]; then
    E2E_STARTED_AT="$(elapsed)"; echo "== web: end-to-end started beside the .NET build and tests ($E2E_STARTED_AT)"
    (cd web && PLAYWRIGHT_JSON_OUTPUT_NAME="$RESULTS/e2e.json" timed e2e npx playwright test --reporter=list,json >"$RESULTS/e2e.log" 2>&1; echo $? >"$RESULTS/e2e.rc") &
    E2E_PID=$!
  else
    echo "The portal did not build: no end-to-end run" >"$RESULTS/e2e.log"
  fi
fi

timed build-rest "${DOTNET_LEAN[@]}" dotnet build SocialWorkCloud.sln -c Debug --no-restore -nologo -v quiet -clp:ErrorsOnly "${SHARED_COMPILER[@]}" || build_failed
stop_compiler_server
echo "Built ($(elapsed))"

# Scale-out (issue 16): nginx + two API replicas + a worker + PostgreSQL + Redis as real processes, on a cluster
# and ports of their own. It waits mostly (a database stopped for 10 s, replicas killed and restarted), so it runs
# beside the .NET tests instead of after them; its report comes after theirs.
(timed scale-out "${DOTNET_LEAN_TESTS[@]}" scripts/scale-out-test.sh >"$RESULTS/scale-out.log" 2>&1; echo $? >"$RESULTS/scale-out.rc") &
SCALE_OUT_PID=$!
SCALE_OUT_STARTED_AT="$(elapsed)"

# A test project's run, its output to a log of its own (the unit tests run beside the integration tests), then its report.
start_tests() {
  local name
  name="$(basename "$1")"
  echo "== $name started ($(elapsed))"
  local started=$SECONDS
  LANE_LINGER=20 timed "$name" "${DOTNET_LEAN_TEST_RUNS[@]}" dotnet test "$1" --no-build -nologo --logger "trx;LogFileName=$name.trx" --results-directory "$RESULTS" >"$RESULTS/$name.log" 2>&1
  echo $((SECONDS - started)) >"$RESULTS/$name.seconds"
}
run_tests() {
  local project="$1" name
  name="$(basename "$project")"
  echo "== $name ($(cat "$RESULTS/$name.seconds" 2>/dev/null || echo '?') s, reported at $(elapsed))"
  grep -vE "^\s*$|^Results File|^A total of|^Test run for|^Starting test|VSTest version" "$RESULTS/$name.log" || true
  local counters
  counters="$(grep -o '<Counters [^>]*>' "$RESULTS/$name.trx" 2>/dev/null | head -1)"
  if [[ -z "$counters" ]]; then echo "No test results from $name" >&2; status=1; failed=$((failed + 1)); return; fi
  local total p f
  total="$(sed -E 's/.* total="([0-9]+)".*/\1/' <<<"$counters")"
  p="$(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters")"
  f="$(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters")"
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + total - p - f))
  [[ "$f" == "0" && "$total" != "0" ]] || status=1
  if [[ "$f" != "0" && -s "$SWC_SERVER_LOG" ]]; then
    echo "-- the API's own errors and Hangfire's during the run (the last 80 lines, exceptions without their stacks):"
    grep -E -A8 "^[0-9:.]+ (Error|Fatal) (SocialWorkCloud|Hangfire)" "$SWC_SERVER_LOG" | grep -vE "^\s+at " | tail -80
  fi
  local reason
  reason="$(grep -o 'No Docker engine[^<]*' "$RESULTS/$name.trx" 2>/dev/null | head -1 || true)"
  [[ -z "$reason" ]] || echo "Skipped: $((total - p - f)) SQL Server tests. $reason"
}

start_tests tests/SocialWorkCloud.UnitTests &
UNIT_PID=$!
start_tests tests/SocialWorkCloud.IntegrationTests
wait "$UNIT_PID"
run_tests tests/SocialWorkCloud.UnitTests
run_tests tests/SocialWorkCloud.IntegrationTests
# The OpenAPI fuzz's one-line summary per database (Contract/OpenApiFuzzTests, issue 19).
grep -ho 'OpenAPI fuzz on [^&<]*' "$RESULTS/SocialWorkCloud.IntegrationTests.trx" 2>/dev/null | sort -u || true

# Deployment and scale-out (issue 16): the Kubernetes manifests rendered and validated against the schemas, and
# nginx + two API replicas + a worker + PostgreSQL + Redis as real processes. Each prints "N passed, N failed".
report_script() { # name, exit code
  local name="$1" rc="$2"
  grep -vE "^\[|^\s+at " "$RESULTS/$name.log" | tail -40
  local line p f
  line="$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$RESULTS/$name.log" | tail -1)"
  p="$(sed -E 's/^([0-9]+) passed.*/\1/' <<<"${line:-0 passed, 1 failed}")"
  f="$(sed -E 's/^[0-9]+ passed, ([0-9]+) failed.*/\1/' <<<"${line:-0 passed, 1 failed}")"
  passed=$((passed + p)); failed=$((failed + f))
  [[ $rc == 0 && "$f" == "0" ]] || { status=1; [[ "$f" != "0" ]] || failed=$((failed + 1)); }
}
wait "$KUBERNETES_PID"
echo "== kubernetes (run beside the build)"
report_script kubernetes "$(cat "$RESULTS/kubernetes.rc" 2>/dev/null || echo 1)"
wait "$SCALE_OUT_PID"
echo "== scale-out (started at $SCALE_OUT_STARTED_AT, beside the .NET tests; reported at $(elapsed))"
report_script scale-out "$(cat "$RESULTS/scale-out.rc" 2>/dev/null || echo 1)"

if [[ $HAVE_NPM == 1 ]]; then
  echo "== web: install, lint, OpenAPI lint (Spectral), type check, component tests, build, bundle budget (run beside the .NET tests)"
  wait "$WEB_CHECKS_PID"
  cat "$RESULTS/npm-install.log"
  if [[ "$(cat "$RESULTS/npm-install.rc" 2>/dev/null)" != "0" ]]; then
    echo "npm install failed"; failed=$((failed + 1)); status=1
  else
    for name in lint spectral typecheck vitest build size; do
      echo "== web: $name ($(cat "$RESULTS/web-$name.seconds" 2>/dev/null || echo '?') s)"
      cat "$RESULTS/web-$name.log" 2>/dev/null
      rc="$(cat "$RESULTS/web-$name.rc" 2>/dev/null || echo 1)"
      if [[ $name == vitest ]]; then
        [[ "$rc" == "0" ]] || status=1
        read -r p f s < <(count_json "$RESULTS/vitest.json" '[r.numPassedTests, r.numFailedTests + (r.numTotalTestSuites && !r.success && !r.numFailedTests ? 1 : 0), r.numPendingTests + r.numTodoTests]')
        passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
      elif [[ "$rc" == "0" ]]; then passed=$((passed + 1)); else echo "web: $name FAILED"; failed=$((failed + 1)); status=1; fi
    done
  fi

  echo "== web: end-to-end (Playwright, headless Chromium, real API; started at ${E2E_STARTED_AT:-?}) ($(elapsed))"
  if [[ -n "${E2E_PID:-}" ]]; then wait "$E2E_PID"; fi
  cat "$RESULTS/e2e.log" 2>/dev/null
  [[ "$(cat "$RESULTS/e2e.rc" 2>/dev/null || echo 1)" == "0" ]] || status=1
  read -r p f s < <(count_json "$RESULTS/e2e.json" '[r.stats.expected + r.stats.flaky, r.stats.unexpected + (r.errors?.length ?? 0), r.stats.skipped]')
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
  echo "Screenshots of the main screens: web/e2e-results/screenshots/"
else
  echo "Node.js 20 with npm is required for the web portal tests." >&2; failed=$((failed + 1)); status=1
fi

# Where the CPU went (see `timed`): the lanes overlap, so their wall times add up to more than the run's.
if [[ -n "$TIME_BIN" ]]; then
  echo
  echo "CPU-seconds per lane (user+system, its processes included) / wall seconds; load at the start $LOAD_AT_START, at the end $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null):"
  for lane in restore build-api build-rest compiler-server kubernetes npm-install web-build web-vitest web-size web-typecheck web-lint web-spectral e2e \
              SocialWorkCloud.UnitTests SocialWorkCloud.IntegrationTests scale-out; do
    [[ -s "$RESULTS/$lane.cpu" ]] || continue
    tail -1 "$RESULTS/$lane.cpu" | awk -v lane="$lane" '{ printf "  %-34s %7.1f cpu-s %7.1f s\n", lane, $2 + $3, $1 }'
  done
  cat "$RESULTS"/*.cpu 2>/dev/null | awk 'NF == 3 { cpu += $2 + $3 } END { printf "  %-34s %7.1f cpu-s\n", "all lanes", cpu }'
fi

echo
echo "Wall time: $(elapsed)"
echo "Total: $passed passed, $failed failed, $skipped skipped"
exit $status
