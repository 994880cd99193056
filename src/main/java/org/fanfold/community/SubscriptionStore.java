package org.fanfold.community;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fanfold.shared.IdChunks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL for subscriptions. Thread-safe; each call is one statement, so callers need no transaction. */
@Repository
class SubscriptionStore {

    private static final String COLUMNS = "id, user_id, work_id, creator_user_id, series_id, created_at";

    private final JdbcClient jdbc;

    SubscriptionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Subscribes {@code userId} to {@code target}; false when they already were. */
    boolean subscribe(long userId, SubscriptionTarget target, long now) {
        return jdbc.sql("INSERT INTO subscriptions (user_id, " + target.type().column
                                + ", created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                        .params(userId, target.id(), now)
                        .update()
                > 0;
    }

    /** Ends the subscription; false when there was none. */
    boolean unsubscribe(long userId, SubscriptionTarget target) {
        return jdbc.sql("DELETE FROM subscriptions WHERE user_id = ? AND " + target.type().column + " = ?")
                        .params(userId, target.id())
                        .update()
                > 0;
    }

    boolean isSubscribed(long userId, SubscriptionTarget target) {
        return jdbc.sql("SELECT COUNT(*) FROM subscriptions WHERE user_id = ? AND " + target.type().column + " = ?")
                        .params(userId, target.id())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** A reader's subscriptions, newest first. */
    List<Subscription> of(long userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM subscriptions WHERE user_id = ? ORDER BY created_at DESC, id DESC")
                .param(userId)
                .query(SubscriptionStore::map)
                .list();
    }

    /** The accounts subscribed to {@code target}, in subscription order. */
    List<Long> subscribers(SubscriptionTarget target) {
        return jdbc.sql("SELECT user_id FROM subscriptions WHERE " + target.type().column + " = ? ORDER BY id")
                .param(target.id())
                .query(Long.class)
                .list();
    }

    /** How many readers subscribed to each of these works; works without subscribers are absent. */
    Map<Long, Long> countsByWork(Collection<Long> workIds) {
        Map<Long, Long> out = new HashMap<>();
        IdChunks.forEach(
                workIds,
                in -> jdbc.sql("SELECT work_id, COUNT(*) FROM subscriptions WHERE work_id IN (" + in
                                + ") GROUP BY work_id")
                        .query(rs -> {
                            out.put(rs.getLong(1), rs.getLong(2));
                        }));
        return out;
    }

    private static Subscription map(ResultSet rs, int row) throws SQLException {
        SubscriptionTarget target;
        long work = rs.getLong(3);
        if (!rs.wasNull()) {
            target = SubscriptionTarget.work(work);
        } else {
            long creator = rs.getLong(4);
            target = rs.wasNull() ? SubscriptionTarget.series(rs.getLong(5)) : SubscriptionTarget.user(creator);
        }
        return new Subscription(rs.getLong(1), rs.getLong(2), target, rs.getLong(6));
    }
}
