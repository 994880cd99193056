#!/usr/bin/env bash
# Prints a JDK 21+ java for the benchmarks: $JAVA if set, else $JAVA_HOME's, else one installed beside the default
# (/usr/lib/jvm/*25*, *21*). Exits 1 with a message when there is none.
set -euo pipefail
if [[ -n "${JAVA:-}" ]]; then
    echo "$JAVA"
    exit 0
fi
candidates=(/usr/lib/jvm/*25*/bin/java /usr/lib/jvm/*21*/bin/java)
[[ -n "${JAVA_HOME:-}" ]] && candidates=("$JAVA_HOME/bin/java" "${candidates[@]}")
for candidate in "${candidates[@]}"; do
    [[ -x "$candidate" ]] && { echo "$candidate"; exit 0; }
done
echo "no JDK 21+ found; set JAVA" >&2
exit 1
