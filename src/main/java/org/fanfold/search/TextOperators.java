package org.fanfold.search;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * AO3's search words for the engines' query syntax: {@code OR}, {@code AND} and {@code NOT} in capitals (AO3
 * readers type them; lower-case "or" stays a word) become {@code |}, {@code +} and {@code -}, outside quoted
 * phrases. Both engines parse the result the same way ({@link WorkQuery#text()}).
 */
final class TextOperators {

    private static final Pattern OR = Pattern.compile("(?<=^|\\s)OR(?=\\s|$)");
    private static final Pattern AND = Pattern.compile("(?<=^|\\s)AND(?=\\s|$)");
    private static final Pattern NOT = Pattern.compile("(?<=^|\\s)NOT(?:\\s+|$)");

    private TextOperators() {}

    static @Nullable String translate(@Nullable String text) {
        if (text == null || text.isBlank()) return text;
        String[] parts = text.split("\"", -1);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) out.append('"');
            // even parts lie outside quotes; an unclosed quote's tail is a phrase too
            out.append(i % 2 == 0 ? words(parts[i]) : parts[i]);
        }
        return out.toString();
    }

    private static String words(String s) {
        s = OR.matcher(s).replaceAll("|");
        s = AND.matcher(s).replaceAll("+");
        return NOT.matcher(s).replaceAll("-");
    }
}
