package org.fanfold.works;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL for series and gifts. Callers own the transactions. */
@Repository
class SeriesStore {

    private final JdbcClient jdbc;

    SeriesStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long create(String title, long userId, long now) {
        long id = jdbc.sql("INSERT INTO series (title, created_at, updated_at) VALUES (?, ?, ?) RETURNING id")
                .params(title, now, now)
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO series_creators (series_id, user_id) VALUES (?, ?)")
                .params(id, userId)
                .update();
        return id;
    }

    Optional<Series> find(long id) {
        return jdbc.sql("SELECT id, title, summary, notes, complete, updated_at FROM series WHERE id = ?")
                .param(id)
                .query(SeriesStore::mapSeries)
                .optional();
    }

    List<Series> ofUser(long userId) {
        return jdbc.sql("SELECT s.id, s.title, s.summary, s.notes, s.complete, s.updated_at FROM series s"
                        + " JOIN series_creators c ON c.series_id = s.id WHERE c.user_id = ? ORDER BY s.title")
                .param(userId)
                .query(SeriesStore::mapSeries)
                .list();
    }

    void update(long id, String title, String summary, String notes, boolean complete, long now) {
        jdbc.sql("UPDATE series SET title = ?, summary = ?, notes = ?, complete = ?, updated_at = ? WHERE id = ?")
                .params(title, summary, notes, complete ? 1 : 0, now, id)
                .update();
    }

    /** Numbers the series' parts 1, 2, … in the order of {@code workIds} (the series' own works, each once). */
    void reorder(long seriesId, List<Long> workIds, long now) {
        int position = 1;
        for (long workId : workIds) {
            jdbc.sql("UPDATE series_works SET position = ? WHERE series_id = ? AND work_id = ?")
                    .params(position++, seriesId, workId)
                    .update();
        }
        jdbc.sql("UPDATE series SET updated_at = ? WHERE id = ?")
                .params(now, seriesId)
                .update();
    }

    /** Takes a work out of a series, closing the gap; a series left without works is deleted. */
    void remove(long seriesId, long workId, long now) {
        jdbc.sql("DELETE FROM series_works WHERE series_id = ? AND work_id = ?")
                .params(seriesId, workId)
                .update();
        List<Long> rest = workIds(seriesId);
        if (rest.isEmpty()) {
            jdbc.sql("DELETE FROM series WHERE id = ?").param(seriesId).update();
            return;
        }
        reorder(seriesId, rest, now);
    }

    static Series mapSeries(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Series(
                rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5) == 1, rs.getLong(6));
    }

    boolean isCreator(long seriesId, long userId) {
        return jdbc.sql("SELECT COUNT(*) FROM series_creators WHERE series_id = ? AND user_id = ?")
                        .params(seriesId, userId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Puts a work into a series at {@code position} (null: at the end), moving later parts along. */
    void place(long seriesId, long workId, @Nullable Integer position, long now) {
        jdbc.sql("SELECT position FROM series_works WHERE series_id = ? AND work_id = ?")
                .params(seriesId, workId)
                .query(Integer.class)
                .optional()
                .ifPresent(old -> {
                    jdbc.sql("DELETE FROM series_works WHERE series_id = ? AND work_id = ?")
                            .params(seriesId, workId)
                            .update();
                    jdbc.sql("UPDATE series_works SET position = position - 1 WHERE series_id = ? AND position > ?")
                            .params(seriesId, old)
                            .update();
                });
        int last = jdbc.sql("SELECT COALESCE(MAX(position), 0) FROM series_works WHERE series_id = ?")
                .param(seriesId)
                .query(Integer.class)
                .single();
        int at = position == null || position > last + 1 ? last + 1 : Math.max(1, position);
        jdbc.sql("UPDATE series_works SET position = position + 1 WHERE series_id = ? AND position >= ?")
                .params(seriesId, at)
                .update();
        jdbc.sql("INSERT INTO series_works (series_id, work_id, position) VALUES (?, ?, ?)")
                .params(seriesId, workId, at)
                .update();
        jdbc.sql("UPDATE series SET updated_at = ? WHERE id = ?")
                .params(now, seriesId)
                .update();
    }

    /** The work ids of a series in part order. */
    List<Long> workIds(long seriesId) {
        return jdbc.sql("SELECT work_id FROM series_works WHERE series_id = ? ORDER BY position")
                .param(seriesId)
                .query(Long.class)
                .list();
    }

    /** The series a work is part of, oldest first. */
    List<Series> ofWork(long workId) {
        return jdbc.sql("SELECT s.id, s.title, s.summary, s.notes, s.complete, s.updated_at FROM series s"
                        + " JOIN series_works sw ON sw.series_id = s.id WHERE sw.work_id = ? ORDER BY s.id")
                .param(workId)
                .query(SeriesStore::mapSeries)
                .list();
    }

    /**
     * Makes {@code gifts} the work's gifts. A recipient who refused this work's gift stays refused: the gift is not
     * made again, whatever the form says (AO3). The same recipient named twice is gifted once.
     *
     * @return the accounts that are recipients now and were not before
     */
    Set<Long> setGifts(long workId, List<Gift> gifts, Function<String, @Nullable Long> userIdOfLogin) {
        Set<Long> before = new HashSet<>(giftRecipientIds(workId));
        jdbc.sql("DELETE FROM gifts WHERE work_id = ? AND rejected = 0")
                .param(workId)
                .update();
        Set<Long> refused =
                new HashSet<>(jdbc.sql("SELECT recipient_user_id FROM gifts WHERE work_id = ? AND rejected = 1"
                                + " AND recipient_user_id IS NOT NULL")
                        .param(workId)
                        .query(Long.class)
                        .list());
        Set<String> given = new HashSet<>();
        Set<Long> added = new LinkedHashSet<>();
        for (Gift g : gifts) {
            Long userId = userIdOfLogin.apply(g.name());
            if (userId != null && refused.contains(userId)) continue;
            String key = userId != null ? "u" + userId : "n" + g.name().toLowerCase(Locale.ROOT);
            if (!given.add(key)) continue;
            jdbc.sql("INSERT INTO gifts (work_id, recipient_user_id, recipient_name) VALUES (?, ?, ?)")
                    .params(workId, userId, g.name())
                    .update();
            if (userId != null && !before.contains(userId)) added.add(userId);
        }
        return added;
    }

    /** The accounts a work is a gift to (not counting those who refused it), in the order given. */
    List<Long> giftRecipientIds(long workId) {
        return jdbc.sql("SELECT recipient_user_id FROM gifts WHERE work_id = ? AND rejected = 0"
                        + " AND recipient_user_id IS NOT NULL ORDER BY id")
                .param(workId)
                .query(Long.class)
                .list();
    }

    List<Gift> gifts(long workId) {
        return jdbc.sql("SELECT g.recipient_name, u.login FROM gifts g LEFT JOIN users u ON u.id = g.recipient_user_id"
                        + " WHERE g.work_id = ? AND g.rejected = 0 ORDER BY g.id")
                .param(workId)
                .query((rs, n) -> new Gift(rs.getString(1), rs.getString(2)))
                .list();
    }
}
