package org.fanfold.works;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.fanfold.shared.ReadThroughCache;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A reader's saved filters: named listing URLs with their AO3 filter parameters. Every listing's sidebar offers
 * them, so a reader's are kept in memory for a minute, dropped when a change commits.
 */
@Repository
class SavedFilters {

    static final int MAX_PER_USER = 100;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ReadThroughCache<Long, List<SavedFilter>> kept = ReadThroughCache.kept(20_000, Duration.ofMinutes(1));

    SavedFilters(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<SavedFilter> of(long userId) {
        return kept.get(userId, this::read);
    }

    private List<SavedFilter> read(long userId) {
        return jdbc.sql("SELECT id, name, url FROM saved_filters WHERE user_id = ? ORDER BY name, id")
                .param(userId)
                .query((rs, n) -> new SavedFilter(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    long count(long userId) {
        return jdbc.sql("SELECT COUNT(*) FROM saved_filters WHERE user_id = ?")
                .param(userId)
                .query(Long.class)
                .single();
    }

    void save(long userId, String name, String url) {
        jdbc.sql("INSERT INTO saved_filters (user_id, name, url, created_at) VALUES (?, ?, ?, ?)")
                .params(userId, name, url, clock.millis())
                .update();
        kept.evictAfterCommit(List.of(userId));
    }

    void delete(long userId, long id) {
        jdbc.sql("DELETE FROM saved_filters WHERE id = ? AND user_id = ?")
                .params(id, userId)
                .update();
        kept.evictAfterCommit(List.of(userId));
    }
}
