package org.fanfold.collections;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL for collections and their participants. Callers own the transactions. */
@Repository
class CollectionStore {

    private static final String COLUMNS = "c.id, c.name, c.title, c.description, c.moderated, c.closed, c.anonymous,"
            + " c.unrevealed, c.created_at, c.updated_at";

    private final JdbcClient jdbc;

    CollectionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    long insert(CollectionForm form, String description, long now) {
        return jdbc.sql("INSERT INTO collections (name, name_key, title, description, moderated, closed, anonymous,"
                        + " unrevealed, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
                .params(
                        form.name(),
                        key(form.name()),
                        form.title(),
                        description,
                        flag(form.moderated()),
                        flag(form.closed()),
                        flag(form.anonymous()),
                        flag(form.unrevealed()),
                        now,
                        now)
                .query(Long.class)
                .single();
    }

    void update(long id, CollectionForm form, String description, long now) {
        jdbc.sql("UPDATE collections SET title = ?, description = ?, moderated = ?, closed = ?, anonymous = ?,"
                        + " unrevealed = ?, updated_at = ? WHERE id = ?")
                .params(
                        form.title(),
                        description,
                        flag(form.moderated()),
                        flag(form.closed()),
                        flag(form.anonymous()),
                        flag(form.unrevealed()),
                        now,
                        id)
                .update();
    }

    void reveal(long id, boolean works, boolean creators, long now) {
        if (works)
            jdbc.sql("UPDATE collections SET unrevealed = 0 WHERE id = ?")
                    .param(id)
                    .update();
        if (creators)
            jdbc.sql("UPDATE collections SET anonymous = 0 WHERE id = ?")
                    .param(id)
                    .update();
        jdbc.sql("UPDATE collections SET updated_at = ? WHERE id = ?")
                .params(now, id)
                .update();
    }

    Optional<ArchiveCollection> byName(String name) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM collections c WHERE c.name_key = ?")
                .param(key(name))
                .query(CollectionStore::map)
                .optional();
    }

    Optional<ArchiveCollection> byId(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM collections c WHERE c.id = ?")
                .param(id)
                .query(CollectionStore::map)
                .optional();
    }

    /** A page of all collections by title, or of those {@code userId} takes part in when not null. */
    List<ArchiveCollection> page(@Nullable Long userId, int offset, int size) {
        if (userId == null) {
            return jdbc.sql("SELECT " + COLUMNS + " FROM collections c ORDER BY LOWER(c.title), c.id LIMIT ? OFFSET ?")
                    .params(size, offset)
                    .query(CollectionStore::map)
                    .list();
        }
        return jdbc.sql(
                        "SELECT " + COLUMNS + " FROM collections c JOIN collection_participants p"
                                + " ON p.collection_id = c.id WHERE p.user_id = ? ORDER BY LOWER(c.title), c.id LIMIT ? OFFSET ?")
                .params(userId, size, offset)
                .query(CollectionStore::map)
                .list();
    }

    long count(@Nullable Long userId) {
        if (userId == null)
            return jdbc.sql("SELECT COUNT(*) FROM collections")
                    .query(Long.class)
                    .single();
        return jdbc.sql("SELECT COUNT(*) FROM collection_participants WHERE user_id = ?")
                .param(userId)
                .query(Long.class)
                .single();
    }

    /** The collections a work is listed in (approved by both sides), by title. */
    List<ArchiveCollection> listing(long workId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM collections c JOIN collection_items i ON i.collection_id = c.id"
                        + " WHERE i.work_id = ? AND i.user_approval = 1 AND i.collection_approval = 1"
                        + " ORDER BY LOWER(c.title), c.id")
                .param(workId)
                .query(CollectionStore::map)
                .list();
    }

    /** Deletes the collection; its participants, items and join requests go with it (ON DELETE CASCADE). */
    void delete(long id) {
        jdbc.sql("DELETE FROM collections WHERE id = ?").param(id).update();
    }

    // participants

    List<Participant> participants(long collectionId) {
        return jdbc.sql("SELECT p.collection_id, p.user_id, u.login, p.role FROM collection_participants p"
                        + " JOIN users u ON u.id = p.user_id WHERE p.collection_id = ?"
                        + " ORDER BY CASE p.role WHEN 'owner' THEN 0 WHEN 'moderator' THEN 1 ELSE 2 END, u.login_key")
                .param(collectionId)
                .query(CollectionStore::mapParticipant)
                .list();
    }

    /** The maintainers (owners, then moderators) of each of these collections. */
    List<Participant> maintainers(List<Long> collectionIds) {
        if (collectionIds.isEmpty()) return List.of();
        String in = String.join(",", collectionIds.stream().map(String::valueOf).toList());
        return jdbc.sql("SELECT p.collection_id, p.user_id, u.login, p.role FROM collection_participants p"
                        + " JOIN users u ON u.id = p.user_id WHERE p.collection_id IN (" + in + ")"
                        + " AND p.role IN ('owner', 'moderator')"
                        + " ORDER BY p.collection_id, CASE p.role WHEN 'owner' THEN 0 ELSE 1 END, u.login_key")
                .query(CollectionStore::mapParticipant)
                .list();
    }

    Optional<CollectionRole> role(long collectionId, long userId) {
        return jdbc.sql("SELECT role FROM collection_participants WHERE collection_id = ? AND user_id = ?")
                .params(collectionId, userId)
                .query(String.class)
                .optional()
                .map(CollectionRole::of);
    }

    void setRole(long collectionId, long userId, CollectionRole role, long now) {
        int updated = jdbc.sql("UPDATE collection_participants SET role = ? WHERE collection_id = ? AND user_id = ?")
                .params(role.key(), collectionId, userId)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO collection_participants (collection_id, user_id, role, created_at)"
                            + " VALUES (?, ?, ?, ?)")
                    .params(collectionId, userId, role.key(), now)
                    .update();
        }
    }

    void removeParticipant(long collectionId, long userId) {
        jdbc.sql("DELETE FROM collection_participants WHERE collection_id = ? AND user_id = ?")
                .params(collectionId, userId)
                .update();
    }

    /** How many works have an item in the collection, whatever its approval. */
    long itemWorkCount(long collectionId) {
        return jdbc.sql("SELECT COUNT(*) FROM collection_items WHERE collection_id = ?")
                .param(collectionId)
                .query(Long.class)
                .single();
    }

    long participantCount(long collectionId) {
        return jdbc.sql("SELECT COUNT(*) FROM collection_participants WHERE collection_id = ?")
                .param(collectionId)
                .query(Long.class)
                .single();
    }

    long owners(long collectionId) {
        return jdbc.sql("SELECT COUNT(*) FROM collection_participants WHERE collection_id = ? AND role = 'owner'")
                .param(collectionId)
                .query(Long.class)
                .single();
    }

    private static int flag(boolean b) {
        return b ? 1 : 0;
    }

    static ArchiveCollection map(ResultSet rs, int row) throws SQLException {
        return new ArchiveCollection(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getInt(5) == 1,
                rs.getInt(6) == 1,
                rs.getInt(7) == 1,
                rs.getInt(8) == 1,
                rs.getLong(9),
                rs.getLong(10));
    }

    private static Participant mapParticipant(ResultSet rs, int row) throws SQLException {
        CollectionRole role = CollectionRole.of(rs.getString(4));
        return new Participant(
                rs.getLong(1), rs.getLong(2), rs.getString(3), role == null ? CollectionRole.MEMBER : role);
    }
}
