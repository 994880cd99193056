package org.fanfold.search.lucene;

import java.util.List;

/**
 * The best {@code limit} (ordinal, count) pairs offered: higher count first, and on equal counts the lower ordinal,
 * whatever order they are offered in. A binary min-heap on (count, then ordinal descending); not thread-safe.
 */
final class TopOrdinals {

    private final int limit;
    private final int[] ords;
    private final int[] counts;
    private int size;

    TopOrdinals(int limit) {
        this.limit = limit;
        this.ords = new int[limit];
        this.counts = new int[limit];
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
            ords[size] = ord;
            counts[size] = count;
            up(size++);
        } else if (count > counts[0] || (count == counts[0] && ord < ords[0])) {
            ords[0] = ord;
            counts[0] = count;
            down(0);
        }
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
