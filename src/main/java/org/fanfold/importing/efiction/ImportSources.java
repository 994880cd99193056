package org.fanfold.importing.efiction;

import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What each item of an imported archive became ({@code import_sources}): a story's work, a series' series. Importing
 * the same archive again looks here first, so nothing is imported twice. Callers own the transactions.
 */
@Repository
class ImportSources {

    static final String STORY = "story";
    static final String SERIES = "series";

    private final JdbcClient jdbc;
    private final Clock clock;

    ImportSources(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The id that item {@code sourceId} of {@code kind} became when {@code archive} was imported before. */
    Optional<Long> find(String archive, String kind, long sourceId) {
        return jdbc.sql("SELECT target_id FROM import_sources WHERE source_archive = ? AND kind = ? AND source_id = ?")
                .params(archive, kind, String.valueOf(sourceId))
                .query(Long.class)
                .optional();
    }

    /** Records what an item became (again, when what it became before was deleted). */
    void remember(String archive, String kind, long sourceId, long targetId) {
        jdbc.sql("INSERT INTO import_sources (source_archive, kind, source_id, target_id, created_at)"
                        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (source_archive, kind, source_id)"
                        + " DO UPDATE SET target_id = excluded.target_id")
                .params(archive, kind, String.valueOf(sourceId), targetId, clock.millis())
                .update();
    }
}
