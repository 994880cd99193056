package org.fanfold.collections;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL for related works. Callers own the transactions. */
@Repository
class RelatedWorkStore {

    private static final String COLUMNS = "r.id, r.work_id, r.parent_work_id, r.parent_url, r.parent_title,"
            + " r.parent_author, r.parent_language, r.translation, r.reciprocal, r.created_at";

    /** Works whose creators include the user {@code ?}. */
    private static final String BY_USER =
            " IN (SELECT c.work_id FROM creatorships c JOIN pseuds p ON p.id = c.pseud_id WHERE p.user_id = ?)";

    private final JdbcClient jdbc;

    RelatedWorkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(
            long workId,
            @Nullable Long parentWorkId,
            @Nullable String url,
            String title,
            String author,
            String language,
            boolean translation,
            boolean reciprocal,
            long now) {
        return jdbc.sql("INSERT INTO related_works (work_id, parent_work_id, parent_url, parent_title, parent_author,"
                        + " parent_language, translation, reciprocal, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " RETURNING id")
                .params(
                        workId,
                        parentWorkId,
                        url,
                        title,
                        author,
                        language,
                        translation ? 1 : 0,
                        reciprocal ? 1 : 0,
                        now)
                .query(Long.class)
                .single();
    }

    Optional<RelatedWork> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM related_works r WHERE r.id = ?")
                .param(id)
                .query(RelatedWorkStore::map)
                .optional();
    }

    void setReciprocal(long id, boolean reciprocal) {
        jdbc.sql("UPDATE related_works SET reciprocal = ? WHERE id = ?")
                .params(reciprocal ? 1 : 0, id)
                .update();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM related_works WHERE id = ?").param(id).update();
    }

    /** The parents a work names, oldest link first. */
    List<RelatedWork> parentsOf(long workId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM related_works r WHERE r.work_id = ? ORDER BY r.id")
                .param(workId)
                .query(RelatedWorkStore::map)
                .list();
    }

    /** The links to a work from its children; only those its creator approved when {@code approvedOnly}. */
    List<RelatedWork> childrenOf(long parentWorkId, boolean approvedOnly) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM related_works r WHERE r.parent_work_id = ?"
                        + (approvedOnly ? " AND r.reciprocal = 1" : "") + " ORDER BY r.id")
                .param(parentWorkId)
                .query(RelatedWorkStore::map)
                .list();
    }

    boolean linksTo(long workId, long parentWorkId) {
        return jdbc.sql("SELECT COUNT(*) FROM related_works WHERE work_id = ? AND parent_work_id = ?")
                        .params(workId, parentWorkId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    boolean linksTo(long workId, String url) {
        return jdbc.sql("SELECT COUNT(*) FROM related_works WHERE work_id = ? AND parent_url = ?")
                        .params(workId, url)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Links whose parent is one of the user's works (works inspired by theirs), newest first. */
    List<RelatedWork> toWorksOf(long userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM related_works r WHERE r.parent_work_id" + BY_USER
                        + " ORDER BY r.id DESC")
                .param(userId)
                .query(RelatedWorkStore::map)
                .list();
    }

    /** Links whose child is one of the user's works (what inspired them), newest first. */
    List<RelatedWork> fromWorksOf(long userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM related_works r WHERE r.work_id" + BY_USER + " ORDER BY r.id DESC")
                .param(userId)
                .query(RelatedWorkStore::map)
                .list();
    }

    private static RelatedWork map(ResultSet rs, int row) throws SQLException {
        long parent = rs.getLong(3);
        Long parentId = rs.wasNull() ? null : parent;
        return new RelatedWork(
                rs.getLong(1),
                rs.getLong(2),
                parentId,
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getInt(8) == 1,
                rs.getInt(9) == 1,
                rs.getLong(10));
    }
}
