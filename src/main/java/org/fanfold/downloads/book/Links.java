package org.fanfold.downloads.book;

import com.ibm.icu.lang.UScript;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Attribute values as XHTML validators want them: absolute, well-formed URLs; registered language tags. */
final class Links {

    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Set<String> REGIONS = Set.of(Locale.getISOCountries());
    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

    private Links() {}

    /**
     * The URL to write for {@code raw} found in user HTML: fragment links unchanged ({@code #fn1}), other links
     * resolved against {@code base} and percent-encoded where they need it; null when it is no usable http(s) or
     * mailto URL.
     */
    static @Nullable String resolve(String raw, URI base) {
        String v = raw.strip();
        if (v.isEmpty() || v.equals("#")) return null;
        if (v.startsWith("#")) return v;
        try {
            URI uri = new URI(encode(v));
            if (!uri.isAbsolute()) uri = base.resolve(uri);
            String scheme = uri.getScheme();
            if (scheme == null || !SCHEMES.contains(scheme.toLowerCase(Locale.ROOT))) return null;
            if (!scheme.equalsIgnoreCase("mailto") && uri.getHost() == null) return null;
            return uri.toASCIIString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Percent-encodes what may not appear raw in a URI (spaces, quotes, braces, non-ASCII) and stray percents. */
    static String encode(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean escapeStart = b == '%' && i + 2 < bytes.length && hex(bytes[i + 1]) && hex(bytes[i + 2]);
            if (b > 0x20 && b < 0x7f && "\"<>\\^`{|} ".indexOf(b) < 0 && (b != '%' || escapeStart)) {
                out.append((char) b);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)));
                out.append(Character.toUpperCase(Character.forDigit(b & 15, 16)));
            }
        }
        return out.toString();
    }

    private static boolean hex(byte b) {
        return Character.digit(b, 16) >= 0;
    }

    /** A fragment identifier decoded ({@code %E4%BD%A0} → 你); the input when it is not well-formed. */
    static String decodeFragment(String fragment) {
        if (fragment.indexOf('%') < 0) return fragment;
        try {
            return new URI("a:b#" + encode(fragment)).getFragment();
        } catch (URISyntaxException e) {
            return fragment;
        }
    }

    /**
     * {@code raw} as a language tag a validator accepts (language, optional script and region; other subtags
     * dropped), or null when its language is not a registered one.
     */
    static @Nullable String languageTag(String raw) {
        String v = raw.strip().replace('_', '-');
        if (!TAG.matcher(v).matches()) return null;
        String[] parts = v.split("-");
        String language = parts[0].toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(language)) return null;
        StringBuilder tag = new StringBuilder(language);
        int i = 1;
        if (i < parts.length && parts[i].length() == 4 && UScript.getCodeFromName(parts[i]) != UScript.INVALID_CODE) {
            tag.append('-')
                    .append(Character.toUpperCase(parts[i].charAt(0)))
                    .append(parts[i].substring(1).toLowerCase(Locale.ROOT));
            i++;
        }
        if (i < parts.length && parts[i].length() == 2 && REGIONS.contains(parts[i].toUpperCase(Locale.ROOT))) {
            tag.append('-').append(parts[i].toUpperCase(Locale.ROOT));
        }
        return tag.toString();
    }

    static boolean intBetween(String value, int min, int max) {
        try {
            int n = Integer.parseInt(value);
            return n >= min && n <= max;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
