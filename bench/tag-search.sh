#!/usr/bin/env bash
# The tag search by name (`/tags/search`) against a running server: for each query, a dozen requests one at a time
# (curl, a new connection each, as a guest), then the median and fastest time and how many tags it found.
#
# Usage: bench/tag-search.sh [BASE_URL]   (default http://127.0.0.1:18099)
# Settings (environment): BENCH_REQUESTS=12 (per query, after one unmeasured request)
#                         BENCH_FANDOM (the fandom of the filtered queries; default the generator's biggest in
#                         works-1m, "Laslurkchis (Anime & Manga)")
# Needs: curl, awk.
set -euo pipefail

readonly BASE=${1:-http://127.0.0.1:18099} REQUESTS=${BENCH_REQUESTS:-12}
readonly FANDOM=${BENCH_FANDOM:-Laslurkchis (Anime & Manga)}

# name, then the query string (tag_search[…] as AO3's form sends it)
QUERIES=(
    "the (a common word)" "tag_search%5Bname%5D=the"
    "love" "tag_search%5Bname%5D=love"
    "zizaerk (a rare word)" "tag_search%5Bname%5D=zizaerk"
    "dr (two letters)" "tag_search%5Bname%5D=dr"
    "feral cat (two words)" "tag_search%5Bname%5D=feral+cat"
    "the, in a fandom" "tag_search%5Bname%5D=the&tag_search%5Bfandoms%5D=FANDOM"
    "love, in a fandom" "tag_search%5Bname%5D=love&tag_search%5Bfandoms%5D=FANDOM"
    "the, characters, canonical" "tag_search%5Bname%5D=the&tag_search%5Btype%5D=Character&tag_search%5Bwrangling_status%5D=canonical"
    "love, by date, page 3" "tag_search%5Bname%5D=love&tag_search%5Bsort_column%5D=created_at&page=3"
)

fandom=$(printf '%s' "$FANDOM" | sed 's/%/%25/g; s/ /+/g; s/&/%26/g; s/(/%28/g; s/)/%29/g')
printf '%-28s %9s %9s  %s\n' query median fastest found
for ((i = 0; i < ${#QUERIES[@]}; i += 2)); do
    url="$BASE/tags/search?${QUERIES[i + 1]//FANDOM/$fandom}"
    found=$(curl -sf "$url" | grep -o '[0-9,]* Found' | head -1 || true)
    times=$(for ((n = 0; n < REQUESTS; n++)); do curl -sf -o /dev/null -w '%{time_total}\n' "$url"; done | sort -n)
    awk -v name="${QUERIES[i]}" -v found="${found:-none found}" '
        { t[NR] = $1 * 1000 }
        END { printf "%-28s %7.1f ms %6.1f ms  %s\n", name, (t[int((NR + 1) / 2)] + t[int(NR / 2) + 1]) / 2, t[1], found }
    ' <<<"$times"
done
