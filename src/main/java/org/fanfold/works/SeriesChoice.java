package org.fanfold.works;

import org.jspecify.annotations.Nullable;

/**
 * Which series a work belongs to, if any: one of the creator's series, or a new one.
 *
 * @param existingId a series of the creator's, or null
 * @param newTitle the title of a series to create, or null
 * @param position the work's part number; null means after the last part
 */
public record SeriesChoice(
        @Nullable Long existingId,
        @Nullable String newTitle,
        @Nullable Integer position) {

    public static final SeriesChoice NONE = new SeriesChoice(null, null, null);

    public boolean none() {
        return existingId == null && (newTitle == null || newTitle.isBlank());
    }
}
