package org.fanfold.browse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * AO3's alphabetical fandom lists: names sort without a leading article ("The Hobbit" under H, "Les Misérables"
 * under M), and fall under the first letter of what is left, upper-cased.
 */
final class Letters {

    /** The articles AO3 leaves out in front of a name when sorting it. */
    private static final Pattern ARTICLE = Pattern.compile(
            "^(a|an|the|la|le|les|l'|un|une|des|die|das|il|el|las|los|der|den)\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Letters() {}

    /** What {@code name} sorts by: without a leading article, lower-cased. */
    static String sortKey(String name) {
        String rest = ARTICLE.matcher(name.strip()).replaceFirst("");
        return (rest.isEmpty() ? name.strip() : rest).toLowerCase(Locale.ROOT);
    }

    /** The letter {@code name} is listed under: the first character of its sort key, upper-cased. */
    static String letter(String name) {
        String key = sortKey(name);
        if (key.isEmpty()) return "#";
        return new String(Character.toChars(key.codePointAt(0))).toUpperCase(Locale.ROOT);
    }

    /** {@code items} by sort key (then name), in groups by letter, the groups in the order of their first item. */
    static <T, G> List<G> group(List<T> items, Function<T, String> name, BiFunction<String, List<T>, G> makeGroup) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing((T t) -> sortKey(name.apply(t))).thenComparing(name));
        Map<String, List<T>> byLetter = new LinkedHashMap<>();
        for (T t : sorted)
            byLetter.computeIfAbsent(letter(name.apply(t)), k -> new ArrayList<>())
                    .add(t);
        List<G> out = new ArrayList<>();
        byLetter.forEach((letter, group) -> out.add(makeGroup.apply(letter, group)));
        return out;
    }
}
