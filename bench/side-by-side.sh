#!/usr/bin/env bash
# Times the query mix (`fanfold bench-queries`) with several builds in turn on the same archive, round after
# round, so the builds share the machine's state and noise: compare them within a round, not across sessions.
#
# Usage: bench/side-by-side.sh LOG ROUNDS JAR:DATA_DIR [JAR:DATA_DIR ...]
# settings: BENCH_RUNS (runs per query, 40), BENCH_WARMUP (mix runs first, 300: a warm JIT, as a server has),
#           BENCH_WARMUP_SECONDS (and at least this long; unset: the build's default, 40 s since session 7, none
#           before — set BENCH_WARMUP high enough for both when comparing with an older build), BENCH_SECONDS
#           (throughput, 5), JAVA (a JDK 21+ java)
set -euo pipefail
if (($# < 3)); then
    sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
fi
java=$("$(dirname "${BASH_SOURCE[0]}")/find-java.sh") || exit 1
log=$1 rounds=$2
shift 2
for round in $(seq 1 "$rounds"); do
    for pair in "$@"; do
        jar=${pair%%:*} data=${pair#*:}
        echo "=== $jar $data round $round $(uptime)" >>"$log"
        "$java" -jar "$jar" bench-queries --data "$data" --runs "${BENCH_RUNS:-40}" --warmup "${BENCH_WARMUP:-300}" \
            ${BENCH_WARMUP_SECONDS:+--warmup-seconds "$BENCH_WARMUP_SECONDS"} \
            --seconds "${BENCH_SECONDS:-5}" 2>/dev/null | grep -E '^\||Throughput|Heap' >>"$log"
    done
done
echo DONE >>"$log"
