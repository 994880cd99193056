package org.fanfold.community;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.fanfold.accounts.PreferencesStore;
import org.fanfold.works.WorkEvents;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Records reading history without a write per page view: a {@link WorkEvents.WorkRead} only updates a map in
 * memory (on the request thread, in microseconds); every few seconds ({@code fanfold.history.flush-ms}, default
 * 5000), at shutdown, and before a history page is shown, the visits are written in one transaction, skipping
 * readers whose history is off. Visits not yet written when the process dies are lost; that is the trade.
 */
@Component
class ReadingRecorder {

    private static final Logger log = LoggerFactory.getLogger(ReadingRecorder.class);

    private record Key(long userId, long workId) {}

    private record Pending(
            @Nullable Long chapterId, @Nullable Integer chapterPosition, int count, long at) {}

    private final Map<Key, Pending> pending = new ConcurrentHashMap<>();
    private final ReadingStore store;
    private final PreferencesStore preferences;
    private final Clock clock;

    ReadingRecorder(ReadingStore store, PreferencesStore preferences, Clock clock) {
        this.store = store;
        this.preferences = preferences;
        this.clock = clock;
    }

    @EventListener
    void on(WorkEvents.WorkRead read) {
        var visit = new Pending(read.chapterId(), read.chapterPosition(), 1, clock.millis());
        pending.merge(new Key(read.userId(), read.workId()), visit, ReadingRecorder::later);
    }

    /** Writes the visits seen since the last flush. Safe from any thread; pages and tests call it. */
    @Scheduled(fixedDelayString = "${fanfold.history.flush-ms:5000}")
    @PreDestroy
    public synchronized void flush() {
        if (pending.isEmpty()) return;
        Map<Key, Pending> taken = new HashMap<>();
        for (Key key : List.copyOf(pending.keySet())) {
            Pending p = pending.remove(key);
            if (p != null) taken.put(key, p);
        }
        Map<Long, Boolean> enabled = new HashMap<>();
        List<ReadingStore.Visits> visits = new ArrayList<>();
        taken.forEach((key, p) -> {
            if (enabled.computeIfAbsent(key.userId(), u -> preferences.of(u).historyEnabled())) {
                visits.add(new ReadingStore.Visits(
                        key.userId(), key.workId(), p.chapterId(), p.chapterPosition(), p.count(), p.at()));
            }
        });
        if (visits.isEmpty()) return;
        try {
            store.record(visits);
        } catch (RuntimeException e) {
            log.warn("Could not write {} reading-history visits; keeping them for the next try", visits.size(), e);
            taken.forEach((key, p) -> pending.merge(key, p, (newer, older) -> later(older, newer)));
        }
    }

    /** Two sets of visits to one work as one: counts added, the later one's chapter and time. */
    private static Pending later(Pending a, Pending b) {
        Pending last = b.at() >= a.at() ? b : a;
        return new Pending(last.chapterId(), last.chapterPosition(), a.count() + b.count(), last.at());
    }
}
