package org.fanfold.shared;

import java.util.ArrayList;
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

    /** In {@link #pageNumbers()}, where pages are left out ("…"). */
    public static final int GAP = 0;

    /** How many pages the pager shows on each side of this one. */
    private static final int INNER_WINDOW = 4;

    /** How many pages beyond the first and before the last the pager shows at its ends. */
    private static final int OUTER_WINDOW = 1;

    /**
     * The page numbers AO3's pager shows (will_paginate's window): the first two, four each side of this page and
     * the last two, with {@link #GAP} where two or more pages between them are left out — "1 2 … 8 9 10 11 12 13 14
     * … 99 100". A window that runs into an end is moved so that it still shows nine pages.
     */
    public List<Integer> pageNumbers() {
        int last = pages();
        int from = page - INNER_WINDOW;
        int to = page + INNER_WINDOW;
        if (to > last) {
            from -= to - last;
            to = last;
        }
        if (from < 1) {
            to = Math.min(last, to + 1 - from);
            from = 1;
        }
        List<Integer> out = new ArrayList<>();
        if (from > OUTER_WINDOW + 3) {
            for (int p = 1; p <= OUTER_WINDOW + 1; p++) out.add(p);
            out.add(GAP);
        } else {
            for (int p = 1; p < from; p++) out.add(p);
        }
        for (int p = from; p <= to; p++) out.add(p);
        if (to < last - OUTER_WINDOW - 2) {
            out.add(GAP);
            for (int p = last - OUTER_WINDOW; p <= last; p++) out.add(p);
        } else {
            for (int p = to + 1; p <= last; p++) out.add(p);
        }
        return out;
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
