package org.fanfold.tags;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Tag name rules: AO3's limits and forbidden characters, comparison keys, list parsing and URL escaping. */
public final class TagNames {

    public static final int MAX_LENGTH = 150;
    private static final Pattern FORBIDDEN = Pattern.compile("[,^*<>{}=`，、\\\\%]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TagNames() {}

    /** Trims and folds runs of white space into one space. */
    public static String clean(String name) {
        return SPACES.matcher(name.strip()).replaceAll(" ");
    }

    /** The comparison key: tags are the same tag when their names differ only in case or spacing. */
    public static String key(String name) {
        return clean(name).toLowerCase(Locale.ROOT);
    }

    /** Why {@code name} cannot be a tag, or null when it can. */
    public static @Nullable String problem(String name) {
        String n = clean(name);
        if (n.isEmpty()) return "a tag can't be blank";
        if (n.length() > MAX_LENGTH)
            return "the tag \"" + n.substring(0, 30) + "…\" is longer than " + MAX_LENGTH + " characters";
        if (FORBIDDEN.matcher(n).find()) {
            return "the tag \"" + n + "\" contains a character tags can't have (, ^ * < > { } = ` ， 、 \\ %)";
        }
        return null;
    }

    /** Splits a comma-separated field into cleaned names, dropping blanks and repeats (first spelling wins). */
    public static List<String> split(@Nullable String field) {
        if (field == null || field.isBlank()) return List.of();
        var byKey = new LinkedHashMap<String, String>();
        for (String part : field.split("[,，、]")) {
            String n = clean(part);
            if (!n.isEmpty()) byKey.putIfAbsent(key(n), n);
        }
        return new ArrayList<>(byKey.values());
    }

    static String toUrl(String name) {
        return name.replace("/", "*s*")
                .replace("&", "*a*")
                .replace(".", "*d*")
                .replace("?", "*q*")
                .replace("#", "*h*");
    }

    /** Reads a tag name from its URL form (AO3's escapes); plain names pass through. */
    public static String fromUrl(String urlName) {
        return urlName.replace("*s*", "/")
                .replace("*a*", "&")
                .replace("*d*", ".")
                .replace("*q*", "?")
                .replace("*h*", "#")
                .replace("*x*", "*");
    }

    static String encodePath(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /**
     * A tag's name as one segment of its URL: AO3's escapes ({@link #toUrl}), then percent-encoded as
     * {@link #encodePath} does — in one pass, as every tag link on a listing page is made this way (twenty blurbs of
     * a dozen tags each, and the sidebar): the two steps made one listing's links a tenth of its time.
     */
    static String pathSegment(String name) {
        StringBuilder out = null;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (plain(c)) {
                if (out != null) out.append(c);
                continue;
            }
            // room for every character left becoming three ("%20"), so a name of many words never grows it
            if (out == null) out = new StringBuilder(i + 3 * (name.length() - i) + 8).append(name, 0, i);
            switch (c) {
                case '/' -> out.append("*s*");
                case '&' -> out.append("*a*");
                case '.' -> out.append("*d*");
                case '?' -> out.append("*q*");
                case '#' -> out.append("*h*");
                default -> {
                    int end = Character.isHighSurrogate(c)
                                    && i + 1 < name.length()
                                    && Character.isLowSurrogate(name.charAt(i + 1))
                            ? i + 2
                            : i + 1;
                    for (byte b : name.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                        out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                    }
                    i = end - 1;
                }
            }
        }
        return out == null ? name : out.toString();
    }

    /** Characters a URL segment keeps as they are (what {@link URLEncoder} leaves alone, but '.'). */
    private static boolean plain(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '-'
                || c == '_'
                || c == '*';
    }

    /**
     * Names that lead to no tag, in a sentence: "there is no tag called “A” here." or "there are no tags called “A”,
     * “B” and “C” here." ({@code noun} in the singular: "tag", "fandom").
     */
    public static String noneCalled(String noun, List<String> names) {
        List<String> quoted = names.stream().map(n -> "\u201c" + n + "\u201d").toList();
        if (quoted.size() == 1) return "there is no " + noun + " called " + quoted.get(0) + " here.";
        return "there are no " + noun + "s called " + String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and "
                + quoted.get(quoted.size() - 1) + " here.";
    }
}
