package org.fanfold.importing.efiction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.Pseud;
import org.fanfold.importing.efiction.EfictionArchive.Story;
import org.fanfold.works.WorkRejected;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a whole eFiction archive from its MySQL dump, as AO3's Open Doors does. Each story becomes a posted work in
 * its own transaction, with its chapters, tags, series place and reviews, or leaves nothing behind and is reported
 * with the reason; the others go on. Stories an earlier import of the same archive brought are passed over, so an
 * import can be run again (after fixing what was skipped, say) without adding anything twice. Thread-safe; one
 * import of an archive at a time.
 */
@Service
public class EfictionImporter {

    private static final Logger log = LoggerFactory.getLogger(EfictionImporter.class);

    /** Told of each story as it is done, on the importing thread. */
    public interface Listener {

        Listener NONE = (done, total, line, ok) -> {};

        /**
         * @param done how many stories are done, this one included
         * @param line {@code story 1 "Title" -> /works/12}, or {@code story 3 "Title": REASON}
         * @param ok whether the story is now a work (imported now or before)
         */
        void story(int done, int total, String line, boolean ok);

        /** Whether to stop before the next story (the server is shutting down); what is done stays. */
        default boolean stopping() {
            return false;
        }
    }

    private final StoryWriter writer;
    private final ImportSources sources;
    private final Accounts accounts;
    private final TransactionTemplate tx;
    private final Clock clock;

    EfictionImporter(
            StoryWriter writer, ImportSources sources, Accounts accounts, TransactionTemplate tx, Clock clock) {
        this.writer = writer;
        this.sources = sources;
        this.accounts = accounts;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Imports the archive in {@code dump}.
     *
     * @param stories the story files: a folder or a zip; null looks beside the dump for the folder the archive's
     *     settings name ({@code stories} by default)
     * @return the report; a dump that cannot be used at all gives a report with {@link ImportReport#fatal()}
     */
    public ImportReport run(Path dump, @Nullable Path stories, EfictionOptions options, Listener listener) {
        String name = dump.getFileName().toString();
        DumpTables tables;
        EfictionArchive archive;
        try {
            tables = DumpParser.parse(dump, EfictionSchema::wanted, EfictionSchema::defaultColumns);
            archive = ArchiveReader.read(tables, options.prefix());
        } catch (IOException | ArchiveUnreadable e) {
            var report = new ImportReport(name, options.dryRun());
            report.fatal(e instanceof IOException ? "cannot read " + name + ": " + e.getMessage() : e.getMessage());
            return report;
        }
        var report = new ImportReport(archive.displayName(), options.dryRun());
        tables.problems().forEach(p -> report.problem(p.toString()));
        tables.notes().forEach(report::note);
        try (StoryFiles files = storyFiles(dump, stories, archive, report)) {
            var source = StoryWriter.Source.of(name, archive, options.archiveKey());
            importStories(archive, files, options, source, archiveKey(options, archive, name), report, listener);
        } catch (IOException e) {
            report.fatal("cannot read the story files: " + e.getMessage());
        }
        return report;
    }

    private void importStories(
            EfictionArchive archive,
            StoryFiles files,
            EfictionOptions options,
            StoryWriter.Source source,
            String key,
            ImportReport report,
            Listener listener) {
        ArchiveChecks.report(archive, report);
        Pseud archivist = accounts.defaultPseud(options.archivist().id());
        var mapper = new StoryMapper(archive, files, options.defaultFandom(), clock.millis());
        List<Story> stories = archive.stories();
        int done = 0;
        for (Story story : stories) {
            if (listener.stopping()) {
                report.note("The import stopped after " + done + " of " + stories.size() + " stories, as the server"
                        + " was shutting down: run it again to import the rest (what is here stays).");
                return;
            }
            done++;
            String label = StoryPlan.label(story);
            Optional<Long> before = sources.find(key, ImportSources.STORY, story.sid());
            if (before.isPresent()) {
                report.passedOver();
                listener.story(done, stories.size(), label + " -> /works/" + before.get() + " (imported before)", true);
                continue;
            }
            String failure = importStory(story, mapper, archive, source, key, archivist, options.dryRun(), report);
            if (failure == null) {
                listener.story(done, stories.size(), label + (options.dryRun() ? ": would be imported" : ""), true);
            } else {
                report.skip(label, failure);
                listener.story(done, stories.size(), label + ": " + failure, false);
            }
        }
    }

    /** Imports one story in one transaction; returns null, or why it could not be. */
    private @Nullable String importStory(
            Story story,
            StoryMapper mapper,
            EfictionArchive archive,
            StoryWriter.Source source,
            String key,
            Pseud archivist,
            boolean dryRun,
            ImportReport report) {
        if (!story.validated()) return "it was never approved on the old archive (not validated), so never public";
        StoryPlan plan;
        try {
            plan = mapper.plan(story);
        } catch (StorySkipped e) {
            return e.getMessage();
        }
        StoryWriter.Written written;
        try {
            written = tx.execute(status -> {
                var w = writer.write(plan, archive, source, key, archivist);
                if (dryRun) status.setRollbackOnly();
                return w;
            });
        } catch (WorkRejected e) {
            return String.join(" ", e.errors().values());
        } catch (RuntimeException e) {
            log.warn("eFiction import: {} could not be saved", plan.label(), e);
            return "it could not be saved: " + e.getMessage();
        }
        if (written == null) return "it could not be saved";
        report.story(plan.chapters().size(), plan.reviews().size());
        written.newAuthors().forEach(report::author);
        written.newSeries().forEach(report::series);
        report.tags(plan.tagNames());
        for (String note : plan.notes()) report.note(plan.label() + ": " + note);
        return null;
    }

    /**
     * The story files: those given, else the archive's story folder beside the dump ({@code stories}, or the folder
     * its settings name), else none (every chapter must then be in the dump).
     */
    private static StoryFiles storyFiles(Path dump, @Nullable Path given, EfictionArchive archive, ImportReport report)
            throws IOException {
        if (given != null) {
            if (Files.isDirectory(given)) return StoryFiles.folder(given);
            if (Files.isRegularFile(given)) return StoryFiles.zip(given);
            throw new IOException(given + " is neither a folder nor a zip file");
        }
        Path dir = dump.toAbsolutePath().getParent();
        for (String folder : List.of(archive.storiesPath().strip(), "stories")) {
            if (dir == null || folder.isEmpty() || folder.contains("..")) continue;
            Path candidate = dir.resolve(folder);
            if (Files.isDirectory(candidate)) {
                report.note("Story files were read from " + candidate + ".");
                return StoryFiles.folder(candidate);
            }
        }
        return StoryFiles.none();
    }

    /** What identifies the archive between imports: as given, else its address, else its name, else the file. */
    static String archiveKey(EfictionOptions options, EfictionArchive archive, String fileName) {
        if (options.archiveKey() != null && !options.archiveKey().isBlank())
            return options.archiveKey().strip();
        String url = archive.siteUrl().strip();
        if (!url.isEmpty() && !url.contains("yoursite.com")) return "efiction " + url;
        if (!archive.siteName().isBlank())
            return "efiction " + archive.siteName().strip();
        return "efiction " + archive.prefix() + " " + fileName;
    }
}
