package org.fanfold.works;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The order a full rebuild reads works in: grouped by fandom, and dealt into passes.
 *
 * <p>Each work goes with its <em>main fandom</em>, the one of its fandoms (canonical ids) carried by the most works
 * (ties: the lowest id); fandoms with more works come first, works without a fandom last, and within a fandom works
 * keep their id order. An index written in this order keeps a fandom's works next to each other, so its tag page —
 * the listing readers ask for most — reads its postings, sort values and facet tags in runs.
 *
 * <p>The order is then dealt into {@code passes} passes, like cards: pass {@code p} holds every {@code passes}-th
 * work from the {@code p}-th, so each pass holds a share of every fandom, its works still together. Odd passes run
 * backwards, so where one pass ends and the next begins (the writes that may share a segment) the same end of the
 * order meets, and the biggest fandoms lie at clean ends. An engine that searches its segments in that many slices by
 * age gives each core one pass: a fandom's tag page is then counted on every core, not on the one whose segments
 * happen to hold the fandom.
 */
final class RebuildOrder {

    private RebuildOrder() {}

    /**
     * The feed order of {@code workIds}.
     *
     * @param workIds every work to index, ascending
     * @param fandomWork with {@code fandomId}, one pair per fandom carried by a work (a work's id may repeat; ids
     *     outside {@code workIds} are ignored)
     * @param fandomId the fandom's canonical id, same position
     * @param pairs how many pairs the two arrays hold
     * @param passes how many passes to deal into, at least 1
     */
    static long[] of(long[] workIds, long[] fandomWork, long[] fandomId, int pairs, int passes) {
        if (passes < 1) throw new IllegalArgumentException("passes must be at least 1: " + passes);
        // each pair's work, by position in workIds (negative: not ordered)
        int[] position = new int[pairs];
        Map<Long, Integer> works = new HashMap<>();
        for (int i = 0; i < pairs; i++) {
            position[i] = Arrays.binarySearch(workIds, fandomWork[i]);
            if (position[i] >= 0) works.merge(fandomId[i], 1, Integer::sum);
        }
        // each work's main fandom, by position in workIds; -1 for none
        long[] main = new long[workIds.length];
        Arrays.fill(main, -1);
        for (int i = 0; i < pairs; i++) {
            int at = position[i];
            if (at < 0) continue;
            long candidate = fandomId[i];
            if (main[at] < 0 || before(candidate, main[at], works)) main[at] = candidate;
        }
        Long[] fandoms = works.keySet().toArray(Long[]::new);
        Arrays.sort(fandoms, (a, b) -> before(a, b, works) ? -1 : a.equals(b) ? 0 : 1);
        Map<Long, Integer> rank = new HashMap<>();
        for (int r = 0; r < fandoms.length; r++) rank.put(fandoms[r], r);

        // (rank, position) in one long: sorting them sorts by fandom, then by id
        long[] keys = new long[workIds.length];
        for (int i = 0; i < workIds.length; i++) {
            long r = main[i] < 0 ? Integer.MAX_VALUE : rank.get(main[i]);
            keys[i] = (r << 32) | i;
        }
        Arrays.sort(keys);

        long[] out = new long[workIds.length];
        int n = 0;
        for (int p = 0; p < passes; p++) {
            int count = p < keys.length ? (keys.length - 1 - p) / passes + 1 : 0;
            for (int k = 0; k < count; k++) {
                int j = p % 2 == 0 ? k : count - 1 - k;
                out[n++] = workIds[(int) keys[p + j * passes]];
            }
        }
        return out;
    }

    /** Whether fandom {@code a} comes before {@code b}: more works first, then the lower id. */
    private static boolean before(long a, long b, Map<Long, Integer> works) {
        int wa = works.get(a);
        int wb = works.get(b);
        return wa != wb ? wa > wb : a < b;
    }
}
