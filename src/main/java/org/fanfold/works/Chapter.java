package org.fanfold.works;

import org.jspecify.annotations.Nullable;

/** A chapter of a work; {@code position} counts from 1. HTML fields are sanitized. */
public record Chapter(
        long id,
        long workId,
        int position,
        String title,
        String summary,
        String notes,
        String endNotes,
        String body,
        int wordCount,
        boolean posted,
        @Nullable Long publishedAt,
        long updatedAt) {

    public String url() {
        return "/works/" + workId + "/chapters/" + id;
    }

    /** "Chapter 2: The Name", or "Chapter 2" when untitled. */
    public String heading() {
        return title.isBlank() ? "Chapter " + position : "Chapter " + position + ": " + title;
    }
}
