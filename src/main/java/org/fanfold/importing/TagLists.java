package org.fanfold.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Splits the tag lists of a header into tags, and knows FanFiction.net's genres and AO3's categories. */
final class TagLists {

    /** FanFiction.net's genres, as it spells them. */
    static final List<String> FFN_GENRES = List.of(
            "General",
            "Romance",
            "Humor",
            "Drama",
            "Poetry",
            "Adventure",
            "Mystery",
            "Horror",
            "Parody",
            "Angst",
            "Supernatural",
            "Suspense",
            "Sci-Fi",
            "Fantasy",
            "Spiritual",
            "Tragedy",
            "Western",
            "Crime",
            "Family",
            "Hurt/Comfort",
            "Friendship");

    private static final Map<String, String> CATEGORIES = Map.of(
            "gen", "Gen",
            "f/m", "F/M",
            "m/f", "F/M",
            "m/m", "M/M",
            "f/f", "F/F",
            "multi", "Multi",
            "other", "Other");

    private TagLists() {}

    /** Splits on commas and semicolons: fandoms, characters, relationships and warnings keep their slashes. */
    static List<String> split(String value) {
        var tags = new ArrayList<String>();
        for (String part : value.split("[,;\n]")) {
            String tag = part.strip();
            if (!tag.isEmpty()) tags.add(tag);
        }
        return tags;
    }

    /**
     * Splits a Tags or Genre list on commas, semicolons and slashes, keeping a genre FanFiction.net spells with a
     * slash whole: {@code Romance/Hurt/Comfort} is Romance and Hurt/Comfort, not three genres.
     */
    static List<String> splitGenres(String value) {
        var tags = new ArrayList<String>();
        for (String piece : split(value)) {
            String[] parts = piece.split("\\s*/\\s*");
            for (int i = 0; i < parts.length; i++) {
                String joined = i + 1 < parts.length ? genre(parts[i] + "/" + parts[i + 1]) : null;
                if (joined != null) {
                    tags.add(joined);
                    i++;
                } else if (!parts[i].isBlank()) {
                    String g = genre(parts[i]);
                    tags.add(g != null ? g : parts[i].strip());
                }
            }
        }
        return tags;
    }

    /** The FanFiction.net genre {@code value} names, in its spelling, or null. */
    static @Nullable String genre(String value) {
        String v = value.strip();
        for (String g : FFN_GENRES) {
            if (g.equalsIgnoreCase(v)) return g;
        }
        return null;
    }

    /** The AO3 category {@code value} names (Gen, F/M, M/M, F/F, Multi, Other), or null. */
    static @Nullable String category(String value) {
        return CATEGORIES.get(value.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", ""));
    }
}
