# shellcheck shell=bash
# PostgreSQL on loopback, running as user postgres on a data directory under .local/pg.
# Sourced by infra/platform.sh.

PG_HOME="$CP_LOCAL/pg"
PG_DATA="$PG_HOME/data"
PG_LOG="$CP_LOGS/postgres.log"
PG_BIN=""

# The socket directory: under .local/pg/run, unless that path is too long for a Unix socket
# (108 bytes including ".s.PGSQL.PORT"); then a per-repository folder in /tmp.
pg_socket_dir() {
    local dir="$PG_HOME/run"
    if [ $(( ${#dir} + 20 )) -ge 107 ]; then
        dir="/tmp/cp-pg-$(printf '%s' "$CP_ROOT" | cksum | cut -d' ' -f1)"
    fi
    printf '%s' "$dir"
}

# Finds the server binaries (initdb, pg_ctl); sets PG_BIN. Returns 1 when there are none.
pg_find_bin() {
    local dir candidates=()
    if command -v pg_config >/dev/null 2>&1; then
        candidates+=("$(pg_config --bindir 2>/dev/null || true)")
    fi
    # Highest version first.
    while IFS= read -r dir; do candidates+=("$dir"); done < <(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4,4 -rn)
    for dir in "${candidates[@]}"; do
        if [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
            PG_BIN="$dir"
            return 0
        fi
    done
    return 1
}

pg_ensure_installed() {
    if pg_find_bin; then return 0; fi
    info "PostgreSQL server binaries not found"
    apt_install postgresql
    pg_find_bin || die "PostgreSQL was installed but initdb/pg_ctl are still not found (looked in pg_config --bindir and /usr/lib/postgresql/*/bin)"
}

pg_tool() {
    local tool="$1"; shift
    if [ -n "$PG_BIN" ] && [ -x "$PG_BIN/$tool" ]; then "$PG_BIN/$tool" "$@"; else "$tool" "$@"; fi
}

pg_ready() {
    pg_tool pg_isready -q -h 127.0.0.1 -p "$CP_PG_PORT" -t 2 >/dev/null 2>&1
}

# The pid of the postmaster of OUR data directory, when it runs.
pg_our_pid() {
    local pid
    [ -f "$PG_DATA/postmaster.pid" ] || return 1
    pid="$(head -n1 "$PG_DATA/postmaster.pid" 2>/dev/null || true)"
    [ -n "$pid" ] && pid_alive "$pid" && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = "postgres" ] || return 1
    printf '%s' "$pid"
}

# Why a server answering on our port is not recognised as ours.
pg_foreign_note() {
    if [ -d "$PG_DATA" ] && [ ! -r "$PG_DATA" ]; then
        printf 'cannot tell whether it is this repository'"'"'s: .local/pg/data is not readable by %s' "$(id -un)"
    else
        printf 'not started from this repository'
    fi
}

# The port our postmaster listens on (line 4 of postmaster.pid).
pg_our_port() {
    sed -n 4p "$PG_DATA/postmaster.pid" 2>/dev/null || true
}

pg_psql() {
    pg_tool psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$CP_PG_PORT" -U postgres "$@"
}

pg_ensure_database() {
    local exists
    exists="$(pg_psql -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$CP_DB_NAME'")" \
        || die "could not query PostgreSQL on 127.0.0.1:$CP_PG_PORT as user postgres"
    if [ "$exists" = "1" ]; then
        info "PostgreSQL: database $CP_DB_NAME exists"
    else
        pg_psql -d postgres -c "CREATE DATABASE $CP_DB_NAME" >/dev/null || die "could not create database $CP_DB_NAME"
        info "PostgreSQL: created database $CP_DB_NAME"
    fi
    pg_provision_database
}

# The services connect as cp_app, which may not alter or delete the audit log (infra/sql/*.sql; idempotent).
pg_provision_database() {
    ensure_dev_signing_key
    pg_psql -d "$CP_DB_NAME" -f "$CP_ROOT/infra/sql/roles.sql" >/dev/null || die "could not create the database roles (infra/sql/roles.sql)"
    # From stdin, not -c: psql substitutes :'pw' (quoted) only in scripts.
    printf '%s\n' "ALTER ROLE cp_app PASSWORD :'pw';" | pg_psql -d "$CP_DB_NAME" -v pw="$CP_DB_APP_PASSWORD" >/dev/null \
        || die "could not set cp_app's password"
    pg_psql -d "$CP_DB_NAME" -f "$CP_ROOT/infra/sql/audit.sql" >/dev/null || die "could not provision the audit log (infra/sql/audit.sql)"
    info "PostgreSQL: roles cp_app and cp_audit_owner and the audit log are in place"
}

pg_initdb() {
    local locale="C"
    if locale -a 2>/dev/null | grep -qiE '^c\.utf-?8$'; then locale="C.UTF-8"; fi
    info "PostgreSQL: initialising $PG_DATA (locale $locale)"
    run_as postgres "$PG_BIN/initdb" -D "$PG_DATA" -A trust -U postgres -E UTF8 --locale="$locale" >"$CP_LOGS/postgres-initdb.log" 2>&1 \
        || { show_log_tail "$CP_LOGS/postgres-initdb.log"; die "initdb failed"; }
}

pg_start() {
    local pid sockdir i
    pg_ensure_installed
    ensure_local_dirs

    if pid="$(pg_our_pid)"; then
        local port; port="$(pg_our_port)"
        if [ "$port" != "$CP_PG_PORT" ]; then
            die "PostgreSQL of this repository already runs on port $port (pid $pid), not on CP_PG_PORT=$CP_PG_PORT; run 'infra/platform.sh down' first"
        fi
        for i in $(seq 1 30); do pg_ready && break; sleep 1; done
        pg_ready || die "PostgreSQL (pid $pid) runs but does not answer on 127.0.0.1:$CP_PG_PORT; see .local/logs/postgres.log"
        info "PostgreSQL already running on 127.0.0.1:$CP_PG_PORT (pid $pid)"
        pg_ensure_database
        return 0
    fi
    if pg_ready; then
        info "PostgreSQL already running on 127.0.0.1:$CP_PG_PORT ($(pg_foreign_note); using it)"
        pg_ensure_database
        return 0
    fi
    if port_open "$CP_PG_PORT"; then
        die "port $CP_PG_PORT is taken by something that is not PostgreSQL; set CP_PG_PORT to a free port"
    fi

    sockdir="$(pg_socket_dir)"
    mkdir -p "$PG_HOME" "$sockdir"
    run_root chown postgres:postgres "$PG_HOME" "$sockdir"
    if [ -d "$PG_DATA" ] && [ "$(stat -c %U "$PG_DATA")" != "postgres" ]; then
        run_root chown -R postgres:postgres "$PG_HOME"
    fi
    ensure_traversable postgres "$PG_HOME"
    ensure_traversable postgres "$sockdir"

    if [ ! -f "$PG_DATA/PG_VERSION" ]; then
        if [ -d "$PG_DATA" ] && [ -n "$(ls -A "$PG_DATA" 2>/dev/null)" ]; then
            die "$PG_DATA exists but is not a PostgreSQL data directory; remove it (rm -rf .local/pg) and retry"
        fi
        pg_initdb
    fi
    # The server writes its own log: the file must belong to postgres.
    touch "$PG_LOG"
    run_root chown postgres:postgres "$PG_LOG"

    info "PostgreSQL: starting on 127.0.0.1:$CP_PG_PORT (data .local/pg/data)"
    if ! run_as postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -w -t 60 \
        -o "-p $CP_PG_PORT -k $sockdir -c listen_addresses=127.0.0.1 -c max_connections=300 -c idle_in_transaction_session_timeout=60000 -c fsync=on" \
        -l "$PG_LOG" start >/dev/null; then
        show_log_tail "$PG_LOG"
        die "PostgreSQL did not start"
    fi
    for i in $(seq 1 60); do pg_ready && break; sleep 1; done
    if ! pg_ready; then
        show_log_tail "$PG_LOG"
        die "PostgreSQL started but pg_isready -h 127.0.0.1 -p $CP_PG_PORT does not succeed"
    fi
    info "PostgreSQL running on 127.0.0.1:$CP_PG_PORT (pid $(pg_our_pid || echo '?'))"
    pg_ensure_database
}

# The services' data written by the platform's earlier, hand-made event store (tables <schema>.streams and <schema>.events)
# cannot be read by the Marten event store: say so plainly, before anything is built or started.
pg_refuse_earlier_store() {
    local schemas
    schemas="$(pg_psql -d "$CP_DB_NAME" -tA -c "
        SELECT string_agg(n.nspname, ', ' ORDER BY n.nspname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relname = 'events' AND c.relkind = 'r' AND to_regclass(quote_ident(n.nspname) || '.mt_events') IS NULL
          AND to_regclass(quote_ident(n.nspname) || '.streams') IS NOT NULL")" || return 0
    [ -z "$schemas" ] && return 0
    die "the local database holds events written by the platform's earlier event store (schemas: $schemas), which the Marten
    event store cannot read. Start from empty local data: 'infra/platform.sh down --purge' (deletes .local/pg and RabbitMQ's
    queues; your keys stay), then 'infra/platform.sh up' ('up --seed' loads the demo county again)."
}

pg_stop() {
    local pid
    pg_find_bin || true
    if pid="$(pg_our_pid)"; then
        info "PostgreSQL: stopping (pid $pid)"
        if ! run_as postgres "${PG_BIN:+$PG_BIN/}pg_ctl" -D "$PG_DATA" -m fast -w -t 60 stop >/dev/null; then
            die "pg_ctl stop failed; see .local/logs/postgres.log"
        fi
        info "PostgreSQL stopped"
    else
        info "PostgreSQL (this repository's) is not running"
        if pg_find_bin && pg_ready; then
            info "  (a PostgreSQL not started from this repository answers on port $CP_PG_PORT; left alone)"
        fi
    fi
}

pg_status_line() {
    local pid
    if pid="$(pg_our_pid)"; then
        if pg_find_bin && pg_ready; then
            printf '%-14s %-9s port %-6s pid %-8s data .local/pg/data\n' postgres running "$(pg_our_port)" "$pid"
        else
            printf '%-14s %-9s port %-6s pid %-8s (not answering yet)\n' postgres starting "$(pg_our_port)" "$pid"
        fi
    elif pg_find_bin && pg_ready; then
        printf '%-14s %-9s port %-6s pid %-8s (%s)\n' postgres running "$CP_PG_PORT" "-" "$(pg_foreign_note)"
    else
        printf '%-14s %-9s port %-6s\n' postgres stopped "$CP_PG_PORT"
    fi
}
