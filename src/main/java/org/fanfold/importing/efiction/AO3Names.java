package org.fanfold.importing.efiction;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.fanfold.importing.Ratings;
import org.fanfold.importing.Warnings;
import org.fanfold.tags.TagNames;
import org.jspecify.annotations.Nullable;

/**
 * eFiction's names for ratings, warnings and pairing types, as AO3's: the spellings the plain-text importer knows
 * ({@link Ratings}, {@link Warnings}) and those eFiction archives used ("All Ages", "Adult", "Non-Consensual Sex
 * Acts"). Also makes any eFiction name a valid tag name.
 */
final class AO3Names {

    private static final Map<String, String> RATINGS = Map.ofEntries(
            Map.entry("all ages", Ratings.GENERAL),
            Map.entry("everyone", Ratings.GENERAL),
            Map.entry("children", Ratings.GENERAL),
            Map.entry("pre-teen", Ratings.GENERAL),
            Map.entry("preteen", Ratings.GENERAL),
            Map.entry("pg 13", Ratings.TEEN),
            Map.entry("pg13", Ratings.TEEN),
            Map.entry("teens", Ratings.TEEN),
            Map.entry("13+", Ratings.TEEN),
            Map.entry("15+", Ratings.MATURE),
            Map.entry("16+", Ratings.MATURE),
            Map.entry("adult", Ratings.EXPLICIT),
            Map.entry("adults", Ratings.EXPLICIT),
            Map.entry("adult only", Ratings.EXPLICIT),
            Map.entry("adults only", Ratings.EXPLICIT),
            Map.entry("18+", Ratings.EXPLICIT),
            Map.entry("nc17", Ratings.EXPLICIT),
            Map.entry("nc 17", Ratings.EXPLICIT),
            Map.entry("x", Ratings.EXPLICIT),
            Map.entry("xxx", Ratings.EXPLICIT));

    private static final Map<String, String> CATEGORIES = Map.of(
            "gen", "Gen",
            "f/m", "F/M",
            "m/f", "F/M",
            "het", "F/M",
            "m/m", "M/M",
            "slash", "M/M",
            "f/f", "F/F",
            "femslash", "F/F",
            "multi", "Multi");

    private static final Pattern FORBIDDEN = Pattern.compile("[,^*<>{}=`，、\\\\%]");

    private AO3Names() {}

    /** The AO3 rating an eFiction rating name means; "Not Rated" when it means none of them. */
    static String rating(String name) {
        String known = Ratings.of(name);
        if (known != null) return known;
        String mapped = RATINGS.get(fold(name));
        return mapped != null ? mapped : Ratings.NOT_RATED;
    }

    /**
     * The AO3 archive warning an eFiction warning means, by its name or the words in it ("Character Death",
     * "Non-Consensual Sex Acts"); null when it is another kind of warning ("Language", "Adult Themes"), which stays
     * an additional tag. "None" means No Archive Warnings Apply.
     */
    static @Nullable String warning(String name) {
        String known = Warnings.of(name);
        if (known != null) return known;
        String n = fold(name);
        if (n.contains("death")) return Warnings.DEATH;
        if (n.contains("violence") || n.contains("gore")) return Warnings.VIOLENCE;
        if (n.contains("rape") || n.matches(".*\\bnon[- ]?con.*")) return Warnings.RAPE;
        if (n.contains("underage") || n.contains("under-age")) return Warnings.UNDERAGE;
        return null;
    }

    /** The AO3 category an eFiction class names exactly ("Het", "Slash", "F/F"), or null. */
    static @Nullable String category(String name) {
        return CATEGORIES.get(fold(name).replace(" ", ""));
    }

    /**
     * {@code name} as a tag name: plain text, without the characters tags can't have (commas among them, so
     * "Threesomes, Moresomes" becomes "Threesomes Moresomes"), at most 150 characters; "" when nothing is left.
     */
    static String tag(String name) {
        String cleaned =
                TagNames.clean(FORBIDDEN.matcher(EfictionText.plain(name)).replaceAll(" "));
        if (cleaned.length() > TagNames.MAX_LENGTH)
            cleaned = cleaned.substring(0, TagNames.MAX_LENGTH).strip();
        return cleaned;
    }

    private static String fold(String name) {
        return EfictionText.plain(name)
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .strip();
    }
}
