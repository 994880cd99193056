package org.fanfold.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.fanfold.community.BookmarkForm;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/v1/bookmarks}: what to bookmark ({@code work_id} or {@code series_id}) and the
 * bookmark form's fields in JSON, the bookmarker's tags as an array.
 *
 * @param pseudId the caller's pseud to bookmark as (default: their default pseud)
 */
record BookmarkBody(
        @Nullable Long workId,
        @Nullable Long seriesId,
        @Nullable String notes,
        @Nullable List<String> tags,
        @JsonProperty("private") @Nullable Boolean isPrivate,
        @Nullable Boolean rec,
        @Nullable Long pseudId) {

    BookmarkForm toForm() {
        return new BookmarkForm(
                notes,
                tags == null
                        ? ""
                        : String.join(", ", tags.stream().filter(t -> t != null).toList()),
                Boolean.TRUE.equals(isPrivate),
                Boolean.TRUE.equals(rec),
                pseudId);
    }
}
