package org.fanfold.shared;

import java.util.List;
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

    /** The highest page number a request may ask for. */
    static final int MAX_PAGE = 1_000_000;

    /**
     * Reads a page number from a request parameter: anything but a positive number is page 1, and a number past
     * {@link #MAX_PAGE} is that page. Read by hand, not with {@code Integer.parseInt}: most listings have no page
     * parameter, and an exception for each (with its stack trace) cost a listing page several percent of its time.
     */
    public static int pageNumber(String param) {
        if (param == null) return 1;
        String s = param.strip();
        int i = s.startsWith("+") ? 1 : 0;
        if (i == s.length()) return 1;
        long n = 0;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return 1;
            n = Math.min(n * 10 + (c - '0'), MAX_PAGE);
        }
        return (int) Math.max(1, n);
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

    /**
     * AO3's heading: "1 - 20 of 1,234" (or "1,234" alone when it all fits on one page, or when this page is past
     * the last).
     */
    public String heading() {
        if ((total <= size && page == 1) || first() > total) return Formats.number(total);
        return Formats.number(first()) + " - " + Formats.number(last()) + " of " + Formats.number(total);
    }
}
