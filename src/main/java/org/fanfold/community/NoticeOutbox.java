package org.fanfold.community;

import java.time.Clock;
import java.util.List;
import org.fanfold.shared.WakeSignal;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What happened that may notify someone, written in the same transaction as the change itself (so a notice is
 * never lost, nor sent for a change that rolled back) and turned into notices later by {@link NoticeFanout}. One
 * row costs the request a single insert, however many subscribers there are.
 */
@Repository
class NoticeOutbox {

    enum Kind {
        CHAPTER_POSTED("chapter_posted"),
        WORK_POSTED("work_posted"),
        COMMENT_POSTED("comment_posted"),
        GIFT_GIVEN("gift_given"),
        COCREATOR_INVITED("cocreator_invited");

        final String code;

        Kind(String code) {
            this.code = code;
        }

        static @Nullable Kind of(String code) {
            for (Kind k : values()) if (k.code.equals(code)) return k;
            return null;
        }
    }

    /** An outbox row; {@code kind} is null for a kind this version does not know. */
    record Entry(
            long id,
            @Nullable Kind kind,
            long workId,
            @Nullable Long chapterId,
            @Nullable Long commentId,
            @Nullable Long actorUserId,
            String actorName,
            @Nullable Long repliedToUserId,
            String body,
            @Nullable Long recipientUserId,
            int attempts) {}

    /** An outbox row is dropped, with an error in the log, after failing this many times. */
    static final int MAX_ATTEMPTS = 5;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final WakeSignal signal;

    NoticeOutbox(JdbcClient jdbc, Clock clock, NoticeSignal signal) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.signal = signal;
    }

    void chapterPosted(long workId, long chapterId) {
        add(Kind.CHAPTER_POSTED, workId, chapterId, null, null, "", null, "", null);
    }

    void workPosted(long workId) {
        add(Kind.WORK_POSTED, workId, null, null, null, "", null, "", null);
    }

    /** {@code recipientUserId} was given the work as a gift by {@code giverUserId}. */
    void giftGiven(long workId, long recipientUserId, long giverUserId) {
        add(Kind.GIFT_GIVEN, workId, null, null, giverUserId, "", null, "", recipientUserId);
    }

    /** {@code inviteeUserId} was invited to co-create the work by {@code inviterUserId}. */
    void coCreatorInvited(long workId, long inviteeUserId, long inviterUserId) {
        add(Kind.COCREATOR_INVITED, workId, null, null, inviterUserId, "", null, "", inviteeUserId);
    }

    void commentPosted(
            long workId,
            @Nullable Long chapterId,
            long commentId,
            @Nullable Long actorUserId,
            String actorName,
            @Nullable Long repliedToUserId,
            String html) {
        add(Kind.COMMENT_POSTED, workId, chapterId, commentId, actorUserId, actorName, repliedToUserId, html, null);
    }

    private void add(
            Kind kind,
            long workId,
            @Nullable Long chapterId,
            @Nullable Long commentId,
            @Nullable Long actorUserId,
            String actorName,
            @Nullable Long repliedToUserId,
            String body,
            @Nullable Long recipientUserId) {
        jdbc.sql("INSERT INTO notice_outbox (kind, work_id, chapter_id, comment_id, actor_user_id, actor_name,"
                        + " replied_to_user_id, body, recipient_user_id, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        kind.code,
                        workId,
                        chapterId,
                        commentId,
                        actorUserId,
                        actorName,
                        repliedToUserId,
                        body,
                        recipientUserId,
                        clock.millis())
                .update();
        wakeAfterCommit(signal);
    }

    /** The oldest waiting rows. */
    List<Entry> next(int limit) {
        return jdbc.sql(
                        "SELECT id, kind, work_id, chapter_id, comment_id, actor_user_id, actor_name,"
                                + " replied_to_user_id, body, recipient_user_id, attempts FROM notice_outbox ORDER BY id LIMIT ?")
                .param(limit)
                .query((rs, n) -> new Entry(
                        rs.getLong(1),
                        Kind.of(rs.getString(2)),
                        rs.getLong(3),
                        InboxStore.nullableLong(rs, 4),
                        InboxStore.nullableLong(rs, 5),
                        InboxStore.nullableLong(rs, 6),
                        rs.getString(7),
                        InboxStore.nullableLong(rs, 8),
                        rs.getString(9),
                        InboxStore.nullableLong(rs, 10),
                        rs.getInt(11)))
                .list();
    }

    /**
     * Takes a row for this transaction by deleting it: true for exactly one taker. Another process's concurrent
     * delete waits for this transaction and then finds nothing, so no row is fanned out twice.
     */
    boolean claim(long id) {
        return jdbc.sql("DELETE FROM notice_outbox WHERE id = ?").param(id).update() == 1;
    }

    /** Counts a failed attempt; the row is retried on the next round. */
    void failed(long id) {
        jdbc.sql("UPDATE notice_outbox SET attempts = attempts + 1 WHERE id = ?")
                .param(id)
                .update();
    }

    /** How many rows wait. */
    long pending() {
        return jdbc.sql("SELECT COUNT(*) FROM notice_outbox").query(Long.class).single();
    }

    /** Wakes {@code signal} when the current transaction commits, or now outside one. */
    static void wakeAfterCommit(WakeSignal signal) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    signal.wake();
                }
            });
        } else {
            signal.wake();
        }
    }
}
