package org.fanfold.search;

import java.util.Locale;

/** The orders a listing can be sorted in, with AO3's {@code sort_column} names. */
public enum SearchSort {
    BEST_MATCH("_score"),
    CREATOR("authors_to_sort_on"),
    TITLE("title_to_sort_on"),
    DATE_POSTED("created_at"),
    DATE_UPDATED("revised_at"),
    WORDS("word_count"),
    HITS("hits"),
    KUDOS("kudos_count"),
    COMMENTS("comments_count"),
    BOOKMARKS("bookmarks_count");

    private final String column;

    SearchSort(String column) {
        this.column = column;
    }

    public String column() {
        return column;
    }

    /** Reads AO3's sort_column value (or this enum's name); unknown values give {@code fallback}. */
    public static SearchSort of(String value, SearchSort fallback) {
        if (value == null || value.isBlank()) return fallback;
        for (SearchSort s : values()) {
            if (s.column.equalsIgnoreCase(value) || s.name().equalsIgnoreCase(value.replace(' ', '_'))) return s;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "score", "relevance" -> BEST_MATCH;
            default -> fallback;
        };
    }

    /** Titles and creators sort A→Z by default; everything else sorts largest or newest first. */
    public boolean ascendingByDefault() {
        return this == TITLE || this == CREATOR;
    }
}
