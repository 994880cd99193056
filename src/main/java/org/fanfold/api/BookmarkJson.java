package org.fanfold.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A bookmark: who made it, their notes (sanitized HTML) and tags, whether it is private or a rec, and the work or
 * series it points at ({@code work} or {@code series}; neither when the caller owns a bookmark of something they
 * may no longer see, then {@code item_available} is false).
 */
record BookmarkJson(
        long id,
        String url,
        WorkJson.Creator bookmarker,
        String notes,
        List<WorkJson.TagRef> tags,
        @JsonProperty("private") boolean isPrivate,
        boolean rec,
        String created,
        String updated,
        String itemType,
        long itemId,
        boolean itemAvailable,
        @Nullable WorkJson work,
        @Nullable SeriesJson series) {}
