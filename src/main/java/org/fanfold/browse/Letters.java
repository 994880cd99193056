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

    /**
     * {@code items} by sort key (then name), in groups by the letter they are listed under (the first character of
     * the sort key, upper-cased), the groups in the order of their first item.
     */
    static <T, G> List<G> group(List<T> items, Function<T, String> name, BiFunction<String, List<T>, G> makeGroup) {
        record Keyed<T>(String key, String name, T item) {}
        List<Keyed<T>> sorted = new ArrayList<>(items.size()); // each key made once, not at every comparison
        for (T t : items) sorted.add(new Keyed<>(sortKey(name.apply(t)), name.apply(t), t));
        sorted.sort(Comparator.comparing((Keyed<T> k) -> k.key()).thenComparing(Keyed::name));
        Map<String, List<T>> byLetter = new LinkedHashMap<>();
        for (Keyed<T> k : sorted)
            byLetter.computeIfAbsent(letter(k.key()), x -> new ArrayList<>()).add(k.item());
        List<G> out = new ArrayList<>();
        byLetter.forEach((letter, group) -> out.add(makeGroup.apply(letter, group)));
        return out;
    }

    /** The letter a sort key is listed under: its first character, upper-cased ("#" for none). */
    private static String letter(String key) {
        if (key.isEmpty()) return "#";
        return new String(Character.toChars(key.codePointAt(0))).toUpperCase(Locale.ROOT);
    }
}
