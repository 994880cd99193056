package org.fanfold.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import org.fanfold.shared.BackgroundWorker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Drains the outbox into the search engine in batches, on a background thread: woken when a transaction with
 * outbox rows commits, and polling every second for rows written by other processes, whose works it announces
 * ({@link WorksChanged}). Only the process that may write the index drains it. At start it rebuilds an index that
 * was missing or unreadable.
 */
@Component
public class WorkIndexer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WorkIndexer.class);
    private static final int BATCH = 500;

    private final SearchEngine engine;
    private final WorkDocumentSource source;
    private final IndexQueue queue;
    private final BackgroundWorker worker;
    private final ApplicationEventPublisher events;
    /** False for commands that rebuild the index themselves (reindex, generate), so it is not rebuilt twice. */
    private final boolean rebuildAtStart;

    WorkIndexer(
            SearchEngine engine,
            WorkDocumentSource source,
            IndexQueue queue,
            IndexerSignal signal,
            ApplicationEventPublisher events,
            @Value("${fanfold.index.rebuild-at-start:true}") boolean rebuildAtStart) {
        this.events = events;
        this.rebuildAtStart = rebuildAtStart;
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
        if (rebuildAtStart && engine.needsRebuild() && source.countIndexable() > 0) {
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
            // another process's changes reach this one's copies of works here (its own did at their commit)
            events.publishEvent(new WorksChanged(ids));
            touched += ids.size();
        }
        return touched;
    }

    /**
     * Rebuilds the whole index from the database, reporting progress (works indexed so far). Outbox rows written
     * before the rebuild began are dropped: the rebuild reads the works as they are now.
     *
     * <p>The calling thread reads batches of documents from the database while {@value #REBUILD_THREADS} threads
     * add the batches it read before to the index (through a queue of at most {@value #REBUILD_QUEUE} batches), so
     * reading, text extraction and Lucene's analysis run on all cores. Progress is reported from those threads,
     * one call at a time and increasing.
     */
    public synchronized long rebuild(LongConsumer progress) {
        if (!engine.writable())
            throw new IllegalStateException("the search index is open for writing in another process");
        long before = queue.lastId();
        engine.deleteAll();
        BlockingQueue<List<WorkDocument>> batches = new ArrayBlockingQueue<>(REBUILD_QUEUE);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long[] done = {0};
        Object progressLock = new Object();
        List<Thread> adders = new ArrayList<>();
        for (int t = 0; t < REBUILD_THREADS; t++) {
            adders.add(Thread.ofPlatform().name("reindex-" + t).start(() -> {
                // takes batches until END even after a failure, so the reader's puts never block for good
                while (true) {
                    List<WorkDocument> batch = takeUninterruptibly(batches);
                    if (batch == END) return;
                    if (failure.get() != null) continue;
                    try {
                        engine.addAll(batch);
                        synchronized (progressLock) {
                            done[0] += batch.size();
                            progress.accept(done[0]);
                        }
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                    }
                }
            }));
        }
        try {
            source.forEachBatch(REBUILD_BATCH, engine.rebuildPasses(), batch -> {
                if (failure.get() != null) throw new RebuildFailed();
                putUninterruptibly(batches, batch, failure);
            });
        } catch (RebuildFailed e) {
            // an adder failed; its exception is thrown below
        } catch (RuntimeException | Error e) {
            failure.compareAndSet(null, e);
        } finally {
            for (int t = 0; t < REBUILD_THREADS; t++) putUninterruptibly(batches, END, null);
            for (Thread adder : adders) joinUninterruptibly(adder);
        }
        Throwable failed = failure.get();
        if (failed instanceof RuntimeException e) throw e;
        if (failed instanceof Error e) throw e;
        if (failed != null) throw new IllegalStateException("the rebuild failed", failed);
        engine.refresh();
        queue.remove(before);
        return done[0];
    }

    private static final int REBUILD_BATCH = 2_000;
    private static final int REBUILD_THREADS = 2;
    private static final int REBUILD_QUEUE = 2;
    private static final List<WorkDocument> END = new ArrayList<>();

    private static final class RebuildFailed extends RuntimeException {
        RebuildFailed() {
            super(null, null, false, false);
        }
    }

    /** Puts into a full queue, waiting; gives up when {@code failure} is set (the adders may have stopped). */
    private static void putUninterruptibly(
            BlockingQueue<List<WorkDocument>> queue, List<WorkDocument> batch, AtomicReference<Throwable> failure) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    if (queue.offer(batch, 100, TimeUnit.MILLISECONDS)) return;
                    if (failure != null && failure.get() != null) throw new RebuildFailed();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    private static List<WorkDocument> takeUninterruptibly(BlockingQueue<List<WorkDocument>> queue) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return queue.take();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    /** How many works a rebuild will index. */
    public long countIndexable() {
        return source.countIndexable();
    }
}
