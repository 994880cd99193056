package org.fanfold.api;

import org.jspecify.annotations.Nullable;

/**
 * One chapter with its text, as {@code /api/v1/works/{id}/chapters/{chapterId}} gives it; HTML fields hold sanitized
 * HTML.
 *
 * @param previousChapterId the chapter before it among those the caller sees, or null for the first
 * @param nextChapterId the one after, or null for the last
 */
record ChapterJson(
        long id,
        long workId,
        String workTitle,
        int position,
        String title,
        String summary,
        String notes,
        String endNotes,
        String text,
        int words,
        boolean posted,
        @Nullable String published,
        String updated,
        String url,
        @Nullable Long previousChapterId,
        @Nullable Long nextChapterId) {}
