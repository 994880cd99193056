package org.fanfold.community;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.fanfold.shared.Paged;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The SQL for reading history and Marked for Later ({@code readings}, one row per reader and work). */
@Repository
class ReadingStore {

    private static final String COLUMNS = "user_id, work_id, chapter_id, chapter_position, visit_count,"
            + " last_visited_at, marked_for_later, updated_at";

    /** Visits to one work by one reader since the last write. */
    record Visits(
            long userId,
            long workId,
            @Nullable Long chapterId,
            @Nullable Integer chapterPosition,
            int count,
            long at) {}

    private final JdbcClient jdbc;

    ReadingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds visits to the readers' histories. A work (or chapter) deleted since the visit is skipped (or left
     * unnamed) rather than failing the batch.
     */
    @Transactional
    void record(Collection<Visits> visits) {
        for (Visits v : visits) {
            jdbc.sql("""
                            INSERT INTO readings (user_id, work_id, chapter_id, chapter_position, visit_count,
                                first_visited_at, last_visited_at, updated_at)
                            SELECT ?, w.id, (SELECT c.id FROM chapters c WHERE c.id = ? AND c.work_id = w.id), ?, ?,
                                ?, ?, ?
                            FROM works w WHERE w.id = ?
                            ON CONFLICT (user_id, work_id) DO UPDATE SET
                                chapter_id = excluded.chapter_id,
                                chapter_position = excluded.chapter_position,
                                visit_count = readings.visit_count + excluded.visit_count,
                                first_visited_at = COALESCE(readings.first_visited_at, excluded.first_visited_at),
                                last_visited_at = excluded.last_visited_at,
                                updated_at = excluded.updated_at""")
                    .params(
                            v.userId(),
                            v.chapterId(),
                            v.chapterPosition(),
                            v.count(),
                            v.at(),
                            v.at(),
                            v.at(),
                            v.workId())
                    .update();
        }
    }

    /** Marks a work for later; true when it was not marked before. */
    boolean markForLater(long userId, long workId, long now) {
        return jdbc.sql("""
                                INSERT INTO readings (user_id, work_id, marked_for_later, marked_at, updated_at)
                                VALUES (?, ?, 1, ?, ?)
                                ON CONFLICT (user_id, work_id) DO UPDATE SET
                                    marked_for_later = 1, marked_at = excluded.marked_at, updated_at = excluded.updated_at
                                WHERE readings.marked_for_later = 0""").params(userId, workId, now, now).update() > 0;
    }

    /** Takes a work off Marked for Later; a row with nothing else in it goes. True when it was marked. */
    @Transactional
    boolean markAsRead(long userId, long workId) {
        int changed = jdbc.sql("UPDATE readings SET marked_for_later = 0, marked_at = NULL"
                        + " WHERE user_id = ? AND work_id = ? AND marked_for_later = 1")
                .params(userId, workId)
                .update();
        jdbc.sql("DELETE FROM readings WHERE user_id = ? AND work_id = ? AND marked_for_later = 0 AND visit_count = 0")
                .params(userId, workId)
                .update();
        return changed > 0;
    }

    Optional<Reading> find(long userId, long workId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM readings WHERE user_id = ? AND work_id = ?")
                .params(userId, workId)
                .query(ReadingStore::map)
                .optional();
    }

    /** One page of a reader's history (or only what is marked for later), most recent first. */
    Paged<Reading> page(long userId, boolean markedOnly, int page, int size) {
        String where = " WHERE user_id = ?" + (markedOnly ? " AND marked_for_later = 1" : "");
        long total = jdbc.sql("SELECT COUNT(*) FROM readings" + where)
                .param(userId)
                .query(Long.class)
                .single();
        List<Reading> items = jdbc.sql("SELECT " + COLUMNS + " FROM readings" + where
                        + " ORDER BY updated_at DESC, work_id DESC LIMIT ? OFFSET ?")
                .params(userId, size, (long) (page - 1) * size)
                .query(ReadingStore::map)
                .list();
        return new Paged<>(items, total, page, size);
    }

    /** Removes one work from a reader's history, and from Marked for Later. */
    boolean delete(long userId, long workId) {
        return jdbc.sql("DELETE FROM readings WHERE user_id = ? AND work_id = ?")
                        .params(userId, workId)
                        .update()
                > 0;
    }

    /** Forgets a reader's visits; what is marked for later stays marked. */
    @Transactional
    void clear(long userId) {
        jdbc.sql("DELETE FROM readings WHERE user_id = ? AND marked_for_later = 0")
                .param(userId)
                .update();
        jdbc.sql("""
                        UPDATE readings SET visit_count = 0, first_visited_at = NULL, last_visited_at = NULL,
                            chapter_id = NULL, chapter_position = NULL, updated_at = COALESCE(marked_at, updated_at)
                        WHERE user_id = ?""").param(userId).update();
    }

    private static Reading map(ResultSet rs, int row) throws SQLException {
        long chapterPosition = rs.getLong(4);
        Integer position = rs.wasNull() ? null : (int) chapterPosition;
        return new Reading(
                rs.getLong(1),
                rs.getLong(2),
                InboxStore.nullableLong(rs, 3),
                position,
                rs.getInt(5),
                InboxStore.nullableLong(rs, 6),
                rs.getInt(7) == 1,
                rs.getLong(8));
    }
}
