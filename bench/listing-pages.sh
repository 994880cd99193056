#!/usr/bin/env bash
# Filter pages end to end against the search engine's share of them, on a generated archive.
#
# Takes the search issue's query mix as site URLs (`fanfold bench-queries --urls`: tag pages with AO3's filter
# parameters, /works, /works/search), starts Fanfold on the archive, requests each page as a guest, one request at
# a time, and compares the time curl measured for the whole page (HTTP, security filters, the listing's database
# reads, facet names, rendering) with the time the same requests spent inside the search engine (Fanfold's
# `fanfold_listing_engine_seconds` metric, read from /actuator/prometheus before and after each page's runs).
#
# Usage: bench/listing-pages.sh DATA_DIR      (an archive made by `fanfold generate`; no server running on it)
# Settings (environment): BENCH_RUNS=100 BENCH_WARMUP=30 BENCH_PORT=18090 BENCH_KEEP=1 (keep the temp dir)
#                         BENCH_UNSEEN=1 (every request a query the engine has not seen: a reader's first filter)
#                         BENCH_GZIP=1 (ask for gzip, as browsers do) BENCH_NEW_CONNECTIONS=1 (a curl per request)
# The last row is the server's stylesheet (no engine, no database) over the same connection: not a page's floor,
# as it turned out — most of it is curl's own time between requests (wrk over one connection gets the stylesheet
# in 0.4-0.5 ms, curl -K in 1-2 ms), and the stylesheet is read from the jar and inflated on every request. For
# page ÷ engine as a client that adds next to nothing sees it, use bench/pages-side-by-side.sh (engine columns).
# Needs: curl, awk, and a JDK 21+ for ./fanfold.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
readonly ROOT
readonly RUNS=${BENCH_RUNS:-100}
readonly WARMUP=${BENCH_WARMUP:-30}
readonly PORT=${BENCH_PORT:-18090}
readonly HOST=127.0.0.1
readonly BASE="http://$HOST:$PORT"

die() {
    printf 'listing-pages.sh: %s\n' "$*" >&2
    exit 1
}

(($# == 1)) || die "usage: bench/listing-pages.sh DATA_DIR"
DATA=$(cd "$1" && pwd -P) || die "no such directory: $1"
readonly DATA
command -v curl >/dev/null || die "curl is missing (apt-get install curl)"
! (exec 3<>"/dev/tcp/$HOST/$PORT") 2>/dev/null || die "port $PORT is in use; set BENCH_PORT"

TMP=$(mktemp -d "${TMPDIR:-/tmp}/fanfold-listing.XXXXXX")
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

echo "== The query mix as URLs"
"$ROOT/fanfold" bench-queries --data "$DATA" --urls 2>"$TMP/urls.err" | grep -P '\t/' >"$TMP/urls.tsv" ||
    { cat "$TMP/urls.err" >&2; die "bench-queries --urls failed"; }
cut -f2 "$TMP/urls.tsv"

echo "== Starting Fanfold on $BASE (data: $DATA)"
SERVER_ADDRESS=$HOST "$ROOT/fanfold" serve --port "$PORT" --data "$DATA" >"$TMP/server.log" 2>&1 &
SERVER_PID=$!
for ((i = 0; i < 600; i++)); do
    curl -fs -m 2 "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"' && break
    kill -0 "$SERVER_PID" 2>/dev/null || { tail -30 "$TMP/server.log" >&2; die "Fanfold exited while starting"; }
    sleep 0.5
done
((i < 600)) || die "Fanfold was not healthy within 5 minutes; see $TMP/server.log (BENCH_KEEP=1)"

# the engine metric's count and sum (seconds), as "count sum"
engine_metric() {
    curl -fsS -m 10 "$BASE/actuator/prometheus" |
        awk '/^fanfold_listing_engine_seconds_count/ {c=$2} /^fanfold_listing_engine_seconds_sum/ {s=$2} END {print c+0, s+0}'
}

# requests $1 $2 times, printing curl's total time of each in ms; with BENCH_UNSEEN=1 each request also excludes
# a tag id no tag has, a new one each time: the same works, but a query the engine has not counted yet. One curl
# asks for them all over one kept-alive connection, as a browser does (BENCH_NEW_CONNECTIONS=1: a new curl and
# connection for each request, as this script did before 2026-11-24 — that adds the connection's set-up and a cold
# start of the server's request path to every page); BENCH_GZIP=1 asks for gzip, as browsers do.
UNSEEN=900000000
fetch() {
    local url=$BASE$1 n=$2 i u
    local -a opts=(-fsS -m 30 -w '%{time_total}\n')
    [[ "${BENCH_GZIP:-}" == 1 ]] && opts+=(--compressed)
    : >"$TMP/curl.cfg"
    for ((i = 0; i < n; i++)); do
        u=$url
        if [[ "${BENCH_UNSEEN:-}" == 1 ]]; then
            UNSEEN=$((UNSEEN + 1))
            [[ $u == *\?* ]] && u+="&" || u+="?"
            u+="work_search%5Bexcluded_tag_ids%5D%5B%5D=$UNSEEN"
        fi
        if [[ "${BENCH_NEW_CONNECTIONS:-}" == 1 ]]; then
            curl "${opts[@]}" -o /dev/null "$u"
        else
            printf 'url = "%s"\noutput = "/dev/null"\n' "$u" >>"$TMP/curl.cfg"
        fi
    done | awk '{printf "%.3f\n", $1 * 1000}'
    [[ "${BENCH_NEW_CONNECTIONS:-}" == 1 ]] || curl "${opts[@]}" -K "$TMP/curl.cfg" | awk '{printf "%.3f\n", $1 * 1000}'
}

echo "== Warming up: each page $WARMUP times"
while IFS=$'\t' read -r _ path; do fetch "$path" "$WARMUP" >/dev/null; done <"$TMP/urls.tsv"

printf '\n| Page | page p50 ms | page mean ms | engine mean ms | page ÷ engine |\n|---|---:|---:|---:|---:|\n'
while IFS=$'\t' read -r name path; do
    read -r c0 s0 < <(engine_metric)
    fetch "$path" "$RUNS" >"$TMP/times"
    read -r c1 s1 < <(engine_metric)
    sort -n "$TMP/times" | awk -v name="$name" -v c0="$c0" -v s0="$s0" -v c1="$c1" -v s1="$s1" '
        { t[NR] = $1; sum += $1 }
        END {
            p50 = t[int((NR + 1) / 2)]; mean = sum / NR
            n = c1 - c0; engine = n > 0 ? (s1 - s0) * 1000 / n : 0
            ratio = engine > 0 ? sprintf("%.2f", mean / engine) : "n/a"
            printf "| %s | %.2f | %.2f | %.2f | %s |\n", name, p50, mean, engine, ratio
        }'
done <"$TMP/urls.tsv"
# the stylesheet (a static file named by its content) over the same connection, with no engine and no database:
# what curl's own time and the server's request path add to any answer (see the note at the top)
first=$(head -1 "$TMP/urls.tsv" | cut -f2)
css=$(curl -fsS -m 30 "$BASE$first" | grep -o '/css/fanfold[^"]*\.css' | head -1)
if [[ -n "$css" ]]; then
    BENCH_UNSEEN=0 fetch "$css" "$RUNS" | sort -n | awk '{ t[NR] = $1; sum += $1 }
        END { printf "| the stylesheet (no engine, no database) | %.2f | %.2f | – | – |\n", t[int((NR + 1) / 2)], sum / NR }'
fi
printf '\nload average: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
