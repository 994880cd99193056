package org.fanfold.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A series as the caller sees it: everything it says (creators, dates, words, works) counts only the parts they may
 * see, in part order, as the series page does. {@code works} is left out where the series is only referred to (in a
 * bookmark).
 *
 * @param begun when its first visible part was posted, or null when none is
 */
record SeriesJson(
        long id,
        String title,
        String url,
        List<WorkJson.Creator> creators,
        String description,
        String notes,
        boolean complete,
        @Nullable String begun,
        @Nullable String updated,
        long words,
        int worksCount,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<WorkJson> works) {}
