package org.fanfold.importing.efiction;

import org.springframework.web.util.HtmlUtils;

/**
 * Fits eFiction's texts into AO3's limits without losing any of them: eFiction had no limit on summaries and notes,
 * AO3 allows a 1,250-character summary and 5,000 characters of notes. A long summary is cut short, with the whole of
 * it at the top of the notes; notes too long for their place go at the top (or the bottom, for end notes) of the
 * chapter's text.
 */
final class Fitting {

    static final int TITLE_MAX = 255;
    static final int SUMMARY_MAX = 1_250;
    static final int NOTES_MAX = 5_000;
    static final int CHAPTER_MAX = 510_000;

    private Fitting() {}

    /** A title at most 255 characters long. */
    static String title(String title) {
        return title.length() <= TITLE_MAX
                ? title
                : title.substring(0, TITLE_MAX - 1).strip() + "…";
    }

    static boolean fits(String html, int max) {
        return html.length() <= max;
    }

    /** The start of a long summary's text as one paragraph, within the summary's limit. */
    static String shortSummary(String summaryHtml) {
        String text = EfictionText.plain(summaryHtml);
        int room = 1_000;
        while (true) {
            String cut = text.length() <= room ? text : text.substring(0, room);
            int space = cut.lastIndexOf(' ');
            if (text.length() > room && space > room / 2) cut = cut.substring(0, space);
            String html = "<p>" + HtmlUtils.htmlEscape(cut.strip()) + " (…)</p>";
            if (html.length() <= SUMMARY_MAX) return html;
            room -= 100;
        }
    }

    /** A long summary kept whole at the top of the notes. */
    static String summaryInNotes(String summaryHtml, String notesHtml) {
        return "<p><strong>Summary:</strong></p>\n" + summaryHtml
                + (notesHtml.isEmpty() ? "" : "\n<hr />\n" + notesHtml);
    }

    /** Notes put before a chapter's text, set off by a rule. */
    static String before(String notesHtml, String body) {
        return notesHtml.isEmpty() ? body : notesHtml + "\n<hr />\n" + body;
    }

    /** End notes put after a chapter's text, set off by a rule. */
    static String after(String body, String endNotesHtml) {
        return endNotesHtml.isEmpty() ? body : body + "\n<hr />\n" + endNotesHtml;
    }
}
