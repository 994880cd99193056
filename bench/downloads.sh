#!/usr/bin/env bash
# How long downloads take to make, warm: EPUB, HTML and PDF of a 100,000-word work in 30 chapters.
#
# Compiles the tests (offline), then runs org.fanfold.downloads.book.DownloadsBenchmark in one JVM: each format is
# built and written many times after a warm-up, and the minimum, median and 90th percentile are printed. No
# server, no database, no cache: this is the conversion a first download of a version costs.
#
# Usage: bench/downloads.sh [words] [chapters] [epubRuns] [pdfRuns]     (default 100000 30 40 5)
# Settings (environment): BENCH_JAVA_OPTS (default -Xmx1g)
# Needs: a JDK 21+ (JAVA_HOME, or the newest in /usr/lib/jvm) and the Maven repository ./mvnw filled once.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
cd "$ROOT"

if [[ -z "${JAVA_HOME:-}" ]]; then
    for candidate in /usr/lib/jvm/*; do
        [[ -x "$candidate/bin/java" ]] || continue
        version=$("$candidate/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)
        ((version >= 21)) && JAVA_HOME=$candidate
    done
fi
[[ -n "${JAVA_HOME:-}" ]] || { echo "downloads.sh: no JDK 21+ found; set JAVA_HOME" >&2; exit 1; }
export JAVA_HOME

CP_FILE=$(mktemp "${TMPDIR:-/tmp}/fanfold-bench-cp.XXXXXX")
trap 'rm -f "$CP_FILE"' EXIT
./mvnw -B -q -o test-compile -Dspotless.check.skip=true
./mvnw -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE" >/dev/null

# shellcheck disable=SC2086
exec "$JAVA_HOME/bin/java" ${BENCH_JAVA_OPTS:--Xmx1g} \
    -cp "target/test-classes:target/classes:$(cat "$CP_FILE")" \
    org.fanfold.downloads.book.DownloadsBenchmark "$@"
