package org.fanfold.api;

import org.fanfold.works.ChapterForm;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/v1/works/{id}/chapters}: the chapter form's fields in JSON.
 *
 * @param format how {@code body} is written: html (default), markdown or plain
 */
record ChapterBody(
        @Nullable String title,
        @Nullable String summary,
        @Nullable String notes,
        @Nullable String endNotes,
        @Nullable String body,
        @Nullable String format) {

    ChapterForm toForm() {
        return new ChapterForm(title, summary, notes, endNotes, body, format);
    }
}
