package org.fanfold.api;

import java.util.List;
import org.fanfold.works.Credits;
import org.fanfold.works.WorkForm;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/v1/works}: the posting form's fields in JSON, tags as arrays. It becomes the form
 * itself ({@link WorkForm}), so a work posted here is read, sanitized and checked exactly as one posted from the
 * site. Absent fields are blank, as an empty form field is.
 *
 * @param freeforms AO3's "additional tags"
 * @param expectedChapters the planned number of chapters, or "?" when unknown (default 1)
 * @param pseudIds which of the caller's pseuds to credit (default: their default pseud)
 * @param coCreators bylines ("name" or "name (login)") to invite as co-creators
 * @param format how {@code body} is written: html (default), markdown or plain
 * @param draft true to save a draft instead of posting
 */
record WorkBody(
        @Nullable String title,
        @Nullable List<String> fandoms,
        @Nullable String rating,
        @Nullable List<String> warnings,
        @Nullable List<String> categories,
        @Nullable List<String> relationships,
        @Nullable List<String> characters,
        @Nullable List<String> freeforms,
        @Nullable String language,
        @Nullable String summary,
        @Nullable String notes,
        @Nullable String endNotes,
        @Nullable Boolean restricted,
        @Nullable String expectedChapters,
        @Nullable Long seriesId,
        @Nullable String newSeries,
        @Nullable Integer seriesPosition,
        @Nullable List<String> gifts,
        @Nullable List<Long> pseudIds,
        @Nullable List<String> coCreators,
        @Nullable String chapterTitle,
        @Nullable String body,
        @Nullable String format,
        @Nullable Boolean draft) {

    WorkForm toForm() {
        return new WorkForm(
                title,
                join(fandoms),
                rating,
                list(warnings),
                list(categories),
                join(relationships),
                join(characters),
                join(freeforms),
                language,
                summary,
                notes,
                endNotes,
                restricted,
                expectedChapters,
                seriesId == null ? "" : seriesId.toString(),
                newSeries,
                seriesPosition == null ? "" : seriesPosition.toString(),
                join(gifts),
                chapterTitle,
                body,
                format);
    }

    Credits toCredits() {
        return new Credits(
                pseudIds == null ? List.of() : pseudIds.stream().distinct().toList(), list(coCreators));
    }

    boolean isDraft() {
        return Boolean.TRUE.equals(draft);
    }

    /** A list field as the form's comma-separated text field. */
    private static String join(@Nullable List<String> names) {
        return names == null ? "" : String.join(", ", list(names));
    }

    private static List<String> list(@Nullable List<String> values) {
        return values == null
                ? List.of()
                : values.stream().filter(v -> v != null).toList();
    }
}
