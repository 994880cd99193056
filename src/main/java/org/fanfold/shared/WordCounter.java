package org.fanfold.shared;

import java.util.regex.Pattern;

/**
 * Counts words as AO3 does: markup is ignored; every Han, Hiragana, Katakana or Thai character is a word of its
 * own (those scripts do not separate words with spaces); any other run of non-space characters that holds at least
 * one letter or digit is one word, so "don't" and "well-known" are one word and a lone dash is none.
 */
public final class WordCounter {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACES = Pattern.compile("[ \\t]+");

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
        return SPACES.matcher(stripTags(html)).replaceAll(" ").strip();
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
