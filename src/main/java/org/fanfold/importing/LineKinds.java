package org.fanfold.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Recognises the lines of a body that are not prose: scene-break markers, chapter headings and end-note openers. */
final class LineKinds {

    private static final int MAX_BREAK_LENGTH = 40;
    private static final String SENTENCE_MARKS = ".,;:!?\"'“”‘’()[]{}…";
    private static final String NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty";
    private static final Pattern CHAPTER =
            Pattern.compile("(?i)chapter\\s+(?:\\d+|[ivxlc]+|" + NUMBER_WORDS + ")\\s*(?:[:.\\-–—]\\s*(.*))?");
    // "A/N", "AN:" (the colon keeps "An old man…" out), "Author's Note"; then an optional colon or dash.
    private static final Pattern END_NOTE =
            Pattern.compile("(?i)^(?:a/n|an(?=\\s*[:\\-])|authors?'?s? notes?|author’s notes?)\\s*[:\\-–—]?\\s*");

    private LineKinds() {}

    /**
     * Whether {@code line} is a scene-break marker: a short line made only of symbols ({@code ***}, {@code * * *},
     * {@code ~~~}, {@code ---}, {@code ###}, {@code =====}), or of symbols and the letters authors use as
     * ornaments ({@code -x-}, {@code oOo}, {@code xXx}, {@code o0o}). Letters alone must mix case or digits, so
     * "xxx" and "ooo" stay text; prose punctuation ("...", "?!") never makes a break.
     */
    static boolean sceneBreak(String line) {
        String s = line.replaceAll("\\s+", "");
        if (s.length() < 3 || s.length() > MAX_BREAK_LENGTH) return false;
        boolean symbol = false;
        boolean lower = false;
        boolean upperOrDigit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'o' || c == 'x') {
                lower = true;
            } else if (c == 'O' || c == 'X' || c == '0') {
                upperOrDigit = true;
            } else if (Character.isLetterOrDigit(c) || SENTENCE_MARKS.indexOf(c) >= 0) {
                return false;
            } else {
                symbol = true;
            }
        }
        return symbol || (lower && upperOrDigit);
    }

    /**
     * The title of the chapter {@code line} opens ("" for a bare "Chapter 3"), or null when the line is no
     * chapter heading. Headings read {@code Chapter N}, {@code Chapter N: Title}, {@code Chapter N - Title}, with
     * N a number, a Roman numeral or a word up to twenty.
     */
    static @Nullable String chapterTitle(String line) {
        Matcher m = CHAPTER.matcher(line.strip());
        if (!m.matches()) return null;
        return m.group(1) == null ? "" : m.group(1).strip();
    }

    /** The text after an end-note opener ("A/N:", "AN:", "Author's Note:"), or null when none opens the text. */
    static @Nullable String endNote(String paragraph) {
        Matcher m = END_NOTE.matcher(paragraph);
        return m.lookingAt() ? paragraph.substring(m.end()).strip() : null;
    }
}
