package org.fanfold.community;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.fanfold.works.GiftBlocks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Users blocking other users, as on AO3: a blocked user can no longer comment on or leave kudos on the blocker's
 * works, nor reply to the blocker's comments anywhere, nor give them a work (this answers the works module's
 * {@link GiftBlocks}). Blocking hides nothing; muting does. Thread-safe; every call reads the database, so a block
 * takes effect at once.
 */
@Component
public class Blocks implements GiftBlocks {

    /** AO3's limit on how many accounts one user may block. */
    static final int MAX_BLOCKED = 2_000;

    private final JdbcClient jdbc;
    private final Clock clock;

    Blocks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether {@code blockerId} has blocked {@code blockedId}; false for unknown ids and for a user and themself. */
    public boolean isBlocked(long blockerId, long blockedId) {
        return jdbc.sql("SELECT COUNT(*) FROM blocked_users WHERE user_id = ? AND blocked_user_id = ?")
                        .params(blockerId, blockedId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Whether any of {@code blockerIds} (e.g. a work's creators) has blocked {@code blockedId}. */
    public boolean isBlockedByAny(Collection<Long> blockerIds, long blockedId) {
        return !blockersAmong(blockerIds, blockedId).isEmpty();
    }

    @Override
    public boolean refuses(long recipientUserId, Collection<Long> creatorUserIds) {
        return !blockedAmong(recipientUserId, creatorUserIds).isEmpty();
    }

    /** Which of {@code candidates} have blocked {@code blockedId}. */
    Set<Long> blockersAmong(Collection<Long> candidates, long blockedId) {
        if (candidates.isEmpty()) return Set.of();
        String in = candidates.stream().distinct().map(String::valueOf).collect(Collectors.joining(","));
        return new HashSet<>(
                jdbc.sql("SELECT user_id FROM blocked_users WHERE blocked_user_id = ? AND user_id IN (" + in + ")")
                        .param(blockedId)
                        .query(Long.class)
                        .list());
    }

    /** Which of {@code candidates} {@code blockerId} has blocked. */
    Set<Long> blockedAmong(long blockerId, Collection<Long> candidates) {
        if (candidates.isEmpty()) return Set.of();
        String in = candidates.stream().distinct().map(String::valueOf).collect(Collectors.joining(","));
        return new HashSet<>(jdbc.sql("SELECT blocked_user_id FROM blocked_users WHERE user_id = ?"
                        + " AND blocked_user_id IN (" + in + ")")
                .param(blockerId)
                .query(Long.class)
                .list());
    }

    /**
     * Blocks {@code blockedId} for {@code blockerId}; blocking again changes nothing.
     *
     * @throws IllegalArgumentException with the message to show: yourself, or more than {@link #MAX_BLOCKED}
     */
    void block(long blockerId, long blockedId) {
        if (blockerId == blockedId) throw new IllegalArgumentException("Sorry, you can't block yourself.");
        if (isBlocked(blockerId, blockedId)) return;
        if (count(blockerId) >= MAX_BLOCKED)
            throw new IllegalArgumentException("Sorry, you have blocked too many accounts.");
        jdbc.sql("INSERT INTO blocked_users (user_id, blocked_user_id, created_at) VALUES (?, ?, ?)"
                        + " ON CONFLICT DO NOTHING")
                .params(blockerId, blockedId, clock.millis())
                .update();
    }

    void unblock(long blockerId, long blockedId) {
        jdbc.sql("DELETE FROM blocked_users WHERE user_id = ? AND blocked_user_id = ?")
                .params(blockerId, blockedId)
                .update();
    }

    long count(long blockerId) {
        return jdbc.sql("SELECT COUNT(*) FROM blocked_users WHERE user_id = ?")
                .param(blockerId)
                .query(Long.class)
                .single();
    }

    /** The accounts {@code blockerId} blocked, most recent first. */
    List<BlockedUser> blockedBy(long blockerId, int offset, int limit) {
        return jdbc.sql("SELECT u.login, b.created_at FROM blocked_users b JOIN users u ON u.id = b.blocked_user_id"
                        + " WHERE b.user_id = ? ORDER BY b.created_at DESC, u.login_key LIMIT ? OFFSET ?")
                .params(blockerId, limit, offset)
                .query((rs, n) -> new BlockedUser(rs.getString(1), rs.getLong(2)))
                .list();
    }
}
