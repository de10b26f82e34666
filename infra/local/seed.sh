#!/usr/bin/env bash
# Seeds the running platform through the gateway with a development token, in dependency order:
#   1. villages      infra/local/seed/villages.json     (the villages of Binhai New Area the children live in)
#   2. directors     infra/local/seed/directors.json    (one child director per village, each with one training)
#   3. supervisors   infra/local/seed/supervisors.json  (one child supervisor per township)
#   4. children      infra/local/seed/children.json     (each with the facts found on the first visit, and its director)
# Runs once: a marker file .local/seeded skips later runs. Each stage also leaves .local/seeded-<stage>
# when all of it went in, so a re-run after a failure skips the finished stages; villages already
# registered (409) and directors or supervisors already serving under the same name are skipped too.
# Delete .local/seeded* to seed again. Called by `infra/platform.sh up --seed`; can be run on its own.
set -euo pipefail

ROOT="${CP_REPO_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
GATEWAY="${CP_GATEWAY_URL:-http://127.0.0.1:${CP_GATEWAY_PORT:-5080}}"
SEED="$ROOT/infra/local/seed"
MARKER="$ROOT/.local/seeded"

say() { printf '[seed] %s\n' "$*"; }
fail() { printf '[seed] ERROR: %s\n' "$*" >&2; exit 1; }

if [ -f "$MARKER" ]; then
    say "already seeded ($(cat "$MARKER")); delete .local/seeded* to seed again"
    exit 0
fi
for stage in villages directors supervisors children; do
    [ -f "$SEED/$stage.json" ] || fail "$SEED/$stage.json not found"
done
command -v python3 >/dev/null 2>&1 || fail "python3 is needed to read the seed JSON"

json_field() { python3 -c 'import json,sys; print(json.load(sys.stdin).get(sys.argv[1]) or "")' "$1"; }
# The object under KEY, or the object without KEY, as one compact JSON line.
json_get() { python3 -c 'import json,sys; print(json.dumps(json.load(sys.stdin)[sys.argv[1]], ensure_ascii=False, separators=(",", ":")))' "$1"; }
json_without() { python3 -c 'import json,sys; d=json.load(sys.stdin); d.pop(sys.argv[1], None); print(json.dumps(d, ensure_ascii=False, separators=(",", ":")))' "$1"; }
# One compact JSON object per line.
json_lines() {
    python3 -c 'import json,sys
for c in json.load(open(sys.argv[1], encoding="utf-8")):
    print(json.dumps(c, ensure_ascii=False, separators=(",", ":")))' "$1"
}

say "asking $GATEWAY/api/dev/token for a development token"
token_response="$(curl -sS --max-time 10 -X POST "$GATEWAY/api/dev/token" -H 'content-type: application/json' \
    -d '{"user":"seed","department":"civil-affairs","role":"caseworker","region":"120116"}')" \
    || fail "the gateway does not answer at $GATEWAY"
token="$(printf '%s' "$token_response" | json_field token 2>/dev/null || true)"
[ -n "$token" ] || fail "no token from $GATEWAY/api/dev/token; the answer was: $token_response"

body_file="$(mktemp)"
headers_file="$(mktemp)"
trap 'rm -f "$body_file" "$headers_file"' EXIT

# request METHOD PATH [BODY] [IF_MATCH]: sets $code, leaves the answer in $body_file and its headers in
# $headers_file. Retries while the gateway rate-limits (429), a service is unavailable (503) or nothing answers.
code=000
request() {
    local method="$1" path="$2" data="${3:-}" if_match="${4:-}" attempt wait_s
    local args=(-sS --max-time 15 -o "$body_file" -D "$headers_file" -w '%{http_code}' -X "$method" "$GATEWAY$path"
        -H "Authorization: Bearer $token")
    [ -z "$data" ] || args+=(-H 'content-type: application/json' -d "$data")
    [ -z "$if_match" ] || args+=(-H "If-Match: $if_match")
    for attempt in 1 2 3 4 5; do
        code="$(curl "${args[@]}" 2>/dev/null)" || code=000
        case "$code" in 429|503|000) ;; *) return 0 ;; esac
        wait_s="$(awk 'tolower($1)=="retry-after:" {gsub("\r",""); print $2}' "$headers_file" 2>/dev/null || true)"
        case "$wait_s" in ''|*[!0-9]*) wait_s=$attempt ;; esac
        [ "$wait_s" -le 60 ] || wait_s=60
        sleep "$wait_s"
    done
}
header() { awk -v h="$(printf '%s:' "$1" | tr 'A-Z' 'a-z')" 'tolower($1)==h {gsub("\r",""); print $2}' "$headers_file"; }
answer() { head -c 400 "$body_file"; }
# True when the last list answer has an active person of this name.
serving() {
    python3 -c 'import json,sys
items = json.load(open(sys.argv[1], encoding="utf-8")).get("items", [])
sys.exit(0 if any(i.get("name") == sys.argv[2] and i.get("active") for i in items) else 1)' "$body_file" "$1"
}

# Counters of the running stage; a stage that leaves any failure stops the seed before the next one.
done_n=0; skipped=0; failed=0; total=0
begin() { done_n=0; skipped=0; failed=0; total=0; }
problem() { failed=$((failed + 1)); printf '[seed] %s: HTTP %s %s\n' "$1" "$code" "$(answer)" >&2; }

seed_villages() {
    local village what
    while IFS= read -r village; do
        [ -n "$village" ] || continue
        total=$((total + 1))
        what="village $(printf '%s' "$village" | json_field code)"
        request POST /api/registry/villages "$village"
        case "$code" in
            201) done_n=$((done_n + 1)) ;;
            409) if grep -q 'village-already-registered' "$body_file"; then skipped=$((skipped + 1)); else problem "$what"; fi ;;
            *) problem "$what" ;;
        esac
    done < <(json_lines "$SEED/villages.json")
}

seed_directors() {
    local line director training village name id etag what
    while IFS= read -r line; do
        [ -n "$line" ] || continue
        total=$((total + 1))
        director="$(printf '%s' "$line" | json_without training)"
        training="$(printf '%s' "$line" | json_get training)"
        village="$(printf '%s' "$line" | json_field villageCode)"
        name="$(printf '%s' "$line" | json_field name)"
        what="director of village $village"
        request GET "/api/registry/directors?region=$village&pageSize=200"
        [ "$code" = 200 ] || { problem "$what (listing)"; continue; }
        if serving "$name"; then skipped=$((skipped + 1)); continue; fi
        request POST /api/registry/directors "$director"
        [ "$code" = 201 ] || { problem "$what"; continue; }
        id="$(json_field id <"$body_file")"
        etag="$(header etag)"
        request POST "/api/registry/directors/$id/trainings" "$training" "$etag"
        [ "$code" = 200 ] || { problem "$what (training)"; continue; }
        done_n=$((done_n + 1))
    done < <(json_lines "$SEED/directors.json")
}

seed_supervisors() {
    local supervisor township name what
    while IFS= read -r supervisor; do
        [ -n "$supervisor" ] || continue
        total=$((total + 1))
        township="$(printf '%s' "$supervisor" | json_field townshipCode)"
        name="$(printf '%s' "$supervisor" | json_field name)"
        what="supervisor of township $township"
        request GET "/api/registry/supervisors?region=$township&pageSize=200"
        [ "$code" = 200 ] || { problem "$what (listing)"; continue; }
        if serving "$name"; then skipped=$((skipped + 1)); continue; fi
        request POST /api/registry/supervisors "$supervisor"
        if [ "$code" = 201 ]; then done_n=$((done_n + 1)); else problem "$what"; fi
    done < <(json_lines "$SEED/supervisors.json")
}

# The id of the active director serving VILLAGE (empty when none).
director_of() {
    request GET "/api/registry/directors?region=$1&pageSize=200"
    [ "$code" = 200 ] || return 0
    python3 -c 'import json,sys
items = [i for i in json.load(open(sys.argv[1], encoding="utf-8")).get("items", []) if i.get("active")]
print(items[0]["id"] if items else "")' "$body_file"
}

# Registers a child, records the facts listed under "facts" (each with the ETag of the step before), then
# assigns the village's director. Categories follow from the facts; nothing is typed in.
seed_children() {
    local line child facts fact method path body id etag village director what
    while IFS= read -r line; do
        [ -n "$line" ] || continue
        total=$((total + 1))
        child="$(printf '%s' "$line" | json_without facts)"
        village="$(printf '%s' "$child" | json_field regionCode)"
        what="child #$total (village $village)"
        request POST /api/registry/children "$child"
        case "$code" in
            201) ;;
            409) if grep -q 'possible-duplicate\|national-id-already-registered' "$body_file"; then skipped=$((skipped + 1)); continue; fi
                 problem "$what"; continue ;;
            *) problem "$what"; continue ;;
        esac
        id="$(json_field id <"$body_file")"
        etag="$(header etag)"
        facts="$(printf '%s' "$line" | python3 -c 'import json,sys
for f in json.load(sys.stdin).get("facts", []):
    print(f["method"], f["path"], json.dumps(f["body"], ensure_ascii=False, separators=(",", ":")))')"
        while IFS=' ' read -r method path body; do
            [ -n "$method" ] || continue
            request "$method" "/api/registry/children/$id/$path" "$body" "$etag"
            [ "$code" = 200 ] || { problem "$what ($path)"; continue 2; }
            etag="$(header etag)"
        done <<<"$facts"
        director="$(director_of "$village")"
        if [ -n "$director" ]; then
            request PUT "/api/registry/children/$id/director" "{\"directorId\":\"$director\"}" "$etag"
            [ "$code" = 200 ] || { problem "$what (director)"; continue; }
        fi
        done_n=$((done_n + 1))
    done < <(json_lines "$SEED/children.json")
}

summary=""
for stage in villages directors supervisors children; do
    stage_marker="$MARKER-$stage"
    if [ -f "$stage_marker" ]; then
        say "$stage: already seeded ($(cat "$stage_marker"))"
        continue
    fi
    begin
    "seed_$stage"
    if [ "$skipped" -gt 0 ]; then say "$stage: registered $done_n of $total, $skipped already there"; else say "$stage: registered $done_n of $total"; fi
    if [ "$failed" -gt 0 ]; then
        [ "$stage" = children ] && fail "$failed children were not registered completely (the marker is not written; fix and re-run — children already registered are recognised as duplicates and skipped)"
        fail "$failed $stage were not registered; the later stages need them, so the seed stops here (fix and re-run: finished stages are skipped)"
    fi
    mkdir -p "$(dirname "$MARKER")"
    printf '%s %s at %s\n' "$((done_n + skipped))" "$stage" "$(date -Is)" >"$stage_marker"
    summary="$summary $((done_n + skipped)) $stage,"
done
printf 'seeded%s at %s\n' "${summary%,}" "$(date -Is)" >"$MARKER"
say "done:${summary%,}"
