package org.fanfold.works;

import org.fanfold.shared.TextFormat;
import org.fanfold.shared.UserHtml;
import org.jspecify.annotations.Nullable;

/** The chapter form as typed. */
public record ChapterForm(String title, String summary, String notes, String endNotes, String body, String format) {

    public ChapterForm {
        title = nz(title);
        summary = nz(summary);
        notes = nz(notes);
        endNotes = nz(endNotes);
        body = nz(body);
        format = format == null || format.isBlank() ? "html" : format;
    }

    public static ChapterForm blank() {
        return new ChapterForm(null, null, null, null, null, null);
    }

    static ChapterForm of(Chapter c) {
        return new ChapterForm(c.title(), c.summary(), c.notes(), c.endNotes(), c.body(), "html");
    }

    public ChapterInput toInput() {
        return ChapterInput.of(
                title,
                UserHtml.sanitizeRichText(summary),
                UserHtml.sanitizeRichText(notes),
                UserHtml.sanitizeRichText(endNotes),
                TextFormat.of(format).toHtml(body));
    }

    private static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }
}
