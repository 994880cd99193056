package org.fanfold.search;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import org.fanfold.shared.BackgroundWorker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Drains the outbox into the search engine in batches, on a background thread: woken when a transaction with
 * outbox rows commits, and polling every second for rows written by other processes. Only the process that may
 * write the index drains it. At start it rebuilds an index that was missing or unreadable.
 */
@Component
public class WorkIndexer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WorkIndexer.class);
    private static final int BATCH = 500;

    private final SearchEngine engine;
    private final WorkDocumentSource source;
    private final IndexQueue queue;
    private final BackgroundWorker worker;

    WorkIndexer(SearchEngine engine, WorkDocumentSource source, IndexQueue queue, IndexerSignal signal) {
        this.engine = engine;
        this.source = source;
        this.queue = queue;
        this.worker = new BackgroundWorker("work-indexer", signal, this::drain);
    }

    @Override
    public void start() {
        if (!engine.writable()) {
            log.info("The search index is open for writing in another process; this one leaves the outbox to it.");
            return;
        }
        if (engine.needsRebuild() && source.countIndexable() > 0) {
            log.info("The search index was missing or unreadable; rebuilding it from the database.");
            rebuild(n -> {});
        }
        worker.start();
    }

    @Override
    public void stop() {
        worker.stop();
    }

    @Override
    public boolean isRunning() {
        return worker.running();
    }

    /**
     * Indexes everything the outbox holds now and makes it searchable; returns how many works it touched. Safe to
     * call from any thread (tests and the CLI call it to be sure the index is current).
     */
    public synchronized int drain() {
        if (!engine.writable()) return 0;
        int touched = 0;
        while (true) {
            List<IndexQueue.Entry> entries = queue.next(BATCH);
            if (entries.isEmpty()) break;
            Set<Long> ids = new HashSet<>();
            for (var e : entries) ids.add(e.workId());
            List<WorkDocument> docs = source.load(ids);
            Set<Long> gone = new HashSet<>(ids);
            for (WorkDocument d : docs) gone.remove(d.id());
            if (!docs.isEmpty()) engine.upsert(docs);
            if (!gone.isEmpty()) engine.delete(gone);
            engine.refresh();
            queue.remove(entries.getLast().id());
            touched += ids.size();
        }
        return touched;
    }

    /**
     * Rebuilds the whole index from the database, reporting progress (works indexed so far). Outbox rows written
     * before the rebuild began are dropped: the rebuild reads the works as they are now.
     */
    public synchronized long rebuild(LongConsumer progress) {
        if (!engine.writable())
            throw new IllegalStateException("the search index is open for writing in another process");
        long[] done = {0};
        long before = queue.lastId();
        engine.deleteAll();
        source.forEachBatch(1_000, batch -> {
            engine.upsert(batch);
            done[0] += batch.size();
            progress.accept(done[0]);
        });
        engine.refresh();
        queue.remove(before);
        return done[0];
    }

    /** How many works a rebuild will index. */
    public long countIndexable() {
        return source.countIndexable();
    }
}
