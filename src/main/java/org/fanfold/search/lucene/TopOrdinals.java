package org.fanfold.search.lucene;

import java.util.Arrays;
import java.util.List;

/**
 * The best {@code limit} (ordinal, count) pairs offered: higher count first, and on equal counts the lower ordinal,
 * whatever order they are offered in. A binary min-heap on (count, then ordinal descending); not thread-safe. Its
 * arrays grow with what is offered, so a limit of "all" ({@link Integer#MAX_VALUE}) holds only the pairs there are.
 */
final class TopOrdinals {

    /** The arrays' first length when the limit is larger: a sidebar's ten fit at once, "all" grows from here. */
    private static final int INITIAL = 64;

    private final int limit;
    private int[] ords;
    private int[] counts;
    private int size;

    TopOrdinals(int limit) {
        this.limit = limit;
        int initial = Math.min(limit, INITIAL);
        this.ords = new int[initial];
        this.counts = new int[initial];
    }

    int size() {
        return size;
    }

    /** Whether {@code limit} pairs are kept: only a better one gets in now. */
    boolean full() {
        return size == limit;
    }

    /** The lowest count kept; only when {@link #full()}. */
    int lowestCount() {
        return counts[0];
    }

    /** Offers a pair; pairs may come in any order of ordinals. */
    void offer(int ord, int count) {
        if (size < limit) {
            if (size == ords.length) grow();
            ords[size] = ord;
            counts[size] = count;
            up(size++);
        } else if (count > counts[0] || (count == counts[0] && ord < ords[0])) {
            ords[0] = ord;
            counts[0] = count;
            down(0);
        }
    }

    private void grow() {
        int length = (int) Math.min(limit, Math.max(INITIAL, 2L * ords.length));
        ords = Arrays.copyOf(ords, length);
        counts = Arrays.copyOf(counts, length);
    }

    /** The kept pairs as {@code {ordinal, count}}, best first. Empties the heap. */
    List<long[]> drainBestFirst() {
        long[][] out = new long[size][];
        for (int i = size - 1; i >= 0; i--) {
            out[i] = new long[] {ords[0], counts[0]};
            size--;
            if (size > 0) {
                ords[0] = ords[size];
                counts[0] = counts[size];
                down(0);
            }
        }
        return List.of(out);
    }

    /** Whether the pair at {@code a} is worse than the one at {@code b}: lower count, or equal and higher ordinal. */
    private boolean worse(int a, int b) {
        return counts[a] < counts[b] || (counts[a] == counts[b] && ords[a] > ords[b]);
    }

    private void up(int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!worse(i, parent)) return;
            swap(i, parent);
            i = parent;
        }
    }

    private void down(int i) {
        while (true) {
            int left = 2 * i + 1;
            if (left >= size) return;
            int child = left + 1 < size && worse(left + 1, left) ? left + 1 : left;
            if (!worse(child, i)) return;
            swap(i, child);
            i = child;
        }
    }

    private void swap(int a, int b) {
        int o = ords[a];
        ords[a] = ords[b];
        ords[b] = o;
        int c = counts[a];
        counts[a] = counts[b];
        counts[b] = c;
    }
}
