package org.fanfold.shared;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One page of a longer list, numbered from 1, with what a listing heading and pager need.
 *
 * @param items this page's items
 * @param total how many items there are in all
 * @param page this page's number, from 1
 * @param size how many items a page holds
 */
public record Paged<T>(List<T> items, long total, int page, int size) {

    public static final int DEFAULT_SIZE = 20;

    /** Reads a page number from a request parameter: anything but a positive number is page 1. */
    public static int pageNumber(String param) {
        try {
            int n = Integer.parseInt(param.strip());
            return Math.max(1, Math.min(n, 1_000_000));
        } catch (RuntimeException e) {
            return 1;
        }
    }

    public <R> Paged<R> map(Function<T, R> f) {
        return new Paged<>(items.stream().map(f).toList(), total, page, size);
    }

    public long first() {
        return total == 0 ? 0 : (long) (page - 1) * size + 1;
    }

    public long last() {
        return Math.min(total, (long) page * size);
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    /** AO3's heading: "1 - 20 of 1,234" (or "1,234" alone when it all fits on one page). */
    public String heading() {
        NumberFormat nf = NumberFormat.getIntegerInstance(Locale.US);
        if (total <= size && page == 1) return nf.format(total);
        return nf.format(first()) + " - " + nf.format(last()) + " of " + nf.format(total);
    }
}
