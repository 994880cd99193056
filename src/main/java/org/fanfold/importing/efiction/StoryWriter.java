package org.fanfold.importing.efiction;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fanfold.accounts.Pseud;
import org.fanfold.community.ImportedComments;
import org.fanfold.importing.ParsedStory;
import org.fanfold.importing.WorkOrigins;
import org.fanfold.importing.efiction.EfictionArchive.Author;
import org.fanfold.importing.efiction.EfictionArchive.Series;
import org.fanfold.importing.efiction.EfictionArchive.SeriesEntry;
import org.fanfold.works.ArchivedWorks;
import org.fanfold.works.ImportedCreators;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes one planned story, inside the caller's transaction: its imported creators (found again when an earlier
 * import recorded them), the work with its chapters, tags and series places, the reviews as comments, what the
 * story and its series became, and where it came from (its address on the old archive and its dates there, shown
 * under the work).
 */
@Component
class StoryWriter {

    /**
     * What was written.
     *
     * @param newAuthors the uids of the authors recorded for the first time
     * @param newSeries the eFiction ids of the series made for the first time
     */
    record Written(long workId, List<Long> newAuthors, List<Long> newSeries) {}

    /**
     * The archive the stories come from, as the work's origin names it.
     *
     * @param dumpName the dump's file name
     * @param archiveName the archive's name ("" when unknown)
     * @param siteUrl its address, http or https ("" when unknown): a story's is {@code SITE/viewstory.php?sid=N}
     */
    record Source(String dumpName, String archiveName, String siteUrl) {

        static Source of(String dumpName, EfictionArchive archive, @Nullable String givenName) {
            String url = archive.siteUrl().strip();
            if (!url.matches("(?i)^https?://[^\\s/]+\\S*$") || url.contains("yoursite.com")) url = "";
            String name = EfictionText.plain(archive.siteName());
            if (name.isEmpty() && givenName != null) name = givenName.strip();
            return new Source(dumpName, name, url);
        }

        String storyUrl(long sid) {
            if (siteUrl.isEmpty()) return "";
            return siteUrl + (siteUrl.endsWith("/") ? "" : "/") + "viewstory.php?sid=" + sid;
        }
    }

    private final ArchivedWorks works;
    private final ImportedCreators creators;
    private final ImportedComments comments;
    private final ImportSources sources;
    private final WorkOrigins origins;
    private final Clock clock;

    StoryWriter(
            ArchivedWorks works,
            ImportedCreators creators,
            ImportedComments comments,
            ImportSources sources,
            WorkOrigins origins,
            Clock clock) {
        this.works = works;
        this.creators = creators;
        this.comments = comments;
        this.sources = sources;
        this.origins = origins;
        this.clock = clock;
    }

    Written write(StoryPlan plan, EfictionArchive archive, Source source, String archiveKey, Pseud archivist) {
        List<Long> creatorIds = new ArrayList<>();
        List<Long> newAuthors = new ArrayList<>();
        for (Author a : plan.authors()) {
            String name = EfictionText.plain(a.penname());
            var found = creators.findOrCreate(new ImportedCreators.NewCreator(
                    name.isEmpty() ? "uid " + a.uid() : name,
                    a.email(),
                    archiveKey,
                    archive.displayName(),
                    String.valueOf(a.uid())));
            creatorIds.add(found.id());
            if (found.created()) newAuthors.add(a.uid());
        }

        List<ArchivedWorks.SeriesPart> parts = new ArrayList<>();
        List<Optional<Long>> known = new ArrayList<>();
        for (SeriesEntry entry : plan.series()) {
            Series s = archive.series().get(entry.seriesid());
            Optional<Long> made = sources.find(archiveKey, ImportSources.SERIES, entry.seriesid());
            known.add(made);
            String title = Fitting.title(EfictionText.plain(s.title()));
            parts.add(new ArchivedWorks.SeriesPart(
                    made.orElse(null),
                    title.isEmpty() ? "Untitled Series" : title,
                    EfictionText.html(s.summary()),
                    position(entry, archive, archiveKey)));
        }

        var archived = works.create(new ArchivedWorks.ArchivedWork(
                archivist, plan.work(), plan.chapters(), plan.publishedAt(), plan.updatedAt(), creatorIds, parts));
        long sid = plan.story().sid();
        sources.remember(archiveKey, ImportSources.STORY, sid, archived.workId());
        origins.recordArchived(
                archived.workId(), source.dumpName(), WorkOrigins.EFICTION, origin(plan, source), clock.millis());
        List<Long> newSeries = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            long seriesId = archived.seriesIds().get(i);
            if (known.get(i).isPresent() && known.get(i).get() == seriesId) continue;
            long efictionId = plan.series().get(i).seriesid();
            sources.remember(archiveKey, ImportSources.SERIES, efictionId, seriesId);
            newSeries.add(efictionId);
        }
        for (StoryPlan.Review r : plan.reviews()) {
            comments.addGuestComment(
                    archived.workId(), archived.chapterIds().get(r.chapterIndex()), r.name(), r.html(), r.date());
        }
        return new Written(archived.workId(), newAuthors, newSeries);
    }

    /** The story's address and dates on the old archive; no date when it had none (the work is then dated today). */
    private static ParsedStory.Origin origin(StoryPlan plan, Source source) {
        Long published = plan.story().published() != null
                ? plan.story().published()
                : plan.story().updated();
        Long updated = plan.story().updated();
        return new ParsedStory.Origin(
                source.storyUrl(plan.story().sid()),
                source.archiveName(),
                published == null ? null : day(published),
                updated == null || published == null || updated <= published ? null : day(updated));
    }

    private static LocalDate day(long millis) {
        return LocalDate.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC);
    }

    /**
     * The story's part number: after the parts that come before it in the old series and are here already. Parts
     * arrive in any order (by story id), so each takes its place among those that came before it.
     */
    private int position(SeriesEntry entry, EfictionArchive archive, String archiveKey) {
        int position = 1;
        for (SeriesEntry other : archive.seriesParts().getOrDefault(entry.seriesid(), List.of())) {
            if (other.sid() == entry.sid()) break;
            if (other.sid() > 0
                    && sources.find(archiveKey, ImportSources.STORY, other.sid())
                            .isPresent()) {
                position++;
            }
        }
        return position;
    }
}
