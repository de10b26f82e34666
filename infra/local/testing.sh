# shellcheck shell=bash
# `test` and `bench`: run against the local servers. Sourced by infra/platform.sh.

CP_TEST_RESULTS="$CP_LOCAL/test-results"

# Exports what the test projects and the benchmarks read.
export_test_env() {
    ensure_dev_signing_key
    platform_env
    local kv
    for kv in "${PLATFORM_ENV[@]}"; do export "${kv?}"; done
    export CP_REPO_ROOT="$CP_ROOT"
    export CP_DB_APP_PASSWORD
    export CP_PG_PORT CP_RABBIT_PORT CP_RABBIT_MGMT_PORT CP_RABBIT_DIST_PORT CP_EPMD_PORT
    export CP_RABBIT_MGMT_URL="http://127.0.0.1:$CP_RABBIT_MGMT_PORT"
    # Test helpers run rabbitmqctl against the node: give them the same EPMD port.
    export ERL_EPMD_PORT="$CP_EPMD_PORT"
}

# Installs the node packages of a test folder (relative to the repo) when it has a package.json (skipped when
# node_modules is already newer than the manifest): tests/interop's gRPC peer, the web console tests' axe-core.
ensure_node_deps() {
    local rel="$1" dir="$CP_ROOT/$1" manifest stamp
    [ -f "$dir/package.json" ] || return 0
    command -v npm >/dev/null 2>&1 || die "$rel needs npm (Node.js), which is not installed"
    manifest="$dir/package.json"
    [ -f "$dir/package-lock.json" ] && manifest="$dir/package-lock.json"
    stamp="$dir/node_modules/.package-lock.json"
    if [ -f "$stamp" ] && [ "$stamp" -nt "$manifest" ] && [ "$stamp" -nt "$dir/package.json" ]; then
        info "$rel: node packages up to date"
        return 0
    fi
    if [ -f "$dir/package-lock.json" ]; then
        info "$rel: npm ci"
        (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci failed in $rel"
    else
        info "$rel: npm install"
        (cd "$dir" && npm install --no-audit --no-fund --loglevel=error) || die "npm install failed in $rel"
    fi
}

ensure_interop_deps() {
    ensure_node_deps tests/interop
    ensure_node_deps tests/ChildProtection.Web.Tests
}

# The web console's browser tests drive Debian's Chromium by its path (Playwright's own browsers cannot be
# downloaded here) and need CJK fonts to render Chinese: install both when missing, as RabbitMQ is.
CP_CHROMIUM="${CP_CHROMIUM:-/usr/bin/chromium}"
export CP_CHROMIUM
ensure_browser() {
    [ -d "$CP_ROOT/tests/ChildProtection.Web.Tests" ] || return 0
    local missing=()
    [ -x "$CP_CHROMIUM" ] || missing+=(chromium)
    if command -v fc-list >/dev/null 2>&1; then
        fc-list :lang=zh 2>/dev/null | grep -q . || missing+=(fonts-noto-cjk)
    elif ! dpkg -s fonts-noto-cjk >/dev/null 2>&1; then
        missing+=(fonts-noto-cjk)
    fi
    if [ ${#missing[@]} -gt 0 ]; then
        info "the web console's browser tests need: ${missing[*]}"
        apt_install "${missing[@]}"
    fi
    [ -x "$CP_CHROMIUM" ] || die "Chromium is still missing at $CP_CHROMIUM after apt-get install (set CP_CHROMIUM to its path)"
    info "Chromium for the console's browser tests: $CP_CHROMIUM"
}

# Prints "PASSED FAILED SKIPPED" summed over the trx files; falls back to dotnet test's console
# summary lines ("Passed!  - Failed: 0, Passed: 12, Skipped: 0, …") when there are none.
count_test_results() {
    local console_log="$1"
    python3 - "$CP_TEST_RESULTS" "$console_log" <<'PY'
import glob, os, re, sys
import xml.etree.ElementTree as ET

results_dir, console_log = sys.argv[1], sys.argv[2]
passed = failed = skipped = 0
files = sorted(glob.glob(os.path.join(results_dir, "**", "*.trx"), recursive=True))
for path in files:
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        print(f"[platform] WARNING: unreadable trx {path}: {e}", file=sys.stderr)
        failed += 1
        continue
    for r in root.iter():
        if not r.tag.endswith("UnitTestResult"):
            continue
        outcome = r.get("outcome", "")
        if outcome == "Passed":
            passed += 1
        elif outcome in ("NotExecuted", "Inconclusive", "Pending", "Disconnected", "Warning"):
            skipped += 1
        else:
            failed += 1
if not files and os.path.exists(console_log):
    pat = re.compile(r"(?:Passed|Failed)!\s+-\s+Failed:\s*(\d+),\s*Passed:\s*(\d+),\s*Skipped:\s*(\d+)")
    with open(console_log, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = pat.search(line)
            if m:
                failed += int(m.group(1)); passed += int(m.group(2)); skipped += int(m.group(3))
print(passed, failed, skipped)
PY
}

run_tests() {
    local log="$CP_LOGS/test.log" rc counts passed failed skipped line
    ensure_servers
    ensure_interop_deps
    ensure_browser
    export_test_env
    rm -rf "$CP_TEST_RESULTS"
    mkdir -p "$CP_TEST_RESULTS"
    info "running dotnet test ChildProtection.sln (console output also in .local/logs/test.log, trx in .local/test-results)"
    set +e
    # Test projects run one after another (-m:1): some tests stop and start the shared RabbitMQ on purpose,
    # which must not happen under another project's feet.
    (cd "$CP_ROOT" && dotnet build ChildProtection.sln -nologo -v:q && \
        dotnet test ChildProtection.sln --no-build -m:1 --logger trx --results-directory "$CP_TEST_RESULTS") 2>&1 | tee "$log"
    rc=${PIPESTATUS[0]}
    set -e

    if command -v python3 >/dev/null 2>&1; then
        counts="$(count_test_results "$log")" || counts="0 0 0"
    else
        counts="$(grep -oE '(Passed|Failed)! +- +Failed: *[0-9]+, *Passed: *[0-9]+, *Skipped: *[0-9]+' "$log" \
            | awk -F'[:,]' '{f+=$2; p+=$4; s+=$6} END {print p+0, f+0, s+0}')"
    fi
    read -r passed failed skipped <<<"$counts"

    if [ "$rc" -eq 0 ] && [ "$failed" -gt 0 ]; then rc=1; fi
    if [ $((passed + failed + skipped)) -eq 0 ]; then
        info "no tests were found or run"
        [ "$rc" -ne 0 ] || rc=1
    elif [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then
        info "dotnet test exited with $rc (a build error, a crashed test host, or a project without results)"
    fi
    line="tests: $passed passed, $failed failed"
    [ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
    printf '%s\n' "$line"
    return "$rc"
}

run_bench() {
    compgen -G "$CP_ROOT/tests/Benchmarks/*.csproj" >/dev/null || die "tests/Benchmarks does not exist yet"
    ensure_servers
    export_test_env
    info "running dotnet run -c Release --project tests/Benchmarks -- $*"
    cd "$CP_ROOT"
    dotnet run -c Release --project tests/Benchmarks -- "$@"
}
