package org.fanfold.community;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL for comments. Callers own the transactions. */
@Repository
class CommentStore {

    private static final String COLUMNS = "id, work_id, chapter_id, parent_id, thread_id, depth, user_id, pseud_id,"
            + " guest_name, guest_email, body, unreviewed, deleted, frozen, edited_at, created_at";

    /** Where top-level comments are listed: one chapter, or every chapter of a work. */
    record Scope(long workId, @Nullable Long chapterId) {

        String where() {
            return chapterId == null ? "work_id = ?" : "chapter_id = ?";
        }

        long param() {
            return chapterId == null ? workId : chapterId;
        }
    }

    /** What a new comment is made of; {@code parent} is null for a top-level comment. */
    record NewComment(
            long workId,
            long chapterId,
            @Nullable Comment parent,
            @Nullable Long userId,
            @Nullable Long pseudId,
            @Nullable String guestName,
            @Nullable String guestEmail,
            String body,
            @Nullable String ipAddress,
            boolean unreviewed,
            long now) {}

    private final JdbcClient jdbc;

    CommentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewComment c) {
        Comment parent = c.parent();
        long id = jdbc.sql("INSERT INTO comments (work_id, chapter_id, parent_id, thread_id, depth, user_id, pseud_id,"
                        + " guest_name, guest_email, body, ip_address, unreviewed, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
                .params(
                        c.workId(),
                        c.chapterId(),
                        parent == null ? null : parent.id(),
                        parent == null ? 0 : parent.threadId(),
                        parent == null ? 0 : parent.depth() + 1,
                        c.userId(),
                        c.pseudId(),
                        c.guestName(),
                        c.guestEmail(),
                        c.body(),
                        c.ipAddress(),
                        c.unreviewed() ? 1 : 0,
                        c.now())
                .query(Long.class)
                .single();
        if (parent == null) {
            jdbc.sql("UPDATE comments SET thread_id = ? WHERE id = ?")
                    .params(id, id)
                    .update();
        }
        return id;
    }

    Optional<Comment> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM comments WHERE id = ?")
                .param(id)
                .query(CommentStore::map)
                .optional();
    }

    /**
     * The ids of one page of approved top-level comments, oldest first (AO3's order), leaving out threads that would
     * show nothing to someone who muted {@code muted} (see {@link #rootShown}).
     */
    List<Long> topLevelIds(Scope scope, Collection<Long> muted, int offset, int limit) {
        return jdbc.sql("SELECT id FROM comments WHERE " + scope.where() + " AND parent_id IS NULL AND unreviewed = 0"
                        + rootShown(muted) + " ORDER BY id LIMIT ? OFFSET ?")
                .params(scope.param(), limit, offset)
                .query(Long.class)
                .list();
    }

    long countTopLevel(Scope scope, Collection<Long> muted) {
        return jdbc.sql("SELECT COUNT(*) FROM comments WHERE " + scope.where()
                        + " AND parent_id IS NULL AND unreviewed = 0" + rootShown(muted))
                .param(scope.param())
                .query(Long.class)
                .single();
    }

    /** How many of the top-level comments {@link #topLevelIds} pages through come up to and including {@code threadId}. */
    long countTopLevelUpTo(Scope scope, Collection<Long> muted, long threadId) {
        return jdbc.sql("SELECT COUNT(*) FROM comments WHERE " + scope.where()
                        + " AND parent_id IS NULL AND unreviewed = 0" + rootShown(muted) + " AND id <= ?")
                .params(scope.param(), threadId)
                .query(Long.class)
                .single();
    }

    /** Approved, undeleted comments, replies included: what "Comments (N)" counts. */
    long countVisible(Scope scope) {
        return countVisible(scope, List.of());
    }

    /** The same, leaving out comments by {@code muted}: what "Comments (N)" counts for whoever muted them. */
    long countVisible(Scope scope, Collection<Long> muted) {
        return jdbc.sql("SELECT COUNT(*) FROM comments WHERE " + scope.where() + " AND unreviewed = 0 AND deleted = 0"
                        + (muted.isEmpty() ? "" : " AND " + notBy(muted, "user_id")))
                .param(scope.param())
                .query(Long.class)
                .single();
    }

    /**
     * The condition on a top-level comment ({@code comments}) that its thread shows something to whoever muted
     * {@code muted}: the comment is by someone else, or a reply in its thread is (the muted comment then stays as a
     * placeholder above it).
     */
    private static String rootShown(Collection<Long> muted) {
        if (muted.isEmpty()) return "";
        return " AND (" + notBy(muted, "user_id") + " OR EXISTS (SELECT 1 FROM comments r WHERE r.thread_id ="
                + " comments.id AND r.id <> comments.id AND r.unreviewed = 0 AND r.deleted = 0 AND "
                + notBy(muted, "r.user_id") + "))";
    }

    /** Not written by these users (guests' comments have no user); ids are numbers, so safe to write into SQL. */
    private static String notBy(Collection<Long> users, String column) {
        String in = users.stream().map(String::valueOf).collect(Collectors.joining(","));
        return "(" + column + " IS NULL OR " + column + " NOT IN (" + in + "))";
    }

    /** Every comment of these threads in any state, oldest first, so a parent always comes before its replies. */
    List<Comment> inThreads(Collection<Long> threadIds) {
        if (threadIds.isEmpty()) return List.of();
        String in = threadIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        return jdbc.sql("SELECT " + COLUMNS + " FROM comments WHERE thread_id IN (" + in + ") ORDER BY id")
                .query(CommentStore::map)
                .list();
    }

    /** Every comment of a thread in any state, oldest first. */
    List<Comment> wholeThread(long threadId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM comments WHERE thread_id = ? ORDER BY id")
                .param(threadId)
                .query(CommentStore::map)
                .list();
    }

    boolean hasReplies(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM comments WHERE parent_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Whether this commenter already left exactly this text in the same place (a double-submitted form). */
    boolean duplicate(NewComment c) {
        Comment parent = c.parent();
        String who = c.userId() != null ? "user_id = ?" : "user_id IS NULL AND guest_name = ? AND guest_email = ?";
        String where = parent == null ? "chapter_id = ? AND parent_id IS NULL" : "parent_id = ?";
        var spec = jdbc.sql("SELECT COUNT(*) FROM comments WHERE " + where + " AND " + who
                        + " AND body = ? AND deleted = 0")
                .param(parent == null ? c.chapterId() : parent.id());
        spec = c.userId() != null
                ? spec.param(c.userId())
                : spec.param(c.guestName()).param(c.guestEmail());
        return spec.param(c.body()).query(Long.class).single() > 0;
    }

    void updateBody(long id, String body, long editedAt, boolean unreviewed) {
        jdbc.sql("UPDATE comments SET body = ?, edited_at = ?, unreviewed = ? WHERE id = ?")
                .params(body, editedAt, unreviewed ? 1 : 0, id)
                .update();
    }

    /** Keeps the row as a placeholder for its replies, with nothing of what it said. */
    void markDeleted(long id) {
        jdbc.sql("UPDATE comments SET deleted = 1, body = '', guest_email = NULL, ip_address = NULL WHERE id = ?")
                .param(id)
                .update();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM comments WHERE id = ?").param(id).update();
    }

    void approve(long id) {
        jdbc.sql("UPDATE comments SET unreviewed = 0 WHERE id = ?").param(id).update();
    }

    void setFrozen(Collection<Long> ids, boolean frozen) {
        if (ids.isEmpty()) return;
        String in = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        jdbc.sql("UPDATE comments SET frozen = ? WHERE id IN (" + in + ")")
                .param(frozen ? 1 : 0)
                .update();
    }

    /** One page of a work's comments awaiting approval, oldest first. */
    List<Comment> unreviewed(long workId, int offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM comments WHERE work_id = ? AND unreviewed = 1"
                        + " ORDER BY id LIMIT ? OFFSET ?")
                .params(workId, limit, offset)
                .query(CommentStore::map)
                .list();
    }

    long countUnreviewed(long workId) {
        return jdbc.sql("SELECT COUNT(*) FROM comments WHERE work_id = ? AND unreviewed = 1")
                .param(workId)
                .query(Long.class)
                .single();
    }

    List<Long> unreviewedIds(long workId) {
        return jdbc.sql("SELECT id FROM comments WHERE work_id = ? AND unreviewed = 1 ORDER BY id")
                .param(workId)
                .query(Long.class)
                .list();
    }

    private static Comment map(ResultSet rs, int row) throws SQLException {
        return new Comment(
                rs.getLong("id"),
                rs.getLong("work_id"),
                rs.getLong("chapter_id"),
                nullableLong(rs, "parent_id"),
                rs.getLong("thread_id"),
                rs.getInt("depth"),
                nullableLong(rs, "user_id"),
                nullableLong(rs, "pseud_id"),
                rs.getString("guest_name"),
                rs.getString("guest_email"),
                rs.getString("body"),
                rs.getInt("unreviewed") != 0,
                rs.getInt("deleted") != 0,
                rs.getInt("frozen") != 0,
                nullableLong(rs, "edited_at"),
                rs.getLong("created_at"));
    }

    private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
