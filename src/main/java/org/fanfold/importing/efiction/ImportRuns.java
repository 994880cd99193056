package org.fanfold.importing.efiction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The imports started from the admin page ({@code import_runs}), with their reports once done. */
@Repository
class ImportRuns {

    private static final String COLUMNS = "r.id, r.status, r.file_name, r.dry_run, u.login, r.created_at,"
            + " r.finished_at, r.report FROM import_runs r LEFT JOIN users u ON u.id = r.user_id";

    private final JdbcClient jdbc;
    private final Clock clock;

    ImportRuns(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    long start(String fileName, boolean dryRun, long userId) {
        return jdbc.sql("INSERT INTO import_runs (kind, status, file_name, dry_run, user_id, created_at)"
                        + " VALUES ('efiction', 'running', ?, ?, ?, ?) RETURNING id")
                .params(fileName, dryRun ? 1 : 0, userId, clock.millis())
                .query(Long.class)
                .single();
    }

    void finish(long id, String status, String report) {
        jdbc.sql("UPDATE import_runs SET status = ?, report = ?, finished_at = ? WHERE id = ?")
                .params(status, report, clock.millis(), id)
                .update();
    }

    /** Runs left "running" by a server that stopped: they will not finish. */
    int interruptAbandoned() {
        return jdbc.sql("UPDATE import_runs SET status = 'interrupted', finished_at = ? WHERE status = 'running'")
                .param(clock.millis())
                .update();
    }

    Optional<EfictionRun> find(long id, Progress progress) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE r.id = ?")
                .param(id)
                .query((rs, n) -> map(rs, progress))
                .optional();
    }

    List<EfictionRun> recent(int limit, Progress progress) {
        return jdbc.sql("SELECT " + COLUMNS + " ORDER BY r.id DESC LIMIT ?")
                .param(limit)
                .query((rs, n) -> map(rs, progress))
                .list();
    }

    /** How far a running import is: stories done and in all, by run id. */
    interface Progress {
        int[] of(long runId);
    }

    private static EfictionRun map(ResultSet rs, Progress progress) throws SQLException {
        long id = rs.getLong(1);
        long finished = rs.getLong(7);
        Long finishedAt = rs.wasNull() ? null : finished;
        String report = rs.getString(8);
        int[] p = progress.of(id);
        return new EfictionRun(
                id,
                rs.getString(2),
                rs.getString(3),
                rs.getInt(4) == 1,
                rs.getString(5),
                rs.getLong(6),
                finishedAt,
                report == null || report.isEmpty() ? null : ReportText.read(report),
                p[0],
                p[1]);
    }
}
