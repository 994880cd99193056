package org.fanfold.importing.efiction;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.fanfold.importing.efiction.EfictionArchive.Author;
import org.fanfold.importing.efiction.EfictionArchive.Chapter;
import org.fanfold.importing.efiction.EfictionArchive.SeriesEntry;
import org.fanfold.importing.efiction.EfictionArchive.Story;
import org.fanfold.shared.Languages;
import org.fanfold.works.ChapterInput;
import org.fanfold.works.SeriesChoice;
import org.fanfold.works.WorkInput;
import org.jspecify.annotations.Nullable;

/**
 * Works out what one eFiction story becomes ({@link StoryPlan}), reading its chapter texts from the dump or the
 * story files; a story that cannot be a whole work is {@link StorySkipped} with the reason. Writes nothing.
 */
final class StoryMapper {

    private final EfictionArchive archive;
    private final StoryFiles files;
    private final boolean haveFiles;
    private final EfictionTags tags;
    private final @Nullable String defaultFandom;
    private final String language;
    private final long now;

    /**
     * @param defaultFandom the fandom of stories in no category, or null (they are skipped)
     * @param now the date of stories without one
     */
    StoryMapper(EfictionArchive archive, StoryFiles files, @Nullable String defaultFandom, long now) {
        this.archive = archive;
        this.files = files;
        this.haveFiles = files.count() > 0;
        this.tags = new EfictionTags(archive);
        this.defaultFandom = defaultFandom == null || defaultFandom.isBlank() ? null : defaultFandom.strip();
        String lang = archive.language().strip();
        this.language = Languages.known(lang) ? lang : "en";
        this.now = now;
    }

    StoryPlan plan(Story story) {
        List<String> notes = new ArrayList<>();
        Author author = archive.authors().get(story.uid());
        if (author == null) throw new StorySkipped("its author (uid " + story.uid() + ") is not in the authors table");
        List<Author> authors = new ArrayList<>(List.of(author));
        for (long uid : archive.coauthors().getOrDefault(story.sid(), List.of())) {
            Author co = archive.authors().get(uid);
            if (co == null) notes.add("co-author uid " + uid + " is not in the authors table: left out");
            else if (authors.stream().noneMatch(a -> a.uid() == uid)) authors.add(co);
        }

        EfictionTags.Mapped mapped = tags.of(story);
        List<String> fandoms = mapped.fandoms();
        if (fandoms.isEmpty()) {
            if (defaultFandom == null) {
                throw new StorySkipped("it is in no category to make a fandom of; give a fandom for such stories");
            }
            fandoms = List.of(AO3Names.tag(defaultFandom));
        }

        List<Chapter> sourceChapters = new ArrayList<>();
        for (Chapter c : archive.chaptersOf(story.sid())) {
            if (c.validated()) sourceChapters.add(c);
            else notes.add("chapter " + c.chapid() + " was never approved on the old archive: left out");
        }
        if (sourceChapters.isEmpty()) throw new StorySkipped("it has no chapters");
        List<ChapterInput> chapters = new ArrayList<>();
        for (Chapter c : sourceChapters) chapters.add(chapter(story, c, notes));

        String summary = EfictionText.html(story.summary());
        String workNotes = EfictionText.html(story.notes());
        String workEndNotes = "";
        if (chapters.size() == 1) { // a one-shot's notes are the work's (its chapter has no preface of its own)
            ChapterInput only = chapters.getFirst();
            workNotes = joined(workNotes, only.notes());
            workEndNotes = only.endNotes();
            chapters.set(0, ChapterInput.of(only.title(), only.summary(), "", "", only.body()));
        }
        if (!Fitting.fits(summary, Fitting.SUMMARY_MAX)) {
            workNotes = Fitting.summaryInNotes(summary, workNotes);
            summary = Fitting.shortSummary(summary);
            notes.add("its summary is longer than AO3's 1,250 characters: cut short, and kept whole in the notes");
        }
        if (!Fitting.fits(workNotes, Fitting.NOTES_MAX)) {
            ChapterInput first = chapters.getFirst();
            chapters.set(0, withBody(first, Fitting.before(workNotes, first.body())));
            workNotes = "";
            notes.add("its notes are longer than AO3's 5,000 characters: put before the first chapter's text");
        }
        if (!Fitting.fits(workEndNotes, Fitting.NOTES_MAX)) {
            ChapterInput last = chapters.getLast();
            chapters.set(chapters.size() - 1, withBody(last, Fitting.after(last.body(), workEndNotes)));
            workEndNotes = "";
            notes.add("its end notes are longer than AO3's 5,000 characters: put after the last chapter's text");
        }

        String title = Fitting.title(EfictionText.plain(story.title()));
        WorkInput work = new WorkInput(
                title.isEmpty() ? "Untitled" : title,
                fandoms,
                mapped.rating(),
                mapped.warnings(),
                mapped.categories(),
                List.of(),
                mapped.characters(),
                mapped.freeforms(),
                language,
                summary,
                workNotes,
                workEndNotes,
                story.completed() ? chapters.size() : null,
                false,
                null,
                SeriesChoice.NONE,
                List.of());

        long published =
                story.published() != null ? story.published() : story.updated() != null ? story.updated() : now;
        long updated = story.updated() == null ? published : Math.max(published, story.updated());
        var tagNames = new LinkedHashSet<>(EfictionTags.allNames(mapped));
        tagNames.addAll(fandoms);
        return new StoryPlan(
                story,
                work,
                chapters,
                published,
                updated,
                authors,
                series(story, notes),
                reviews(story, sourceChapters, published),
                tagNames,
                notes);
    }

    private ChapterInput chapter(Story story, Chapter c, List<String> notes) {
        String body = EfictionText.html(text(story, c, notes));
        if (body.isEmpty()) {
            throw new StorySkipped("chapter " + c.chapid() + " has no text");
        }
        String chapterNotes = EfictionText.html(c.notes());
        String endNotes = EfictionText.html(c.endnotes());
        if (!Fitting.fits(chapterNotes, Fitting.NOTES_MAX)) {
            body = Fitting.before(chapterNotes, body);
            chapterNotes = "";
        }
        if (!Fitting.fits(endNotes, Fitting.NOTES_MAX)) {
            body = Fitting.after(body, endNotes);
            endNotes = "";
        }
        if (body.length() > Fitting.CHAPTER_MAX) {
            throw new StorySkipped("chapter " + c.chapid() + " is " + body.length()
                    + " characters long; AO3 allows 510,000 a chapter");
        }
        String title = Fitting.title(EfictionText.plain(c.title()));
        return ChapterInput.of(title, "", chapterNotes, endNotes, body);
    }

    /** The chapter's text: from the dump when the archive kept it there, else from its story file. */
    private String text(Story story, Chapter c, List<String> notes) {
        if (c.storytext() != null && !c.storytext().isBlank()) return c.storytext();
        long uid = c.uid() != 0 ? c.uid() : story.uid();
        StoryFiles.ChapterFile file;
        try {
            file = files.find(uid, c.chapid());
        } catch (IOException e) {
            throw new StorySkipped("chapter " + c.chapid() + ": its file cannot be read: " + e.getMessage());
        }
        if (file == null) {
            throw new StorySkipped("chapter " + c.chapid() + " has no text: it is not in the dump, and "
                    + (haveFiles
                            ? "there is no file " + uid + "/" + c.chapid() + ".txt among the story files"
                            : "no story files were given"));
        }
        if (file.windows1252()) notes.add(file.path() + " is not UTF-8: read as Windows-1252");
        return file.text();
    }

    private List<SeriesEntry> series(Story story, List<String> notes) {
        List<SeriesEntry> out = new ArrayList<>();
        for (SeriesEntry e : archive.seriesEntries().getOrDefault(story.sid(), List.of())) {
            if (archive.series().containsKey(e.seriesid())) out.add(e);
            else notes.add("series " + e.seriesid() + " is not in the series table: left out");
        }
        return out;
    }

    private List<StoryPlan.Review> reviews(Story story, List<Chapter> chapters, long published) {
        List<StoryPlan.Review> out = new ArrayList<>();
        for (EfictionArchive.Review r : archive.reviewsOf(story.sid())) {
            String html = EfictionText.html(r.review());
            if (html.isEmpty()) continue; // a rating without words: nothing to show
            int index = 0;
            for (int i = 0; i < chapters.size(); i++) if (chapters.get(i).chapid() == r.chapid()) index = i;
            out.add(new StoryPlan.Review(
                    r.reviewid(), index, reviewer(r), html, r.date() == null ? published : r.date()));
        }
        return out;
    }

    private String reviewer(EfictionArchive.Review r) {
        String name = EfictionText.plain(r.reviewer());
        if (!name.isEmpty() && !name.equals("0")) return name;
        Author a = archive.authors().get(r.uid());
        return a != null && !a.penname().isBlank() ? EfictionText.plain(a.penname()) : "Anonymous";
    }

    private static String joined(String first, String second) {
        if (first.isEmpty()) return second;
        return second.isEmpty() ? first : first + "\n" + second;
    }

    private static ChapterInput withBody(ChapterInput c, String body) {
        return ChapterInput.of(c.title(), c.summary(), c.notes(), c.endNotes(), body);
    }
}
