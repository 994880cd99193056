package org.fanfold.works;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fanfold.accounts.Pseud;
import org.fanfold.search.WorksChanged;
import org.fanfold.shared.ParallelReads;
import org.fanfold.shared.ReadThroughCache;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What a work's blurb is made of — its row, its creators in credit order with the users behind them, its tag ids —
 * read in three queries for a page of works ({@link #read}), and kept in memory for listing pages ({@link #cached}),
 * where those queries were a third of a narrow page's time while the same works are listed again and again.
 *
 * <p>A work leaves the cache when a change to it commits: every change to what a work shows goes through the search
 * outbox, which announces it ({@link WorksChanged}), and the indexer announces what it takes from the outbox, which
 * includes other processes' changes. An entry is read again after {@link #KEPT} in any case, which bounds how long
 * a change made where neither reaches this process (another server that does not write the index) shows late.
 * A transaction reads past the cache, so its own writes show ({@link ReadThroughCache} keeps nothing it reads).
 */
@Component
class BlurbRows {

    /** How long an entry is kept at most. */
    static final Duration KEPT = Duration.ofMinutes(1);

    /**
     * Roughly how many characters of rows the cache holds (about twice as many bytes): 32 million, or a 32nd of the
     * heap's maximum where that is less (8 million in a 256 MB heap).
     */
    private static final long MAX_CHARS =
            Math.min(32L * 1024 * 1024, Runtime.getRuntime().maxMemory() / 32);

    /**
     * One work's blurb rows, and its tags as last looked up for it ({@link ResolvedTags}): a row is never changed,
     * a changed work is read into a new one, so what is worked out from a row may stay with it.
     */
    static final class Row {

        private final Work work;
        private final List<Pseud> credited;
        private final List<Long> userIds;
        private final List<Long> tagIds;
        private volatile ResolvedTags.@Nullable Resolved tags;

        /**
         * @param credited its pseuds in credit order
         * @param userIds the users behind them, in the same order
         */
        Row(Work work, List<Pseud> credited, List<Long> userIds, List<Long> tagIds) {
            this.work = work;
            this.credited = List.copyOf(credited);
            this.userIds = List.copyOf(userIds);
            this.tagIds = List.copyOf(tagIds);
        }

        Work work() {
            return work;
        }

        List<Pseud> credited() {
            return credited;
        }

        List<Long> userIds() {
            return userIds;
        }

        List<Long> tagIds() {
            return tagIds;
        }

        ResolvedTags.@Nullable Resolved tags() {
            return tags;
        }

        void tags(ResolvedTags.Resolved resolved) {
            tags = resolved;
        }

        int weight() {
            return (int)
                    Math.min(Integer.MAX_VALUE, 300 + work.textLength() + 100L * (credited.size() + tagIds.size()));
        }
    }

    private final WorkStore works;
    private final ReadThroughCache<Long, Row> rows = new ReadThroughCache<>(
            Caffeine.newBuilder()
                    .maximumWeight(MAX_CHARS)
                    .weigher((Long id, Row row) -> row.weight())
                    .expireAfterWrite(KEPT)
                    .build(),
            ReadThroughCache.InTransaction.READ_PAST);

    BlurbRows(WorkStore works) {
        this.works = works;
    }

    /** The rows of these works as they are in the database now, by work id; missing works are left out. */
    Map<Long, Row> read(List<Long> ids) {
        if (ids.isEmpty()) return Map.of();
        // three independent queries, at once (ParallelReads): their times do not add up
        ParallelReads.Pending<WorkStore.Creators> credits = ParallelReads.start(() -> works.credits(ids));
        ParallelReads.Pending<Map<Long, List<Long>>> tagIds = ParallelReads.start(() -> works.tagIds(ids));
        List<Work> found = works.findAll(ids);
        WorkStore.Creators creators = credits.get();
        Map<Long, List<Long>> tags = tagIds.get();
        Map<Long, Row> out = new HashMap<>();
        for (Work w : found) {
            List<Pseud> credited = new ArrayList<>();
            for (long pseudId : creators.pseudIds().getOrDefault(w.id(), List.of())) {
                Pseud p = creators.pseuds().get(pseudId);
                if (p != null) credited.add(p);
            }
            out.put(
                    w.id(),
                    new Row(
                            w,
                            credited,
                            creators.userIds().getOrDefault(w.id(), List.of()),
                            tags.getOrDefault(w.id(), List.of())));
        }
        return out;
    }

    /** As {@link #read}, from memory where the rows are there, keeping what it reads. */
    Map<Long, Row> cached(List<Long> ids) {
        return rows.getAll(ids, this::read);
    }

    /** Drops the changed works once the change is committed (at once outside a transaction). */
    @TransactionalEventListener(fallbackExecution = true)
    void changed(WorksChanged event) {
        rows.evict(event.workIds());
    }
}
