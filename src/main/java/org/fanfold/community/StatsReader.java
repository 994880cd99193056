package org.fanfold.community;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fanfold.shared.IdChunks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind a creator's statistics: their posted works and the works' hits per day. */
@Repository
class StatsReader {

    private final JdbcClient jdbc;

    StatsReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The ids of the posted works {@code userId} is a creator of (under any pseud), newest first. */
    List<Long> postedWorkIds(long userId) {
        return jdbc.sql("SELECT w.id FROM works w WHERE w.posted = 1 AND EXISTS (SELECT 1 FROM creatorships c"
                        + " JOIN pseuds p ON p.id = c.pseud_id WHERE c.work_id = w.id AND p.user_id = ?)"
                        + " ORDER BY w.published_at DESC, w.id DESC")
                .param(userId)
                .query(Long.class)
                .list();
    }

    /** Hits per day (days since 1970-01-01, UTC) from {@code firstDay} to {@code lastDay}, summed over the works. */
    Map<Long, Long> dailyHits(Collection<Long> workIds, long firstDay, long lastDay) {
        Map<Long, Long> out = new HashMap<>();
        if (workIds.isEmpty()) return out;
        IdChunks.forEach(
                workIds,
                in -> jdbc.sql("SELECT day, SUM(hits) FROM work_hits_daily WHERE work_id IN (" + in
                                + ") AND day BETWEEN ? AND ? GROUP BY day")
                        .params(firstDay, lastDay)
                        .query(rs -> {
                            out.merge(rs.getLong(1), rs.getLong(2), Long::sum);
                        }));
        return out;
    }
}
