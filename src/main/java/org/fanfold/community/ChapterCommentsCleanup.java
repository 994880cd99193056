package org.fanfold.community;

import org.fanfold.works.WorkEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A deleted chapter takes its comments with it (the database cascades, as AO3 deletes them); this recounts the
 * work's comments in the same transaction.
 */
@Component
class ChapterCommentsCleanup {

    private final FeedbackCounters counters;

    ChapterCommentsCleanup(FeedbackCounters counters) {
        this.counters = counters;
    }

    @EventListener
    void chapterDeleted(WorkEvents.ChapterDeleted event) {
        counters.recountComments(event.workId());
    }
}
