package org.fanfold.community;

import java.time.Clock;
import java.util.List;
import org.fanfold.shared.Viewer;
import org.fanfold.works.WorkView;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Kudos as on AO3: one per user per work, one per guest address per work, never on your own work nor on the work of
 * someone who blocked you. Leaving kudos counts it on the work and re-indexes the work in the same transaction.
 * Thread-safe: the database's unique indexes settle two clicks at once.
 */
@Service
class KudosService {

    /** AO3's MAX_KUDOS_TO_SHOW: the work page names this many users, and links to the rest. */
    static final int SHOWN = 50;

    static final String ALREADY = "You have already left kudos here. :)";

    private final JdbcClient jdbc;
    private final Blocks blocks;
    private final FeedbackCounters counters;
    private final Clock clock;

    KudosService(JdbcClient jdbc, Blocks blocks, FeedbackCounters counters, Clock clock) {
        this.jdbc = jdbc;
        this.blocks = blocks;
        this.counters = counters;
        this.clock = clock;
    }

    /** Why {@code viewer} may not leave kudos on the work (never for having left some already), or null. */
    @Nullable
    String refusal(WorkView view, Viewer viewer) {
        Long userId = viewer.userId();
        if (view.isCreator(userId)) return "You can't leave kudos on your own work.";
        if (!view.work().posted()) return "You can't leave kudos on a draft.";
        if (view.work().hiddenByAdmin()) return "Sorry, you can't leave kudos on a hidden work.";
        if (userId != null && blocks.isBlockedByAny(view.creatorUserIds(), userId))
            return CommentPolicy.BLOCKED_BY_CREATOR;
        return null;
    }

    /**
     * Leaves kudos from the viewer (a guest counts by {@code ipAddress}) on a work they can see.
     *
     * @throws KudosRefused with the message to show: own work, blocked, or already left
     */
    @Transactional
    void leave(WorkView view, Viewer viewer, String ipAddress) {
        String refusal = refusal(view, viewer);
        if (refusal != null) throw new KudosRefused(refusal);
        long workId = view.work().id();
        int added = jdbc.sql("INSERT INTO kudos (work_id, user_id, ip_address, created_at) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT DO NOTHING")
                .params(workId, viewer.userId(), viewer.signedIn() ? null : ipAddress, clock.millis())
                .update();
        if (added == 0) throw new KudosRefused(ALREADY);
        counters.kudosAdded(workId);
    }

    /** The work page's list: the {@link #SHOWN} most recent users, and the counts. */
    KudosList list(long workId) {
        return new KudosList(
                workId,
                logins(workId, 0, SHOWN),
                jdbc.sql("SELECT COUNT(*) FROM kudos WHERE work_id = ? AND user_id IS NOT NULL")
                        .param(workId)
                        .query(Long.class)
                        .single(),
                jdbc.sql("SELECT COUNT(*) FROM kudos WHERE work_id = ? AND user_id IS NULL")
                        .param(workId)
                        .query(Long.class)
                        .single());
    }

    /** Logins of users who left kudos, most recent first. */
    List<String> logins(long workId, int offset, int limit) {
        return jdbc.sql("SELECT u.login FROM kudos k JOIN users u ON u.id = k.user_id WHERE k.work_id = ?"
                        + " ORDER BY k.id DESC LIMIT ? OFFSET ?")
                .params(workId, limit, offset)
                .query(String.class)
                .list();
    }

    /** Kudos refused, with AO3's message. */
    static class KudosRefused extends RuntimeException {
        KudosRefused(String message) {
            super(message);
        }
    }
}
