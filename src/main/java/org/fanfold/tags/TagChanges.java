package org.fanfold.tags;

import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The wrangling outbox ({@code tag_changes}): a row per tag whose works' filter ids may have changed, written in
 * the wrangling transaction. After that transaction commits the tag graph and the media kept for the header are
 * dropped (so documents and pages built from now on see the change) and the propagator is woken.
 */
@Component
class TagChanges {

    record Change(long tagId, long version) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TagGraph graph;
    private final TagService tags;
    private final MediaTags media;
    private final PropagatorSignal signal;

    TagChanges(
            JdbcClient jdbc, Clock clock, TagGraph graph, TagService tags, MediaTags media, PropagatorSignal signal) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.graph = graph;
        this.tags = tags;
        this.media = media;
        this.signal = signal;
    }

    /** Records that {@code tagId}'s works must be reindexed; call inside the wrangling transaction. */
    void record(long tagId) {
        jdbc.sql("INSERT INTO tag_changes (tag_id, version, created_at) VALUES (?, 1, ?)"
                        + " ON CONFLICT (tag_id) DO UPDATE SET version = tag_changes.version + 1,"
                        + " created_at = excluded.created_at")
                .params(tagId, clock.millis())
                .update();
        afterCommit(List.of(tagId));
    }

    /** Drops cached tags, the graph and the media once the transaction commits (at once outside one). */
    void afterCommit(List<Long> changedTagIds) {
        Runnable done = () -> {
            tags.evict(changedTagIds);
            graph.invalidate();
            media.evict();
            signal.wake();
        };
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            done.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                done.run();
            }
        });
    }

    List<Change> next(int limit) {
        return jdbc.sql("SELECT tag_id, version FROM tag_changes ORDER BY created_at, tag_id LIMIT ?")
                .param(limit)
                .query((rs, n) -> new Change(rs.getLong(1), rs.getLong(2)))
                .list();
    }

    /** Removes the row unless a newer change to the same tag arrived since it was read. */
    void done(Change change) {
        jdbc.sql("DELETE FROM tag_changes WHERE tag_id = ? AND version = ?")
                .params(change.tagId(), change.version())
                .update();
    }

    /** Whether a change to this tag still waits for propagation. */
    boolean pending(long tagId) {
        return jdbc.sql("SELECT COUNT(*) FROM tag_changes WHERE tag_id = ?")
                        .param(tagId)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
