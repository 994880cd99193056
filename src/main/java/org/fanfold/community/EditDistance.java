package org.fanfold.community;

/**
 * Whether an edited comment changed enough to need approval again on a moderated work (AO3 re-moderates an edit
 * of more than 10 characters). The Levenshtein distance is computed only within a band of {@code limit} around
 * the diagonal, which is all that can stay within the limit: O(n·limit) time, O(n) space.
 */
final class EditDistance {

    /** AO3's COMMENT_MODERATION_THRESHOLD. */
    static final int MODERATION_LIMIT = 10;

    private EditDistance() {}

    /** Whether more than {@code limit} single-character insertions, deletions or substitutions turn a into b. */
    static boolean exceeds(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) return true;
        int n = a.length();
        int m = b.length();
        int big = limit + 1;
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) prev[j] = j <= limit ? j : big;
        for (int i = 1; i <= n; i++) {
            int from = Math.max(1, i - limit);
            int to = Math.min(m, i + limit);
            cur[from - 1] = from == 1 && i <= limit ? i : big;
            int best = cur[from - 1];
            for (int j = from; j <= to; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(prev[j - 1] + cost, Math.min(prev[j] + 1, cur[j - 1] + 1));
                cur[j] = Math.min(v, big);
                best = Math.min(best, cur[j]);
            }
            if (to < m) cur[to + 1] = big;
            if (best > limit) return true;
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[m] > limit;
    }
}
