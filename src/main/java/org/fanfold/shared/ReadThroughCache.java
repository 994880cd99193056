package org.fanfold.shared;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Rows kept in memory in front of the database, dropped by {@link #evict} once a change to them commits.
 *
 * <p>Two rules keep it from showing what is not so. What a reader read while an eviction happened is not kept: it
 * may have been read before the change committed and would otherwise be cached after its eviction, stale for good
 * (it is put, then taken out again if an eviction came since the read began, so no order of the two threads' steps
 * keeps it). And nothing read inside a transaction is kept — the transaction may yet roll back, and on SQLite a
 * rolled-back row's id is given to the next new row.
 *
 * @param <K> the rows' ids
 * @param <V> the rows
 */
public final class ReadThroughCache<K, V> {

    /** Whether a transaction reads through the cache or past it. */
    public enum InTransaction {
        /** Served from memory where it can be; nothing it reads is kept. */
        USE_KEPT,
        /** Always read from the database: the transaction's own writes must show. */
        READ_PAST
    }

    private final Cache<K, V> cache;
    private final InTransaction inTransaction;
    private final AtomicLong evictions = new AtomicLong();

    public ReadThroughCache(Cache<K, V> cache, InTransaction inTransaction) {
        this.cache = cache;
        this.inTransaction = inTransaction;
    }

    /**
     * Up to {@code maxRows} rows, each kept for {@code kept} at most — what another process (a second server)
     * changes shows by then — and read past inside a transaction.
     */
    public static <K, V> ReadThroughCache<K, V> kept(long maxRows, Duration kept) {
        return new ReadThroughCache<>(
                Caffeine.newBuilder()
                        .maximumSize(maxRows)
                        .expireAfterWrite(kept)
                        .build(),
                InTransaction.READ_PAST);
    }

    /**
     * The rows with these ids, from memory or through {@code read} (called with the ids not in memory, distinct;
     * it returns the rows it found by id). Missing rows are absent.
     */
    public Map<K, V> getAll(Collection<K> ids, Function<List<K>, Map<K, V>> read) {
        boolean inTx = TransactionSynchronizationManager.isActualTransactionActive();
        if (inTx && inTransaction == InTransaction.READ_PAST)
            return read.apply(ids.stream().distinct().toList());
        Map<K, V> found = new HashMap<>(cache.getAllPresent(ids));
        if (found.size() == ids.size()) return found;
        List<K> missing =
                ids.stream().filter(id -> !found.containsKey(id)).distinct().toList();
        if (missing.isEmpty()) return found;
        long before = evictions.get();
        Map<K, V> fresh = read.apply(missing);
        found.putAll(fresh);
        if (!inTx) {
            cache.putAll(fresh);
            if (evictions.get() != before) cache.invalidateAll(fresh.keySet());
        }
        return found;
    }

    /**
     * The row with this id, from memory or through {@code read}, which answers for the id even when the database
     * has nothing (a user's empty list of muted tags is a row too).
     */
    public V get(K id, Function<K, V> read) {
        return getAll(List.of(id), ids -> Map.of(id, read.apply(id))).get(id);
    }

    /** Drops these rows: call once the change to them has committed. */
    public void evict(Collection<K> ids) {
        evictions.incrementAndGet();
        cache.invalidateAll(ids);
        evictions.incrementAndGet(); // so a version read while the rows were going differs from one read after
    }

    /**
     * A number that changes whenever rows are dropped ({@link #evict}). What was built from rows read while it stayed
     * the same, read before and checked after, is as current as the rows were; once it differs, build it again.
     */
    public long version() {
        return evictions.get();
    }

    /**
     * Drops these rows when the current transaction commits, and keeps them when it rolls back; outside a
     * transaction (a statement that committed on its own), at once. For stores whose writes change the rows.
     */
    public void evictAfterCommit(Collection<K> ids) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            evict(ids);
            return;
        }
        List<K> copy = List.copyOf(ids);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                evict(copy);
            }
        });
    }
}
