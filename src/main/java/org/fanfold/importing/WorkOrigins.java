package org.fanfold.importing;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Where imported works came from (table {@code work_origins}): the file each was read from (a story file, an
 * eFiction archive's dump), and the story's address and dates on the archive it was first posted to, when the file
 * said. Written in the import's own transaction; removed with the work. Thread-safe.
 */
@Repository
public class WorkOrigins {

    /** The format recorded for works from an eFiction archive's dump. */
    public static final String EFICTION = "EFICTION";

    /**
     * One work's origin.
     *
     * @param url the story's address where it was first posted (http or https), or ""
     * @param archive the name of that archive, or ""
     * @param published the first posting date there (YYYY-MM-DD), or null
     * @param updated the last update there (YYYY-MM-DD), or null
     */
    record Origin(
            String fileName,
            String format,
            String url,
            String archive,
            @Nullable String published,
            @Nullable String updated) {

        /** Whether there is anything to tell readers: an address, or a date (with the archive's name, if known). */
        boolean shown() {
            return !url.isEmpty() || published != null;
        }
    }

    private static final int MAX_FILE_NAME = 255;
    private static final int MAX_URL = 2048;

    private final JdbcClient jdbc;

    WorkOrigins(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records where work {@code workId} was imported from. */
    void record(long workId, String fileName, StoryFormat format, ParsedStory.@Nullable Origin origin, long now) {
        if (origin == null) origin = new ParsedStory.Origin("", "", null, null);
        insert(workId, fileName, format.name(), origin, now);
    }

    /**
     * Records, in the caller's transaction, that work {@code workId} came from another archive in a file of
     * {@code format} ({@link #EFICTION}) named {@code fileName} (folders are dropped).
     *
     * @param origin the story's address there (http or https; a longer one than 2,048 characters is not kept), the
     *     archive's name and the story's dates there
     */
    public void recordArchived(long workId, String fileName, String format, ParsedStory.Origin origin, long now) {
        insert(workId, fileName, format, origin, now);
    }

    private void insert(long workId, String fileName, String format, ParsedStory.Origin origin, long now) {
        String url = origin.url().length() > MAX_URL ? "" : origin.url();
        jdbc.sql("INSERT INTO work_origins (work_id, file_name, file_format, url, archive, published_on,"
                        + " updated_on, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        workId,
                        cut(baseName(fileName), MAX_FILE_NAME),
                        cut(format, 16),
                        url,
                        cut(origin.archive(), 255),
                        origin.published() == null ? null : origin.published().toString(),
                        origin.updated() == null ? null : origin.updated().toString(),
                        now)
                .update();
    }

    Optional<Origin> of(long workId) {
        return jdbc.sql("SELECT file_name, file_format, url, archive, published_on, updated_on FROM work_origins"
                        + " WHERE work_id = ?")
                .param(workId)
                .query((rs, row) -> new Origin(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)))
                .optional();
    }

    private static String baseName(String fileName) {
        String name = fileName.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
