package org.fanfold.works;

import java.util.List;
import org.fanfold.shared.Paged;
import org.fanfold.shared.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gifts a user received (AO3's {@code /users/{login}/gifts}), and refusing one: a refused gift no longer names
 * its recipient on the work, and stays refused when the work is edited, until its recipient accepts it again.
 * Gifts to a name that is no account stay plain text and can't be refused. Thread-safe.
 */
@Component
public class Gifts {

    private final JdbcClient jdbc;
    private final WorkReader reader;

    Gifts(JdbcClient jdbc, WorkReader reader) {
        this.jdbc = jdbc;
        this.reader = reader;
    }

    /** A page of the works gifted to {@code userId} (or refused by them) that the viewer may see, newest first. */
    public Paged<WorkView> received(long userId, boolean refused, Viewer viewer, int page) {
        List<Long> ids = jdbc.sql(
                        "SELECT DISTINCT g.work_id, w.updated_at FROM gifts g JOIN works w ON w.id = g.work_id"
                                + " WHERE g.recipient_user_id = ? AND g.rejected = ? ORDER BY w.updated_at DESC, g.work_id DESC")
                .params(userId, refused ? 1 : 0)
                .query((rs, n) -> rs.getLong(1))
                .list();
        List<Long> visible = reader.visibleIds(ids, viewer);
        int from = Math.min(visible.size(), (page - 1) * Paged.DEFAULT_SIZE);
        int to = Math.min(visible.size(), from + Paged.DEFAULT_SIZE);
        return new Paged<>(reader.blurbs(visible.subList(from, to), viewer), visible.size(), page, Paged.DEFAULT_SIZE);
    }

    /** Refuses the gift of {@code workId} to {@code userId}; false when there was none to refuse. */
    @Transactional
    public boolean refuse(long userId, long workId) {
        return setRefused(userId, workId, true);
    }

    /** Accepts a refused gift again; false when there was none. */
    @Transactional
    public boolean accept(long userId, long workId) {
        return setRefused(userId, workId, false);
    }

    private boolean setRefused(long userId, long workId, boolean refused) {
        return jdbc.sql("UPDATE gifts SET rejected = ? WHERE work_id = ? AND recipient_user_id = ? AND rejected = ?")
                        .params(refused ? 1 : 0, workId, userId, refused ? 0 : 1)
                        .update()
                > 0;
    }
}
