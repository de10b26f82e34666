#!/usr/bin/env bash
# Seeds the running platform with the children in infra/local/seed/children.json, through the
# gateway with a development token. Runs once: a marker file .local/seeded skips later runs
# (delete it to seed again). Called by `infra/platform.sh up --seed`; can be run on its own.
set -euo pipefail

ROOT="${CP_REPO_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
GATEWAY="${CP_GATEWAY_URL:-http://127.0.0.1:${CP_GATEWAY_PORT:-5080}}"
CHILDREN="$ROOT/infra/local/seed/children.json"
MARKER="$ROOT/.local/seeded"

say() { printf '[seed] %s\n' "$*"; }
fail() { printf '[seed] ERROR: %s\n' "$*" >&2; exit 1; }

if [ -f "$MARKER" ]; then
    say "already seeded ($(cat "$MARKER")); delete .local/seeded to seed again"
    exit 0
fi
[ -f "$CHILDREN" ] || fail "$CHILDREN not found"
command -v python3 >/dev/null 2>&1 || fail "python3 is needed to read the seed JSON"

json_field() { python3 -c 'import json,sys; print(json.load(sys.stdin).get(sys.argv[1]) or "")' "$1"; }

say "asking $GATEWAY/api/dev/token for a development token"
token_response="$(curl -sS --max-time 10 -X POST "$GATEWAY/api/dev/token" -H 'content-type: application/json' \
    -d '{"user":"seed","department":"civil-affairs","role":"caseworker","region":"120116"}')" \
    || fail "the gateway does not answer at $GATEWAY"
token="$(printf '%s' "$token_response" | json_field token 2>/dev/null || true)"
[ -n "$token" ] || fail "no token from $GATEWAY/api/dev/token; the answer was: $token_response"

body_file="$(mktemp)"
trap 'rm -f "$body_file"' EXIT
created=0
failed=0
total=0
# One compact JSON object per line.
while IFS= read -r child; do
    [ -n "$child" ] || continue
    total=$((total + 1))
    name="$(printf '%s' "$child" | json_field name)"
    for attempt in 1 2 3 4 5; do
        code="$(curl -sS --max-time 15 -o "$body_file" -D "$body_file.headers" -w '%{http_code}' \
            -X POST "$GATEWAY/api/registry/children" \
            -H 'content-type: application/json' -H "Authorization: Bearer $token" \
            -d "$child" || echo 000)"
        if [ "$code" = 429 ] || [ "$code" = 503 ] || [ "$code" = 000 ]; then
            wait_s="$(awk 'tolower($1)=="retry-after:" {gsub("\r",""); print $2}' "$body_file.headers" 2>/dev/null || true)"
            case "$wait_s" in ''|*[!0-9]*) wait_s=$attempt ;; esac
            [ "$wait_s" -le 60 ] || wait_s=60
            sleep "$wait_s"
            continue
        fi
        break
    done
    rm -f "$body_file.headers"
    if [ "$code" = 201 ] || [ "$code" = 200 ]; then
        created=$((created + 1))
    else
        failed=$((failed + 1))
        printf '[seed] %s: HTTP %s %s\n' "$name" "$code" "$(head -c 400 "$body_file")" >&2
    fi
done < <(python3 -c 'import json,sys
for c in json.load(open(sys.argv[1], encoding="utf-8")):
    print(json.dumps(c, ensure_ascii=False, separators=(",", ":")))' "$CHILDREN")

say "registered $created of $total children"
if [ "$failed" -gt 0 ]; then
    fail "$failed children were not registered (the marker is not written; fix and re-run — children already registered would be registered again)"
fi
mkdir -p "$(dirname "$MARKER")"
printf '%s children at %s\n' "$created" "$(date -Is)" >"$MARKER"
