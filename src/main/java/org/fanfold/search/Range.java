package org.fanfold.search;

import org.jspecify.annotations.Nullable;

/**
 * An inclusive range of whole numbers (word counts, hits, epoch-millisecond dates); either end may be open.
 *
 * @param from the least value, or null for no lower bound
 * @param to the greatest value, or null for no upper bound
 */
public record Range(@Nullable Long from, @Nullable Long to) {

    public static final Range ANY = new Range(null, null);

    public boolean any() {
        return from == null && to == null;
    }

    public boolean contains(long value) {
        return (from == null || value >= from) && (to == null || value <= to);
    }
}
