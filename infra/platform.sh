#!/usr/bin/env bash
# The ChildProtection platform on one machine: PostgreSQL and RabbitMQ on loopback (no containers),
# the gateway and the services as background processes. All state under .local/ at the repo root.
# Run `infra/platform.sh help` for the commands.
set -euo pipefail

CP_ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
export CP_ROOT

# shellcheck source=infra/local/common.sh
source "$CP_ROOT/infra/local/common.sh"
# shellcheck source=infra/local/postgres.sh
source "$CP_ROOT/infra/local/postgres.sh"
# shellcheck source=infra/local/rabbitmq.sh
source "$CP_ROOT/infra/local/rabbitmq.sh"
# shellcheck source=infra/local/services.sh
source "$CP_ROOT/infra/local/services.sh"
# shellcheck source=infra/local/testing.sh
source "$CP_ROOT/infra/local/testing.sh"

usage() {
    cat <<EOF
Usage: infra/platform.sh COMMAND

  up [--seed]   install what is missing, start PostgreSQL and RabbitMQ, build, (re)start the gateway,
                every service and the web console on this build, wait until each is ready; --seed loads
                infra/local/seed once
  down [--purge] stop the services, the gateway, RabbitMQ and PostgreSQL; --purge also deletes the local
                data (.local/pg and RabbitMQ's data; the development keys stay) to start from empty
  status        one line per component
  logs [NAME]   follow a log (postgres, rabbitmq, gateway, registry, …); without NAME: list them
  servers       start only PostgreSQL and RabbitMQ
  test          servers (+ Chromium for the console's browser tests) + dotnet test ChildProtection.sln;
                ends with "tests: N passed, N failed"
  bench [ARGS]  servers + dotnet run -c Release --project tests/Benchmarks -- ARGS
  help          this text

Ports (environment, defaults): CP_PG_PORT=$CP_PG_PORT CP_RABBIT_PORT=$CP_RABBIT_PORT
  CP_RABBIT_DIST_PORT=$CP_RABBIT_DIST_PORT CP_EPMD_PORT=$CP_EPMD_PORT CP_RABBIT_MGMT_PORT=$CP_RABBIT_MGMT_PORT
  CP_GATEWAY_PORT=$CP_GATEWAY_PORT CP_GATEWAY_GRPC_PORT=$CP_GATEWAY_GRPC_PORT
  services: CP_<NAME>_HTTP_PORT / CP_<NAME>_GRPC_PORT (registry 5101/5102, visits 5111/5112, …)
  web console: CP_WEB_PORT=$CP_WEB_PORT (reached through the gateway at http://127.0.0.1:$CP_GATEWAY_PORT/)
State: .local/ (logs in .local/logs, pid files in .local/pids)
EOF
}

ensure_servers() {
    pg_start
    rabbit_start
}

print_summary() {
    local console=""
    if has_web; then
        console="  Web console        http://127.0.0.1:$CP_GATEWAY_PORT/   (served by the gateway; development sign-in: pick a department, role and region)
"
    fi
    cat <<EOF

[platform] The platform is up.
${console}  Gateway (HTTP)     http://127.0.0.1:$CP_GATEWAY_PORT
  Gateway (gRPC)     http://127.0.0.1:$CP_GATEWAY_GRPC_PORT   (HTTP/2 cleartext)
  RabbitMQ           amqp://guest:guest@127.0.0.1:$CP_RABBIT_PORT/   management http://127.0.0.1:$CP_RABBIT_MGMT_PORT (guest/guest)
  PostgreSQL         Host=127.0.0.1;Port=$CP_PG_PORT;Database=$CP_DB_NAME;Username=postgres   (psql -h 127.0.0.1 -p $CP_PG_PORT -U postgres $CP_DB_NAME)
                     the services connect as cp_app (password in .local/dev-db-app-password); see README "Audit"
  Logs               .local/logs/   (infra/platform.sh logs NAME)
  Status / stop      infra/platform.sh status   |   infra/platform.sh down

  A development token:
    curl -s -X POST http://127.0.0.1:$CP_GATEWAY_PORT/api/dev/token -H 'content-type: application/json' \\
      -d '{"user":"seed","department":"civil-affairs","role":"caseworker","region":"120116"}'
  then: curl -H "Authorization: Bearer \$TOKEN" http://127.0.0.1:$CP_GATEWAY_PORT/api/registry/children
EOF
}

cmd_up() {
    local seed=no arg
    for arg in "$@"; do
        case "$arg" in
            --seed) seed=yes ;;
            *) die "unknown option for up: $arg (expected --seed)" ;;
        esac
    done
    command -v dotnet >/dev/null 2>&1 || die "the .NET SDK (dotnet) is not installed"
    ensure_servers
    pg_refuse_earlier_store
    discover_components
    build_solution
    if [ ${#COMPONENTS[@]} -eq 0 ]; then
        warn "no gateway or service project exists yet; nothing to start"
    else
        # Whatever runs was built from older code: restart it on this build (the servers and data stay).
        stop_components
        start_components
    fi
    if [ "$seed" = yes ]; then
        if [ -f "$CP_ROOT/infra/local/seed.sh" ]; then
            info "seeding (infra/local/seed.sh)"
            CP_REPO_ROOT="$CP_ROOT" bash "$CP_ROOT/infra/local/seed.sh" || die "seeding failed"
        else
            warn "--seed: infra/local/seed.sh does not exist; nothing seeded"
        fi
    fi
    print_summary
}

cmd_down() {
    local purge=no arg
    for arg in "$@"; do
        case "$arg" in
            --purge) purge=yes ;;
            *) die "unknown option for down: $arg (expected --purge)" ;;
        esac
    done
    discover_components
    stop_components
    rabbit_stop
    pg_stop
    info "everything is stopped"
    if [ "$purge" = yes ]; then
        run_root rm -rf "$PG_HOME" "$RMQ_HOME"
        info "local data deleted (.local/pg, .local/rabbitmq); 'infra/platform.sh up' starts from empty"
    fi
}

cmd_status() {
    discover_components
    pg_status_line
    rabbit_status_line
    local name
    for name in "${COMPONENTS[@]}"; do svc_status_line "$name"; done
}

log_path() {
    case "$1" in
        postgres) printf '%s' "$PG_LOG" ;;
        rabbitmq) printf '%s' "$RMQ_LOG" ;;
        *) printf '%s' "$CP_LOGS/$1.log" ;;
    esac
}

cmd_logs() {
    if [ $# -eq 0 ]; then
        info "logs (infra/platform.sh logs NAME):"
        local any=no f n
        [ -f "$PG_LOG" ] && { printf '  %-14s %s\n' postgres "${PG_LOG#"$CP_ROOT"/}"; any=yes; }
        [ -f "$RMQ_LOG" ] && { printf '  %-14s %s\n' rabbitmq "${RMQ_LOG#"$CP_ROOT"/}"; any=yes; }
        for f in "$CP_LOGS"/*.log; do
            [ -f "$f" ] || continue
            n="$(basename "$f" .log)"
            [ "$n" = postgres ] && continue
            printf '  %-14s %s\n' "$n" "${f#"$CP_ROOT"/}"
            any=yes
        done
        [ "$any" = yes ] || info "  (none yet: run infra/platform.sh up)"
        return 0
    fi
    local file
    file="$(log_path "$1")"
    [ -f "$file" ] || die "no log for '$1' (${file#"$CP_ROOT"/}); 'infra/platform.sh logs' lists them"
    exec tail -n 200 -f "$file"
}

main() {
    local cmd="${1:-help}"
    [ $# -gt 0 ] && shift
    case "$cmd" in
        up) cmd_up "$@" ;;
        down) cmd_down "$@" ;;
        status) cmd_status ;;
        logs) cmd_logs "$@" ;;
        servers) ensure_servers; info "PostgreSQL on 127.0.0.1:$CP_PG_PORT, RabbitMQ on 127.0.0.1:$CP_RABBIT_PORT (management http://127.0.0.1:$CP_RABBIT_MGMT_PORT)" ;;
        test) run_tests ;;
        bench) run_bench "$@" ;;
        help | -h | --help) usage ;;
        *) usage >&2; die "unknown command: $cmd" ;;
    esac
}

main "$@"
