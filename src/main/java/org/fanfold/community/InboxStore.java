package org.fanfold.community;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.fanfold.shared.Paged;
import org.fanfold.shared.ReadThroughCache;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL for the inbox. Thread-safe. Every change names the owner as well as the notices, so nobody can touch
 * another's notices by guessing ids. The unread count is in every signed-in page's header, so it is kept in memory
 * for a minute, dropped when a change to the owner's notices commits.
 */
@Repository
class InboxStore {

    private static final String COLUMNS = "id, user_id, kind, work_id, chapter_id, series_id, comment_id,"
            + " actor_user_id, actor_name, detail, body, created_at, read_at";

    /** At most this many notices change in one bulk action (one page's worth, with room to spare). */
    static final int BULK_MAX = 500;

    private final JdbcClient jdbc;
    private final ReadThroughCache<Long, Long> unreadCounts = ReadThroughCache.kept(20_000, Duration.ofMinutes(1));

    InboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long add(Notice.New n, long now) {
        long id = jdbc.sql(
                        "INSERT INTO notices (user_id, kind, work_id, chapter_id, series_id, comment_id, actor_user_id,"
                                + " actor_name, detail, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
                .params(
                        n.userId(),
                        n.kind().code,
                        n.workId(),
                        n.chapterId(),
                        n.seriesId(),
                        n.commentId(),
                        n.actorUserId(),
                        n.actorName(),
                        n.detail(),
                        n.body(),
                        now)
                .query(Long.class)
                .single();
        unreadCounts.evictAfterCommit(List.of(n.userId()));
        return id;
    }

    /** One page of a user's notices, newest first. */
    Paged<Notice> page(long userId, InboxFilter filter, int page, int size) {
        long total = jdbc.sql("SELECT COUNT(*) FROM notices WHERE user_id = ?" + filter.condition)
                .param(userId)
                .query(Long.class)
                .single();
        List<Notice> items = jdbc.sql("SELECT " + COLUMNS + " FROM notices WHERE user_id = ?" + filter.condition
                        + " ORDER BY id DESC LIMIT ? OFFSET ?")
                .params(userId, size, (long) (page - 1) * size)
                .query(InboxStore::map)
                .list();
        return new Paged<>(items, total, page, size);
    }

    /** How many of a user's notices are unread (an index on unread notices answers it). */
    long unread(long userId) {
        return unreadCounts.get(userId, this::countUnread);
    }

    private long countUnread(long userId) {
        return jdbc.sql("SELECT COUNT(*) FROM notices WHERE user_id = ? AND read_at IS NULL")
                .param(userId)
                .query(Long.class)
                .single();
    }

    /** How many of a user's notices are unread, by kind; kinds with none are absent. */
    Map<NoticeKind, Long> unreadByKind(long userId) {
        Map<NoticeKind, Long> out = new EnumMap<>(NoticeKind.class);
        jdbc.sql("SELECT kind, COUNT(*) FROM notices WHERE user_id = ? AND read_at IS NULL GROUP BY kind")
                .param(userId)
                .query(rs -> {
                    out.put(NoticeKind.of(rs.getString(1)), rs.getLong(2));
                });
        return out;
    }

    /** Marks some of a user's notices read ({@code read}) or unread; returns how many changed. */
    int mark(long userId, Collection<Long> ids, boolean read, long now) {
        if (ids.isEmpty()) return 0;
        String sql = read
                ? "UPDATE notices SET read_at = ? WHERE user_id = ? AND read_at IS NULL AND id IN (" + in(ids) + ")"
                : "UPDATE notices SET read_at = NULL WHERE user_id = ? AND read_at IS NOT NULL AND id IN (" + in(ids)
                        + ")";
        int changed = read
                ? jdbc.sql(sql).params(now, userId).update()
                : jdbc.sql(sql).param(userId).update();
        unreadCounts.evictAfterCommit(List.of(userId));
        return changed;
    }

    /** Deletes some of a user's notices; returns how many. */
    int delete(long userId, Collection<Long> ids) {
        if (ids.isEmpty()) return 0;
        int deleted = jdbc.sql("DELETE FROM notices WHERE user_id = ? AND id IN (" + in(ids) + ")")
                .param(userId)
                .update();
        unreadCounts.evictAfterCommit(List.of(userId));
        return deleted;
    }

    List<Notice> of(long userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notices WHERE user_id = ? ORDER BY id DESC")
                .param(userId)
                .query(InboxStore::map)
                .list();
    }

    /** Ids are numbers parsed by the caller; joined here, never user text. */
    private static String in(Collection<Long> ids) {
        return String.join(",", ids.stream().distinct().map(String::valueOf).toList());
    }

    private static Notice map(ResultSet rs, int row) throws SQLException {
        return new Notice(
                rs.getLong(1),
                rs.getLong(2),
                NoticeKind.of(rs.getString(3)),
                rs.getLong(4),
                nullableLong(rs, 5),
                nullableLong(rs, 6),
                nullableLong(rs, 7),
                nullableLong(rs, 8),
                rs.getString(9),
                rs.getString(10),
                rs.getString(11),
                rs.getLong(12),
                nullableLong(rs, 13));
    }

    static @Nullable Long nullableLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
