# shellcheck shell=bash
# Shared settings and helpers for infra/platform.sh. Sourced, never run.
# Expects CP_ROOT (the repository root) to be set by the caller.

# Ports: every one can be overridden from the environment.
: "${CP_PG_PORT:=55432}"
: "${CP_RABBIT_PORT:=55672}"
: "${CP_RABBIT_DIST_PORT:=55673}"
: "${CP_EPMD_PORT:=54369}"
: "${CP_RABBIT_MGMT_PORT:=55680}"
: "${CP_GATEWAY_PORT:=5080}"
: "${CP_GATEWAY_GRPC_PORT:=5081}"
export CP_PG_PORT CP_RABBIT_PORT CP_RABBIT_DIST_PORT CP_EPMD_PORT CP_RABBIT_MGMT_PORT CP_GATEWAY_PORT CP_GATEWAY_GRPC_PORT

# All local state lives under .local/ (ignored by git).
CP_LOCAL="$CP_ROOT/.local"
CP_LOGS="$CP_LOCAL/logs"
CP_PIDS="$CP_LOCAL/pids"
CP_DB_NAME="childprotection"

# System binaries (rabbitmq-server, runuser) live in sbin, which a non-root PATH may lack.
case ":$PATH:" in *":/usr/sbin:"*) ;; *) PATH="$PATH:/usr/sbin:/sbin" ;; esac

info() { printf '[platform] %s\n' "$*"; }
warn() { printf '[platform] WARNING: %s\n' "$*" >&2; }
die() { printf '[platform] ERROR: %s\n' "$*" >&2; exit 1; }

is_root() { [ "$(id -u)" = 0 ]; }

# True while process PID exists (also when it belongs to another user).
pid_alive() { [ -n "$1" ] && { kill -0 "$1" 2>/dev/null || [ -d "/proc/$1" ]; }; }

# Runs a command as root: directly when we are root, else through sudo, else fails clearly.
run_root() {
    if is_root; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        die "'$*' needs root and sudo is not available; run this script as root"
    fi
}

# Runs a command as another system user (postgres), keeping the current environment.
run_as() {
    local user="$1"; shift
    if [ "$(id -un)" = "$user" ]; then
        "$@"
    elif is_root; then
        runuser -u "$user" -- "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo -u "$user" -- "$@"
    else
        die "'$*' must run as user $user; run this script as root (or install sudo)"
    fi
}

# Installs Debian packages (apt-get update first).
apt_install() {
    command -v apt-get >/dev/null 2>&1 || die "apt-get not found: install $* yourself"
    info "installing $* from Debian (apt-get)"
    run_root apt-get update -q || die "apt-get update failed"
    run_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" || die "apt-get install $* failed"
}

# True when something accepts TCP connections on 127.0.0.1:PORT.
port_open() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Makes every directory from / down to DIR traversable (o+x) for USER, so a server running as
# that user can reach its data under the repository. Only directories that block it are changed.
ensure_traversable() {
    local user="$1" dir="$2" path="" part
    local IFS=/
    for part in $dir; do
        [ -n "$part" ] || continue
        path="$path/$part"
        [ -d "$path" ] || break
        if ! run_as "$user" test -x "$path" 2>/dev/null; then
            info "allowing user $user to traverse $path (chmod o+x)"
            run_root chmod o+x "$path"
        fi
    done
}

ensure_local_dirs() {
    mkdir -p "$CP_LOCAL" "$CP_LOGS" "$CP_PIDS"
}

# A development secret of N random bytes (base64), generated once into .local/NAME, then reused. Prints it.
dev_secret() {
    local name="$1" bytes="$2" file="$CP_LOCAL/$1"
    if [ ! -s "$file" ]; then
        ensure_local_dirs
        info "generating the development secret .local/$name" >&2
        (
            umask 077
            if command -v openssl >/dev/null 2>&1; then
                openssl rand -base64 "$bytes" | tr -d '\n' >"$file.tmp"
            else
                python3 -c 'import secrets,base64,sys;print(base64.b64encode(secrets.token_bytes(int(sys.argv[1]))).decode(),end="")' "$bytes" >"$file.tmp"
            fi
        ) || die "could not generate $file"
        mv "$file.tmp" "$file"
    fi
    [ -s "$file" ] || die "$file is empty"
    cat "$file"
}

# The development JWT signing key (sets CP_SIGNING_KEY) and the registry's keys for ID numbers at rest
# (sets CP_PRIVACY_KEY, CP_BLIND_INDEX_KEY) and the services' database password (CP_DB_APP_PASSWORD).
ensure_dev_signing_key() {
    CP_SIGNING_KEY="$(dev_secret dev-signing-key 48)" || exit 1
    CP_PRIVACY_KEY="$(dev_secret dev-id-encryption-key 32)" || exit 1
    CP_BLIND_INDEX_KEY="$(dev_secret dev-id-blind-index-key 32)" || exit 1
    # Letters and digits only: it goes into a connection string.
    CP_DB_APP_PASSWORD="$(dev_secret dev-db-app-password 24 | tr -dc 'A-Za-z0-9')" || exit 1
}

# Prints the last lines of a log file, indented, to stderr.
show_log_tail() {
    local file="$1" lines="${2:-40}"
    if [ -f "$file" ]; then
        printf '[platform] ---- last %s lines of %s ----\n' "$lines" "${file#"$CP_ROOT"/}" >&2
        tail -n "$lines" "$file" >&2 || true
        printf '[platform] ---- end of %s ----\n' "${file#"$CP_ROOT"/}" >&2
    else
        printf '[platform] (no log at %s)\n' "$file" >&2
    fi
}
