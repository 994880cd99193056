package org.fanfold.generator;

import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Made-up but plausible names: people and places from syllables, fandoms and titles from templates over small
 * English vocabularies. Every method draws only from the generator it is given. Stateless and thread-safe.
 */
final class Names {

    private static final String[] ONSETS = {
        "b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "br", "ch", "cl",
        "dr", "fl", "gr", "kr", "sh", "st", "th", "tr", "", "", ""
    };
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "a", "e", "i", "ae", "ai", "ei", "ia", "ou", "y"};
    private static final String[] CODAS = {"", "", "", "", "n", "r", "l", "s", "th", "nd", "rk", "x", "m", "ss", "ll"};

    private static final String[] ADJECTIVES = {
        "Silver", "Hollow", "Burning", "Quiet", "Broken", "Golden", "Last", "Crimson", "Wandering", "Distant",
        "Secret", "Fallen", "Endless", "Shattered", "Gentle", "Wild", "Bitter", "Hidden", "Lost", "Winter",
        "Summer", "Midnight", "Starlit", "Forgotten", "Tender", "Restless", "Paper", "Glass", "Iron", "Velvet"
    };
    private static final String[] NOUNS = {
        "Crown", "Lantern", "Tide", "Garden", "Heart", "Storm", "River", "Ember", "Shadow", "Promise", "Kingdom", "Sky",
        "Song", "Thread", "Harbor", "Mirror", "Sea", "Ghost", "Letter", "Oath", "Compass", "Wolf", "Moon", "Orchard",
        "Bridge", "Feather", "Knife", "Winter", "Dawn", "Ash", "Rain", "Door", "Star", "Throne", "Road"
    };
    private static final String[] FANDOM_TEMPLATES = {
        "The %N of %P",
        "%P",
        "%P Chronicles",
        "%A %N",
        "%P (TV)",
        "%P - All Media Types",
        "%P: %A %N",
        "%P (Anime & Manga)",
        "The %A %N",
        "%P Saga",
        "%P (Video Game)",
        "%P High",
        "%N of %P (Novels)"
    };
    private static final String[] TITLE_TEMPLATES = {
        "The %A %N",
        "%N and %N",
        "A %N for the %A",
        "%A",
        "Where the %N Goes",
        "Of %N and %N",
        "%N",
        "Under a %A %N",
        "The Last %N",
        "%A %N, %A %N",
        "What the %N Knew",
        "Every %N We Burned",
        "Five Times the %N Broke",
        "In the %N's Wake",
        "Until the %N"
    };

    private Names() {}

    /** A pronounceable word of {@code min}–{@code max} syllables, capitalized. */
    static String word(RandomGenerator r, int min, int max) {
        int syllables = min + r.nextInt(max - min + 1);
        var sb = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            sb.append(ONSETS[r.nextInt(ONSETS.length)]).append(VOWELS[r.nextInt(VOWELS.length)]);
            if (i == syllables - 1 || r.nextInt(3) == 0) sb.append(CODAS[r.nextInt(CODAS.length)]);
        }
        return capitalize(sb.toString());
    }

    /** A character's name: given and family name, or a single name. */
    static String person(RandomGenerator r) {
        if (r.nextInt(10) < 3) return word(r, 2, 3);
        return word(r, 1, 3) + " " + word(r, 2, 3);
    }

    static String fandom(RandomGenerator r) {
        return fill(r, FANDOM_TEMPLATES[r.nextInt(FANDOM_TEMPLATES.length)], word(r, 2, 4));
    }

    static String title(RandomGenerator r) {
        return fill(r, TITLE_TEMPLATES[r.nextInt(TITLE_TEMPLATES.length)], word(r, 2, 3));
    }

    /** A login: a word and a number (the user's id), lower case, so logins never collide. */
    static String login(RandomGenerator r, long id) {
        return word(r, 2, 3).toLowerCase(Locale.ROOT) + id;
    }

    private static String fill(RandomGenerator r, String template, String place) {
        var sb = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '%' && i + 1 < template.length()) {
                char k = template.charAt(++i);
                sb.append(
                        switch (k) {
                            case 'A' -> ADJECTIVES[r.nextInt(ADJECTIVES.length)];
                            case 'N' -> NOUNS[r.nextInt(NOUNS.length)];
                            default -> place;
                        });
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
