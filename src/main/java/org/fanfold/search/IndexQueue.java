package org.fanfold.search;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The search outbox. Writers call {@link #enqueue} inside the transaction that changes a work, so the row commits
 * or rolls back with the change itself: the index can lag, but it never misses a committed change. After the commit
 * the indexer is woken; another process's rows are picked up by its polling. Each call announces the works as
 * {@link WorksChanged}, for what keeps copies of them.
 */
@Component
public class IndexQueue {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final IndexerSignal signal;
    private final ApplicationEventPublisher events;

    IndexQueue(JdbcClient jdbc, Clock clock, IndexerSignal signal, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.signal = signal;
        this.events = events;
    }

    /** Asks for these works' documents to be rebuilt; call inside the transaction that changed them. */
    public void enqueue(Collection<Long> workIds) {
        long now = clock.millis();
        for (long id : workIds) {
            jdbc.sql("INSERT INTO index_queue (work_id, created_at) VALUES (?, ?)")
                    .params(id, now)
                    .update();
        }
        if (!workIds.isEmpty()) events.publishEvent(new WorksChanged(List.copyOf(workIds)));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    signal.wake();
                }
            });
        } else {
            signal.wake();
        }
    }

    public void enqueue(long workId) {
        enqueue(List.of(workId));
    }

    /** Asks for every posted work to be reindexed (by whichever process writes the index); returns how many. */
    @org.springframework.transaction.annotation.Transactional
    public long enqueueAllPosted() {
        long n = jdbc.sql("INSERT INTO index_queue (work_id, created_at) SELECT id, ? FROM works WHERE posted = 1")
                .param(clock.millis())
                .update();
        signal.wake();
        return n;
    }

    /** How many outbox rows wait. */
    public long pending() {
        return jdbc.sql("SELECT COUNT(*) FROM index_queue").query(Long.class).single();
    }

    record Entry(long id, long workId) {}

    List<Entry> next(int limit) {
        return jdbc.sql("SELECT id, work_id FROM index_queue ORDER BY id LIMIT ?")
                .param(limit)
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getLong(2)))
                .list();
    }

    /** The newest outbox row's id, or 0 when it is empty. */
    long lastId() {
        Long id = jdbc.sql("SELECT MAX(id) FROM index_queue")
                .query(Long.class)
                .optional()
                .orElse(null);
        return id == null ? 0 : id;
    }

    void remove(long upToId) {
        jdbc.sql("DELETE FROM index_queue WHERE id <= ?").param(upToId).update();
    }
}
