package org.fanfold.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** The cache keeps what it read, except what an eviction may have overtaken and what a transaction read. */
class ReadThroughCacheTest {

    /** The "database": rows by id, and the reads that reached it. */
    private final Map<Long, String> table = new HashMap<>(Map.of(1L, "one", 2L, "two", 3L, "three"));

    private final List<List<Long>> reads = new ArrayList<>();

    private Map<Long, String> read(List<Long> ids) {
        reads.add(ids);
        Map<Long, String> out = new HashMap<>();
        for (long id : ids) if (table.containsKey(id)) out.put(id, table.get(id));
        return out;
    }

    private ReadThroughCache<Long, String> cache(ReadThroughCache.InTransaction inTransaction) {
        return new ReadThroughCache<>(Caffeine.newBuilder().build(), inTransaction);
    }

    @Test
    void readsOnlyWhatIsNotKeptAndKeepsWhatItRead() {
        var cache = cache(ReadThroughCache.InTransaction.READ_PAST);
        assertThat(cache.getAll(List.of(1L, 2L, 1L), this::read)).isEqualTo(Map.of(1L, "one", 2L, "two"));
        assertThat(cache.getAll(List.of(2L, 3L, 9L), this::read)).isEqualTo(Map.of(2L, "two", 3L, "three"));
        assertThat(reads).containsExactly(List.of(1L, 2L), List.of(3L, 9L));
        table.put(2L, "TWO");
        assertThat(cache.getAll(List.of(2L), this::read)).containsEntry(2L, "two");
        cache.evict(List.of(2L));
        assertThat(cache.getAll(List.of(2L), this::read)).containsEntry(2L, "TWO");
    }

    @Test
    void whatWasReadWhileAChangeCommittedAndWasEvictedIsNotKept() {
        var cache = cache(ReadThroughCache.InTransaction.READ_PAST);
        // the reader reads the old row; the change commits and is evicted before the reader keeps what it read
        Map<Long, String> seen = cache.getAll(List.of(1L), ids -> {
            Map<Long, String> old = read(ids);
            table.put(1L, "ONE");
            cache.evict(List.of(1L));
            return old;
        });
        assertThat(seen).containsEntry(1L, "one");
        assertThat(cache.getAll(List.of(1L), this::read))
                .as("the row read before the change is not served after its eviction")
                .containsEntry(1L, "ONE");
    }

    @Test
    void aTransactionKeepsNothingAndReadsPastTheCacheWhenAskedTo() {
        var past = cache(ReadThroughCache.InTransaction.READ_PAST);
        var kept = cache(ReadThroughCache.InTransaction.USE_KEPT);
        past.getAll(List.of(1L), this::read);
        kept.getAll(List.of(1L), this::read);
        table.put(1L, "ONE");
        var tx = new TransactionTemplate(
                new DataSourceTransactionManager(new SingleConnectionDataSource("jdbc:sqlite::memory:", true)));
        tx.executeWithoutResult(status -> {
            assertThat(past.getAll(List.of(1L), this::read)).containsEntry(1L, "ONE");
            assertThat(kept.getAll(List.of(1L), this::read)).containsEntry(1L, "one");
            assertThat(kept.getAll(List.of(2L), this::read)).containsEntry(2L, "two");
        });
        reads.clear();
        assertThat(kept.getAll(List.of(2L), this::read)).containsEntry(2L, "two");
        assertThat(reads).as("what the transaction read was not kept").containsExactly(List.of(2L));
    }

    @Test
    void oneRowIsKeptEvenWhenTheDatabaseHasNothingForIt() {
        var cache = cache(ReadThroughCache.InTransaction.READ_PAST);
        assertThat(cache.get(9L, id -> read(List.of(id)).getOrDefault(id, "none")))
                .isEqualTo("none");
        assertThat(cache.get(9L, id -> read(List.of(id)).getOrDefault(id, "none")))
                .isEqualTo("none");
        assertThat(reads).as("the answer for a missing row is kept too").containsExactly(List.of(9L));
    }

    @Test
    void aChangeIsEvictedWhenItsTransactionCommitsAndNotWhenItRollsBack() {
        var cache = cache(ReadThroughCache.InTransaction.READ_PAST);
        var tx = new TransactionTemplate(
                new DataSourceTransactionManager(new SingleConnectionDataSource("jdbc:sqlite::memory:", true)));
        cache.getAll(List.of(1L), this::read);
        tx.executeWithoutResult(status -> {
            table.put(1L, "ONE");
            cache.evictAfterCommit(List.of(1L));
            assertThat(cache.getAll(List.of(1L), this::read))
                    .as("inside, the transaction reads past the cache")
                    .containsEntry(1L, "ONE");
            table.put(1L, "one");
            status.setRollbackOnly();
        });
        reads.clear();
        assertThat(cache.getAll(List.of(1L), this::read)).containsEntry(1L, "one");
        assertThat(reads).as("a rolled-back change evicts nothing").isEmpty();
        tx.executeWithoutResult(status -> {
            table.put(1L, "ONE");
            cache.evictAfterCommit(List.of(1L));
        });
        assertThat(cache.getAll(List.of(1L), this::read))
                .as("a committed change is evicted")
                .containsEntry(1L, "ONE");
        cache.evictAfterCommit(List.of(1L));
        table.put(1L, "uno");
        assertThat(cache.getAll(List.of(1L), this::read))
                .as("outside a transaction, at once")
                .containsEntry(1L, "uno");
    }
}
