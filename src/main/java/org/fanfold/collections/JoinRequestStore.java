package org.fanfold.collections;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL for requests to join collections. Callers own the transactions. */
@Repository
class JoinRequestStore {

    private final JdbcClient jdbc;

    JoinRequestStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the request; false when there was one already. */
    boolean add(long collectionId, long userId, long now) {
        return jdbc.sql("INSERT INTO collection_join_requests (collection_id, user_id, created_at) VALUES (?, ?, ?)"
                                + " ON CONFLICT DO NOTHING")
                        .params(collectionId, userId, now)
                        .update()
                > 0;
    }

    boolean exists(long collectionId, long userId) {
        return jdbc.sql("SELECT COUNT(*) FROM collection_join_requests WHERE collection_id = ? AND user_id = ?")
                        .params(collectionId, userId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Removes the request; false when there was none. */
    boolean remove(long collectionId, long userId) {
        return jdbc.sql("DELETE FROM collection_join_requests WHERE collection_id = ? AND user_id = ?")
                        .params(collectionId, userId)
                        .update()
                > 0;
    }

    /** A collection's waiting requests, oldest first. */
    List<JoinRequest> of(long collectionId) {
        return jdbc.sql(
                        "SELECT r.collection_id, r.user_id, u.login, r.created_at FROM collection_join_requests r"
                                + " JOIN users u ON u.id = r.user_id WHERE r.collection_id = ? ORDER BY r.created_at, u.login_key")
                .param(collectionId)
                .query((rs, n) -> new JoinRequest(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4)))
                .list();
    }

    long count(long collectionId) {
        return jdbc.sql("SELECT COUNT(*) FROM collection_join_requests WHERE collection_id = ?")
                .param(collectionId)
                .query(Long.class)
                .single();
    }
}
