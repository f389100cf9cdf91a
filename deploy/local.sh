#!/usr/bin/env bash
# KpiTracker: the development and CI helper (never for production). `deploy/local.sh help` lists the commands.
#
# The dev database is a private PostgreSQL 15 cluster of this checkout (initdb + pg_ctl, no system service), kept between
# runs. The tests get a throwaway cluster from Debian's pg_virtualenv. PostgreSQL refuses to run as root, so as root the
# servers run as the 'postgres' user, and the dev cluster lives under /var/tmp (that user cannot read /root).
set -euo pipefail

REPO="$(cd "$(dirname "$0")/.." && pwd)"
DATA_HOME="$REPO/.data"
PG_BIN="${KPI_PG_BIN:-/usr/lib/postgresql/15/bin}"
PG_PORT="${KPI_PG_PORT:-55432}"
APP_PORT="${KPI_PORT:-5080}"
DB_NAME=kpitracker
APP_ROLE=kpi_app   # the app's role: it may not change or delete audit records; migrations run as postgres
PW_COPY="$DATA_HOME/pg.password"
APP_PID_FILE="$DATA_HOME/app.pid"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

IS_ROOT=$(($(id -u) == 0))

log() { printf '[local.sh] %s\n' "$*" >&2; }
die() { printf '[local.sh] ERROR: %s\n' "$*" >&2; exit 1; }

usage() {
  cat <<EOF
Usage: deploy/local.sh <command> [options]

Commands:
  run     Start (or reuse) the dev database, build the web app (Release), apply the migrations, seed the demo
          data and serve it on http://127.0.0.1:\$KPI_PORT. Ctrl-C stops the app and the database; data is kept.
  test [PROJECT] [-- DOTNET_TEST_ARGS...]
          Build and run the tests (KpiTracker.sln, or only PROJECT) against a throwaway PostgreSQL from
          pg_virtualenv. As root, first installs what the tests need (postgresql, chromium, poppler-utils, qpdf).
              deploy/local.sh test tests/KpiTracker.Domain.Tests
              deploy/local.sh test tests/KpiTracker.IntegrationTests -- --filter "FullyQualifiedName~Scorecard"
          The last line, read from the TRX files, is 'N passed, N failed[, N skipped]'; exit code 0 only when
          nothing failed.
  db      Start (or reuse) the dev database and print export lines: eval "\$(deploy/local.sh db)" sets
          ConnectionStrings__Kpi, ConnectionStrings__KpiOwner and KPI_TEST_PG. It runs until 'stop'.
  stop    Stop an app started by 'run' and the dev database.
  reset   'stop', then delete the dev database, .data/storage, the audit key and head file, the pid and password files.
  help    This text.

Environment:
  KPI_PG_PORT        port of the dev database                        (default 55432)
  KPI_PORT           port of the app started by 'run'                (default 5080)
  KPI_DEMO_PASSWORD  the demo accounts' password                     (default Falaj-Frankincense-2026)
  KPI_TEST_PG_PORT   port of the test cluster (default: pg_virtualenv takes the first free one from 5432)
  KPI_TEST_RESULTS   keep the TRX files in this folder               (default: a temporary folder, deleted)
  KPI_PG_BIN         PostgreSQL's bin folder                         (default /usr/lib/postgresql/15/bin)

Files: .data/pg (as root /var/tmp/kpitracker-<hash>/pg) the dev cluster with its log; .data/pg.password the
password of user postgres; .data/storage the evidence files; .data/app.pid the app started by 'run';
.data/audit-mac.key the audit MAC key 'run' makes once; .data/audit-head.jsonl its audit head exports.
EOF
}

# --- packages ----------------------------------------------------------------------------------------------------------

APT_UPDATED=0
apt_install() {
  [[ $IS_ROOT -eq 1 ]] || return 1
  export DEBIAN_FRONTEND=noninteractive
  if [[ $APT_UPDATED -eq 0 ]]; then apt-get update -q >&2; APT_UPDATED=1; fi
  log "apt-get install $*"
  apt-get install -y -q --no-install-recommends "$@" >&2
}

# need PACKAGE TEST... : installs PACKAGE (root) or stops with a hint when any TEST command fails.
need() {
  local package="$1" check; shift
  for check in "$@"; do
    eval "$check" >/dev/null 2>&1 && continue
    [[ $IS_ROOT -eq 1 ]] || die "$package is missing: install it (sudo apt-get install $package)"
    apt_install "$package" || die "installing $package failed"
    return
  done
}

ensure_postgres() {
  need postgresql "[[ -x '$PG_BIN/initdb' ]]" "command -v pg_virtualenv"
  [[ $IS_ROOT -eq 0 ]] || id postgres >/dev/null 2>&1 || die "running as root but there is no 'postgres' user"
}

# --- the dev cluster ---------------------------------------------------------------------------------------------------

as_pg() { if [[ $IS_ROOT -eq 1 ]]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi; }

dev_root() {
  if [[ $IS_ROOT -eq 1 ]]; then
    echo "/var/tmp/kpitracker-$(printf '%s' "$REPO" | sha256sum | cut -c1-12)/pg"
  else
    echo "$DATA_HOME/pg"
  fi
}

ROOT="$(dev_root)"
DATA="$ROOT/data"
SOCK="$ROOT/sock"
# A Unix socket's path has at most 107 bytes: a deep checkout puts the socket under /tmp instead.
((${#SOCK} < 80)) || SOCK="/tmp/kpi-pgsock-$(printf '%s' "$ROOT" | sha256sum | cut -c1-12)"

owned_dir() { mkdir -p "$1"; chmod 700 "$1"; [[ $IS_ROOT -eq 0 ]] || chown postgres:postgres "$1"; }

running() { [[ -f "$DATA/postmaster.pid" ]] && as_pg "$PG_BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; }

port_in_use() { timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null; }

psql_local() { as_pg "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$SOCK" -p "$PG_PORT" -U postgres -d postgres -tA "$@"; }

pg_stop() {
  running || return 0
  log "stopping PostgreSQL in $DATA"
  as_pg "$PG_BIN/pg_ctl" -D "$DATA" -m fast -w -t 60 stop >/dev/null 2>&1 \
    || as_pg "$PG_BIN/pg_ctl" -D "$DATA" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
}

# Starts (or reuses) the dev cluster with its database and the app's role; sets PW.
PW=""
dev_up() {
  ensure_postgres
  mkdir -p "$DATA_HOME"
  [[ $IS_ROOT -eq 0 ]] || owned_dir "$(dirname "$ROOT")"
  owned_dir "$ROOT"
  if [[ ! -f "$DATA/PG_VERSION" ]]; then
    [[ ! -d "$DATA" || -z "$(ls -A "$DATA")" ]] || die "$DATA holds no PostgreSQL cluster; run 'deploy/local.sh reset'"
    owned_dir "$DATA"
    ( umask 077; head -c16 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$ROOT/password" )
    [[ $IS_ROOT -eq 0 ]] || chown postgres:postgres "$ROOT/password"
    log "initdb $DATA"
    as_pg "$PG_BIN/initdb" -D "$DATA" -U postgres --pwfile="$ROOT/password" --auth-local=trust \
      --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$ROOT/initdb.log" 2>&1 || { cat "$ROOT/initdb.log" >&2; die "initdb failed"; }
  fi
  [[ -s "$ROOT/password" ]] || die "$ROOT/password is missing; run 'deploy/local.sh reset'"
  PW="$(head -n1 "$ROOT/password")"

  if running && [[ "$(sed -n 4p "$DATA/postmaster.pid")" != "$PG_PORT" ]]; then
    log "PostgreSQL in $DATA runs on another port than KPI_PG_PORT=$PG_PORT: restarting it"
    pg_stop
  fi
  if running; then
    log "reusing PostgreSQL on 127.0.0.1:$PG_PORT ($DATA)"
  else
    port_in_use "$PG_PORT" && die "port $PG_PORT is in use by another program; set KPI_PG_PORT to a free port"
    owned_dir "$SOCK"
    log "starting PostgreSQL on 127.0.0.1:$PG_PORT ($DATA)"
    as_pg "$PG_BIN/pg_ctl" -D "$DATA" -l "$ROOT/postgres.log" -w -t 60 \
      -o "-p $PG_PORT -k '$SOCK' -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null \
      || { tail -n 30 "$ROOT/postgres.log" >&2; die "PostgreSQL did not start"; }
  fi
  ( umask 077; printf '%s\n' "$PW" > "$PW_COPY" )

  # The database up front (EF would create it too, after logging a connection error), and the app's role.
  [[ "$(psql_local -c "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'")" == 1 ]] || psql_local -c "CREATE DATABASE $DB_NAME"
  psql_local -c "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$APP_ROLE') THEN CREATE ROLE $APP_ROLE; END IF; END \$\$;"
  psql_local -c "ALTER ROLE $APP_ROLE LOGIN PASSWORD '$PW'"
}

connection() { echo "Host=127.0.0.1;Port=$PG_PORT;Database=$DB_NAME;Username=$1;Password=$PW"; }

# --- run ---------------------------------------------------------------------------------------------------------------

APP_PID=""
run_cleanup() {
  if [[ -n "$APP_PID" ]]; then stop_app "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; fi
  rm -f "$APP_PID_FILE"
  pg_stop
}

our_app() { [[ -n "$1" && -r "/proc/$1/cmdline" ]] && tr '\0' ' ' <"/proc/$1/cmdline" | grep -q KpiTracker.Web; }

stop_app() {
  kill -0 "$1" 2>/dev/null || return 0
  log "stopping the app (pid $1)"
  kill -TERM "$1" 2>/dev/null || true
  timeout 10 tail --pid="$1" -f /dev/null || kill -KILL "$1" 2>/dev/null || true
}

cmd_run() {
  [[ -s "$APP_PID_FILE" ]] && our_app "$(head -n1 "$APP_PID_FILE")" && die "the app is already running; 'deploy/local.sh stop' first"
  port_in_use "$APP_PORT" && die "port $APP_PORT is in use; set KPI_PORT to a free port"
  trap 'run_cleanup; exit 0' INT TERM
  trap run_cleanup EXIT
  dev_up >/dev/null

  log "building the web app (Release)"
  dotnet build "$REPO/src/KpiTracker.Web" -c Release -nologo -v q || die "build failed"
  local dll="$REPO/artifacts/bin/KpiTracker.Web/release/KpiTracker.Web.dll"
  [[ -f "$dll" ]] || die "$dll not found after the build"
  local demo_pw="${KPI_DEMO_PASSWORD:-Falaj-Frankincense-2026}"
  mkdir -p "$DATA_HOME/storage"
  # The audit MAC key of this checkout: made once, kept beside the data (never committed); the head export beside it.
  [[ -s "$DATA_HOME/audit-mac.key" ]] || ( umask 077; head -c32 /dev/urandom | base64 > "$DATA_HOME/audit-mac.key" )
  (
    cd "$REPO/src/KpiTracker.Web"
    export ConnectionStrings__Kpi="$(connection "$APP_ROLE")" ConnectionStrings__KpiOwner="$(connection postgres)"
    export Kpi__DemoPassword="$demo_pw" Kpi__MigrateOnStart=true Kpi__SeedDemoData=true Kpi__Storage__Path="$DATA_HOME/storage"
    export Kpi__Audit__MacKeyFile="$DATA_HOME/audit-mac.key" Kpi__Audit__HeadExportPath="$DATA_HOME/audit-head.jsonl"
    export ASPNETCORE_URLS="http://127.0.0.1:$APP_PORT" ASPNETCORE_ENVIRONMENT=Development
    exec dotnet "$dll"
  ) &
  APP_PID=$!
  echo "$APP_PID" >"$APP_PID_FILE"

  local i
  for ((i = 0; i < 180; i++)); do
    kill -0 "$APP_PID" 2>/dev/null || { APP_PID=""; die "the app exited before it became ready"; }
    [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$APP_PORT/health/ready" || true)" == 200 ]] && break
    sleep 0.5
  done
  ((i < 180)) || die "the app did not answer on /health/ready within 90 s"

  cat <<EOF

 KpiTracker is running: http://127.0.0.1:$APP_PORT   (API docs: /scalar)
 Database: 127.0.0.1:$PG_PORT/$DB_NAME, user postgres, password in .data/pg.password

 Demo sign-ins (password $demo_pw):
$(cat "$REPO/deploy/demo-accounts.txt" 2>/dev/null)

 Ctrl-C stops the app and the database (the data is kept).

EOF
  local rc=0
  wait "$APP_PID" || rc=$?
  APP_PID=""
  log "the app exited (code $rc)"
  exit "$rc"
}

# --- test --------------------------------------------------------------------------------------------------------------

# trx_counts DIR : "passed failed skipped" summed over the <Counters> of every TRX file under DIR; nothing when none.
# Failed counts errors, timeouts and aborts too. VSTest leaves notExecuted at 0 for skipped tests, which then show only
# as total - executed: the larger of the two is taken.
trx_counts() {
  find "$1" -name '*.trx' -type f -exec cat {} + 2>/dev/null | tr -d '\r\n' | grep -o '<Counters [^>]*>' | awk '
    { delete c
      for (i = 2; i <= NF; i++) if (split($i, kv, "=") == 2) { gsub(/[^0-9]/, "", kv[2]); c[kv[1]] = kv[2] + 0 }
      passed += c["passed"]; failed += c["failed"] + c["error"] + c["timeout"] + c["aborted"]
      skipped += (c["total"] - c["executed"] > c["notExecuted"]) ? c["total"] - c["executed"] : c["notExecuted"]; n++ }
    END { if (n) print passed, failed, skipped }'
}

# Runs inside pg_virtualenv, which exports PGHOST, PGPORT, PGUSER and PGPASSWORD of the throwaway cluster.
cmd_test_inside() {
  local target="$1" results="$2"; shift 2
  export KPI_TEST_PG="Host=127.0.0.1;Port=$PGPORT;Username=$PGUSER;Password=$PGPASSWORD;Pooling=true;Maximum Pool Size=50"
  [[ -x /usr/bin/chromium ]] && export KPI_TEST_CHROMIUM=/usr/bin/chromium
  log "test PostgreSQL on 127.0.0.1:$PGPORT"
  if ! dotnet build "$target" -c Release -nologo; then
    log "the build failed; no test was run"
    return 3
  fi
  # dotnet test's own RunSettings come after a '--'; add one unless the caller's arguments have it.
  local -a settings=(RunConfiguration.TestSessionTimeout=3000000)
  [[ " $* " == *" -- "* ]] || settings=(-- "${settings[@]}")
  # The console output is kept beside the TRX files: when dotnet test fails without a failed test (a fixture's clean-up, a
  # crashed test host), its own words are the only account of why.
  dotnet test "$target" -c Release --no-build --logger trx --results-directory "$results" "$@" "${settings[@]}" 2>&1 \
    | tee "$results/dotnet-test.log"
}

cmd_test() {
  local target="$REPO/KpiTracker.sln"
  if [[ $# -gt 0 && "$1" != -- ]]; then
    [[ "$1" == -h || "$1" == --help ]] && { usage; return 0; }
    if [[ -e "$1" ]]; then target="$(realpath "$1")"
    elif [[ -e "$REPO/$1" ]]; then target="$REPO/$1"
    else die "no such test project: $1"
    fi
    shift
  fi
  [[ "${1:-}" != -- ]] || shift

  ensure_postgres
  [[ -d "$REPO/tests/KpiTracker.BrowserTests" ]] && need chromium "command -v chromium"
  need poppler-utils "command -v pdftotext"
  need qpdf "command -v qpdf"

  local results
  if [[ -n "${KPI_TEST_RESULTS:-}" ]]; then
    mkdir -p "$KPI_TEST_RESULTS"
    results="$(cd "$KPI_TEST_RESULTS" && pwd)"
    find "$results" -maxdepth 2 \( -name '*.trx' -o -name dotnet-test.log \) -type f -delete
  else
    RESULTS_TMP="$(mktemp -d "${TMPDIR:-/tmp}/kpitracker-test-results.XXXXXX")"
    trap 'rm -rf "$RESULTS_TMP"' EXIT
    trap 'exit 130' INT; trap 'exit 143' TERM   # so that the EXIT trap runs
    results="$RESULTS_TMP"
  fi

  # -t: the cluster goes in a temporary folder even as root (not /etc/postgresql). fsync and friends off: test data only.
  local rc=0
  env ${KPI_TEST_PG_PORT:+PGPORT="$KPI_TEST_PG_PORT"} pg_virtualenv -t -v 15 \
    -o fsync=off -o synchronous_commit=off -o full_page_writes=off -o max_connections=300 \
    bash "$REPO/deploy/local.sh" _test-inside "$target" "$results" "$@" || rc=$?

  local passed=0 failed=0 skipped=0 counts
  counts="$(trx_counts "$results")" || true   # grep finds nothing when no TRX was written
  if [[ $rc -eq 3 ]]; then
    failed=1
  elif [[ -z "$counts" ]]; then
    log "no TRX file was written (no test ran, or the test host crashed)"
    failed=1
  else
    read -r passed failed skipped <<<"$counts"
    ((passed + failed + skipped > 0)) || log "WARNING: no test ran (check the project path and any --filter)"
    if [[ $rc -ne 0 && $failed -eq 0 ]]; then
      log "dotnet test exited with code $rc although no test failed (a crashed test host?); what it said of it:"
      grep -aE "Cleanup Failure|\[FAIL\]|Error Message|exited with error|[Aa]borted|Unhandled exception|crash" "$results/dotnet-test.log" \
        | grep -v "^\s*Passed" | head -40 >&2 || true
      failed=1
    fi
  fi
  [[ -z "${KPI_TEST_RESULTS:-}" ]] || log "TRX files kept in $results"
  if ((skipped > 0)); then echo "$passed passed, $failed failed, $skipped skipped"; else echo "$passed passed, $failed failed"; fi
  [[ $failed -eq 0 && $rc -eq 0 ]]
}

# --- stop, reset, db ---------------------------------------------------------------------------------------------------

cmd_stop() {
  if [[ -s "$APP_PID_FILE" ]]; then
    our_app "$(head -n1 "$APP_PID_FILE")" && stop_app "$(head -n1 "$APP_PID_FILE")"
    rm -f "$APP_PID_FILE"
  fi
  [[ ! -x "$PG_BIN/pg_ctl" ]] || pg_stop
  log "stopped"
}

cmd_reset() {
  cmd_stop
  log "deleting $ROOT, .data/storage and the pid and password files"
  rm -rf "$ROOT" "$SOCK" "$DATA_HOME/storage" "$APP_PID_FILE" "$PW_COPY" "$DATA_HOME/audit-mac.key" "$DATA_HOME/audit-head.jsonl"
  [[ $IS_ROOT -eq 0 ]] || rmdir "$(dirname "$ROOT")" 2>/dev/null || true
}

cmd_db() {
  dev_up >&2
  echo "export ConnectionStrings__Kpi=\"$(connection "$APP_ROLE")\""
  echo "export ConnectionStrings__KpiOwner=\"$(connection postgres)\""
  echo "export KPI_TEST_PG=\"Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=$PW;Pooling=true;Maximum Pool Size=50\""
  log "PostgreSQL keeps running on 127.0.0.1:$PG_PORT; stop it with 'deploy/local.sh stop'"
}

command="${1:-help}"
[[ $# -gt 0 ]] && shift
case "$command" in
  run) cmd_run "$@" ;;
  test) cmd_test "$@" ;;
  _test-inside) cmd_test_inside "$@" ;;
  stop) cmd_stop ;;
  reset) cmd_reset ;;
  db) cmd_db ;;
  help | -h | --help) usage ;;
  *) die "unknown command '$command' (see 'deploy/local.sh help')" ;;
esac
