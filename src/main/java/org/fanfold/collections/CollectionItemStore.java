package org.fanfold.collections;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fanfold.shared.IdChunks;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL for collection items: works in collections with both sides' approval. Callers own the transactions. */
@Repository
class CollectionItemStore {

    private static final String COLUMNS =
            "i.id, i.collection_id, i.work_id, i.user_approval, i.collection_approval, i.created_at";

    /** An item counts for a work's flags once its creator approved it, unless the collection rejected it (AO3). */
    private static final String COUNTS = "i.user_approval = 1 AND i.collection_approval <> -1";

    private final JdbcClient jdbc;

    CollectionItemStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long collectionId, long workId, Approval user, Approval collection, @Nullable Long addedBy, long now) {
        return jdbc.sql("INSERT INTO collection_items (collection_id, work_id, user_approval, collection_approval,"
                        + " added_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")
                .params(collectionId, workId, user.code(), collection.code(), addedBy, now, now)
                .query(Long.class)
                .single();
    }

    Optional<CollectionItem> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM collection_items i WHERE i.id = ?")
                .param(id)
                .query(CollectionItemStore::map)
                .optional();
    }

    Optional<CollectionItem> find(long collectionId, long workId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM collection_items i WHERE i.collection_id = ? AND i.work_id = ?")
                .params(collectionId, workId)
                .query(CollectionItemStore::map)
                .optional();
    }

    void setUserApproval(long id, Approval approval, long now) {
        jdbc.sql("UPDATE collection_items SET user_approval = ?, updated_at = ? WHERE id = ?")
                .params(approval.code(), now, id)
                .update();
    }

    void setCollectionApproval(long id, Approval approval, long now) {
        jdbc.sql("UPDATE collection_items SET collection_approval = ?, updated_at = ? WHERE id = ?")
                .params(approval.code(), now, id)
                .update();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM collection_items WHERE id = ?").param(id).update();
    }

    /** The items of a collection in one state, newest first. */
    List<CollectionItem> ofCollection(long collectionId, ItemStatus status, int offset, int size) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM collection_items i WHERE i.collection_id = ? AND "
                        + status.condition() + " ORDER BY i.created_at DESC, i.id DESC LIMIT ? OFFSET ?")
                .params(collectionId, size, offset)
                .query(CollectionItemStore::map)
                .list();
    }

    long countOfCollection(long collectionId, ItemStatus status) {
        return jdbc.sql("SELECT COUNT(*) FROM collection_items i WHERE i.collection_id = ? AND " + status.condition())
                .param(collectionId)
                .query(Long.class)
                .single();
    }

    /** The items of the works of {@code userId} in one state, newest first. */
    List<CollectionItem> ofUser(long userId, ItemStatus status, int offset, int size) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM collection_items i WHERE " + status.condition()
                        + " AND EXISTS (SELECT 1 FROM creatorships c JOIN pseuds p ON p.id = c.pseud_id"
                        + " WHERE c.work_id = i.work_id AND p.user_id = ?)"
                        + " ORDER BY i.created_at DESC, i.id DESC LIMIT ? OFFSET ?")
                .params(userId, size, offset)
                .query(CollectionItemStore::map)
                .list();
    }

    long countOfUser(long userId, ItemStatus status) {
        return jdbc.sql("SELECT COUNT(*) FROM collection_items i WHERE " + status.condition()
                        + " AND EXISTS (SELECT 1 FROM creatorships c JOIN pseuds p ON p.id = c.pseud_id"
                        + " WHERE c.work_id = i.work_id AND p.user_id = ?)")
                .param(userId)
                .query(Long.class)
                .single();
    }

    /** Every item of one work, whatever its state. */
    List<CollectionItem> ofWork(long workId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM collection_items i WHERE i.work_id = ? ORDER BY i.id")
                .param(workId)
                .query(CollectionItemStore::map)
                .list();
    }

    /** The works with an item in the collection that counts for their flags or is listed. */
    List<Long> workIds(long collectionId) {
        return jdbc.sql("SELECT i.work_id FROM collection_items i WHERE i.collection_id = ? AND " + COUNTS)
                .param(collectionId)
                .query(Long.class)
                .list();
    }

    /** Whether the work is in any anonymous and in any unrevealed collection (its items that count). */
    boolean[] flags(long workId) {
        return jdbc.sql("SELECT COALESCE(MAX(c.anonymous), 0), COALESCE(MAX(c.unrevealed), 0)"
                        + " FROM collection_items i JOIN collections c ON c.id = i.collection_id"
                        + " WHERE i.work_id = ? AND " + COUNTS)
                .param(workId)
                .query((rs, n) -> new boolean[] {rs.getInt(1) == 1, rs.getInt(2) == 1})
                .single();
    }

    /** Work id → the collections it is listed in (approved by both sides). */
    Map<Long, List<Long>> listedCollections(Collection<Long> workIds) {
        Map<Long, List<Long>> out = new HashMap<>();
        IdChunks.forEach(
                workIds,
                in -> jdbc.sql("SELECT i.work_id, i.collection_id FROM collection_items i"
                                + " WHERE i.work_id IN (" + in
                                + ") AND i.user_approval = 1 AND i.collection_approval = 1"
                                + " ORDER BY i.work_id, i.collection_id")
                        .query((rs, n) -> out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(rs.getLong(2)))
                        .list());
        return out;
    }

    /** Work id → the maintainers of the unrevealed collections whose items count for it. */
    Map<Long, Set<Long>> unrevealedReaders(Collection<Long> workIds) {
        Map<Long, Set<Long>> out = new HashMap<>();
        IdChunks.forEach(
                workIds,
                in -> jdbc.sql("SELECT i.work_id, p.user_id FROM collection_items i"
                                + " JOIN collections c ON c.id = i.collection_id"
                                + " JOIN collection_participants p ON p.collection_id = c.id"
                                + " WHERE i.work_id IN (" + in + ") AND " + COUNTS + " AND c.unrevealed = 1"
                                + " AND p.role IN ('owner', 'moderator') ORDER BY i.work_id, p.user_id")
                        .query((rs, n) -> out.computeIfAbsent(rs.getLong(1), k -> new LinkedHashSet<>())
                                .add(rs.getLong(2)))
                        .list());
        return out;
    }

    private static CollectionItem map(ResultSet rs, int row) throws SQLException {
        return new CollectionItem(
                rs.getLong(1),
                rs.getLong(2),
                rs.getLong(3),
                Approval.of(rs.getInt(4)),
                Approval.of(rs.getInt(5)),
                rs.getLong(6));
    }
}
