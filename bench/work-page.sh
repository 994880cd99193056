#!/usr/bin/env bash
# How fast Fanfold serves a work page, next to nginx serving the same bytes from a file.
#
# Starts Fanfold on a fresh temporary data directory, signs up a user and posts a ~5,000-word one-shot through
# HTTP (as a browser would: session cookie, CSRF token from /token_dispenser.json), saves the work page's HTML,
# serves that file with nginx, warms both, then runs wrk against each with the same settings and prints the
# figures side by side. Everything binds to 127.0.0.1; everything started here is stopped on exit.
#
# Usage: bench/work-page.sh
# Settings (environment):
#   BENCH_THREADS=2 BENCH_CONNECTIONS=16 BENCH_DURATION=20s   wrk's -t, -c and -d for the measured runs
#   BENCH_WARMUP=40s                                          wrk's -d for the warm-up runs (Fanfold's JIT)
#   BENCH_FANFOLD_PORT=18080 BENCH_NGINX_PORT=18081           the ports
#   BENCH_KEEP=1                                              keep the temporary directory (logs, page, config)
# Needs: curl, wrk and nginx (Debian: apt-get install wrk nginx), and a JDK 21+ for ./fanfold.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
readonly ROOT
readonly THREADS=${BENCH_THREADS:-2}
readonly CONNECTIONS=${BENCH_CONNECTIONS:-16}
readonly DURATION=${BENCH_DURATION:-20s}
readonly WARMUP=${BENCH_WARMUP:-40s}
readonly FANFOLD_PORT=${BENCH_FANFOLD_PORT:-18080}
readonly NGINX_PORT=${BENCH_NGINX_PORT:-18081}
readonly HOST=127.0.0.1

die() {
    printf 'work-page.sh: %s\n' "$*" >&2
    exit 1
}

step() {
    printf '\n== %s  [%ds]\n' "$*" "$SECONDS"
}

# --- Prerequisites ------------------------------------------------------------------------------------------------

NGINX=$(command -v nginx || true)
[[ -z "$NGINX" && -x /usr/sbin/nginx ]] && NGINX=/usr/sbin/nginx
missing=()
command -v curl >/dev/null || missing+=(curl)
command -v wrk >/dev/null || missing+=(wrk)
[[ -n "$NGINX" ]] || missing+=(nginx)
if ((${#missing[@]})); then
    die "missing: ${missing[*]}. On Debian or Ubuntu: sudo apt-get install ${missing[*]}
(the nginx package may start a system nginx on port 80; this script runs its own and does not need that one:
sudo systemctl disable --now nginx)"
fi

port_free() {
    ! (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null
}
port_free "$FANFOLD_PORT" || die "port $FANFOLD_PORT is in use; set BENCH_FANFOLD_PORT"
port_free "$NGINX_PORT" || die "port $NGINX_PORT is in use; set BENCH_NGINX_PORT"

# --- Clean-up ----------------------------------------------------------------------------------------------------

TMP=$(mktemp -d "${TMPDIR:-/tmp}/fanfold-bench.XXXXXX")
chmod 755 "$TMP" # nginx's workers (nobody, when started as root) read the page from here
FANFOLD_PID=""
NGINX_PID=""

stop() {
    local pid=$1 name=$2 i
    [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 100; i++)); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.1
    done
    echo "$name did not stop within 10 s; killing it" >&2
    kill -KILL "$pid" 2>/dev/null || true
}

cleanup() {
    local code=$?
    stop "$NGINX_PID" nginx
    stop "$FANFOLD_PID" Fanfold
    wait 2>/dev/null || true
    if [[ "${BENCH_KEEP:-}" == 1 ]]; then
        echo "Kept $TMP"
    else
        rm -rf "$TMP"
    fi
    exit "$code"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- Fanfold -----------------------------------------------------------------------------------------------------

step "Building Fanfold if needed"
# `serve --help` builds the jar when the sources changed and exits without serving.
"$ROOT/fanfold" serve --help >/dev/null

step "Starting Fanfold on $HOST:$FANFOLD_PORT (data: $TMP/data)"
SERVER_ADDRESS=$HOST "$ROOT/fanfold" serve --port "$FANFOLD_PORT" --data "$TMP/data" >"$TMP/fanfold.log" 2>&1 &
FANFOLD_PID=$!
readonly BASE="http://$HOST:$FANFOLD_PORT"
for ((i = 0; i < 240; i++)); do
    curl -fs -m 2 "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"' && break
    kill -0 "$FANFOLD_PID" 2>/dev/null || {
        tail -40 "$TMP/fanfold.log" >&2
        die "Fanfold exited while starting (log above)"
    }
    sleep 0.5
done
((i < 240)) || die "Fanfold was not healthy within 120 s; see $TMP/fanfold.log (BENCH_KEEP=1 keeps it)"
echo "healthy after ${SECONDS}s"

step "Posting a ~5,000-word work"
JAR="$TMP/cookies.txt"
token() {
    curl -fsS -m 10 -b "$JAR" -c "$JAR" "$BASE/token_dispenser.json" | sed -E 's/.*"token" *: *"([^"]*)".*/\1/'
}

# A chapter of generated prose: fixed seed, so every run posts the same text.
awk -v words=5000 'BEGIN {
    srand(20260523)
    n = split("the a and of to in was her his she he it that with for on as at by from they had not but " \
        "lamp light keeper tower sea storm stairs night window glass salt wind rope boat harbour shore rock " \
        "Mira Tobias apprentice lantern wick oil brass clock bell door hand voice breath shadow ember spark " \
        "said asked whispered laughed turned climbed watched waited listened carried held opened closed " \
        "slowly quietly again still always never almost only already once every each other old new cold " \
        "warm bright dark long small quiet heavy careful tired patient crooked narrow silver grey green " \
        "morning evening tide gull fog letter ledger map chart candle kettle tea bread fire hearth chair " \
        "remembered forgot thought knew wanted needed believed noticed promised answered", w, " ")
    total = 0
    while (total < words) {
        sentences = 3 + int(rand() * 5)
        para = ""
        for (s = 0; s < sentences; s++) {
            len = 8 + int(rand() * 14)
            sentence = ""
            for (k = 0; k < len; k++) {
                word = w[1 + int(rand() * n)]
                if (k == 0) word = toupper(substr(word, 1, 1)) substr(word, 2)
                sentence = sentence (k ? " " : "") word
                if (k > 2 && k < len - 2 && rand() < 0.06) sentence = sentence ","
            }
            if (rand() < 0.12) sentence = "\"" sentence "?\""
            else sentence = sentence "."
            para = para (s ? " " : "") sentence
            total += len
        }
        print para
        print ""
    }
}' >"$TMP/chapter.txt"
echo "chapter: $(wc -w <"$TMP/chapter.txt") words, $(wc -c <"$TMP/chapter.txt") bytes"

LOGIN=bench_writer
curl -fsS -m 30 -b "$JAR" -c "$JAR" -o /dev/null "$BASE/signup" \
    --data-urlencode "authenticity_token=$(token)" \
    --data-urlencode "login=$LOGIN" \
    --data-urlencode "email=$LOGIN@example.org" \
    --data-urlencode "password=bench-password-1" \
    --data-urlencode "passwordConfirmation=bench-password-1"

LOCATION=$(curl -fsS -m 60 -b "$JAR" -c "$JAR" -o /dev/null -w '%{redirect_url}' "$BASE/works" \
    --data-urlencode "authenticity_token=$(token)" \
    --data-urlencode "title=The Lantern Keeper's Apprentice" \
    --data-urlencode "fandoms=Lantern Keepers (Original Work), Tidewater Chronicles" \
    --data-urlencode "rating=Teen And Up Audiences" \
    --data-urlencode "warnings=No Archive Warnings Apply" \
    --data-urlencode "categories=F/M" \
    --data-urlencode "categories=Gen" \
    --data-urlencode "relationships=Mira/Tobias, Mira & The Old Keeper" \
    --data-urlencode "characters=Mira, Tobias, The Old Keeper, Harbourmaster Quill" \
    --data-urlencode "freeforms=Slow Burn, Lighthouses, Found Family, Storms, Hurt/Comfort, Apprenticeship, Pining" \
    --data-urlencode "summary=<p>An apprentice, a keeper, and a lamp that must not go out. The winter the fog never lifted, Mira learned what the keepers keep.</p>" \
    --data-urlencode "notes=<p>Written for the <em>Tidewater</em> exchange. Thank you to my beta!</p>" \
    --data-urlencode "endNotes=<p>Comments and kudos keep the lamp lit.</p>" \
    --data-urlencode "expectedChapters=1" \
    --data-urlencode "language=en" \
    --data-urlencode "chapterTitle=The Hundred and Twelve Steps" \
    --data-urlencode "format=plain" \
    --data-urlencode "body@$TMP/chapter.txt" \
    --data-urlencode "commit=post")
[[ "$LOCATION" =~ /works/([0-9]+)$ ]] || die "posting the work did not redirect to it (got '$LOCATION'); see $TMP/fanfold.log"
readonly WORK_PATH="/works/${BASH_REMATCH[1]}"
echo "posted $WORK_PATH"

step "Saving the page a guest sees"
mkdir -p "$TMP/www"
PAGE="$TMP/www/work.html"
# As wrk will fetch it: no cookies, no Accept-Encoding.
curl -fsS -m 10 -D "$TMP/fanfold-headers.txt" -o "$PAGE" "$BASE$WORK_PATH"
curl -fsS -m 10 -o "$TMP/again.html" "$BASE$WORK_PATH"
grep -q 'class="title heading"' "$PAGE" || die "the saved page is not the work page"
if cmp -s "$PAGE" "$TMP/again.html"; then same="identical on a second fetch"; else same="DIFFERS on a second fetch"; fi
if grep -qi '^set-cookie' "$TMP/fanfold-headers.txt"; then
    # wrk sends no cookies, so then every measured request starts a new session on the server.
    cookie="sets a cookie for a guest ($(grep -i '^set-cookie' "$TMP/fanfold-headers.txt" | cut -d= -f1 | cut -d' ' -f2 | tr -d '\r'))"
else
    cookie="sets no cookie for a guest"
fi
chmod 644 "$PAGE"
chmod 755 "$TMP/www"
echo "$(wc -c <"$PAGE") bytes, $same, $cookie"

# --- nginx -------------------------------------------------------------------------------------------------------

step "Starting nginx on $HOST:$NGINX_PORT serving that file"
mkdir -p "$TMP/nginx"
cat >"$TMP/nginx/nginx.conf" <<EOF
daemon off;
worker_processes auto;
pid $TMP/nginx/nginx.pid;
error_log $TMP/nginx/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $TMP/nginx/client_body;
    proxy_temp_path $TMP/nginx/proxy;
    fastcgi_temp_path $TMP/nginx/fastcgi;
    uwsgi_temp_path $TMP/nginx/uwsgi;
    scgi_temp_path $TMP/nginx/scgi;
    sendfile on;
    tcp_nopush on;
    server {
        listen $HOST:$NGINX_PORT;
        root $TMP/www;
        location / {
            default_type "text/html;charset=UTF-8";
            try_files /work.html =404;
        }
    }
}
EOF
"$NGINX" -p "$TMP/nginx" -c "$TMP/nginx/nginx.conf" -e "$TMP/nginx/error.log" &
NGINX_PID=$!
for ((i = 0; i < 50; i++)); do
    curl -fs -m 1 -o /dev/null "http://$HOST:$NGINX_PORT$WORK_PATH" && break
    kill -0 "$NGINX_PID" 2>/dev/null || {
        cat "$TMP/nginx/error.log" >&2
        die "nginx exited while starting (log above)"
    }
    sleep 0.1
done
((i < 50)) || die "nginx did not answer within 5 s; see $TMP/nginx/error.log"
curl -fsS -m 5 -o "$TMP/from-nginx.html" "http://$HOST:$NGINX_PORT$WORK_PATH"
cmp -s "$PAGE" "$TMP/from-nginx.html" || die "nginx does not serve the saved page byte for byte"
echo "serving the same $(wc -c <"$PAGE") bytes"

# --- wrk ---------------------------------------------------------------------------------------------------------

# Prints "requests req/s p50 p90 p99 max non2xx socket-errors(connect/read/write/timeout)"; latencies in ms.
cat >"$TMP/report.lua" <<'EOF'
done = function(summary, latency, requests)
    local e = summary.errors
    io.write(string.format("RESULT %d %.1f %.3f %.3f %.3f %.3f %d %d/%d/%d/%d\n",
        summary.requests, summary.requests / (summary.duration / 1e6),
        latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
        latency.max / 1000, e.status, e.connect, e.read, e.write, e.timeout))
end
EOF

run_wrk() { # duration url → the RESULT line
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1" -s "$TMP/report.lua" "$2" | grep '^RESULT' | cut -d' ' -f2-
}

step "Warming up: Fanfold $WARMUP, nginx 5s"
run_wrk "$WARMUP" "$BASE$WORK_PATH" >/dev/null
run_wrk 5s "http://$HOST:$NGINX_PORT$WORK_PATH" >/dev/null

step "Measuring: wrk -t$THREADS -c$CONNECTIONS -d$DURATION, one after the other"
# The machine may be shared: say how busy it was, since wrk and the server share its cores.
load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")
read -r f_n f_rps f_p50 f_p90 f_p99 f_max f_bad f_err < <(run_wrk "$DURATION" "$BASE$WORK_PATH")
read -r n_n n_rps n_p50 n_p90 n_p99 n_max n_bad n_err < <(run_wrk "$DURATION" "http://$HOST:$NGINX_PORT$WORK_PATH")

hits=$(curl -fsS -m 10 "$BASE$WORK_PATH" | sed -nE 's/.*<dd class="hits">([^<]*)<.*/\1/p' | head -1)

printf '\nwork page %s, %s bytes; %s cores; wrk -t%s -c%s -d%s; %s\n\n' "$WORK_PATH" "$(wc -c <"$PAGE")" \
    "$(nproc)" "$THREADS" "$CONNECTIONS" "$DURATION" "$(date -u '+%Y-%m-%d %H:%M UTC')"
printf 'load average before measuring: %s; after: %s\n\n' "$load_before" "$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")"
printf '%-10s %12s %10s %10s %10s %10s %10s %8s %10s\n' "" requests "req/s" "p50 ms" "p90 ms" "p99 ms" "max ms" "non-2xx" "c/r/w/t"
printf '%-10s %12s %10s %10s %10s %10s %10s %8s %10s\n' Fanfold "$f_n" "$f_rps" "$f_p50" "$f_p90" "$f_p99" "$f_max" "$f_bad" "$f_err"
printf '%-10s %12s %10s %10s %10s %10s %10s %8s %10s\n' nginx "$n_n" "$n_rps" "$n_p50" "$n_p90" "$n_p99" "$n_max" "$n_bad" "$n_err"
awk -v f="$f_rps" -v n="$n_rps" -v fp="$f_p99" -v np="$n_p99" 'BEGIN {
    printf "\nnginx / Fanfold: %.1fx the requests per second, Fanfold p99 %.1fx nginx p99\n", n / f, fp / np }'
echo "Hits shown on the page afterwards: ${hits:-?} (every wrk request is the same guest; one hit per visitor per day)"
((f_bad == 0 && n_bad == 0)) || echo "WARNING: some responses were not 2xx/3xx; the figures above count them" >&2
