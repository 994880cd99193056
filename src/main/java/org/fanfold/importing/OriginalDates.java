package org.fanfold.importing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The dates an imported work is posted with: those it had where it was first posted (an AO3 download's
 * "Published:" and "Updated:"/"Completed:", an EPUB's {@code dc:date}), so that it sorts among others by its real
 * age. A date in the future, or one the file gave but that could not be read, is replaced by now, and a note says
 * so. A bare date is taken at noon UTC, which is that same day in the time zones readers live in (UTC−11 to
 * UTC+11), and never later than now.
 *
 * @param publishedAt when the work was first posted (epoch ms), or null to post it now
 * @param updatedAt when it was last updated (epoch ms), or null when it was not after it was published
 * @param notes what was not kept, for the import's line ("the published date 2099-01-01 is in the future, …")
 */
record OriginalDates(@Nullable Long publishedAt, @Nullable Long updatedAt, List<String> notes) {

    /** The furthest time zone ahead (Kiribati): a date later than its today is in the future everywhere. */
    private static final ZoneOffset EARLIEST = ZoneOffset.ofHours(14);

    static OriginalDates of(ParsedStory.@Nullable Origin origin, long nowMillis) {
        if (origin == null) return new OriginalDates(null, null, List.of());
        Instant now = Instant.ofEpochMilli(nowMillis);
        LocalDate today = LocalDate.ofInstant(now, EARLIEST);
        List<String> notes = new ArrayList<>();
        boolean publishedLost = false;
        boolean updatedLost = false;
        for (String unreadable : origin.unreadableDates()) {
            boolean published = unreadable.toLowerCase(Locale.ROOT).matches("^(?:published|dc:date).*");
            notes.add("the date \"" + unreadable + "\" could not be read, so "
                    + (published ? "the work is dated today" : "its last update is dated today"));
            publishedLost |= published;
            updatedLost |= !published;
        }
        LocalDate published = origin.published();
        if (published != null && published.isAfter(today)) {
            notes.add("the published date " + published + " is in the future, so the work is dated today");
            published = null;
            publishedLost = true;
        }
        LocalDate updated = origin.updated();
        if (updated != null && updated.isAfter(today)) {
            notes.add("the updated date " + updated + " is in the future, so its last update is dated today");
            updated = null;
            updatedLost = true;
        }
        Long publishedAt = published == null || publishedLost ? null : millis(published, nowMillis);
        Long updatedAt = updatedLost ? Long.valueOf(nowMillis) : updated == null ? null : millis(updated, nowMillis);
        return new OriginalDates(publishedAt, updatedAt, notes);
    }

    private static long millis(LocalDate date, long nowMillis) {
        long noon = date.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC).toEpochMilli();
        return Math.min(noon, nowMillis);
    }
}
