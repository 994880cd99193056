package org.fanfold.importing;

import java.util.ArrayList;
import java.util.List;
import org.fanfold.importing.SourceText.Line;
import org.fanfold.importing.TagCollector.Type;
import org.fanfold.shared.TextFormat;
import org.jspecify.annotations.Nullable;

/**
 * Reads a plain-text story file — as authors keep them and paste them between archives, FanFiction.net exports
 * foremost — into a {@link ParsedStory}.
 *
 * <p>The file is UTF-8 (a BOM may lead; CRLF and CR line ends are fine). An optional header of {@code Key: value}
 * lines (Title, Author, Rating, Category, Fandom, Relationship/Pairing, Characters, Tags/Genre, Warnings, Language,
 * Summary, Dedication, A/N, Status; keys case-insensitive) runs to the first blank line; the body follows, its
 * paragraphs separated by blank lines, its chapters by {@code Chapter N: Title} lines. See
 * the sample files under {@code src/test/resources/samples} for the format as authors write it.
 *
 * <p>Stateless and thread-safe. Every problem that keeps a file from becoming a work is an
 * {@link ImportException} naming the line at fault, except a missing fandom, which the caller reports (the story's
 * fandoms are then empty).
 */
public final class PlainTextParser {

    /** AO3's limits, in characters. */
    static final int MAX_SUMMARY = 1_250;

    static final int MAX_NOTES = 5_000;
    static final int MAX_CHAPTER = 510_000;

    private PlainTextParser() {}

    /**
     * Parses a story file.
     *
     * @param fileName the file's name, the title of last resort ("my_story.txt" gives "my story")
     * @param content the file's bytes, UTF-8
     * @return the story; never null
     * @throws ImportException when the file is empty, not UTF-8, names an unknown rating, has no title, or breaks
     *     one of AO3's limits (title 255, summary 1,250, notes 5,000, chapter 510,000 characters, tag 150
     *     characters, 75 tags)
     */
    public static ParsedStory parse(String fileName, byte[] content) {
        return parse(fileName, content, null);
    }

    /**
     * Parses a story file, using {@code defaultFandom} when its header names no fandom.
     *
     * @param defaultFandom the fandom for a file that names none; null or blank for none
     * @see #parse(String, byte[])
     */
    public static ParsedStory parse(String fileName, byte[] content, @Nullable String defaultFandom) {
        List<Line> lines = SourceText.lines(content);
        StoryHeader header = StoryHeader.read(lines);
        var tags = new TagCollector();
        HeaderFields fields = HeaderFields.read(header, tags);

        List<Line> body = new ArrayList<>(lines.subList(header.bodyStart(), lines.size()));
        String title;
        int titleLine;
        int titleIndex = fields.title == null ? Titles.titleLine(body, 0) : -1;
        if (fields.title != null) {
            title = fields.title.flat();
            titleLine = fields.title.line();
        } else if (titleIndex >= 0) {
            title = body.get(titleIndex).stripped();
            titleLine = body.get(titleIndex).number();
            body.subList(0, titleIndex + 1).clear();
        } else {
            title = Titles.fromFileName(fileName);
            titleLine = 0;
        }
        if (title.isEmpty()) throw new ImportException("no title: the file names none", 0);
        if (title.length() > Titles.MAX_LENGTH) {
            throw new ImportException("the title is longer than " + Titles.MAX_LENGTH + " characters", titleLine);
        }
        dropRepeatedTitle(body, title);
        if (body.stream().allMatch(Line::blank)) throw new ImportException("no story text", 0);

        SummaryTags summary = SummaryTags.of(fields.summary);
        tags.addAll(Type.RELATIONSHIP, summary.relationships(), fields.summaryLine);
        tags.addAll(Type.FREEFORM, summary.freeforms(), fields.summaryLine);
        if (summary.summary().length() > MAX_SUMMARY) {
            throw new ImportException("the summary is longer than " + MAX_SUMMARY + " characters", fields.summaryLine);
        }
        String notes = String.join("\n\n", fields.notes);
        if (notes.length() > MAX_NOTES) {
            throw new ImportException("the notes are longer than " + MAX_NOTES + " characters", fields.notesLine);
        }
        if (tags.get(Type.FANDOM).isEmpty() && defaultFandom != null) tags.add(Type.FANDOM, defaultFandom, 0);

        StoryBody story = StoryBody.read(body);
        if (story.endNotes().length() > MAX_NOTES) {
            throw new ImportException("the end notes are longer than " + MAX_NOTES + " characters", 0);
        }
        Boolean complete = fields.complete;
        if (complete == null && tags.get(Type.FREEFORM).stream().anyMatch(SummaryTags::oneShot)) {
            complete = true;
        }
        return new ParsedStory(
                title,
                fields.author,
                fields.rating,
                fields.warnings.isEmpty() ? List.of(Warnings.CHOSE_NOT_TO_WARN) : fields.warnings,
                fields.categories,
                tags.get(Type.FANDOM),
                tags.get(Type.RELATIONSHIP),
                tags.get(Type.CHARACTER),
                tags.get(Type.FREEFORM),
                fields.language,
                TextFormat.PLAIN.toHtml(summary.summary()),
                TextFormat.PLAIN.toHtml(notes),
                TextFormat.PLAIN.toHtml(story.endNotes()),
                fields.giftRecipients,
                complete,
                chapters(story));
    }

    /** Drops the body's first line when it only repeats the title, as FanFiction.net exports do. */
    private static void dropRepeatedTitle(List<Line> body, String title) {
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i).blank()) continue;
            if (Titles.repeats(body.get(i).text(), title)) body.remove(i);
            return;
        }
    }

    private static List<ParsedChapter> chapters(StoryBody story) {
        var chapters = new ArrayList<ParsedChapter>();
        for (StoryBody.Chapter c : story.chapters()) {
            if (c.empty()) throw new ImportException("a chapter has no text", c.line());
            String html = c.html();
            if (html.length() > MAX_CHAPTER) {
                throw new ImportException("a chapter is longer than " + MAX_CHAPTER + " characters", c.line());
            }
            chapters.add(new ParsedChapter(c.title(), html));
        }
        return chapters;
    }
}
