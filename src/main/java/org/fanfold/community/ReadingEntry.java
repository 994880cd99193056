package org.fanfold.community;

import org.fanfold.works.WorkView;
import org.jspecify.annotations.Nullable;

/**
 * A row of the history page.
 *
 * @param work the work's blurb, or null when the reader may no longer see it
 * @param lastVisitedAt when the reader last opened the work, or null when they only marked it for later
 * @param updateAvailable AO3's "Update available": the work changed since the last visit
 * @param reached where the reader last was: "Chapter 3 of 10", "the entire work"; null for a one-shot
 * @param continueUrl the chapter last read (when it still exists), else the work
 * @param visits "once", "3 times"
 */
public record ReadingEntry(
        long workId,
        @Nullable WorkView work,
        @Nullable Long lastVisitedAt,
        boolean updateAvailable,
        @Nullable String reached,
        String continueUrl,
        String visits,
        boolean markedForLater) {

    public boolean available() {
        return work != null;
    }

    static ReadingEntry of(Reading r, @Nullable WorkView work) {
        boolean visited = r.lastVisitedAt() != null;
        String reached = null;
        if (work != null && visited) {
            if (r.chapterPosition() != null) {
                reached =
                        "Chapter " + r.chapterPosition() + " of " + work.work().chapterCount();
            } else if (work.work().chapterCount() > 1) {
                reached = "the entire work";
            }
        }
        String url = "/works/" + r.workId();
        return new ReadingEntry(
                r.workId(),
                work,
                r.lastVisitedAt(),
                work != null && visited && work.work().updatedAt() > r.lastVisitedAt(),
                reached,
                r.chapterId() == null ? url : url + "/chapters/" + r.chapterId(),
                r.visitCount() == 1 ? "once" : r.visitCount() + " times",
                r.markedForLater());
    }
}
