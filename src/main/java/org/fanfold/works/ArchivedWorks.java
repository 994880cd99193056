package org.fanfold.works;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.fanfold.accounts.Pseud;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts works brought over from another archive by an archivist, as AO3's Open Doors does: the archivist's pseud
 * holds the work, which names its {@link ImportedCreators} ("NAME [archived by ARCHIVIST]") until they claim it, and
 * keeps its old dates. The work passes the same rules as any other ({@link WorkRejected} otherwise); nobody is told
 * of it as a new work. Thread-safe.
 */
@Service
public class ArchivedWorks {

    /**
     * A place in a series.
     *
     * @param seriesId a series made by an earlier import, or null to make one with {@code title} and {@code summary}
     * @param summary sanitized HTML
     * @param position the work's part number (1 is first); a number past the end puts it last
     */
    public record SeriesPart(@Nullable Long seriesId, String title, String summary, int position) {}

    /**
     * A work to post.
     *
     * @param archivist the pseud that holds the work (and may edit it) until its creators claim it
     * @param work the work; its {@code importedAuthor} and {@code series} are set from the fields below instead
     * @param publishedAt when it was first posted on the old archive (epoch ms)
     * @param updatedAt when it last changed there; its last chapter is dated so
     * @param importedCreatorIds the creators it is by, in credit order (at least one)
     */
    public record ArchivedWork(
            Pseud archivist,
            WorkInput work,
            List<ChapterInput> chapters,
            long publishedAt,
            long updatedAt,
            List<Long> importedCreatorIds,
            List<SeriesPart> series) {

        public ArchivedWork {
            chapters = List.copyOf(chapters);
            importedCreatorIds = List.copyOf(importedCreatorIds);
            series = List.copyOf(series);
        }
    }

    /** What was made: the work, its chapters in order, and the series it is in (in the order asked). */
    public record Archived(long workId, List<Long> chapterIds, List<Long> seriesIds) {}

    private final WorkService works;
    private final WorkStore store;
    private final SeriesStore series;
    private final ImportedCreators creators;
    private final JdbcClient jdbc;
    private final Clock clock;

    ArchivedWorks(
            WorkService works,
            WorkStore store,
            SeriesStore series,
            ImportedCreators creators,
            JdbcClient jdbc,
            Clock clock) {
        this.works = works;
        this.store = store;
        this.series = series;
        this.creators = creators;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Posts the work with its chapters, tags, credits and series places, in one transaction.
     *
     * @throws WorkRejected when the work breaks the rules (too long a summary, no fandom…); nothing is written
     * @throws IllegalArgumentException when no imported creator is given
     */
    @Transactional
    public Archived create(ArchivedWork archived) {
        if (archived.importedCreatorIds().isEmpty()) throw new IllegalArgumentException("no imported creator");
        WorkInput in = archived.work();
        WorkInput input = new WorkInput(
                in.title(),
                in.fandoms(),
                in.rating(),
                in.warnings(),
                in.categories(),
                in.relationships(),
                in.characters(),
                in.freeforms(),
                in.language(),
                in.summary(),
                in.notes(),
                in.endNotes(),
                in.expectedChapters(),
                in.restricted(),
                null,
                SeriesChoice.NONE,
                in.giftRecipients());
        long workId = works.createArchived(archived.archivist(), input, archived.chapters());
        List<Long> chapterIds = store.chapters(workId).stream().map(Chapter::id).toList();
        backdate(workId, chapterIds, archived.publishedAt(), Math.max(archived.publishedAt(), archived.updatedAt()));
        creators.credit(
                workId, archived.importedCreatorIds(), archived.archivist().userId());
        List<Long> seriesIds = new ArrayList<>();
        for (SeriesPart part : archived.series()) {
            long seriesId = seriesFor(part, archived.archivist().userId());
            series.place(seriesId, workId, part.position(), clock.millis());
            datePartsOf(seriesId);
            seriesIds.add(seriesId);
        }
        return new Archived(workId, chapterIds, seriesIds);
    }

    /**
     * Gives a work just posted from a file the dates it had where it was first posted: published then, its last
     * chapter updated at {@code updatedAt}, and each series it joined begun no later than it. Runs in the caller's
     * transaction (the work's index entry, queued there, is made after it commits, with these dates).
     *
     * @param publishedAt when the work was first posted (epoch ms), not in the future
     * @param updatedAt when it last changed there; an earlier one counts as {@code publishedAt}
     */
    @Transactional
    public void keepOriginalDates(long workId, long publishedAt, long updatedAt) {
        List<Long> chapterIds = store.chapters(workId).stream().map(Chapter::id).toList();
        backdate(workId, chapterIds, publishedAt, Math.max(publishedAt, updatedAt));
        jdbc.sql("UPDATE series SET created_at = ? WHERE created_at > ? AND id IN (SELECT series_id FROM series_works"
                        + " WHERE work_id = ?)")
                .params(publishedAt, publishedAt, workId)
                .update();
    }

    private void backdate(long workId, List<Long> chapterIds, long published, long updated) {
        jdbc.sql("UPDATE works SET published_at = ?, updated_at = ?, created_at = ? WHERE id = ?")
                .params(published, updated, published, workId)
                .update();
        jdbc.sql("UPDATE chapters SET published_at = ?, created_at = ?, updated_at = ? WHERE work_id = ?")
                .params(published, published, published, workId)
                .update();
        if (chapterIds.size() > 1) {
            jdbc.sql("UPDATE chapters SET published_at = ?, created_at = ?, updated_at = ? WHERE id = ?")
                    .params(updated, updated, updated, chapterIds.getLast())
                    .update();
        }
    }

    private long seriesFor(SeriesPart part, long archivistUserId) {
        if (part.seriesId() != null && series.find(part.seriesId()).isPresent()) return part.seriesId();
        long now = clock.millis();
        long id = series.create(part.title().strip(), archivistUserId, now);
        jdbc.sql("UPDATE series SET summary = ? WHERE id = ?")
                .params(part.summary(), id)
                .update();
        return id;
    }

    /** A series of old works is as old as they are: created with its first part, updated with its latest. */
    private void datePartsOf(long seriesId) {
        jdbc.sql("UPDATE series SET created_at = COALESCE((SELECT MIN(w.published_at) FROM series_works sw"
                        + " JOIN works w ON w.id = sw.work_id WHERE sw.series_id = ?), created_at),"
                        + " updated_at = COALESCE((SELECT MAX(w.updated_at) FROM series_works sw JOIN works w"
                        + " ON w.id = sw.work_id WHERE sw.series_id = ?), updated_at) WHERE id = ?")
                .params(seriesId, seriesId, seriesId)
                .update();
    }
}
