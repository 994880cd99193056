package org.fanfold.works;

import org.jspecify.annotations.Nullable;

/**
 * A work's own row. HTML fields are sanitized.
 *
 * @param expectedChapters the planned number of chapters, or null when unknown ("?")
 * @param chapterCount how many chapters are posted
 * @param kudosCount kudos, comments and bookmarks counted on the row (denormalized, as AO3's listings show them)
 * @param importedAuthor the original author's name when an archivist imported the work for them, else null
 * @param publishedAt when the work was first posted (epoch ms), null for a draft
 * @param anonymous whether the work is in an anonymous collection: its creators are shown as "Anonymous"
 * @param unrevealed whether the work is in an unrevealed collection: only its creators and the collection's
 *     maintainers see it (both flags are kept by the collections module through {@link CollectionFlags})
 */
public record Work(
        long id,
        String title,
        String summary,
        String notes,
        String endNotes,
        String language,
        @Nullable Integer expectedChapters,
        boolean posted,
        boolean restricted,
        boolean hiddenByAdmin,
        boolean anonymous,
        boolean unrevealed,
        int wordCount,
        int chapterCount,
        long hits,
        long kudosCount,
        long commentsCount,
        long bookmarksCount,
        @Nullable String importedAuthor,
        @Nullable Long publishedAt,
        long updatedAt,
        long createdAt) {

    /** Complete when as many chapters are posted as were planned. */
    public boolean complete() {
        return expectedChapters != null && chapterCount >= expectedChapters;
    }

    /** AO3's chapter count: "3/10", "3/?". */
    public String chaptersLabel() {
        return chapterCount + "/" + (expectedChapters == null ? "?" : expectedChapters);
    }

    /** How many characters its texts have (what a copy of it in memory costs, roughly). */
    public long textLength() {
        return (long) title.length() + summary.length() + notes.length() + endNotes.length();
    }

    public String url() {
        return "/works/" + id;
    }
}
