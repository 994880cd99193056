package org.fanfold.importing;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The header keys the parser understands, each with the spellings authors use for it (case-insensitive). */
enum HeaderKey {
    TITLE("title"),
    AUTHOR("author", "by"),
    RATING("rating", "rated"),
    CATEGORY("category", "categories"),
    FANDOM("fandom", "fandoms"),
    RELATIONSHIP("relationship", "relationships", "pairing", "pairings"),
    CHARACTERS("characters", "character"),
    TAGS("tags", "additional tags", "genre", "genres"),
    WARNINGS("warnings", "warning", "archive warnings"),
    LANGUAGE("language"),
    SUMMARY("summary"),
    DEDICATION("dedication"),
    AUTHORS_NOTE("a/n", "an", "author's note", "author's notes", "authors note", "author note", "notes"),
    STATUS("status");

    private final List<String> spellings;

    HeaderKey(String... spellings) {
        this.spellings = List.of(spellings);
    }

    /** The key a header line's key text names, or null for a key the parser does not know. */
    static @Nullable HeaderKey of(String key) {
        String k = key.strip().replace('’', '\'').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        for (HeaderKey h : values()) {
            if (h.spellings.contains(k)) return h;
        }
        return null;
    }
}
