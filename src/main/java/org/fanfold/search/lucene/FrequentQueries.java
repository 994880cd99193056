package org.fanfold.search.lucene;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The queries readers asked most lately, so that each new searcher counts them before it serves (Lucene's
 * "warming"): a popular tag page's counts are ready on the searcher that a refresh makes, however often writes
 * refresh the index, instead of the first reader after each refresh waiting for all its matches to be counted.
 *
 * <p>Only queries asked at least twice in the last {@link #REMEMBERED} are warmed, at most {@value #WARMED} of them,
 * most asked first, and no longer than {@link #BUDGET} per refresh: a refresh (which makes new works searchable)
 * is held up by at most that. Thread-safe.
 */
final class FrequentQueries {

    private static final Logger log = LoggerFactory.getLogger(FrequentQueries.class);

    static final int WARMED = 8;
    static final Duration BUDGET = Duration.ofMillis(250);
    static final Duration REMEMBERED = Duration.ofMinutes(10);

    private final Cache<WorkSearcher.CountsKey, LongAdder> asked = Caffeine.newBuilder()
            .maximumSize(1024)
            .expireAfterAccess(REMEMBERED)
            .build();

    /** Notes that a reader asked for {@code key}'s counts. */
    void asked(WorkSearcher.CountsKey key) {
        asked.get(key, k -> new LongAdder()).increment();
    }

    /** The queries to warm, most asked first. */
    List<WorkSearcher.CountsKey> mostAsked() {
        return asked.asMap().entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue().sum()))
                .filter(e -> e.getValue() >= 2)
                .sorted(Map.Entry.<WorkSearcher.CountsKey, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(WARMED)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Counts the most asked queries on {@code searcher} and keeps their counts there, within the budget. */
    void warm(WorkSearcher searcher) {
        long deadline = System.nanoTime() + BUDGET.toNanos();
        for (WorkSearcher.CountsKey key : mostAsked()) {
            if (System.nanoTime() > deadline) return;
            try {
                searcher.countAll(key);
            } catch (IOException | RuntimeException e) {
                // a searcher that cannot count serves anyway; its readers will see the error themselves
                log.debug("Warming the search counts failed: {}", e.toString());
                return;
            }
        }
    }
}
