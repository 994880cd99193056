package org.fanfold.importing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.User;
import org.fanfold.shared.TextFormat;
import org.fanfold.works.ArchivedWorks;
import org.fanfold.works.ChapterInput;
import org.fanfold.works.SeriesChoice;
import org.fanfold.works.WorkInput;
import org.fanfold.works.WorkRejected;
import org.fanfold.works.WorkService;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports story files as posted works, one transaction per file: a file either becomes a whole work (with its
 * tags, chapters, series and where it came from) or leaves nothing behind, and one bad file never stops the
 * others. Reads plain-text stories, AO3's HTML and EPUB downloads and EPUB files in general, telling them apart
 * by their content ({@link StoryFormat}). Thread-safe.
 */
@Service
public class ImportService {

    /** The largest file imported, as the upload form allows: {@value} MB. */
    public static final int MAX_FILE_MB = 20;

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);
    private static final Pattern PSEUD_OF_LOGIN = Pattern.compile("^.+ \\((\\w+)\\)$");

    /**
     * How to import.
     *
     * @param poster the account the works are posted as; null means the account named by each file's author
     * @param defaultFandom the fandom for files that name none, or null
     * @param onBehalf whether {@code poster} imports for someone else (an archivist, as Open Doors does): the
     *     author named in the file is then credited by name
     */
    public record Options(@Nullable User poster, @Nullable String defaultFandom, boolean onBehalf) {}

    /**
     * What became of one file: a work's id and title, or why not.
     *
     * @param title the new work's title, or null when the file failed
     * @param notes what an imported file lost on the way ("the published date 2099-01-01 is in the future, so the
     *     work is dated today"); empty for a failed file
     */
    public record Result(
            String fileName,
            @Nullable Long workId,
            @Nullable String title,
            @Nullable String error,
            List<String> notes) {

        public Result {
            notes = List.copyOf(notes);
        }

        /** A file that failed. */
        public static Result failed(String fileName, String error) {
            return new Result(fileName, null, null, error, List.of());
        }

        public boolean ok() {
            return workId != null;
        }

        /**
         * The CLI's line: {@code FILE -> /works/ID}, then any notes in brackets ({@code (NOTE; NOTE)}), or {@code
         * FILE: error: REASON (line N)}.
         */
        public String line() {
            if (!ok()) return fileName + ": error: " + error;
            return fileName + " -> /works/" + workId + (notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")");
        }
    }

    private final WorkService works;
    private final Accounts accounts;
    private final ArchivedWorks archived;
    private final WorkOrigins origins;
    private final TransactionTemplate tx;
    private final Clock clock;

    ImportService(
            WorkService works,
            Accounts accounts,
            ArchivedWorks archived,
            WorkOrigins origins,
            TransactionTemplate tx,
            Clock clock) {
        this.works = works;
        this.accounts = accounts;
        this.archived = archived;
        this.origins = origins;
        this.tx = tx;
        this.clock = clock;
    }

    /** Imports one file; never throws for a bad file, it reports it in the result. */
    public Result importFile(String fileName, byte[] content, Options options) {
        if (content.length > MAX_FILE_MB * 1024L * 1024L) {
            return Result.failed(fileName, "the file is larger than " + MAX_FILE_MB + " MB; refused");
        }
        StoryFormat format;
        ParsedStory story;
        try {
            format = StoryFormat.detect(fileName, content);
            story = format.parse(fileName, content, options.defaultFandom());
        } catch (ImportException e) {
            return Result.failed(fileName, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // A parser bug or markup nothing foresaw: the file is reported, the import goes on.
            log.warn("Could not read {}", fileName, e);
            return Result.failed(
                    fileName, "the file could not be read (" + e.getClass().getSimpleName() + ")");
        }
        if (story.fandoms().isEmpty()) {
            return Result.failed(fileName, "no fandom: add a \"Fandom:\" line to the file or give a default fandom");
        }
        User poster = options.poster();
        if (poster == null) {
            poster = accountOf(story.creditedAuthor());
            if (poster == null) {
                return Result.failed(
                        fileName,
                        story.creditedAuthor() == null
                                ? "no account to post as: the file names no author; import it as someone (--as LOGIN)"
                                : "no account to post as: the file's author \"" + story.creditedAuthor()
                                        + "\" has no account here; import it as someone (--as LOGIN)");
            }
        }
        User by = poster;
        long now = clock.millis();
        OriginalDates dates = OriginalDates.of(story.origin(), now);
        try {
            Long id = tx.execute(status -> {
                long workId = works.create(
                        accounts.defaultPseud(by.id()),
                        toWork(story, by, options.onBehalf()),
                        chapters(story),
                        WorkService.Mode.POST);
                Long publishedAt = dates.publishedAt();
                if (publishedAt != null) {
                    Long updatedAt = dates.updatedAt();
                    archived.keepOriginalDates(workId, publishedAt, updatedAt == null ? publishedAt : updatedAt);
                }
                origins.record(workId, fileName, format, story.origin(), now);
                return workId;
            });
            return new Result(fileName, id, story.title(), null, dates.notes());
        } catch (WorkRejected e) {
            return Result.failed(fileName, String.join(" ", e.errors().values()));
        } catch (IllegalArgumentException e) {
            return Result.failed(fileName, e.getMessage());
        }
    }

    /** Imports every file, in order. */
    public List<Result> importAll(Map<String, byte[]> files, Options options) {
        List<Result> results = new ArrayList<>();
        files.forEach((name, bytes) -> results.add(importFile(name, bytes, options)));
        return results;
    }

    /**
     * The account an author's name belongs to: the whole name as a login, else the first of its creators
     * ("alice, bob") that is one, taking the login of AO3's "pseud (login)".
     */
    private @Nullable User accountOf(@Nullable String author) {
        if (author == null) return null;
        Set<String> logins = new LinkedHashSet<>();
        logins.add(author.strip());
        for (String name : author.split(",")) {
            Matcher m = PSEUD_OF_LOGIN.matcher(name.strip());
            logins.add(m.matches() ? m.group(1) : name.strip());
        }
        for (String login : logins) {
            if (login.isEmpty()) continue;
            User user = accounts.byLogin(login).orElse(null);
            if (user != null) return user;
        }
        return null;
    }

    private WorkInput toWork(ParsedStory story, User poster, boolean onBehalf) {
        String author = story.creditedAuthor();
        boolean creditOther = onBehalf && author != null && !author.equalsIgnoreCase(poster.login());
        Integer expected = story.expectedChapters() != null
                ? story.expectedChapters()
                : Boolean.FALSE.equals(story.complete())
                        ? null
                        : story.chapters().size();
        SeriesChoice series = SeriesChoice.NONE;
        String notes = story.notes();
        for (ParsedStory.SeriesPart part : story.series()) {
            if (series.none()) {
                series = works.seriesTitled(poster.id(), part.title())
                        .map(id -> new SeriesChoice(id, null, part.part()))
                        .orElseGet(() -> new SeriesChoice(null, part.title(), part.part()));
            } else {
                // A work joins one series on import; the others are named in the notes.
                String also = (part.part() == null ? "Also part of " : "Also part " + part.part() + " of ")
                        + part.title() + ".";
                notes = notes + TextFormat.PLAIN.toHtml(also);
            }
        }
        return new WorkInput(
                story.title(),
                story.fandoms(),
                story.rating(),
                story.warnings(),
                story.categories(),
                story.relationships(),
                story.characters(),
                story.freeforms(),
                story.language(),
                story.summary(),
                notes,
                story.endNotes(),
                expected,
                false,
                creditOther ? author : null,
                series,
                story.giftRecipients());
    }

    private static List<ChapterInput> chapters(ParsedStory story) {
        return story.chapters().stream()
                .map(c -> ChapterInput.of(c.title(), c.summary(), c.notes(), c.endNotes(), c.bodyHtml()))
                .toList();
    }
}
