package org.fanfold.works;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fanfold.shared.ReadThroughCache;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A reader's persistent exclusions: muted tags and muted users. Listings apply them inside the search query (not
 * by hiding rows afterwards, as AO3's CSS mute does), so pages stay full and counts stay right. Every listing a
 * signed-in reader sees asks, so a reader's are kept in memory for a minute, dropped when a change commits.
 */
@Repository
public class Exclusions {

    /** One reader's muted tag ids and muted user ids. */
    private record Muted(Set<Long> tagIds, Set<Long> userIds) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ReadThroughCache<Long, Muted> kept = ReadThroughCache.kept(20_000, Duration.ofMinutes(1));

    Exclusions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Set<Long> mutedTagIds(long userId) {
        return kept.get(userId, this::read).tagIds();
    }

    public Set<Long> mutedUserIds(long userId) {
        return kept.get(userId, this::read).userIds();
    }

    /** Whether {@code userId} muted {@code otherUserId}. */
    public boolean isMuted(long userId, long otherUserId) {
        return mutedUserIds(userId).contains(otherUserId);
    }

    private Muted read(long userId) {
        Set<Long> tags = new HashSet<>();
        Set<Long> users = new HashSet<>();
        jdbc.sql("SELECT 0, tag_id FROM muted_tags WHERE user_id = ?"
                        + " UNION ALL SELECT 1, muted_user_id FROM muted_users WHERE user_id = ?")
                .params(userId, userId)
                .query(rs -> {
                    (rs.getInt(1) == 0 ? tags : users).add(rs.getLong(2));
                });
        return new Muted(Set.copyOf(tags), Set.copyOf(users));
    }

    public void muteTag(long userId, long tagId) {
        jdbc.sql("INSERT INTO muted_tags (user_id, tag_id, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(userId, tagId, clock.millis())
                .update();
        kept.evictAfterCommit(List.of(userId));
    }

    public void unmuteTag(long userId, long tagId) {
        jdbc.sql("DELETE FROM muted_tags WHERE user_id = ? AND tag_id = ?")
                .params(userId, tagId)
                .update();
        kept.evictAfterCommit(List.of(userId));
    }

    public void muteUser(long userId, long mutedUserId) {
        if (userId == mutedUserId) return;
        jdbc.sql("INSERT INTO muted_users (user_id, muted_user_id, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(userId, mutedUserId, clock.millis())
                .update();
        kept.evictAfterCommit(List.of(userId));
    }

    public void unmuteUser(long userId, long mutedUserId) {
        jdbc.sql("DELETE FROM muted_users WHERE user_id = ? AND muted_user_id = ?")
                .params(userId, mutedUserId)
                .update();
        kept.evictAfterCommit(List.of(userId));
    }

    /** Muted tag ids and muted users' logins, for the preferences page. */
    List<Long> mutedTagList(long userId) {
        return jdbc.sql("SELECT tag_id FROM muted_tags WHERE user_id = ? ORDER BY created_at")
                .param(userId)
                .query(Long.class)
                .list();
    }

    List<String> mutedLogins(long userId) {
        return jdbc.sql("SELECT u.login FROM muted_users m JOIN users u ON u.id = m.muted_user_id WHERE m.user_id = ?"
                        + " ORDER BY u.login_key")
                .param(userId)
                .query(String.class)
                .list();
    }
}
