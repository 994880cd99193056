package org.fanfold.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.User;
import org.fanfold.works.ChapterInput;
import org.fanfold.works.SeriesChoice;
import org.fanfold.works.WorkInput;
import org.fanfold.works.WorkRejected;
import org.fanfold.works.WorkService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Imports story files as posted works, one transaction per file: a file either becomes a whole work or leaves
 * nothing behind, and one bad file never stops the others. Thread-safe.
 */
@Service
public class ImportService {

    /**
     * How to import.
     *
     * @param poster the account the works are posted as; null means the account named by each file's Author
     * @param defaultFandom the fandom for files that name none, or null
     * @param onBehalf whether {@code poster} imports for someone else (an archivist, as Open Doors does): the
     *     author named in the file is then credited by name
     */
    public record Options(@Nullable User poster, @Nullable String defaultFandom, boolean onBehalf) {}

    /** What became of one file: a work's id, or why not. */
    public record Result(
            String fileName,
            @Nullable Long workId,
            @Nullable String error) {

        public boolean ok() {
            return workId != null;
        }

        /** The CLI's line: {@code FILE -> /works/ID} or {@code FILE: error: REASON (line N)}. */
        public String line() {
            return ok() ? fileName + " -> /works/" + workId : fileName + ": error: " + error;
        }
    }

    private final WorkService works;
    private final Accounts accounts;

    ImportService(WorkService works, Accounts accounts) {
        this.works = works;
        this.accounts = accounts;
    }

    /** Imports one file; never throws for a bad file, it reports it in the result. */
    public Result importFile(String fileName, byte[] content, Options options) {
        ParsedStory story;
        try {
            story = PlainTextParser.parse(fileName, content, options.defaultFandom());
        } catch (ImportException e) {
            return new Result(fileName, null, e.getMessage());
        }
        if (story.fandoms().isEmpty()) {
            return new Result(fileName, null, "no fandom: add a \"Fandom:\" line to the file or give a default fandom");
        }
        User poster = options.poster();
        if (poster == null) {
            poster = story.creditedAuthor() == null
                    ? null
                    : accounts.byLogin(story.creditedAuthor()).orElse(null);
            if (poster == null) {
                return new Result(
                        fileName,
                        null,
                        story.creditedAuthor() == null
                                ? "no account to post as: the file names no author; import it as someone (--as LOGIN)"
                                : "no account to post as: the file's author \"" + story.creditedAuthor()
                                        + "\" has no account here; import it as someone (--as LOGIN)");
            }
        }
        try {
            long id = works.create(
                    accounts.defaultPseud(poster.id()),
                    toWork(story, poster, options.onBehalf()),
                    chapters(story),
                    WorkService.Mode.POST);
            return new Result(fileName, id, null);
        } catch (WorkRejected e) {
            return new Result(fileName, null, String.join(" ", e.errors().values()));
        } catch (IllegalArgumentException e) {
            return new Result(fileName, null, e.getMessage());
        }
    }

    /** Imports every file, in order. */
    public List<Result> importAll(Map<String, byte[]> files, Options options) {
        List<Result> results = new ArrayList<>();
        files.forEach((name, bytes) -> results.add(importFile(name, bytes, options)));
        return results;
    }

    private static WorkInput toWork(ParsedStory story, User poster, boolean onBehalf) {
        String author = story.creditedAuthor();
        boolean creditOther = onBehalf && author != null && !author.equalsIgnoreCase(poster.login());
        Integer expected =
                Boolean.FALSE.equals(story.complete()) ? null : story.chapters().size();
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
                story.notes(),
                story.endNotes(),
                expected,
                false,
                creditOther ? author : null,
                SeriesChoice.NONE,
                story.giftRecipients());
    }

    private static List<ChapterInput> chapters(ParsedStory story) {
        return story.chapters().stream()
                .map(c -> ChapterInput.of(c.title(), "", "", "", c.bodyHtml()))
                .toList();
    }
}
