package org.fanfold.community;

import org.jspecify.annotations.Nullable;

/**
 * A reader's history with one work (AO3's "reading"): visits, where they last were, and Marked for Later.
 *
 * @param chapterId the chapter last read alone, or null when the whole work (or its only chapter) was shown
 * @param chapterPosition that chapter's position when it was read
 * @param lastVisitedAt null when never visited with history on (a work only marked for later)
 */
record Reading(
        long userId,
        long workId,
        @Nullable Long chapterId,
        @Nullable Integer chapterPosition,
        int visitCount,
        @Nullable Long lastVisitedAt,
        boolean markedForLater,
        long updatedAt) {}
