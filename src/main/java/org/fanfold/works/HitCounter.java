package org.fanfold.works;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.fanfold.search.IndexQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts hits as AO3 does, one per visitor per work per day, without a write per page view: visits are remembered
 * in memory for a day, new hits are added up per work and written in one transaction every few seconds (and at
 * shutdown), to the work's total and to its count for the day ({@code work_hits_daily}, which the creator's
 * statistics chart), and the works are queued for the search index, whose hits filter and sort read them. A
 * restart forgets who visited today, so a visitor may count twice across one; that is the trade.
 */
@Component
class HitCounter {

    private static final Logger log = LoggerFactory.getLogger(HitCounter.class);

    private final Cache<String, Boolean> seen = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofHours(24))
            .maximumSize(2_000_000)
            .build();
    private final Map<Long, AtomicLong> pending = new ConcurrentHashMap<>();
    private final WorkStore works;
    private final TransactionTemplate tx;
    private final IndexQueue index;
    private final Clock clock;

    HitCounter(WorkStore works, TransactionTemplate tx, IndexQueue index, Clock clock) {
        this.works = works;
        this.tx = tx;
        this.index = index;
        this.clock = clock;
    }

    /** Records a visit by {@code visitor} (a user id or a hashed address); counts it if it is their first today. */
    void visit(long workId, String visitor) {
        String key = workId + "|" + visitor + "|" + LocalDate.now(clock.withZone(ZoneOffset.UTC));
        if (seen.asMap().putIfAbsent(key, Boolean.TRUE) == null) {
            pending.computeIfAbsent(workId, k -> new AtomicLong()).incrementAndGet();
        }
    }

    /** Writes the hits counted since the last flush. */
    @Scheduled(fixedDelayString = "${fanfold.hits.flush-ms:10000}")
    @PreDestroy
    void flush() {
        if (pending.isEmpty()) return;
        try {
            long day = LocalDate.now(clock.withZone(ZoneOffset.UTC)).toEpochDay();
            tx.executeWithoutResult(status -> {
                List<Long> counted = new ArrayList<>();
                for (Long workId : pending.keySet()) {
                    long n = pending.remove(workId).get();
                    if (n > 0) {
                        works.addHits(workId, n, day);
                        counted.add(workId);
                    }
                }
                // the hits filter and sort read the index, and listings show the new totals
                index.enqueue(counted);
            });
        } catch (RuntimeException e) {
            log.warn("Could not write hit counts; they are lost", e);
        }
    }
}
