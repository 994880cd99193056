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

    /** The values in both this range and {@code other} (none, when they do not meet: from is then past to). */
    public Range and(Range other) {
        Long least = from == null ? other.from : other.from == null ? from : Long.valueOf(Math.max(from, other.from));
        Long greatest = to == null ? other.to : other.to == null ? to : Long.valueOf(Math.min(to, other.to));
        return new Range(least, greatest);
    }
}
