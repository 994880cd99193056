package org.fanfold.shared;

import java.util.regex.Pattern;

/**
 * Counts words as AO3 does: markup is ignored; every Han, Hiragana, Katakana or Thai character is a word of its
 * own (those scripts do not separate words with spaces); any other run of non-space characters that holds at least
 * one letter or digit is one word, so "don't" and "well-known" are one word and a lone dash is none.
 */
public final class WordCounter {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private WordCounter() {}

    public static int countHtml(String html) {
        if (html == null || html.isEmpty()) return 0;
        return count(stripTags(html));
    }

    public static int count(String text) {
        int words = 0;
        boolean inWord = false;
        boolean wordHasLetter = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isCharacterWord(cp)) {
                if (inWord && wordHasLetter) words++;
                inWord = false;
                wordHasLetter = false;
                words++;
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                if (inWord && wordHasLetter) words++;
                inWord = false;
                wordHasLetter = false;
            } else {
                inWord = true;
                if (Character.isLetterOrDigit(cp)) wordHasLetter = true;
            }
        }
        if (inWord && wordHasLetter) words++;
        return words;
    }

    private static boolean isCharacterWord(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.THAI;
    }

    /** The text of some HTML without its markup, for search and plain-text uses. */
    public static String plainText(String html) {
        if (html == null || html.isEmpty()) return "";
        return plainTextOnePass(html).strip();
    }

    /** The entities {@link #stripTags} decodes, and what they decode to. */
    private static final String[] ENTITIES = {"&nbsp;", "&#160;", "&lt;", "&gt;", "&quot;", "&#39;", "&#64;", "&amp;"};

    private static final char[] DECODED = {' ', ' ', '<', '>', '"', '\'', '@', '&'};

    /**
     * {@code stripTags(html).replaceAll("[ \\t]+", " ")} in one pass over the characters (it runs on every
     * chapter body during a reindex): a tag or a run of spaces and tabs, including decoded {@code &nbsp;}, becomes
     * one space. Entities never overlap and decoding one never forms another, so decoding them left to right in one
     * pass equals {@link #stripTags}'s replacements one after another.
     */
    static String plainTextOnePass(String html) {
        int n = html.length();
        StringBuilder out = new StringBuilder(n);
        boolean space = false; // a run of spaces is pending
        int nextGt = html.indexOf('>'); // the first '>' at or after the scan, or -1: tags end there
        for (int i = 0; i < n; ) {
            char c = html.charAt(i);
            if (c == '<') {
                if (nextGt >= 0 && nextGt < i) nextGt = html.indexOf('>', i);
                if (nextGt >= 0) {
                    space = true;
                    i = nextGt + 1;
                    continue;
                }
            } else if (c == ' ' || c == '\t') {
                space = true;
                i++;
                continue;
            } else if (c == '&') {
                int e = entity(html, i);
                if (e >= 0) {
                    i += ENTITIES[e].length();
                    char d = DECODED[e];
                    if (d == ' ') {
                        space = true;
                    } else {
                        if (space) out.append(' ');
                        space = false;
                        out.append(d);
                    }
                    continue;
                }
            }
            if (space) out.append(' ');
            space = false;
            out.append(c);
            i++;
        }
        if (space) out.append(' ');
        return out.toString();
    }

    private static int entity(String html, int at) {
        for (int e = 0; e < ENTITIES.length; e++) if (html.startsWith(ENTITIES[e], at)) return e;
        return -1;
    }

    /** Removes tags and decodes the few entities the sanitizer writes, leaving spaces where blocks were. */
    static String stripTags(String html) {
        String text = TAG.matcher(html).replaceAll(" ");
        return text.replace("&nbsp;", " ")
                .replace("&#160;", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&#64;", "@")
                .replace("&amp;", "&");
    }
}
