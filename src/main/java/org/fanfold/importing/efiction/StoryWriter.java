package org.fanfold.importing.efiction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fanfold.accounts.Pseud;
import org.fanfold.community.ImportedComments;
import org.fanfold.importing.efiction.EfictionArchive.Author;
import org.fanfold.importing.efiction.EfictionArchive.Series;
import org.fanfold.importing.efiction.EfictionArchive.SeriesEntry;
import org.fanfold.works.ArchivedWorks;
import org.fanfold.works.ImportedCreators;
import org.springframework.stereotype.Component;

/**
 * Writes one planned story, inside the caller's transaction: its imported creators (found again when an earlier
 * import recorded them), the work with its chapters, tags and series places, the reviews as comments, and what the
 * story and its series became.
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

    private final ArchivedWorks works;
    private final ImportedCreators creators;
    private final ImportedComments comments;
    private final ImportSources sources;

    StoryWriter(ArchivedWorks works, ImportedCreators creators, ImportedComments comments, ImportSources sources) {
        this.works = works;
        this.creators = creators;
        this.comments = comments;
        this.sources = sources;
    }

    Written write(StoryPlan plan, EfictionArchive archive, String archiveKey, Pseud archivist) {
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
