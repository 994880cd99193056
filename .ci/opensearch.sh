#!/usr/bin/env bash
# A throwaway single-node OpenSearch for the tests, bound to 127.0.0.1.
#
#   .ci/opensearch.sh start   # prints the URL (http://127.0.0.1:PORT) on stdout; progress goes to stderr
#   .ci/opensearch.sh stop
#   .ci/opensearch.sh url     # the running node's URL, if any
#
# Idempotent: start reuses a node it started before if that still answers, and the download (the integ-test
# zip from Maven Central, ~160 MB, no plugins) is kept under FANFOLD_CACHE (default ~/.cache/fanfold). As root it
# runs the node as the system user fanfold-os (created when missing), since OpenSearch refuses to run as root.
#
# Environment: FANFOLD_OPENSEARCH_PORT (default: 9200, or the next free port), FANFOLD_OPENSEARCH_HEAP (1g),
# FANFOLD_OPENSEARCH_DIR (where it is unpacked and runs, default /var/tmp/fanfold-opensearch),
# JAVA_HOME (a JDK 21+; otherwise java on PATH or the newest in /usr/lib/jvm).
set -euo pipefail

readonly VERSION=3.6.0
readonly ZIP_URL="https://repo.maven.apache.org/maven2/org/opensearch/distribution/integ-test-zip/opensearch/$VERSION/opensearch-$VERSION.zip"
readonly CACHE=${FANFOLD_CACHE:-${HOME:-/tmp}/.cache/fanfold}
readonly BASE=${FANFOLD_OPENSEARCH_DIR:-/var/tmp/fanfold-opensearch}
readonly HOME_DIR="$BASE/opensearch-$VERSION"
readonly RUN="$BASE/run"
readonly OS_USER=fanfold-os
readonly HEAP=${FANFOLD_OPENSEARCH_HEAP:-1g}

log() { printf 'opensearch.sh: %s\n' "$*" >&2; }
die() {
    log "$*"
    exit 1
}

# The major version a Java home reports (from its release file, else java -version); empty if none.
java_major() {
    local home=$1 v=""
    if [[ -f "$home/release" ]]; then
        v=$(grep -m1 '^JAVA_VERSION=' "$home/release" | cut -d'"' -f2 || true)
    fi
    if [[ -z "$v" && -x "$home/bin/java" ]]; then
        v=$("$home/bin/java" -version 2>&1 | grep -m1 'version "' | cut -d'"' -f2 || true)
    fi
    v=${v#1.}
    printf '%s\n' "${v%%[!0-9]*}"
}

# A Java 21+ home, found as the fanfold launcher finds one: JAVA_HOME, java on PATH, the newest in /usr/lib/jvm.
find_java() {
    local candidates=() c best="" best_major=0 major
    [[ -n "${JAVA_HOME:-}" ]] && candidates+=("$JAVA_HOME")
    if c=$(command -v java); then candidates+=("$(dirname "$(dirname "$(readlink -f "$c")")")"); fi
    for c in "${candidates[@]}"; do
        major=$(java_major "$c")
        if [[ -n "$major" ]] && ((major >= 21)); then
            printf '%s\n' "$c"
            return
        fi
    done
    for c in /usr/lib/jvm/* /usr/java/* /opt/java/*; do
        [[ -d "$c" ]] || continue
        major=$(java_major "$c")
        if [[ -n "$major" ]] && ((major >= 21 && major > best_major)); then
            best=$c
            best_major=$major
        fi
    done
    [[ -n "$best" ]] || die "OpenSearch needs Java 21 or newer; set JAVA_HOME to one."
    printf '%s\n' "$best"
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

healthy() {
    curl -fsS --max-time 2 "$1/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null 2>&1
}

running_pid() {
    local pid
    [[ -f "$RUN/pid" ]] || return 1
    pid=$(<"$RUN/pid")
    [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null && printf '%s\n' "$pid"
}

download() {
    local zip="$CACHE/opensearch-$VERSION.zip"
    if [[ ! -s "$zip" ]]; then
        mkdir -p "$CACHE"
        log "downloading OpenSearch $VERSION (integ-test zip) from Maven Central"
        curl -fsSL --retry 3 -o "$zip.part" "$ZIP_URL"
        mv "$zip.part" "$zip"
    fi
    if [[ ! -x "$HOME_DIR/bin/opensearch" ]]; then
        log "unpacking into $BASE"
        mkdir -p "$BASE"
        rm -rf "$HOME_DIR" "$BASE/unpack"
        unzip -q "$zip" -d "$BASE/unpack"
        mv "$BASE/unpack/opensearch-$VERSION" "$HOME_DIR"
        rmdir "$BASE/unpack"
    fi
}

# As root, the node runs as a dedicated system user; otherwise as whoever runs this.
as_node_user() {
    if ((EUID == 0)); then
        runuser -u "$OS_USER" -- "$@"
    else
        "$@"
    fi
}

write_config() {
    local port=$1 conf="$RUN/config"
    rm -rf "$conf"
    mkdir -p "$conf" "$RUN/data" "$RUN/logs"
    cp -r "$HOME_DIR/config/." "$conf/"
    {
        echo "cluster.name: fanfold-test"
        echo "node.name: fanfold-test-node"
        echo "path.data: $RUN/data"
        echo "path.logs: $RUN/logs"
        echo "network.host: 127.0.0.1"
        echo "http.port: $port"
        echo "transport.port: $((port + 100))-$((port + 199))"
        echo "discovery.type: single-node"
        # A shared test machine's disk may be fuller than the default watermarks allow.
        echo "cluster.routing.allocation.disk.threshold_enabled: false"
        if [[ -d "$HOME_DIR/plugins/opensearch-security" ]]; then echo "plugins.security.disabled: true"; fi
    } >"$conf/opensearch.yml"
}

start() {
    local pid url port
    if pid=$(running_pid) && [[ -f "$RUN/url" ]]; then
        url=$(<"$RUN/url")
        if healthy "$url"; then
            log "already running (pid $pid) at $url"
            printf '%s\n' "$url"
            return
        fi
    fi
    command -v unzip >/dev/null || die "unzip is needed (apt-get install unzip)"
    download
    if ((EUID == 0)) && ! id "$OS_USER" >/dev/null 2>&1; then
        useradd --system --no-create-home --shell /usr/sbin/nologin "$OS_USER"
    fi

    port=${FANFOLD_OPENSEARCH_PORT:-9200}
    if [[ -z "${FANFOLD_OPENSEARCH_PORT:-}" ]]; then
        while port_in_use "$port"; do port=$((port + 1)); done
    elif port_in_use "$port"; then
        die "port $port is in use"
    fi
    url="http://127.0.0.1:$port"

    rm -rf "$RUN"
    write_config "$port"
    if ((EUID == 0)); then chown -R "$OS_USER" "$HOME_DIR" "$RUN"; fi

    local java
    java=$(find_java)
    log "starting OpenSearch $VERSION at $url (Java: $java, heap $HEAP)"
    as_node_user env OPENSEARCH_JAVA_HOME="$java" OPENSEARCH_PATH_CONF="$RUN/config" \
        OPENSEARCH_JAVA_OPTS="-Xms$HEAP -Xmx$HEAP -XX:-AlwaysPreTouch" \
        "$HOME_DIR/bin/opensearch" -d -p "$RUN/pid" </dev/null >"$RUN/stdout.log" 2>&1 ||
        { tail -n 40 "$RUN/stdout.log" >&2; die "OpenSearch did not start"; }

    local started=$SECONDS waited=0
    until healthy "$url"; do
        waited=$((SECONDS - started))
        # The pid file appears only once the node is up; until then, look for its command line.
        if ! running_pid >/dev/null && ! pgrep -f -- "-Dopensearch.path.conf=$RUN/config" >/dev/null; then
            tail -n 60 "$RUN/logs/fanfold-test.log" "$RUN/stdout.log" >&2 2>/dev/null || true
            die "OpenSearch exited during startup"
        fi
        # Usually under a minute; a busy shared machine can take a few.
        if ((waited >= 300)); then
            tail -n 60 "$RUN/logs/fanfold-test.log" >&2 2>/dev/null || true
            die "OpenSearch did not become healthy within 300 s"
        fi
        sleep 1
    done
    waited=$((SECONDS - started))
    printf '%s\n' "$url" >"$RUN/url"
    log "ready at $url after ${waited}s"
    printf '%s\n' "$url"
}

stop() {
    local pid i
    if ! pid=$(running_pid); then
        log "not running"
        return
    fi
    log "stopping pid $pid"
    kill "$pid" 2>/dev/null || true
    for ((i = 0; i < 60; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.5
    done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
    rm -f "$RUN/pid" "$RUN/url"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    url) [[ -f "$RUN/url" ]] && running_pid >/dev/null && cat "$RUN/url" ;;
    *)
        echo "Usage: $0 start|stop|url" >&2
        exit 2
        ;;
esac
