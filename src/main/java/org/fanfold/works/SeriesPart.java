package org.fanfold.works;

import org.jspecify.annotations.Nullable;

/**
 * A work's place in a series: "Part 2 of …", with the neighbouring parts' work ids (null at the ends).
 */
public record SeriesPart(
        long seriesId,
        String title,
        int position,
        @Nullable Long previousWorkId,
        @Nullable Long nextWorkId) {

    public String url() {
        return "/series/" + seriesId;
    }
}
