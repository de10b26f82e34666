# shellcheck shell=bash
# The gateway and the domain services as background processes (pid files in .local/pids, logs in
# .local/logs). Sourced by infra/platform.sh.

# name  folder  project (= assembly)  http port  grpc port
# Ports can be overridden with CP_<NAME>_HTTP_PORT / CP_<NAME>_GRPC_PORT (e.g. CP_REGISTRY_HTTP_PORT).
SERVICE_TABLE="
registry      Registry       ChildProtection.Registry       5101 5102
visits        Visits         ChildProtection.Visits         5111 5112
reporting     Reporting      ChildProtection.Reporting      5121 5122
police        Police         ChildProtection.Police         5131 5132
procuratorate Procuratorate  ChildProtection.Procuratorate  5141 5142
court         Court          ChildProtection.Court          5151 5152
relief        Relief         ChildProtection.Relief         5161 5162
"

# The web console (gateway/ChildProtection.Web): an HTTP port of its own, no gRPC; the gateway serves it at its root.
: "${CP_WEB_PORT:=5090}"
export CP_WEB_PORT

# Fills SVC_NAMES with the services whose project exists, and for each NAME sets
# SVC_DIR_NAME (relative project folder), SVC_ASM_NAME, SVC_HTTP_NAME, SVC_GRPC_NAME.
# The gateway and the web console are components too ("gateway", "web"), listed in COMPONENTS after the services.
discover_components() {
    SVC_NAMES=()
    COMPONENTS=()
    local name folder project http grpc upper var
    while read -r name folder project http grpc; do
        [ -n "$name" ] || continue
        [ -f "$CP_ROOT/services/$folder/$project.csproj" ] || continue
        upper="$(printf '%s' "$name" | tr '[:lower:]' '[:upper:]')"
        var="CP_${upper}_HTTP_PORT"; http="${!var:-$http}"
        var="CP_${upper}_GRPC_PORT"; grpc="${!var:-$grpc}"
        printf -v "SVC_DIR_$name" '%s' "services/$folder"
        printf -v "SVC_ASM_$name" '%s' "$project"
        printf -v "SVC_HTTP_$name" '%s' "$http"
        printf -v "SVC_GRPC_$name" '%s' "$grpc"
        SVC_NAMES+=("$name")
        COMPONENTS+=("$name")
    done <<<"$SERVICE_TABLE"
    if [ -f "$CP_ROOT/gateway/ChildProtection.Gateway/ChildProtection.Gateway.csproj" ]; then
        SVC_DIR_gateway="gateway/ChildProtection.Gateway"
        SVC_ASM_gateway="ChildProtection.Gateway"
        SVC_HTTP_gateway="$CP_GATEWAY_PORT"
        SVC_GRPC_gateway="$CP_GATEWAY_GRPC_PORT"
        COMPONENTS+=("gateway")
    fi
    if [ -f "$CP_ROOT/gateway/ChildProtection.Web/ChildProtection.Web.csproj" ]; then
        SVC_DIR_web="gateway/ChildProtection.Web"
        SVC_ASM_web="ChildProtection.Web"
        SVC_HTTP_web="$CP_WEB_PORT"
        SVC_GRPC_web=""
        COMPONENTS+=("web")
    fi
}

# True when the web console is among the components (its project exists).
has_web() { case " ${COMPONENTS[*]} " in *" web "*) return 0 ;; *) return 1 ;; esac; }

svc_field() { local var="SVC_$1_$2"; printf '%s' "${!var}"; }
svc_pid_file() { printf '%s' "$CP_PIDS/$1.pid"; }
svc_log() { printf '%s' "$CP_LOGS/$1.log"; }
svc_dll() { printf '%s' "$CP_ROOT/$(svc_field DIR "$1")/bin/Debug/net10.0/$(svc_field ASM "$1").dll"; }

# The pid of a component we started, when it still runs (and is still our dotnet process).
svc_pid() {
    local name="$1" file pid
    file="$(svc_pid_file "$name")"
    [ -f "$file" ] || return 1
    pid="$(tr -dc '0-9' <"$file")"
    [ -n "$pid" ] && pid_alive "$pid" || return 1
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF "$(svc_field ASM "$name").dll" || return 1
    printf '%s' "$pid"
}

# Environment shared by every service process (and exported for test and bench).
platform_env() {
    PLATFORM_ENV=(
        "ASPNETCORE_ENVIRONMENT=Development"
        "ConnectionStrings__Postgres=Host=127.0.0.1;Port=$CP_PG_PORT;Database=$CP_DB_NAME;Username=cp_app;Password=$CP_DB_APP_PASSWORD;Maximum Pool Size=50"
        "RabbitMq__Host=127.0.0.1"
        "RabbitMq__Port=$CP_RABBIT_PORT"
        "RabbitMq__Username=guest"
        "RabbitMq__Password=guest"
        "RabbitMq__VirtualHost=/"
        "RabbitMq__ManagementUrl=http://127.0.0.1:$CP_RABBIT_MGMT_PORT"
        "Auth__Mode=Development"
        "Auth__SigningKey=$CP_SIGNING_KEY"
        "Auth__Issuer=childprotection-dev"
        "Auth__Audience=childprotection"
    )
    if [ -n "${OTEL_EXPORTER_OTLP_ENDPOINT:-}" ]; then
        PLATFORM_ENV+=("OTEL_EXPORTER_OTLP_ENDPOINT=$OTEL_EXPORTER_OTLP_ENDPOINT")
    fi
}

# The full environment of one component: the platform's plus its name and endpoints.
component_env() {
    local name="$1" s
    if [ "$name" = web ]; then
        web_env
        return 0
    fi
    platform_env
    COMPONENT_ENV=("${PLATFORM_ENV[@]}"
        "OTEL_SERVICE_NAME=$name"
        "Kestrel__Endpoints__Http__Url=http://127.0.0.1:$(svc_field HTTP "$name")"
        "Kestrel__Endpoints__Grpc__Url=http://127.0.0.1:$(svc_field GRPC "$name")"
        "Kestrel__Endpoints__Grpc__Protocols=Http2"
    )
    # Registry (ID numbers, staff phones) and Reporting (reporter contacts) encrypt fields at rest.
    if [ "$name" = registry ] || [ "$name" = reporting ]; then
        COMPONENT_ENV+=("Privacy__EncryptionKey=$CP_PRIVACY_KEY" "Privacy__BlindIndexKey=$CP_BLIND_INDEX_KEY")
    fi
    # Every component knows every service's addresses: the gateway routes to them, services ask each other in gRPC.
    for s in "${SVC_NAMES[@]}"; do
        COMPONENT_ENV+=(
            "Services__${s}__Http=http://127.0.0.1:$(svc_field HTTP "$s")"
            "Services__${s}__Grpc=http://127.0.0.1:$(svc_field GRPC "$s")"
        )
    done
    if [ "$name" = gateway ]; then
        COMPONENT_ENV+=("Auth__DevTokens__Enabled=true")
        if has_web; then COMPONENT_ENV+=("Web__Http=http://127.0.0.1:$CP_WEB_PORT"); fi
    fi
}

# The web console's environment: no database, no broker; it calls the gateway with each user's own token and,
# in the local default, offers the development sign-in page (the gateway's development issuer).
web_env() {
    COMPONENT_ENV=(
        "ASPNETCORE_ENVIRONMENT=Development"
        "OTEL_SERVICE_NAME=web"
        "Kestrel__Endpoints__Http__Url=http://127.0.0.1:$CP_WEB_PORT"
        "Gateway__Http=http://127.0.0.1:$CP_GATEWAY_PORT"
        "Auth__Mode=Development"
        "Auth__DevTokens__Enabled=true"
    )
    if [ -n "${OTEL_EXPORTER_OTLP_ENDPOINT:-}" ]; then
        COMPONENT_ENV+=("OTEL_EXPORTER_OTLP_ENDPOINT=$OTEL_EXPORTER_OTLP_ENDPOINT")
    fi
}

build_solution() {
    local log="$CP_LOGS/build.log"
    ensure_local_dirs
    info "building ChildProtection.sln (Debug); full output in .local/logs/build.log"
    if ! (cd "$CP_ROOT" && dotnet build ChildProtection.sln -c Debug -nologo -v quiet -clp:NoSummary) >"$log" 2>&1; then
        printf '[platform] ---- build errors ----\n' >&2
        if grep -E ': error [A-Z]*[0-9]*:|error MSB|error NU' "$log" | sort -u | head -n 60 >&2; then :; else tail -n 40 "$log" >&2; fi
        printf '[platform] ----\n' >&2
        die "build failed (see .local/logs/build.log)"
    fi
    info "build succeeded"
}

svc_start() {
    local name="$1" pid dir dll log http grpc
    if pid="$(svc_pid "$name")"; then
        info "$name already running (pid $pid, http://127.0.0.1:$(svc_field HTTP "$name"))"
        return 0
    fi
    dir="$CP_ROOT/$(svc_field DIR "$name")"
    dll="$(svc_dll "$name")"
    log="$(svc_log "$name")"
    http="$(svc_field HTTP "$name")"
    grpc="$(svc_field GRPC "$name")"
    [ -f "$dll" ] || die "$name is not built: $dll is missing"
    if port_open "$http"; then die "$name: port $http is already in use by another program (set CP_$(printf '%s' "$name" | tr '[:lower:]' '[:upper:]')_HTTP_PORT)"; fi
    if [ -n "$grpc" ] && port_open "$grpc"; then die "$name: port $grpc is already in use by another program"; fi
    component_env "$name"
    [ -f "$log" ] && mv -f "$log" "$log.1"
    printf '=== %s started by infra/platform.sh at %s ===\n' "$name" "$(date -Is)" >"$log"
    (
        cd "$dir" || exit 1
        exec nohup env "${COMPONENT_ENV[@]}" dotnet "$dll" </dev/null >>"$log" 2>&1
    ) &
    pid=$!
    printf '%s\n' "$pid" >"$(svc_pid_file "$name")"
    info "$name started (pid $pid, http://127.0.0.1:$http${grpc:+, grpc http://127.0.0.1:$grpc}, log .local/logs/$name.log)"
}

# Waits up to ~90 s for GET /health/ready to answer 200.
svc_wait_healthy() {
    local name="$1" http url code deadline=$((SECONDS + 90)) pid
    http="$(svc_field HTTP "$name")"
    url="http://127.0.0.1:$http/health/ready"
    while true; do
        code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 3 "$url" 2>/dev/null || true)"
        if [ "$code" = 200 ]; then
            info "$name is ready ($url)"
            return 0
        fi
        if ! pid="$(svc_pid "$name")"; then
            show_log_tail "$(svc_log "$name")" 40
            die "$name exited before becoming ready"
        fi
        if [ $SECONDS -ge $deadline ]; then
            show_log_tail "$(svc_log "$name")" 40
            die "$name (pid $pid) not ready after 90 s: $url answers ${code:-nothing}"
        fi
        sleep 1
    done
}

svc_stop() {
    local name="$1" pid i
    if ! pid="$(svc_pid "$name")"; then
        rm -f "$(svc_pid_file "$name")"
        info "$name is not running"
        return 0
    fi
    info "$name: stopping (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    for i in $(seq 1 50); do pid_alive "$pid" || break; sleep 0.2; done
    if pid_alive "$pid"; then
        warn "$name did not stop within 10 s; sending SIGKILL"
        kill -KILL "$pid" 2>/dev/null || true
        for i in $(seq 1 25); do pid_alive "$pid" || break; sleep 0.2; done
    fi
    rm -f "$(svc_pid_file "$name")"
    info "$name stopped"
}

svc_status_line() {
    local name="$1" pid http grpc
    http="$(svc_field HTTP "$name")"
    grpc="$(svc_field GRPC "$name")"
    if pid="$(svc_pid "$name")"; then
        if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$http/health/ready" 2>/dev/null || true)" = 200 ]; then
            printf '%-14s %-9s port %-6s pid %-8s grpc %s\n' "$name" running "$http" "$pid" "${grpc:--}"
        else
            printf '%-14s %-9s port %-6s pid %-8s (not ready)\n' "$name" starting "$http" "$pid"
        fi
    else
        printf '%-14s %-9s port %-6s\n' "$name" stopped "$http"
    fi
}

# Starts every existing service, then the gateway, then waits for all of them.
start_components() {
    local name
    ensure_dev_signing_key
    for name in "${COMPONENTS[@]}"; do svc_start "$name"; done
    for name in "${COMPONENTS[@]}"; do svc_wait_healthy "$name"; done
}

stop_components() {
    local i
    # Gateway first, then the services in reverse order.
    for ((i = ${#COMPONENTS[@]} - 1; i >= 0; i--)); do svc_stop "${COMPONENTS[$i]}"; done
    # Pid files of components whose project has since disappeared.
    local f n
    for f in "$CP_PIDS"/*.pid; do
        [ -e "$f" ] || continue
        n="$(basename "$f" .pid)"
        case " ${COMPONENTS[*]} " in *" $n "*) continue ;; esac
        local pid; pid="$(tr -dc '0-9' <"$f")"
        if [ -n "$pid" ] && pid_alive "$pid" && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q dotnet; then
            info "$n: stopping (pid $pid; its project no longer exists)"
            kill -TERM "$pid" 2>/dev/null || true
        fi
        rm -f "$f"
    done
}
