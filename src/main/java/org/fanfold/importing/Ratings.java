package org.fanfold.importing;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Maps the ratings authors write to AO3's: FanFiction.net's K, K+, T, M (also as "Fiction T"), AO3's names, their
 * short forms (G, T, M, E, MA) and the film ratings (PG-13, R, NC-17), case-insensitively.
 */
public final class Ratings {

    public static final String NOT_RATED = "Not Rated";
    public static final String GENERAL = "General Audiences";
    public static final String TEEN = "Teen And Up Audiences";
    public static final String MATURE = "Mature";
    public static final String EXPLICIT = "Explicit";

    private static final Map<String, String> BY_SPELLING = Map.ofEntries(
            Map.entry("not rated", NOT_RATED),
            Map.entry("unrated", NOT_RATED),
            Map.entry("nr", NOT_RATED),
            Map.entry("k", GENERAL),
            Map.entry("k+", GENERAL),
            Map.entry("g", GENERAL),
            Map.entry("pg", GENERAL),
            Map.entry("general", GENERAL),
            Map.entry("general audiences", GENERAL),
            Map.entry("t", TEEN),
            Map.entry("teen", TEEN),
            Map.entry("teen and up", TEEN),
            Map.entry("teen and up audiences", TEEN),
            Map.entry("pg-13", TEEN),
            Map.entry("m", MATURE),
            Map.entry("mature", MATURE),
            Map.entry("r", MATURE),
            Map.entry("e", EXPLICIT),
            Map.entry("explicit", EXPLICIT),
            Map.entry("ma", EXPLICIT),
            Map.entry("nc-17", EXPLICIT));

    private Ratings() {}

    /** The AO3 rating {@code value} names, or null when it names none. */
    public static @Nullable String of(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        v = v.replaceFirst("^(?:rated|fiction)\\s+", "").replaceFirst("[.!]+$", "");
        return BY_SPELLING.get(v);
    }
}
