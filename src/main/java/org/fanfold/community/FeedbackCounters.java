package org.fanfold.community;

import org.fanfold.search.IndexQueue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps a work's {@code kudos_count} and {@code comments_count} in step with the rows they count, in the caller's
 * transaction, and asks for the work's search document to be rebuilt (listings sort and filter by them). Counts
 * move by deltas, which concurrent writers cannot lose; a chapter's deletion, whose comments go with it, recounts.
 */
@Component
class FeedbackCounters {

    private final JdbcClient jdbc;
    private final IndexQueue index;

    FeedbackCounters(JdbcClient jdbc, IndexQueue index) {
        this.jdbc = jdbc;
        this.index = index;
    }

    void kudosAdded(long workId) {
        jdbc.sql("UPDATE works SET kudos_count = kudos_count + 1 WHERE id = ?")
                .param(workId)
                .update();
        index.enqueue(workId);
    }

    /** Adds {@code delta} (may be negative; the count never goes below zero) to the visible comments. */
    void commentsChanged(long workId, int delta) {
        if (delta == 0) return;
        jdbc.sql("UPDATE works SET comments_count = CASE WHEN comments_count + ? < 0 THEN 0"
                        + " ELSE comments_count + ? END WHERE id = ?")
                .params(delta, delta, workId)
                .update();
        index.enqueue(workId);
    }

    /** Counts the work's visible comments again (after rows went without passing through here). */
    void recountComments(long workId) {
        jdbc.sql("UPDATE works SET comments_count = (SELECT COUNT(*) FROM comments WHERE work_id = ?"
                        + " AND unreviewed = 0 AND deleted = 0) WHERE id = ?")
                .params(workId, workId)
                .update();
        index.enqueue(workId);
    }
}
