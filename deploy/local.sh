#!/usr/bin/env bash
# KpiTracker: local development and CI helper.
#
# Runs a private PostgreSQL 15 cluster (no system service, no shared port), builds and runs the app,
# and runs the whole test suite against a throwaway cluster. See `deploy/local.sh help`.
set -euo pipefail

REPO="$(cd "$(dirname "$0")/.." && pwd)"
DATA_HOME="$REPO/.data"

PG_BIN="${KPI_PG_BIN:-/usr/lib/postgresql/15/bin}"
PG_PORT="${KPI_PG_PORT:-55432}"
APP_PORT="${KPI_PORT:-5080}"
TEST_PG_PORT="${KPI_TEST_PG_PORT:-55433}"
DB_NAME="kpitracker"
WEB_PROJECT="$REPO/src/KpiTracker.Web/KpiTracker.Web.csproj"
APP_PID_FILE="$DATA_HOME/app.pid"
PW_COPY="$DATA_HOME/pg.password"
PG_LOCATION_FILE="$DATA_HOME/pg-location"

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

IS_ROOT=0
[[ "$(id -u)" == "0" ]] && IS_ROOT=1

log()  { printf '[local.sh] %s\n' "$*" >&2; }
die()  { printf '[local.sh] ERROR: %s\n' "$*" >&2; exit 1; }

usage() {
  cat <<EOF
Usage: deploy/local.sh <command> [options]

Development and CI helper for KpiTracker. Uses a private PostgreSQL 15 cluster
(binaries from $PG_BIN); when run as root the database server runs as the
'postgres' user, otherwise as you.

Commands:
  run     Start (or reuse) the persistent dev database, build the web app (Release),
          apply migrations, seed demo data and serve it on http://127.0.0.1:\$KPI_PORT.
          Prints the URL, the API docs URL and the demo sign-ins. Ctrl-C stops the
          app and the database; data is kept for the next 'run'.
  test [PROJECT] [-- DOTNET_TEST_ARGS...]
          Run the tests against a throwaway PostgreSQL cluster (deleted afterwards).
          Installs missing test tools first when root (chromium for browser tests,
          poppler-utils and qpdf for report tests). Builds and tests KpiTracker.sln,
          or only PROJECT when given, e.g.
              deploy/local.sh test tests/KpiTracker.Domain.Tests
              deploy/local.sh test -- --filter "FullyQualifiedName~Scorecard"
              deploy/local.sh test tests/KpiTracker.IntegrationTests -- --filter Category=Api
          The last line printed is 'N passed, N failed[, N skipped]'; exit code 0 only
          when nothing failed.
  db      Start (or reuse) the persistent dev database and print export lines:
              eval "\$(deploy/local.sh db)"
          sets ConnectionStrings__Kpi (for the app from an IDE) and KPI_TEST_PG (for
          'dotnet test tests/X'). The cluster keeps running until 'stop'.
  stop    Stop an app started by 'run' and the persistent dev database.
  reset   'stop', then delete the dev database files, .data/storage and the
          pid/password files. Asks no questions.
  help    This text.

Environment:
  KPI_PG_PORT        port of the persistent dev database         (default 55432)
  KPI_PORT           port of the app started by 'run'            (default 5080)
  KPI_DEMO_PASSWORD  demo accounts' password; passed to the app when set
  KPI_TEST_PG_PORT   first port tried for the test cluster       (default 55433;
                     the next 20 ports are tried when it is busy)
  KPI_TEST_RESULTS   keep the TRX files in this folder (default: a temp folder, deleted)

Files:
  .data/pg (or, as root, /var/tmp/kpitracker-<hash>/pg recorded in .data/pg-location)
                     the dev cluster: data/, postgres.log, socket folder, password
  .data/pg.password  the dev cluster's password for user 'postgres'
  .data/storage      evidence files stored by the app
  .data/app.pid      pid of the app started by 'run'
EOF
}

# ---------------------------------------------------------------------------------------------
# apt helpers
# ---------------------------------------------------------------------------------------------
APT_UPDATED=0
apt_install() {
  # apt_install PKG... ; root only. Runs 'apt-get update' once per script run.
  if [[ $IS_ROOT -ne 1 ]]; then
    return 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  if [[ $APT_UPDATED -eq 0 ]]; then
    log "apt-get update"
    apt-get update -q >&2
    APT_UPDATED=1
  fi
  log "apt-get install -y $*"
  apt-get install -y -q --no-install-recommends "$@" >&2
}

ensure_pg_binaries() {
  if [[ -x "$PG_BIN/initdb" && -x "$PG_BIN/pg_ctl" && -x "$PG_BIN/postgres" ]]; then
    return 0
  fi
  if [[ $IS_ROOT -eq 1 ]]; then
    apt_install postgresql || die "installing the Debian 'postgresql' package failed"
    [[ -x "$PG_BIN/initdb" ]] || die "the 'postgresql' package is installed but $PG_BIN/initdb is missing (expected PostgreSQL 15; set KPI_PG_BIN to its bin folder)"
  else
    die "PostgreSQL 15 server binaries not found in $PG_BIN. Install them first, e.g. 'sudo apt-get install postgresql' (Debian 12), or set KPI_PG_BIN to the folder holding initdb/pg_ctl/postgres."
  fi
}

ensure_test_tools() {
  local missing=()
  if [[ -d "$REPO/tests/KpiTracker.BrowserTests" ]] && ! command -v chromium >/dev/null 2>&1; then
    missing+=(chromium)
  fi
  if [[ -d "$REPO/tests/KpiTracker.Reports.Tests" ]]; then
    command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
    command -v qpdf >/dev/null 2>&1 || missing+=(qpdf)
  fi
  [[ ${#missing[@]} -eq 0 ]] && return 0
  if [[ $IS_ROOT -eq 1 ]]; then
    apt_install "${missing[@]}" || die "installing ${missing[*]} failed"
  else
    log "WARNING: not root, so not installing: ${missing[*]}. Install them (e.g. 'sudo apt-get install ${missing[*]}'), or the tests that need them will fail."
  fi
}

# ---------------------------------------------------------------------------------------------
# PostgreSQL cluster helpers
# A cluster root holds: data/ (PGDATA), postgres.log, password, sock/ (unix socket folder).
# ---------------------------------------------------------------------------------------------
as_pg() {
  # Run a PostgreSQL binary as the cluster owner: 'postgres' when we are root, else ourselves.
  if [[ $IS_ROOT -eq 1 ]]; then
    (cd / && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

random_password() {
  if command -v openssl >/dev/null 2>&1; then
    openssl rand -hex 16
  else
    head -c16 /dev/urandom | od -An -tx1 | tr -d ' \n'
  fi
}

repo_hash() {
  if command -v sha256sum >/dev/null 2>&1; then
    printf '%s' "$REPO" | sha256sum | cut -c1-12
  else
    printf '%s' "$REPO" | cksum | cut -d' ' -f1
  fi
}

# The persistent (dev) cluster root. Non-root: $REPO/.data/pg. Root: outside /root, which the
# 'postgres' user cannot read, under /var/tmp; the location is recorded in .data/pg-location.
dev_cluster_root() {
  if [[ $IS_ROOT -eq 1 ]]; then
    echo "/var/tmp/kpitracker-$(repo_hash)/pg"
  else
    echo "$DATA_HOME/pg"
  fi
}

port_in_use() {
  # True when something accepts TCP connections on 127.0.0.1:$1.
  local port="$1"
  if command -v timeout >/dev/null 2>&1; then
    timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$port" 2>/dev/null
  else
    bash -c "exec 3<>/dev/tcp/127.0.0.1/$port" 2>/dev/null
  fi
}

# Unix socket paths are limited to ~107 bytes; use a short folder when the root is deep.
socket_dir_for() {
  local root="$1"
  if (( ${#root} <= 70 )); then
    echo "$root/sock"
  else
    echo "${TMPDIR:-/tmp}/kpi-pgsock-$(printf '%s' "$root" | cksum | cut -d' ' -f1)"
  fi
}

make_owned_dir() {
  # make_owned_dir DIR : create DIR (mode 700) owned by the cluster owner.
  mkdir -p "$1"
  if [[ $IS_ROOT -eq 1 ]]; then
    chown postgres:postgres "$1"
  fi
  chmod 700 "$1"
}

cluster_running() {
  # cluster_running DATA : pg_ctl status (exit 0 = running). pg_ctl refuses to run as root.
  local data="$1"
  [[ -f "$data/postmaster.pid" ]] || return 1
  as_pg "$PG_BIN/pg_ctl" -D "$data" status >/dev/null 2>&1
}

cluster_port() {
  # Port recorded by a running postmaster (4th line of postmaster.pid).
  sed -n 4p "$1/postmaster.pid" 2>/dev/null || true
}

cluster_stop() {
  # cluster_stop DATA [MODE]
  local data="$1" mode="${2:-fast}"
  if cluster_running "$data"; then
    log "stopping PostgreSQL in $data"
    as_pg "$PG_BIN/pg_ctl" -D "$data" -m "$mode" -w -t 60 stop >/dev/null 2>&1 || \
      as_pg "$PG_BIN/pg_ctl" -D "$data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
  fi
}

cluster_init() {
  # cluster_init ROOT PASSWORD : initdb when ROOT/data holds no cluster yet.
  local root="$1" pw="$2" data="$1/data"
  if [[ -f "$data/PG_VERSION" ]]; then
    return 0
  fi
  if [[ -d "$data" ]] && [[ -n "$(ls -A "$data" 2>/dev/null)" ]]; then
    die "$data is not empty but holds no PostgreSQL cluster; run 'deploy/local.sh reset' (or delete it)."
  fi
  make_owned_dir "$root"
  make_owned_dir "$data"
  local pwfile="$root/password"
  ( umask 077; printf '%s\n' "$pw" > "$pwfile" )
  [[ $IS_ROOT -eq 1 ]] && chown postgres:postgres "$pwfile"
  chmod 600 "$pwfile"
  log "initdb $data"
  if ! as_pg "$PG_BIN/initdb" -D "$data" -U postgres --pwfile="$pwfile" \
        --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$root/initdb.log" 2>&1; then
    cat "$root/initdb.log" >&2
    die "initdb failed"
  fi
  [[ $IS_ROOT -eq 1 ]] && chown postgres:postgres "$root/initdb.log"
  return 0
}

cluster_start() {
  # cluster_start ROOT PORT "EXTRA -c OPTIONS"
  local root="$1" port="$2" extra="$3"
  local data="$root/data" logf="$root/postgres.log" sock
  sock="$(socket_dir_for "$root")"
  make_owned_dir "$sock"
  if port_in_use "$port"; then
    return 2
  fi
  # Create the log file ourselves so it is owned by the cluster owner.
  touch "$logf"; [[ $IS_ROOT -eq 1 ]] && chown postgres:postgres "$logf"
  log "starting PostgreSQL on 127.0.0.1:$port ($data)"
  if ! as_pg "$PG_BIN/pg_ctl" -D "$data" -l "$logf" -w -t 60 \
        -o "-p $port -k '$sock' -c listen_addresses=127.0.0.1 $extra" start >/dev/null; then
    tail -n 30 "$logf" >&2 || true
    return 1
  fi
}

psql_local() {
  # psql_local ROOT PORT SQL... : superuser psql over the private unix socket (trust auth).
  local root="$1" port="$2"; shift 2
  local sock; sock="$(socket_dir_for "$root")"
  as_pg "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$sock" -p "$port" -U postgres -d postgres -tA "$@"
}

# Starts (or reuses) the persistent dev cluster; sets DEV_ROOT, DEV_PW.
DEV_ROOT=""
DEV_PW=""
dev_cluster_up() {
  local extra="$1"
  ensure_pg_binaries
  if [[ $IS_ROOT -eq 1 ]] && ! id postgres >/dev/null 2>&1; then
    die "running as root but there is no 'postgres' user (install the Debian 'postgresql' package)"
  fi
  mkdir -p "$DATA_HOME"
  DEV_ROOT="$(dev_cluster_root)"
  if [[ $IS_ROOT -eq 1 ]]; then
    make_owned_dir "$(dirname "$DEV_ROOT")"
    printf '%s\n' "$DEV_ROOT" > "$PG_LOCATION_FILE"
  fi
  local data="$DEV_ROOT/data" fresh=0
  if [[ ! -f "$data/PG_VERSION" ]]; then
    fresh=1
    DEV_PW="$(random_password)"
    cluster_init "$DEV_ROOT" "$DEV_PW"
  elif [[ -s "$DEV_ROOT/password" ]]; then
    DEV_PW="$(head -n1 "$DEV_ROOT/password")"
  elif [[ -s "$PW_COPY" ]]; then
    DEV_PW="$(head -n1 "$PW_COPY")"
  fi

  if cluster_running "$data"; then
    local running_port; running_port="$(cluster_port "$data")"
    if [[ "$running_port" == "$PG_PORT" ]]; then
      log "reusing PostgreSQL already running on 127.0.0.1:$PG_PORT ($data)"
    else
      log "PostgreSQL in $data runs on port $running_port, not KPI_PG_PORT=$PG_PORT: restarting it"
      cluster_stop "$data"
    fi
  fi
  if ! cluster_running "$data"; then
    local rc=0
    cluster_start "$DEV_ROOT" "$PG_PORT" "$extra" || rc=$?
    if [[ $rc -eq 2 ]]; then
      die "port $PG_PORT on 127.0.0.1 is already in use by another program; set KPI_PG_PORT to a free port (e.g. KPI_PG_PORT=55442 deploy/local.sh ...)"
    elif [[ $rc -ne 0 ]]; then
      die "PostgreSQL did not start; see $DEV_ROOT/postgres.log"
    fi
  fi

  if [[ -z "$DEV_PW" ]]; then
    # Password file lost: set a new one over the trusted local socket.
    DEV_PW="$(random_password)"
    log "no password file found; setting a new password for user postgres"
    psql_local "$DEV_ROOT" "$PG_PORT" -c "ALTER ROLE postgres PASSWORD '$DEV_PW'" >/dev/null
    ( umask 077; printf '%s\n' "$DEV_PW" > "$DEV_ROOT/password" )
    [[ $IS_ROOT -eq 1 ]] && chown postgres:postgres "$DEV_ROOT/password"
    chmod 600 "$DEV_ROOT/password"
  fi
  ( umask 077; printf '%s\n' "$DEV_PW" > "$PW_COPY" )
  chmod 600 "$PW_COPY"

  # Create the app database up front (EF would create it too, after logging a connection error).
  if [[ "$(psql_local "$DEV_ROOT" "$PG_PORT" -c "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'")" != "1" ]]; then
    psql_local "$DEV_ROOT" "$PG_PORT" -c "CREATE DATABASE $DB_NAME" >/dev/null
    [[ $fresh -eq 1 ]] || log "created database $DB_NAME"
  fi
}

dev_connection_string() {
  echo "Host=127.0.0.1;Port=$PG_PORT;Database=$DB_NAME;Username=postgres;Password=$DEV_PW"
}

# The app connects as kpi_app, a role without the right to change or delete audit records; migrations run as
# the owner (postgres). The role is cluster-wide; its password is the cluster's own (kept in .data).
APP_ROLE="kpi_app"
ensure_app_role() {
  # ensure_app_role ROOT PORT PASSWORD
  psql_local "$1" "$2" -c "DO \$\$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$APP_ROLE') THEN CREATE ROLE $APP_ROLE LOGIN; END IF;
    EXCEPTION WHEN duplicate_object THEN NULL; END \$\$;" >/dev/null
  psql_local "$1" "$2" -c "ALTER ROLE $APP_ROLE LOGIN PASSWORD '$3'" >/dev/null
}

app_connection_string() {
  echo "Host=127.0.0.1;Port=$PG_PORT;Database=$DB_NAME;Username=$APP_ROLE;Password=$DEV_PW"
}

# Locate the persistent cluster root for stop/reset without creating anything.
find_dev_root() {
  if [[ -s "$PG_LOCATION_FILE" ]]; then
    head -n1 "$PG_LOCATION_FILE"
  else
    dev_cluster_root
  fi
}

# ---------------------------------------------------------------------------------------------
# app process helpers
# ---------------------------------------------------------------------------------------------
pid_is_our_app() {
  local pid="$1"
  [[ -n "$pid" && -r "/proc/$pid/cmdline" ]] || return 1
  tr '\0' ' ' < "/proc/$pid/cmdline" | grep -q 'KpiTracker.Web'
}

stop_app_pid() {
  # stop_app_pid PID : SIGTERM, wait up to 10 s, then SIGKILL.
  local pid="$1" i
  kill -0 "$pid" 2>/dev/null || return 0
  log "stopping the app (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 100; i++)); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  log "the app did not stop within 10 s; killing it"
  kill -KILL "$pid" 2>/dev/null || true
}

# ---------------------------------------------------------------------------------------------
# run
# ---------------------------------------------------------------------------------------------
APP_PID=""
RUN_CLEANED=0
run_cleanup() {
  [[ $RUN_CLEANED -eq 1 ]] && return 0
  RUN_CLEANED=1
  if [[ -n "$APP_PID" ]]; then
    stop_app_pid "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
  fi
  rm -f "$APP_PID_FILE"
  if [[ -n "$DEV_ROOT" ]]; then
    cluster_stop "$DEV_ROOT/data" fast
  fi
}

cmd_run() {
  if [[ -s "$APP_PID_FILE" ]] && pid_is_our_app "$(head -n1 "$APP_PID_FILE")"; then
    die "the app is already running (pid $(head -n1 "$APP_PID_FILE")); use 'deploy/local.sh stop' first"
  fi
  if port_in_use "$APP_PORT"; then
    die "port $APP_PORT on 127.0.0.1 is already in use; set KPI_PORT to a free port (e.g. KPI_PORT=5081 deploy/local.sh run)"
  fi

  trap 'run_cleanup; exit 0' INT TERM
  trap 'run_cleanup' EXIT

  dev_cluster_up "-c max_connections=200"
  ensure_app_role "$DEV_ROOT" "$PG_PORT" "$DEV_PW"
  local cs owner_cs; cs="$(app_connection_string)"; owner_cs="$(dev_connection_string)"

  log "building $WEB_PROJECT (Release)"
  dotnet build "$WEB_PROJECT" -c Release -nologo -v q || die "build failed"
  local dll="$REPO/artifacts/bin/KpiTracker.Web/release/KpiTracker.Web.dll"
  if [[ ! -f "$dll" ]]; then
    dll="$(find "$REPO/artifacts/bin/KpiTracker.Web" -name KpiTracker.Web.dll 2>/dev/null | head -1 || true)"
  fi
  [[ -n "$dll" && -f "$dll" ]] || die "KpiTracker.Web.dll not found under $REPO/artifacts/bin/KpiTracker.Web after the build"

  mkdir -p "$DATA_HOME/storage"
  # Demo seeding only: every demo account gets this password (README lists the accounts).
  local demo_pw="${KPI_DEMO_PASSWORD:-Falaj-Frankincense-2026}"
  log "starting $dll on http://127.0.0.1:$APP_PORT"
  (
    cd "$REPO/src/KpiTracker.Web"
    export ConnectionStrings__Kpi="$cs"
    export ConnectionStrings__KpiOwner="$owner_cs"
    export Kpi__DemoPassword="$demo_pw"
    export Kpi__MigrateOnStart=true
    export Kpi__SeedDemoData=true
    export ASPNETCORE_URLS="http://127.0.0.1:$APP_PORT"
    export ASPNETCORE_ENVIRONMENT=Development
    export Kpi__Storage__Path="$DATA_HOME/storage"
    exec dotnet "$dll"
  ) &
  APP_PID=$!
  echo "$APP_PID" > "$APP_PID_FILE"

  local i ready=0 code
  for ((i = 0; i < 180; i++)); do
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      local rc=0
      wait "$APP_PID" || rc=$?
      APP_PID=""
      die "the app exited (code $rc) before it became ready"
    fi
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$APP_PORT/health/ready" 2>/dev/null || true)"
    if [[ "$code" == "200" ]]; then
      ready=1
      break
    fi
    sleep 0.5
  done
  [[ $ready -eq 1 ]] || die "the app did not answer 200 on http://127.0.0.1:$APP_PORT/health/ready within 90 s"

  {
    echo
    echo "=================================================================="
    echo " KpiTracker is running: http://127.0.0.1:$APP_PORT"
    echo " API docs: http://127.0.0.1:$APP_PORT/scalar"
    echo " Database: 127.0.0.1:$PG_PORT/$DB_NAME (user postgres, password in .data/pg.password)"
    if [[ -f "$REPO/deploy/demo-accounts.txt" ]]; then
      echo
      echo " Demo sign-ins:"
      cat "$REPO/deploy/demo-accounts.txt"
      [[ -n "$demo_pw" ]] && echo " Password for all demo accounts: $demo_pw"
    fi
    echo
    echo " Press Ctrl-C to stop the app and the database (data is kept)."
    echo "=================================================================="
    echo
  }

  local rc=0
  wait "$APP_PID" || rc=$?
  # Reached when the app exits by itself (a trapped signal exits in the trap).
  APP_PID=""
  log "the app exited (code $rc)"
  run_cleanup
  trap - EXIT
  exit "$rc"
}

# ---------------------------------------------------------------------------------------------
# test
# ---------------------------------------------------------------------------------------------

# sum_trx DIR : prints "PASSED FAILED SKIPPED" summed over the <Counters> of every *.trx under DIR
# (failed = failed+error+timeout+aborted; skipped = max(notExecuted, total-executed));
# prints nothing when no .trx file exists.
trx_attr() {
  # trx_attr "COUNTERS-ELEMENT" NAME -> number (0 when absent). The leading space keeps 'passed'
  # from matching 'passedButRunAborted'.
  local v
  v="$(printf '%s\n' "$1" | sed -n "s/.*[[:space:]]$2=\"\([0-9]*\)\".*/\1/p" | head -n1)"
  echo "${v:-0}"
}

sum_trx() {
  local dir="$1" f counters passed=0 failed=0 skipped=0 found=0
  while IFS= read -r -d '' f; do
    found=1
    counters="$(tr -d '\r\n' < "$f" | grep -o '<Counters[[:space:]][^>]*>' | head -n1 || true)"
    [[ -n "$counters" ]] || { failed=$((failed + 1)); continue; }
    passed=$((passed + $(trx_attr "$counters" passed)))
    failed=$((failed + $(trx_attr "$counters" failed) + $(trx_attr "$counters" error) \
                     + $(trx_attr "$counters" timeout) + $(trx_attr "$counters" aborted)))
    # VSTest's TRX logger leaves notExecuted="0" for skipped tests; they show only as
    # total - executed. Take whichever is larger.
    local not_exec not_run
    not_exec=$(trx_attr "$counters" notExecuted)
    not_run=$(( $(trx_attr "$counters" total) - $(trx_attr "$counters" executed) ))
    (( not_run > not_exec )) && not_exec=$not_run
    skipped=$((skipped + not_exec))
  done < <(find "$dir" -type f -name '*.trx' -print0 2>/dev/null)
  [[ $found -eq 1 ]] || return 0
  echo "$passed $failed $skipped"
}

summary_line() {
  # summary_line PASSED FAILED SKIPPED
  if (( $3 > 0 )); then
    echo "$1 passed, $2 failed, $3 skipped"
  else
    echo "$1 passed, $2 failed"
  fi
}

TEST_TMP=""
TEST_RESULTS_TMP=""
test_cleanup() {
  if [[ -n "$TEST_TMP" && -d "$TEST_TMP" ]]; then
    if [[ -f "$TEST_TMP/data/postmaster.pid" ]]; then
      as_pg "$PG_BIN/pg_ctl" -D "$TEST_TMP/data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
    fi
    local sock; sock="$(socket_dir_for "$TEST_TMP")"
    [[ "$sock" == "$TEST_TMP/"* ]] || rm -rf "$sock"
    rm -rf "$TEST_TMP"
  fi
  if [[ -n "$TEST_RESULTS_TMP" && -d "$TEST_RESULTS_TMP" ]]; then
    rm -rf "$TEST_RESULTS_TMP"
  fi
}

cmd_test() {
  local target="$REPO/KpiTracker.sln"
  local -a test_args=()
  while [[ $# -gt 0 ]]; do
    if [[ "$1" == "--" ]]; then
      shift
      test_args=("$@")
      break
    fi
    case "$1" in
      -h|--help) usage; return 0 ;;
      -*) die "unknown option '$1' (pass dotnet test options after '--')" ;;
      *)
        if [[ -e "$1" ]]; then target="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
        elif [[ -e "$REPO/$1" ]]; then target="$REPO/$1"
        else die "no such test project: $1"
        fi
        shift ;;
    esac
  done

  ensure_pg_binaries
  if [[ $IS_ROOT -eq 1 ]] && ! id postgres >/dev/null 2>&1; then
    die "running as root but there is no 'postgres' user (install the Debian 'postgresql' package)"
  fi
  ensure_test_tools

  trap 'test_cleanup' EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM

  # Throwaway cluster.
  local tmp_parent="/var/tmp"
  [[ $IS_ROOT -eq 1 ]] || tmp_parent="${TMPDIR:-/tmp}"
  [[ -d "$tmp_parent" && -w "$tmp_parent" ]] || tmp_parent="/tmp"
  TEST_TMP="$(mktemp -d "$tmp_parent/kpitracker-test-pg.XXXXXX")"
  local pw; pw="$(random_password)"
  cluster_init "$TEST_TMP" "$pw"

  local port="$TEST_PG_PORT" last=$((TEST_PG_PORT + 20)) started=0 rc
  local extra="-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300"
  while (( port <= last )); do
    rc=0
    cluster_start "$TEST_TMP" "$port" "$extra" || rc=$?
    if [[ $rc -eq 0 ]]; then started=1; break; fi
    if [[ $rc -eq 1 ]] && ! grep -qi 'could not bind\|address already in use' "$TEST_TMP/postgres.log"; then
      die "the test PostgreSQL did not start"
    fi
    port=$((port + 1))
  done
  [[ $started -eq 1 ]] || die "no free port for the test PostgreSQL in $TEST_PG_PORT..$last; set KPI_TEST_PG_PORT"

  export KPI_TEST_PG="Host=127.0.0.1;Port=$port;Username=postgres;Password=$pw;Pooling=true;Maximum Pool Size=50"
  if [[ -x /usr/bin/chromium ]]; then
    export KPI_TEST_CHROMIUM=/usr/bin/chromium
  fi
  log "test PostgreSQL on 127.0.0.1:$port (KPI_TEST_PG exported)"

  local results
  if [[ -n "${KPI_TEST_RESULTS:-}" ]]; then
    mkdir -p "$KPI_TEST_RESULTS"
    results="$(cd "$KPI_TEST_RESULTS" && pwd)"
    find "$results" -maxdepth 2 -name '*.trx' -type f -delete 2>/dev/null || true
  else
    TEST_RESULTS_TMP="$(mktemp -d "${TMPDIR:-/tmp}/kpitracker-test-results.XXXXXX")"
    results="$TEST_RESULTS_TMP"
  fi

  log "dotnet build $target -c Release"
  if ! dotnet build "$target" -c Release -nologo; then
    echo "Build failed; no tests were run."
    echo "0 passed, 1 failed"
    exit 1
  fi

  local -a runsettings=(RunConfiguration.TestSessionTimeout=3000000)
  local has_sep=0 a
  for a in "${test_args[@]+"${test_args[@]}"}"; do [[ "$a" == "--" ]] && has_sep=1; done
  [[ $has_sep -eq 1 ]] || runsettings=(-- "${runsettings[@]}")

  log "dotnet test $target -c Release --no-build"
  local test_rc=0
  dotnet test "$target" -c Release --no-build --logger "trx" --results-directory "$results" \
    "${test_args[@]+"${test_args[@]}"}" "${runsettings[@]}" || test_rc=$?

  local sums passed=0 failed=0 skipped=0
  sums="$(sum_trx "$results")"
  if [[ -z "$sums" ]]; then
    log "no TRX result file was written (no tests ran, or the test run crashed)"
    failed=1
  else
    read -r passed failed skipped <<<"$sums"
    if (( passed + failed + skipped == 0 )); then
      log "WARNING: no test ran (check the project path and any --filter)"
    fi
  fi
  if [[ $test_rc -ne 0 && $failed -eq 0 ]]; then
    log "dotnet test exited with code $test_rc although no test failed (crashed test host?)"
    failed=1
  fi
  [[ -n "${KPI_TEST_RESULTS:-}" ]] && log "TRX files kept in $results"

  summary_line "$passed" "$failed" "$skipped"
  if [[ $failed -eq 0 && $test_rc -eq 0 ]]; then
    exit 0
  fi
  exit 1
}

# ---------------------------------------------------------------------------------------------
# stop / reset / db
# ---------------------------------------------------------------------------------------------
cmd_stop() {
  if [[ -s "$APP_PID_FILE" ]]; then
    local pid; pid="$(head -n1 "$APP_PID_FILE")"
    if pid_is_our_app "$pid"; then
      stop_app_pid "$pid"
    fi
    rm -f "$APP_PID_FILE"
  fi
  local root; root="$(find_dev_root)"
  if [[ -f "$root/data/postmaster.pid" ]]; then
    if [[ -x "$PG_BIN/pg_ctl" ]]; then
      cluster_stop "$root/data" fast
    else
      log "WARNING: $PG_BIN/pg_ctl not found; cannot stop the cluster in $root/data"
    fi
  fi
  log "stopped"
}

cmd_reset() {
  cmd_stop
  local root; root="$(find_dev_root)"
  local -a roots=("$root")
  [[ "$root" == "$(dev_cluster_root)" ]] || roots+=("$(dev_cluster_root)")
  local r
  for r in "${roots[@]}"; do
    case "$r" in
      "$DATA_HOME"/pg|/var/tmp/kpitracker-*/pg) ;;
      *) log "WARNING: not deleting unexpected cluster location '$r'"; continue ;;
    esac
    if [[ -d "$r" ]]; then
      log "deleting $r"
      rm -rf "$(socket_dir_for "$r")" "$r"
      local parent; parent="$(dirname "$r")"
      [[ "$parent" == /var/tmp/kpitracker-* ]] && rmdir "$parent" 2>/dev/null || true
    fi
  done
  rm -rf "$DATA_HOME/storage"
  rm -f "$APP_PID_FILE" "$PW_COPY" "$PG_LOCATION_FILE"
  log "reset done"
}

cmd_db() {
  dev_cluster_up "-c max_connections=200" >&2
  ensure_app_role "$DEV_ROOT" "$PG_PORT" "$DEV_PW" >&2
  echo "export ConnectionStrings__Kpi=\"$(app_connection_string)\""
  echo "export ConnectionStrings__KpiOwner=\"$(dev_connection_string)\""
  echo "export KPI_TEST_PG=\"Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=$DEV_PW;Pooling=true;Maximum Pool Size=50\""
  log "PostgreSQL keeps running on 127.0.0.1:$PG_PORT; stop it with 'deploy/local.sh stop'"
}

# ---------------------------------------------------------------------------------------------
main() {
  local cmd="${1:-help}"
  [[ $# -gt 0 ]] && shift
  case "$cmd" in
    run)   cmd_run "$@" ;;
    test)  cmd_test "$@" ;;
    stop)  cmd_stop "$@" ;;
    reset) cmd_reset "$@" ;;
    db)    cmd_db "$@" ;;
    help|-h|--help) usage ;;
    *) die "unknown command '$cmd' (see 'deploy/local.sh help')" ;;
  esac
}

main "$@"
