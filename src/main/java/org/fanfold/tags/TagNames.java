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
}
