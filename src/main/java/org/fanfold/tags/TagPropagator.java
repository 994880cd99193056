package org.fanfold.tags;

import java.util.ArrayList;
import java.util.List;
import org.fanfold.search.IndexQueue;
import org.fanfold.shared.BackgroundWorker;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Carries wrangling changes to the search index without holding up the wrangler's request.
 *
 * <p>A wrangling action only writes the graph change and a {@code tag_changes} row. This worker, on a background
 * thread (woken when such a transaction commits, and polling every second for other processes' rows), expands each
 * changed tag into the tags whose works' filter ids depend on it ({@link TagGraph#dependents}: the tag, its sub
 * tags transitively, and all their synonyms), then walks the works carrying any of those tags in work-id order and
 * writes them into the search outbox, {@value #BATCH} per transaction, so a tag on 100,000 works never makes one
 * long transaction. The change row is deleted last; if the worker dies half-way, the change is expanded again from
 * the start, which only re-queues works the indexer deduplicates anyway.
 */
@Component
public class TagPropagator implements SmartLifecycle {

    static final int BATCH = 1_000;
    private static final int TAGS_PER_QUERY = 500;

    private final JdbcClient jdbc;
    private final TagChanges changes;
    private final TagGraph graph;
    private final IndexQueue index;
    private final TransactionTemplate tx;
    private final BackgroundWorker worker;

    TagPropagator(
            JdbcClient jdbc,
            TagChanges changes,
            TagGraph graph,
            IndexQueue index,
            TransactionTemplate tx,
            PropagatorSignal signal) {
        this.jdbc = jdbc;
        this.changes = changes;
        this.graph = graph;
        this.index = index;
        this.tx = tx;
        this.worker = new BackgroundWorker("tag-propagator", signal, this::drain);
    }

    /**
     * Propagates every waiting tag change into the search outbox; returns how many works it queued (counting a
     * work once per change). Safe to call from any thread; tests call it to run propagation now.
     */
    public synchronized long drain() {
        long queued = 0;
        while (true) {
            List<TagChanges.Change> next = changes.next(100);
            if (next.isEmpty()) return queued;
            graph.invalidate(); // another process may have changed the graph
            for (TagChanges.Change change : next) {
                queued += propagate(change.tagId());
                changes.done(change);
            }
        }
    }

    private long propagate(long tagId) {
        List<Long> tagIds = new ArrayList<>(graph.dependents(tagId));
        long queued = 0;
        for (int i = 0; i < tagIds.size(); i += TAGS_PER_QUERY) {
            List<Long> chunk = tagIds.subList(i, Math.min(tagIds.size(), i + TAGS_PER_QUERY));
            String in = String.join(",", chunk.stream().map(String::valueOf).toList());
            long after = 0;
            while (true) {
                List<Long> works = jdbc.sql("SELECT DISTINCT work_id FROM work_tags WHERE tag_id IN (" + in
                                + ") AND work_id > ? ORDER BY work_id LIMIT ?")
                        .params(after, BATCH)
                        .query(Long.class)
                        .list();
                if (works.isEmpty()) break;
                tx.executeWithoutResult(status -> index.enqueue(works));
                queued += works.size();
                after = works.getLast();
            }
        }
        return queued;
    }

    @Override
    public void start() {
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
}
