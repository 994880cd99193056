package org.fanfold.works;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A reader's persistent exclusions: muted tags and muted users. Listings apply them inside the search query (not
 * by hiding rows afterwards, as AO3's CSS mute does), so pages stay full and counts stay right.
 */
@Repository
public class Exclusions {

    private final JdbcClient jdbc;
    private final Clock clock;

    Exclusions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Set<Long> mutedTagIds(long userId) {
        return jdbc
                .sql("SELECT tag_id FROM muted_tags WHERE user_id = ?")
                .param(userId)
                .query(Long.class)
                .list()
                .stream()
                .collect(Collectors.toSet());
    }

    public Set<Long> mutedUserIds(long userId) {
        return jdbc
                .sql("SELECT muted_user_id FROM muted_users WHERE user_id = ?")
                .param(userId)
                .query(Long.class)
                .list()
                .stream()
                .collect(Collectors.toSet());
    }

    /** Whether {@code userId} muted {@code otherUserId}. */
    public boolean isMuted(long userId, long otherUserId) {
        return jdbc.sql("SELECT COUNT(*) FROM muted_users WHERE user_id = ? AND muted_user_id = ?")
                        .params(userId, otherUserId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public void muteTag(long userId, long tagId) {
        jdbc.sql("INSERT INTO muted_tags (user_id, tag_id, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(userId, tagId, clock.millis())
                .update();
    }

    public void unmuteTag(long userId, long tagId) {
        jdbc.sql("DELETE FROM muted_tags WHERE user_id = ? AND tag_id = ?")
                .params(userId, tagId)
                .update();
    }

    public void muteUser(long userId, long mutedUserId) {
        if (userId == mutedUserId) return;
        jdbc.sql("INSERT INTO muted_users (user_id, muted_user_id, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(userId, mutedUserId, clock.millis())
                .update();
    }

    public void unmuteUser(long userId, long mutedUserId) {
        jdbc.sql("DELETE FROM muted_users WHERE user_id = ? AND muted_user_id = ?")
                .params(userId, mutedUserId)
                .update();
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
