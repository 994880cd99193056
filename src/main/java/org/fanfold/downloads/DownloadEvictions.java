package org.fanfold.downloads;

import org.fanfold.works.WorkEvents;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Drops a work's download files once an edit or deletion is committed. Files are keyed by a fingerprint of their
 * content, so no reader gets a stale file even without this; it frees the space at once.
 */
@Component
class DownloadEvictions {

    private final DownloadCache cache;

    DownloadEvictions(DownloadCache cache) {
        this.cache = cache;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void updated(WorkEvents.WorkUpdated event) {
        cache.evictWork(event.workId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void deleted(WorkEvents.WorkDeleted event) {
        cache.evictWork(event.workId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void chapterPosted(WorkEvents.ChapterPosted event) {
        cache.evictWork(event.workId());
    }
}
