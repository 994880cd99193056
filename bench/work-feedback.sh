#!/usr/bin/env bash
# The work page with and without 10,000 kudos and 2,000 comments: do feedback and its counters slow the page?
#
# Starts Fanfold on a fresh temporary data directory, signs up a writer and a reader and posts two identical works
# over HTTP (a ~3,000-word one-shot): "Quiet Harbour" and "Busy Harbour". Stops the server and gives Busy Harbour,
# straight in the SQLite file, 10,000 kudos (8,000 from accounts, 2,000 from guests) and 2,000 comments by 1,000
# commenters (800 threads; 1,200 replies up to four deep), with the works' counters to match. Serves the archive
# again, checks what the busy page holds (a page of threads, a few kudos names), then measures:
#
#   GET  each work page as a guest and as a signed-in reader: wrk, one connection, p50/p90/p99;
#   POST kudos on each work (a new account each time) and POST a comment on each (one account): each request
#        timed by curl, p50/p90. Notices, e-mail and the search index are written later, by background workers;
#        the request itself only writes its row, the counter and an outbox row.
#
# Everything binds to 127.0.0.1 and everything started here is stopped on exit.
#
# Usage: bench/work-feedback.sh
# Settings (environment):
#   BENCH_DURATION=15s BENCH_WARMUP=20s   wrk's -d for each measured GET and for each warm-up
#   BENCH_POSTS=30                         how many kudos and comments to post on each work
#   BENCH_FANFOLD_PORT=18082               the port
#   BENCH_KEEP=1                           keep the temporary directory (logs, pages, database)
# Needs: curl, wrk and sqlite3 (Debian: apt-get install curl wrk sqlite3), and a JDK 21+ for ./fanfold.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
readonly ROOT
readonly DURATION=${BENCH_DURATION:-15s}
readonly WARMUP=${BENCH_WARMUP:-20s}
readonly POSTS=${BENCH_POSTS:-30}
readonly PORT=${BENCH_FANFOLD_PORT:-18082}
readonly HOST=127.0.0.1
readonly BASE="http://$HOST:$PORT"
readonly PASSWORD=bench-password-1

die() {
    printf 'work-feedback.sh: %s\n' "$*" >&2
    exit 1
}

step() {
    printf '\n== %s  [%ds]\n' "$*" "$SECONDS"
}

loadavg() {
    cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?"
}

missing=()
for tool in curl wrk sqlite3; do command -v "$tool" >/dev/null || missing+=("$tool"); done
((${#missing[@]} == 0)) || die "missing: ${missing[*]}. On Debian or Ubuntu: sudo apt-get install ${missing[*]}"
! (exec 3<>"/dev/tcp/$HOST/$PORT") 2>/dev/null || die "port $PORT is in use; set BENCH_FANFOLD_PORT"

TMP=$(mktemp -d "${TMPDIR:-/tmp}/fanfold-feedback.XXXXXX")
readonly DB="$TMP/data/fanfold.db"
FANFOLD_PID=""

stop_fanfold() {
    local i
    [[ -n "$FANFOLD_PID" ]] && kill -0 "$FANFOLD_PID" 2>/dev/null || return 0
    kill -TERM "$FANFOLD_PID" 2>/dev/null || true
    for ((i = 0; i < 300; i++)); do
        kill -0 "$FANFOLD_PID" 2>/dev/null || break
        sleep 0.1
    done
    kill -0 "$FANFOLD_PID" 2>/dev/null && { echo "Fanfold did not stop within 30 s; killing it" >&2; kill -KILL "$FANFOLD_PID"; }
    wait "$FANFOLD_PID" 2>/dev/null || true
    FANFOLD_PID=""
}

cleanup() {
    local code=$?
    stop_fanfold
    if [[ "${BENCH_KEEP:-}" == 1 ]]; then echo "Kept $TMP"; else rm -rf "$TMP"; fi
    exit "$code"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

start_fanfold() {
    local i
    SERVER_ADDRESS=$HOST "$ROOT/fanfold" serve --port "$PORT" --data "$TMP/data" >>"$TMP/fanfold.log" 2>&1 &
    FANFOLD_PID=$!
    # a loaded machine may take minutes to start a JVM and Spring
    for ((i = 0; i < 600; i++)); do
        curl -fs -m 2 "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"' && return 0
        kill -0 "$FANFOLD_PID" 2>/dev/null || { tail -40 "$TMP/fanfold.log" >&2; die "Fanfold exited while starting"; }
        sleep 0.5
    done
    die "Fanfold was not healthy within 5 minutes; see $TMP/fanfold.log (BENCH_KEEP=1 keeps it)"
}

token() { # cookie jar → a CSRF token for that session
    curl -fsS -m 10 -b "$1" -c "$1" "$BASE/token_dispenser.json" | sed -E 's/.*"token" *: *"([^"]*)".*/\1/'
}

signup() { # login cookie-jar → signs up, the jar then holds a signed-in session
    curl -fsS -m 60 -b "$2" -c "$2" -o /dev/null "$BASE/signup" \
        --data-urlencode "authenticity_token=$(token "$2")" \
        --data-urlencode "login=$1" \
        --data-urlencode "email=$1@example.org" \
        --data-urlencode "password=$PASSWORD" \
        --data-urlencode "passwordConfirmation=$PASSWORD"
}

post_work() { # title → prints the work's id
    local location
    location=$(curl -fsS -m 60 -b "$TMP/writer.jar" -c "$TMP/writer.jar" -o /dev/null -w '%{redirect_url}' \
        "$BASE/works" \
        --data-urlencode "authenticity_token=$(token "$TMP/writer.jar")" \
        --data-urlencode "title=$1" \
        --data-urlencode "fandoms=Lantern Keepers (Original Work)" \
        --data-urlencode "rating=General Audiences" \
        --data-urlencode "warnings=No Archive Warnings Apply" \
        --data-urlencode "categories=Gen" \
        --data-urlencode "characters=Mira, Tobias" \
        --data-urlencode "freeforms=Lighthouses, Storms, Found Family" \
        --data-urlencode "summary=<p>A keeper, an apprentice, and a lamp that must not go out.</p>" \
        --data-urlencode "expectedChapters=1" \
        --data-urlencode "language=en" \
        --data-urlencode "format=plain" \
        --data-urlencode "body@$TMP/chapter.txt" \
        --data-urlencode "commit=post")
    [[ "$location" =~ /works/([0-9]+)$ ]] || die "posting $1 did not redirect to it (got '$location')"
    echo "${BASH_REMATCH[1]}"
}

# --- Two works ---------------------------------------------------------------------------------------------------

step "Building Fanfold if needed"
"$ROOT/fanfold" serve --help >/dev/null

step "Starting Fanfold on $HOST:$PORT (data: $TMP/data)"
start_fanfold

step "Signing up a writer and a reader, posting Quiet Harbour and Busy Harbour"
awk -v words=3000 'BEGIN {
    srand(20261123)
    n = split("the a and of to in was her his she he it that with for on as at by from they had not but " \
        "lamp light keeper tower sea storm stairs night window glass salt wind rope boat harbour shore rock " \
        "Mira Tobias lantern wick oil brass clock bell door hand voice breath shadow ember spark said asked " \
        "whispered turned climbed watched waited carried held opened slowly quietly again still always never", w, " ")
    total = 0
    while (total < words) {
        len = 40 + int(rand() * 60); para = ""
        for (k = 0; k < len; k++) para = para (k ? " " : "") w[1 + int(rand() * n)]
        print para "."; print ""; total += len
    }
}' >"$TMP/chapter.txt"
signup bench_writer "$TMP/writer.jar"
signup bench_reader "$TMP/reader.jar"
QUIET=$(post_work "Quiet Harbour")
BUSY=$(post_work "Busy Harbour")
echo "Quiet Harbour: /works/$QUIET, Busy Harbour: /works/$BUSY"

step "Stopping Fanfold to fill Busy Harbour with feedback"
stop_fanfold

NOW=$(($(date +%s) * 1000))
time sqlite3 "$DB" <<SQL
PRAGMA foreign_keys = ON;
BEGIN;
-- 8,000 fans, with the reader's password hash and a default pseud each
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 8000)
INSERT INTO users (login, login_key, email, email_key, password_hash, created_at)
SELECT 'fan' || i, 'fan' || i, 'fan' || i || '@example.org', 'fan' || i || '@example.org',
       (SELECT password_hash FROM users WHERE login = 'bench_reader'), $NOW FROM n;
INSERT INTO pseuds (user_id, name, name_key, is_default, created_at)
SELECT id, login, login_key, 1, $NOW FROM users WHERE login LIKE 'fan%';
-- 10,000 kudos: every fan, and 2,000 guests' addresses
INSERT INTO kudos (work_id, user_id, ip_address, created_at)
SELECT $BUSY, id, NULL, $NOW + id FROM users WHERE login LIKE 'fan%';
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)
INSERT INTO kudos (work_id, user_id, ip_address, created_at)
SELECT $BUSY, NULL, '10.9.' || (i / 250) || '.' || (i % 250), $NOW + 10000 + i FROM n;
-- 800 threads by fans 1-1,000 (some as guests), then replies 3 deep: 600 + 400 + 200 = 2,000 comments
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 800)
INSERT INTO comments (work_id, chapter_id, parent_id, thread_id, depth, user_id, pseud_id, guest_name, guest_email,
                      body, ip_address, created_at)
SELECT $BUSY, (SELECT id FROM chapters WHERE work_id = $BUSY), NULL, 0, 0,
       CASE WHEN i % 10 = 0 THEN NULL ELSE u.id END, CASE WHEN i % 10 = 0 THEN NULL ELSE p.id END,
       CASE WHEN i % 10 = 0 THEN 'Guest ' || i END, CASE WHEN i % 10 = 0 THEN 'guest' || i || '@example.org' END,
       '<p>Comment ' || i || ': the storm chapter had me holding my breath. Mira climbing the stairs with the lamp,'
           || ' Tobias at the window, the bell. <em>Please</em> write more of them!</p>',
       '127.0.0.1', $NOW + i * 1000
FROM n JOIN users u ON u.login = 'fan' || i JOIN pseuds p ON p.user_id = u.id;
UPDATE comments SET thread_id = id WHERE work_id = $BUSY AND parent_id IS NULL;
INSERT INTO comments (work_id, chapter_id, parent_id, thread_id, depth, user_id, pseud_id, body, ip_address,
                      created_at)
SELECT c.work_id, c.chapter_id, c.id, c.thread_id, 1, u.id, p.id,
       '<p>Replying to comment ' || c.id || ': same here, I reread it twice.</p>', '127.0.0.1', c.created_at + 1
FROM (SELECT * FROM comments WHERE work_id = $BUSY AND depth = 0 ORDER BY id LIMIT 600) c
JOIN users u ON u.login = 'fan' || (1000 - (c.id % 1000)) JOIN pseuds p ON p.user_id = u.id;
INSERT INTO comments (work_id, chapter_id, parent_id, thread_id, depth, user_id, pseud_id, body, ip_address,
                      created_at)
SELECT c.work_id, c.chapter_id, c.id, c.thread_id, 2, u.id, p.id,
       '<p>And the bell! Replying to ' || c.id || '.</p>', '127.0.0.1', c.created_at + 1
FROM (SELECT * FROM comments WHERE work_id = $BUSY AND depth = 1 ORDER BY id LIMIT 400) c
JOIN users u ON u.login = 'fan' || (500 + (c.id % 500)) JOIN pseuds p ON p.user_id = u.id;
INSERT INTO comments (work_id, chapter_id, parent_id, thread_id, depth, user_id, pseud_id, body, ip_address,
                      created_at)
SELECT c.work_id, c.chapter_id, c.id, c.thread_id, 3, u.id, p.id,
       '<p>Agreed with all of the above (' || c.id || ').</p>', '127.0.0.1', c.created_at + 1
FROM (SELECT * FROM comments WHERE work_id = $BUSY AND depth = 2 ORDER BY id LIMIT 200) c
JOIN users u ON u.login = 'fan' || (1 + (c.id % 300)) JOIN pseuds p ON p.user_id = u.id;
UPDATE works SET kudos_count = (SELECT COUNT(*) FROM kudos WHERE work_id = works.id),
                 comments_count = (SELECT COUNT(*) FROM comments WHERE work_id = works.id AND deleted = 0)
WHERE id = $BUSY;
COMMIT;
SELECT 'Busy Harbour: ' || kudos_count || ' kudos, ' || comments_count || ' comments' FROM works WHERE id = $BUSY;
SELECT 'comments by depth: ' || group_concat(d || ':' || c, ' ') FROM
    (SELECT depth d, COUNT(*) c FROM comments WHERE work_id = $BUSY GROUP BY depth);
SQL

step "Serving the archive again"
start_fanfold
# Sessions live in memory: the reader signs in again after the restart.
rm -f "$TMP/reader.jar"
curl -fsS -m 30 -b "$TMP/reader.jar" -c "$TMP/reader.jar" -o /dev/null "$BASE/users/login" \
    --data-urlencode "authenticity_token=$(token "$TMP/reader.jar")" \
    --data-urlencode "user[login]=bench_reader" --data-urlencode "user[password]=$PASSWORD"
READER_COOKIE=$(awk '$6 == "_fanfold_session" { print $7 }' "$TMP/reader.jar")
[[ -n "$READER_COOKIE" ]] || die "the reader could not log in again"

step "What the pages hold"
for id in "$QUIET" "$BUSY"; do
    curl -fsS -m 30 -o "$TMP/work-$id.html" "$BASE/works/$id"
    # (grep finds nothing on the quiet page: || true keeps set -e from stopping there)
    threads=$(grep -o '<li class="comment group' "$TMP/work-$id.html" | wc -l || true)
    names=$({ sed -n 's/.*<p class="kudos">\(.*\) left kudos on this work!.*/\1/p' "$TMP/work-$id.html" |
        grep -o '<a href="/users/' || true; } | wc -l)
    kudos=$({ sed -n 's/.*<p class="kudos">\(.*\)<\/p>.*/\1/p' "$TMP/work-$id.html" | sed -E 's/<[^>]+>//g' |
        grep -oE '[0-9,]+ more users and [0-9,]+ guests' || true; } | head -1)
    heading=$({ grep -oE 'Comments \([0-9,]+\)' "$TMP/work-$id.html" || true; } | head -1)
    printf '/works/%s: %s bytes, %s; %s comments shown, %s kudos names shown %s\n' "$id" \
        "$(wc -c <"$TMP/work-$id.html")" "${heading:-no comments heading}" "$threads" "$names" \
        "${kudos:+(then \"$kudos\")}"
done

# Prints "requests req/s p50 p90 p99 max non2xx"; latencies in ms.
cat >"$TMP/report.lua" <<'EOF'
done = function(summary, latency, requests)
    io.write(string.format("RESULT %d %.1f %.2f %.2f %.2f %.2f %d\n",
        summary.requests, summary.requests / (summary.duration / 1e6),
        latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
        latency.max / 1000, summary.errors.status))
end
EOF
run_wrk() { # duration url [cookie] → the RESULT line
    local args=(-t1 -c1 -d"$1" -s "$TMP/report.lua")
    [[ -n "${3:-}" ]] && args+=(-H "Cookie: _fanfold_session=$3")
    wrk "${args[@]}" "$2" | grep '^RESULT' | cut -d' ' -f2-
}

percentiles() { # file of seconds, one per line → "n p50 p90 max" in ms
    sort -n "$1" | awk '{ v[NR] = $1 * 1000 } END {
        i50 = int(NR * 0.5 + 0.5); if (i50 < 1) i50 = 1
        i90 = int(NR * 0.9 + 0.5); if (i90 < 1) i90 = 1
        printf "%d %.2f %.2f %.2f", NR, v[i50], v[i90], v[NR] }'
}

step "Warming up ($WARMUP per page and viewer)"
for id in "$QUIET" "$BUSY"; do
    run_wrk "$WARMUP" "$BASE/works/$id" >/dev/null
    run_wrk "$WARMUP" "$BASE/works/$id" "$READER_COOKIE" >/dev/null
done

step "Measuring GET (wrk -t1 -c1 -d$DURATION)"
LOAD_BEFORE=$(loadavg)
declare -A GET
for id in "$QUIET" "$BUSY"; do
    GET[$id.guest]=$(run_wrk "$DURATION" "$BASE/works/$id")
    GET[$id.reader]=$(run_wrk "$DURATION" "$BASE/works/$id" "$READER_COOKIE")
done
LOAD_GET=$(loadavg)

step "Measuring POST: $POSTS kudos (each from a new account) and $POSTS comments on each work"
for ((i = 1; i <= POSTS; i++)); do signup "kudoser$i" "$TMP/kudoser$i.jar"; done
declare -A POSTED
for id in "$QUIET" "$BUSY"; do
    : >"$TMP/kudos-$id.txt"
    for ((i = 1; i <= POSTS; i++)); do
        t=$(token "$TMP/kudoser$i.jar")
        curl -fsS -m 30 -b "$TMP/kudoser$i.jar" -o /dev/null -w '%{time_total}\n' "$BASE/works/$id/kudos" \
            --data-urlencode "authenticity_token=$t" --data-urlencode "returnTo=/works/$id" >>"$TMP/kudos-$id.txt"
    done
    POSTED[$id.kudos]=$(percentiles "$TMP/kudos-$id.txt")
    : >"$TMP/comment-$id.txt"
    t=$(token "$TMP/reader.jar")
    for ((i = 1; i <= POSTS; i++)); do
        curl -fsS -m 30 -b "$TMP/reader.jar" -o /dev/null -w '%{time_total}\n' "$BASE/works/$id/comments" \
            --data-urlencode "authenticity_token=$t" \
            --data-urlencode "body=Benchmark comment $i on work $id: the lamp scene again, and the bell." \
            >>"$TMP/comment-$id.txt"
    done
    POSTED[$id.comment]=$(percentiles "$TMP/comment-$id.txt")
done
LOAD_AFTER=$(loadavg)
after=$(sqlite3 "$DB" "SELECT kudos_count || ' kudos, ' || comments_count || ' comments' FROM works WHERE id = $BUSY")

printf '\n%s; %s cores; load average before GETs %s, after GETs %s, after POSTs %s\n' \
    "$(date -u '+%Y-%m-%d %H:%M UTC')" "$(nproc)" "$LOAD_BEFORE" "$LOAD_GET" "$LOAD_AFTER"
printf '\n%-34s %9s %8s %8s %8s %8s %8s\n' "GET (wrk -t1 -c1 -d$DURATION)" requests "req/s" "p50 ms" "p90 ms" "p99 ms" "non-2xx"
for id in "$QUIET" "$BUSY"; do
    name=$([[ $id == "$QUIET" ]] && echo "Quiet Harbour" || echo "Busy Harbour")
    for who in guest reader; do
        read -r n rps p50 p90 p99 _max bad <<<"${GET[$id.$who]}"
        printf '%-34s %9s %8s %8s %8s %8s %8s\n' "$name, $([[ $who == guest ]] && echo guest || echo signed in)" \
            "$n" "$rps" "$p50" "$p90" "$p99" "$bad"
    done
done
printf '\n%-34s %9s %8s %8s %8s\n' "POST (curl, one at a time)" requests "p50 ms" "p90 ms" "max ms"
for id in "$QUIET" "$BUSY"; do
    name=$([[ $id == "$QUIET" ]] && echo "Quiet Harbour" || echo "Busy Harbour")
    for what in kudos comment; do
        read -r n p50 p90 max <<<"${POSTED[$id.$what]}"
        printf '%-34s %9s %8s %8s %8s\n' "$name, $what" "$n" "$p50" "$p90" "$max"
    done
done
echo
echo "Busy Harbour afterwards: $after"
