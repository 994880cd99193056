#!/usr/bin/env bash
# Two builds serving the same filter pages, measured in alternating bursts so both meet the same machine noise.
#
# Starts each build on its own copy of an archive (one index cannot be opened by two servers), warms both, then
# for every page of the search issue's mix (`fanfold bench-queries --urls`) runs `wrk -t1 -c1` (one kept-alive
# connection, one request at a time, as a reader's browser) against A, then B, then A ... and reports per page the
# median over the bursts of each build's p50 and requests per second, and B's p50 over A's; and each build's
# engine time over the same bursts (its `fanfold_listing_engine_seconds`, mean per request) with the page's mean
# (one over requests per second) over it: the page against its engine, measured by a client that adds nothing.
# Last, each server's CPU time per request over its bursts (from /proc: every thread, the JIT's and the
# collector's too): the steadiest of these figures on a machine shared with other work, whose load moves latency
# far more than the CPU a request costs.
#
# Usage: bench/pages-side-by-side.sh JAR_A:DATA_A JAR_B:DATA_B
#        (DATA_B a copy of DATA_A: cp -a DATA_A DATA_B; no servers running on them)
# Settings (environment): BENCH_BURSTS=6 BENCH_SECONDS=3 BENCH_WARMUP_SECONDS=10 (per page and build)
#                         BENCH_GZIP=1 (ask for gzip) BENCH_PORTS="18090 18091" JAVA (a JDK 21+ java)
#                         BENCH_UNSEEN=1 (each request a query the engine has not seen: bench/unseen.lua)
#                         BENCH_SIGNED_IN=1 (as a signed-in reader who muted Fluff and Angst, two of the generator's
#                         most used tags: the account benchmarker is made on each copy where it is missing)
#                         BENCH_ONLY=REGEX (only the pages whose name matches, e.g. BENCH_ONLY=phrase on an archive
#                         generated with --bodies, where the issue measures the phrase in story text)
#                         BENCH_OPTS_A, BENCH_OPTS_B (JVM options of one build only, e.g.
#                         BENCH_OPTS_B=-Dspring.threads.virtual.enabled=false: one jar, two settings)
#                         BENCH_FLOOR=1 (also the server's floor: the login page, no engine and no database)
# Either build may be the same jar: A and B alike, the spread between them is the machine's noise.
# Needs: wrk, curl, awk.
set -euo pipefail

die() {
    printf 'pages-side-by-side.sh: %s\n' "$*" >&2
    exit 1
}

(($# == 2)) || die "usage: bench/pages-side-by-side.sh JAR_A:DATA_A JAR_B:DATA_B"
command -v wrk >/dev/null || die "wrk is missing (apt-get install wrk)"
readonly BURSTS=${BENCH_BURSTS:-6} SECONDS_EACH=${BENCH_SECONDS:-3} WARMUP=${BENCH_WARMUP_SECONDS:-10}
read -r PORT_A PORT_B <<<"${BENCH_PORTS:-18090 18091}"
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
java=$("$ROOT/bench/find-java.sh") || exit 1
JAR_A=${1%%:*} DATA_A=${1#*:} JAR_B=${2%%:*} DATA_B=${2#*:}
[[ "$(cd "$DATA_A" && pwd -P)" != "$(cd "$DATA_B" && pwd -P)" ]] || die "the builds need two copies of the archive"
for port in "$PORT_A" "$PORT_B"; do
    ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || die "port $port is in use; set BENCH_PORTS"
done

TMP=$(mktemp -d "${TMPDIR:-/tmp}/fanfold-pages.XXXXXX")
PIDS=()
cleanup() {
    local pid
    for pid in "${PIDS[@]}"; do { kill "$pid" && wait "$pid"; } 2>/dev/null || true; done
    rm -rf "$TMP"
}
trap cleanup EXIT

"$java" -jar "$JAR_A" bench-queries --data "$DATA_A" --urls 2>"$TMP/urls.err" | grep -P '\t/' >"$TMP/urls.tsv" ||
    { cat "$TMP/urls.err" >&2; die "bench-queries --urls failed"; }
[[ -n "${BENCH_FLOOR:-}" ]] && printf 'floor: the login page\t/users/login\n' >>"$TMP/urls.tsv"
if [[ -n "${BENCH_ONLY:-}" ]]; then
    awk -F'\t' -v only="$BENCH_ONLY" '$1 ~ only' "$TMP/urls.tsv" >"$TMP/only.tsv"
    [[ -s "$TMP/only.tsv" ]] || die "no page's name matches BENCH_ONLY=$BENCH_ONLY: $(cut -f1 "$TMP/urls.tsv" | paste -sd, -)"
    mv "$TMP/only.tsv" "$TMP/urls.tsv"
fi

readonly READER=benchmarker READER_PASSWORD=benchmarker-password
if [[ -n "${BENCH_SIGNED_IN:-}" ]]; then
    for jd in "$JAR_A:$DATA_A" "$JAR_B:$DATA_B"; do
        out=$("$java" -jar "${jd%%:*}" user create "$READER" --email "$READER@example.org" --password-stdin \
            --data "${jd#*:}" <<<"$READER_PASSWORD" 2>&1) || grep -qi "taken\|exists" <<<"$out" ||
            { printf '%s\n' "$out" >&2; die "could not make the account $READER"; }
    done
fi

declare -A pid_of=()
start() { # jar data port log jvm-options
    # shellcheck disable=SC2086 # the options are words
    SERVER_ADDRESS=127.0.0.1 "$java" $5 -jar "$1" serve --port "$3" --data "$2" >"$4" 2>&1 &
    PIDS+=($!)
    pid_of[$3]=$!
}
start "$JAR_A" "$DATA_A" "$PORT_A" "$TMP/a.log" "${BENCH_OPTS_A:-}"
start "$JAR_B" "$DATA_B" "$PORT_B" "$TMP/b.log" "${BENCH_OPTS_B:-}"
for port in "$PORT_A" "$PORT_B"; do
    for _ in $(seq 1 300); do
        curl -fs -m 2 "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q UP && break
        sleep 1
    done
    curl -fs -m 2 "http://127.0.0.1:$port/actuator/health" | grep -q UP || die "the server on $port did not start"
done

headers=()
[[ -n "${BENCH_GZIP:-}" ]] && headers=(-H 'Accept-Encoding: gzip')
token() { # port path cookie-jar -> the CSRF token of the page's first form
    curl -fsS -m 10 -b "$3" -c "$3" "http://127.0.0.1:$1$2" |
        awk 'match($0, /name="authenticity_token" value="[^"]*"/) && !t { t = substr($0, RSTART + 33, RLENGTH - 34) }
             END { print t }'
}
sign_in() { # port -> the session cookie of the reader, signed in, with Fluff and Angst muted
    local jar=$TMP/cookies.$1 tag
    curl -fsS -m 10 -o /dev/null -b "$jar" -c "$jar" --data-urlencode "authenticity_token=$(token "$1" /users/login "$jar")" \
        --data-urlencode "user[login]=$READER" --data-urlencode "user[password]=$READER_PASSWORD" \
        "http://127.0.0.1:$1/users/login" || die "signing in on $1 failed"
    for tag in Fluff Angst; do
        curl -fsS -m 10 -o /dev/null -b "$jar" -c "$jar" --data-urlencode "authenticity_token=$(token "$1" /works "$jar")" \
            "http://127.0.0.1:$1/tags/$tag/mute" || die "muting $tag on $1 failed"
    done
    [[ "$(curl -fsS -m 10 -b "$jar" "http://127.0.0.1:$1/works")" == *"hidden by your exclusions"* ]] ||
        die "on $1 the reader is not signed in with the tags muted"
    awk '$6 == "_fanfold_session" { print "_fanfold_session=" $7 }' "$jar"
}
declare -A cookie=()
if [[ -n "${BENCH_SIGNED_IN:-}" ]]; then
    cookie[$PORT_A]=$(sign_in "$PORT_A")
    cookie[$PORT_B]=$(sign_in "$PORT_B")
fi
engine() { # port -> "count sum_seconds" of the engine's time on listings so far
    curl -fsS -m 10 "http://127.0.0.1:$1/actuator/prometheus" |
        awk '/^fanfold_listing_engine_seconds_count/ {c=$2} /^fanfold_listing_engine_seconds_sum/ {s=$2} END {print c+0, s+0}'
}
readonly TICK=$(getconf CLK_TCK)
cpu() { # pid -> the CPU time the process has used so far, in clock ticks (user and system)
    awk '{ print $14 + $15 }' "/proc/$1/stat"
}
burst() { # port path seconds -> "p50_ms req_per_s engine_mean_ms cpu_ms_per_request"
    local c0 s0 c1 s1 t0 t1 out h=("${headers[@]}")
    [[ -n "${cookie[$1]:-}" ]] && h+=(-H "Cookie: ${cookie[$1]}")
    read -r c0 s0 < <(engine "$1")
    t0=$(cpu "${pid_of[$1]}")
    if [[ -n "${BENCH_UNSEEN:-}" ]]; then
        out=$(BENCH_PATH="$2" wrk -t1 -c1 -d"$3"s --latency "${h[@]}" -s "$ROOT/bench/unseen.lua" \
            "http://127.0.0.1:$1" 2>&1)
    else
        out=$(wrk -t1 -c1 -d"$3"s --latency "${h[@]}" "http://127.0.0.1:$1$2" 2>&1)
    fi
    t1=$(cpu "${pid_of[$1]}")
    read -r c1 s1 < <(engine "$1")
    awk -v c0="$c0" -v c1="$c1" -v s0="$s0" -v s1="$s1" -v ticks=$((t1 - t0)) -v tick="$TICK" '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
        /Non-2xx/ { bad = 1 } /Requests\/sec/ { r = $2 } /^ +50%/ { p = ms($2) } /requests in/ { n = $1 }
        END { c = c1 - c0
              if (bad) print "NON-2XX"
              else printf "%.2f %.1f %.3f %.3f\n", p, r, (c > 0 ? (s1 - s0) * 1000 / c : 0),
                          (n > 0 ? ticks * 1000 / tick / n : 0) }' <<<"$out"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

echo "| Page | A p50 ms | B p50 ms | B ÷ A | A req/s | B req/s | A engine ms | B engine ms | A page ÷ engine | B page ÷ engine | A CPU ms | B CPU ms | B ÷ A CPU |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
while IFS=$'\t' read -r name path; do
    burst "$PORT_A" "$path" "$WARMUP" >/dev/null
    burst "$PORT_B" "$path" "$WARMUP" >/dev/null
    : >"$TMP/a" && : >"$TMP/b"
    for _ in $(seq 1 "$BURSTS"); do
        burst "$PORT_A" "$path" "$SECONDS_EACH" >>"$TMP/a"
        burst "$PORT_B" "$path" "$SECONDS_EACH" >>"$TMP/b"
    done
    ! grep -q NON-2XX "$TMP/a" "$TMP/b" || die "$name: a build answered with an error ($path)"
    a50=$(cut -d' ' -f1 "$TMP/a" | median) b50=$(cut -d' ' -f1 "$TMP/b" | median)
    ar=$(cut -d' ' -f2 "$TMP/a" | median) br=$(cut -d' ' -f2 "$TMP/b" | median)
    ae=$(cut -d' ' -f3 "$TMP/a" | median) be=$(cut -d' ' -f3 "$TMP/b" | median)
    ac=$(cut -d' ' -f4 "$TMP/a" | median) bc=$(cut -d' ' -f4 "$TMP/b" | median)
    awk -v n="$name" -v a="$a50" -v b="$b50" -v ar="$ar" -v br="$br" -v ae="$ae" -v be="$be" -v ac="$ac" -v bc="$bc" '
        function ratio(rps, e) { return rps > 0 && e > 0 ? sprintf("%.2f", 1000 / rps / e) : "–" }
        BEGIN { printf "| %s | %.2f | %.2f | %.2f | %.0f | %.0f | %.2f | %.2f | %s | %s | %.3f | %.3f | %s |\n",
                       n, a, b, b / a, ar, br, ae, be, ratio(ar, ae), ratio(br, be), ac, bc,
                       (ac > 0 ? sprintf("%.2f", bc / ac) : "–") }'
done <"$TMP/urls.tsv"
