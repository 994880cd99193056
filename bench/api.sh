#!/usr/bin/env bash
# API list throughput: requests per second of GET /api/v1/works?… as a guest, with wrk, on a generated archive.
#
# Usage: bench/api.sh [DATA_DIR]
#   DATA_DIR: an archive made by `./fanfold generate --works 20000 --seed 1 --data DATA_DIR`, with no server running
#   on it. Without it the script generates that archive in a temporary directory first (a few minutes).
# Settings (environment): BENCH_THREADS=2 BENCH_CONNECTIONS=16 BENCH_DURATION=20s BENCH_WARMUP=30s
#   BENCH_PORT=18095 BENCH_KEEP=1 (keep the temp dir: server log, answers)
# Needs: curl, jq, wrk (Debian: apt-get install curl jq wrk) and a JDK 21+ for ./fanfold. Installs nothing.
#
# The server runs with the API's rate limits off (FANFOLD_API_*_PER_MINUTE=0): wrk is one address, and the default
# budget of 120 reads a minute for a guest address would answer nearly everything with 429.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
readonly ROOT
readonly THREADS=${BENCH_THREADS:-2}
readonly CONNECTIONS=${BENCH_CONNECTIONS:-16}
readonly DURATION=${BENCH_DURATION:-20s}
readonly WARMUP=${BENCH_WARMUP:-30s}
readonly PORT=${BENCH_PORT:-18095}
readonly HOST=127.0.0.1
readonly BASE="http://$HOST:$PORT"

die() {
    printf 'api.sh: %s\n' "$*" >&2
    exit 1
}

for tool in curl jq wrk; do command -v "$tool" >/dev/null || die "$tool is missing (apt-get install $tool)"; done
(($# <= 1)) || die "usage: bench/api.sh [DATA_DIR]"
! (exec 3<>"/dev/tcp/$HOST/$PORT") 2>/dev/null || die "port $PORT is in use; set BENCH_PORT"

TMP=$(mktemp -d "${TMPDIR:-/tmp}/fanfold-api.XXXXXX")
SERVER_PID=""
cleanup() {
    local code=$? i
    if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill -TERM "$SERVER_PID" 2>/dev/null || true
        for ((i = 0; i < 150; i++)); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.2; done
        kill -KILL "$SERVER_PID" 2>/dev/null || true
    fi
    wait 2>/dev/null || true
    if [[ "${BENCH_KEEP:-}" == 1 ]]; then echo "Kept $TMP"; else rm -rf "$TMP"; fi
    exit "$code"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if (($# == 1)); then
    DATA=$(cd "$1" && pwd -P) || die "no such directory: $1"
else
    DATA="$TMP/data"
    echo "== Generating 20,000 works (seed 1) in $DATA"
    "$ROOT/fanfold" generate --works 20000 --seed 1 --data "$DATA" | tail -5
fi
readonly DATA

echo "== Starting Fanfold on $BASE (data: $DATA), API rate limits off"
FANFOLD_API_READS_PER_MINUTE=0 FANFOLD_API_ANONYMOUS_READS_PER_MINUTE=0 SERVER_ADDRESS=$HOST \
    "$ROOT/fanfold" serve --port "$PORT" --data "$DATA" >"$TMP/server.log" 2>&1 &
SERVER_PID=$!
for ((i = 0; i < 600; i++)); do
    curl -fs -m 2 "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"' && break
    kill -0 "$SERVER_PID" 2>/dev/null || { tail -30 "$TMP/server.log" >&2; die "Fanfold exited while starting"; }
    sleep 0.5
done
((i < 600)) || die "Fanfold was not healthy within 5 minutes; see $TMP/server.log (BENCH_KEEP=1)"

# The most common canonical fandom and a work, from the API itself.
curl -fsS -m 60 "$BASE/api/v1/works?facets=true" >"$TMP/facets.json"
FANDOM=$(jq -r '.facets.fandom[0].name // empty' "$TMP/facets.json")
WORK=$(jq -r '.works[0].id' "$TMP/facets.json")
TOTAL=$(jq -r '.total' "$TMP/facets.json")
[[ -n "$FANDOM" ]] || die "no canonical fandom in the archive's facets (is it a generated archive?)"
FANDOM_Q=$(jq -rn --arg v "$FANDOM" '$v | @uri')
printf 'archive: %s works; most common fandom: %s\n' "$TOTAL" "$FANDOM"

# name, path, extra wrk arguments
URLS=(
    "newest first, page 1|/api/v1/works|"
    "page 100|/api/v1/works?page=100|"
    "a fandom by kudos|/api/v1/works?work_search%5Bother_tag_names%5D=$FANDOM_Q&work_search%5Bsort_column%5D=kudos_count|"
    "complete, 10k-50k words, with facets|/api/v1/works?work_search%5Bcomplete%5D=T&work_search%5Bwords_from%5D=10000&work_search%5Bwords_to%5D=50000&facets=true|"
    "one work|/api/v1/works/$WORK|"
)
ETAG=$(curl -fsS -m 30 -o /dev/null -D - "$BASE/api/v1/works" | tr -d '\r' | awk -F': ' 'tolower($1) == "etag" {print $2}')
[[ -n "$ETAG" ]] && URLS+=("newest first, If-None-Match (304)|/api/v1/works|$ETAG")

run_wrk() { # duration path [etag]
    local args=(-t"$THREADS" -c"$CONNECTIONS" -d"$1" --latency)
    [[ -n "${3:-}" ]] && args+=(-H "If-None-Match: $3")
    wrk "${args[@]}" "$BASE$2"
}

echo "== Warming up ($WARMUP on each)"
for entry in "${URLS[@]}"; do
    IFS='|' read -r _ path etag <<<"$entry"
    curl -fsS -m 30 -o "$TMP/answer.json" "$BASE$path" || die "GET $path failed"
    run_wrk "$WARMUP" "$path" "$etag" >/dev/null
done

printf '\nwrk -t%s -c%s -d%s, load average before: %s\n\n' "$THREADS" "$CONNECTIONS" "$DURATION" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '| Request | bytes | req/s | p50 | p90 | p99 | non-2xx/3xx |\n|---|---:|---:|---:|---:|---:|---:|\n'
for entry in "${URLS[@]}"; do
    IFS='|' read -r name path etag <<<"$entry"
    bytes=$(curl -fsS -m 30 "$BASE$path" | wc -c)
    [[ -n "$etag" ]] && bytes=0
    run_wrk "$DURATION" "$path" "$etag" >"$TMP/wrk.txt"
    awk -v name="$name" -v bytes="$bytes" '
        /Requests\/sec:/ { rps = $2 }
        /^ +50%/ { p50 = $2 } /^ +90%/ { p90 = $2 } /^ +99%/ { p99 = $2 }
        /Non-2xx or 3xx responses:/ { bad = $5 }
        END { printf "| %s | %s | %s | %s | %s | %s | %s |\n", name, bytes, rps, p50, p90, p99, bad + 0 }' "$TMP/wrk.txt"
done
printf '\nload average after: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
