package org.fanfold.works;

import org.fanfold.shared.WordCounter;

/**
 * A chapter as it will be stored: every HTML field already sanitized. Build with {@link #of}.
 *
 * @param wordCount the body's words, counted as AO3 counts them
 */
public record ChapterInput(String title, String summary, String notes, String endNotes, String body, int wordCount) {

    /** A chapter from sanitized HTML fields; counts its words. */
    public static ChapterInput of(String title, String summary, String notes, String endNotes, String body) {
        return new ChapterInput(
                title == null ? "" : title.strip(),
                nz(summary),
                nz(notes),
                nz(endNotes),
                nz(body),
                WordCounter.countHtml(body));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
