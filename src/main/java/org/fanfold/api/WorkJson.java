package org.fanfold.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A work as the API shows it; in listings without {@code series}, {@code gifts} and {@code chapters} (a listing
 * loads what its blurbs show). HTML fields hold sanitized HTML; dates are ISO 8601 instants in UTC.
 *
 * @param anonymous in an anonymous collection: {@code creators} is then one "Anonymous" entry without a login,
 *     except for the work's creators and admins, who see the real ones
 * @param importedAuthor the original author when an archivist imported the work for them
 * @param tags every tag, ratings, warnings and categories included, each with its type
 * @param expectedChapters the planned number of chapters, or null for "?"
 * @param posted false for a draft (only its creators ever see one)
 */
record WorkJson(
        long id,
        String url,
        String title,
        boolean anonymous,
        List<Creator> creators,
        @Nullable String importedAuthor,
        String rating,
        List<String> warnings,
        List<String> categories,
        List<TagRef> tags,
        String summary,
        String notes,
        String endNotes,
        String language,
        int words,
        int chapterCount,
        @Nullable Integer expectedChapters,
        boolean complete,
        boolean restricted,
        boolean posted,
        @Nullable String published,
        String updated,
        long kudos,
        long hits,
        long comments,
        long bookmarks,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<SeriesRef> series,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<GiftRef> gifts,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<ChapterRef> chapters) {

    /** A creator: a pseud and the account it belongs to ("Anonymous" with null login and url when hidden). */
    record Creator(
            String pseud, @Nullable String login, @Nullable String url) {}

    /** A tag on something: its name, its type (rating, archive_warning, … freeform) and its page. */
    record TagRef(String name, String type, String url) {}

    /** The work's place in a series. */
    record SeriesRef(long id, String title, int position, String url) {}

    /** A recipient: an account (with its login) or a name typed as text. */
    record GiftRef(String name, @Nullable String login) {}

    /** A chapter in the work's table of contents. */
    record ChapterRef(
            long id,
            int position,
            String title,
            int words,
            boolean posted,
            @Nullable String published,
            String url) {}
}
