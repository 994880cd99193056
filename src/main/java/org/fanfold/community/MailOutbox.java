package org.fanfold.community;

import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * E-mail waiting to go out ({@code mail_outbox}) and subscription notices waiting for a reader's daily digest
 * ({@code mail_digest_items}). Rows are written in the transaction that made the notices; {@link MailDelivery}
 * sends them after it commits, so no request ever waits for an SMTP server.
 */
@Repository
class MailOutbox {

    /** A queued e-mail; {@code attempts} counts earlier tries. */
    record Queued(long id, long userId, String subject, String body, int attempts) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final MailSignal signal;

    MailOutbox(JdbcClient jdbc, Clock clock, MailSignal signal) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.signal = signal;
    }

    /** Queues an e-mail to {@code userId}; the address is read when it is sent. */
    void enqueue(long userId, MailMessage message) {
        long now = clock.millis();
        jdbc.sql("INSERT INTO mail_outbox (user_id, subject, body, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(userId, clip(message.subject(), 300), message.body(), now, now)
                .update();
        NoticeOutbox.wakeAfterCommit(signal);
    }

    /** The e-mails due now, oldest first. */
    List<Queued> due(long now, int limit) {
        return jdbc.sql("SELECT id, user_id, subject, body, attempts FROM mail_outbox WHERE next_attempt_at <= ?"
                        + " ORDER BY next_attempt_at, id LIMIT ?")
                .params(now, limit)
                .query((rs, n) ->
                        new Queued(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5)))
                .list();
    }

    /**
     * Takes a due e-mail for sending until {@code leaseUntil}, counting the attempt: true for exactly one taker,
     * so two processes never send the same e-mail at once. If the sender dies, the e-mail is due again later.
     */
    boolean claim(long id, long now, long leaseUntil) {
        return jdbc.sql("UPDATE mail_outbox SET next_attempt_at = ?, attempts = attempts + 1"
                                + " WHERE id = ? AND next_attempt_at <= ?")
                        .params(leaseUntil, id, now)
                        .update()
                == 1;
    }

    void sent(long id) {
        jdbc.sql("DELETE FROM mail_outbox WHERE id = ?").param(id).update();
    }

    void retryAt(long id, long at) {
        jdbc.sql("UPDATE mail_outbox SET next_attempt_at = ? WHERE id = ?")
                .params(at, id)
                .update();
    }

    long pending() {
        return jdbc.sql("SELECT COUNT(*) FROM mail_outbox").query(Long.class).single();
    }

    /** Keeps a subscription notice, as text, for {@code userId}'s next digest. */
    void addToDigest(long userId, String text) {
        jdbc.sql("INSERT INTO mail_digest_items (user_id, text, created_at) VALUES (?, ?, ?)")
                .params(userId, text, clock.millis())
                .update();
    }

    /** The readers with something waiting for their digest. */
    List<Long> digestReaders() {
        return jdbc.sql("SELECT DISTINCT user_id FROM mail_digest_items ORDER BY user_id")
                .query(Long.class)
                .list();
    }

    record DigestItem(long id, String text) {}

    List<DigestItem> digestItems(long userId) {
        return jdbc.sql("SELECT id, text FROM mail_digest_items WHERE user_id = ? ORDER BY id")
                .param(userId)
                .query((rs, n) -> new DigestItem(rs.getLong(1), rs.getString(2)))
                .list();
    }

    /** Removes a reader's digest items up to {@code lastId}; returns how many went. */
    int removeDigestItems(long userId, long lastId) {
        return jdbc.sql("DELETE FROM mail_digest_items WHERE user_id = ? AND id <= ?")
                .params(userId, lastId)
                .update();
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
