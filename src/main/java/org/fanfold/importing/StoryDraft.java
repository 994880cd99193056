package org.fanfold.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fanfold.importing.TagCollector.Type;
import org.fanfold.shared.Formats;
import org.fanfold.shared.Languages;
import org.fanfold.shared.TextFormat;
import org.fanfold.shared.WordCounter;
import org.jspecify.annotations.Nullable;

/**
 * A story being read from an HTML download or an e-book, field by field, checked against AO3's limits as it is
 * built so that an error names the place at fault: title 255 characters, summary 1,250, notes and end notes 5,000
 * each, a chapter 510,000 (all measured on the sanitized HTML, as the archive measures them when posting), tags as
 * {@link TagCollector} checks them. Not thread-safe; one per file.
 */
final class StoryDraft {

    static final int MAX_TITLE = Titles.MAX_LENGTH;
    static final int MAX_SUMMARY = PlainTextParser.MAX_SUMMARY;
    static final int MAX_NOTES = PlainTextParser.MAX_NOTES;
    static final int MAX_CHAPTER = PlainTextParser.MAX_CHAPTER;

    String title = "";
    String titlePlace = "";

    @Nullable
    String author;

    String rating = Ratings.NOT_RATED;
    final List<String> warnings = new ArrayList<>();
    final List<String> categories = new ArrayList<>();
    final TagCollector tags = new TagCollector();
    String language = "en";
    String summary = "";
    String summaryPlace = "";
    /** HTML blocks for the notes, in order: the author's notes first, then what nothing else took. */
    final List<String> notes = new ArrayList<>();

    String notesPlace = "";
    String endNotes = "";
    String endNotesPlace = "";

    @Nullable
    Boolean complete;

    @Nullable
    Integer expectedChapters;

    final List<ParsedStory.SeriesPart> series = new ArrayList<>();
    String url = "";
    String archive = "";

    @Nullable
    LocalDate published;

    @Nullable
    LocalDate updated;

    /** Dates the file gave that could not be read, as written ("Published: 3rd May"). */
    final List<String> unreadableDates = new ArrayList<>();

    private final List<ParsedChapter> chapters = new ArrayList<>();

    /** Sets the language from a code or a name ("en", "en-GB", "English"); one the archive lacks goes to the notes. */
    void language(String value, String place) {
        String v = value.strip();
        if (v.isEmpty()) return;
        String code = Languages.lookup(v);
        if (code == null && v.matches("[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)+")) {
            String tag = v.replace('_', '-');
            code = Languages.lookup(tag.substring(0, tag.indexOf('-')));
        }
        if (code != null) language = code;
        else note("Language: " + v);
    }

    /** Adds a line of plain text to the notes, after the author's own. */
    void note(String text) {
        notes.add(TextFormat.PLAIN.toHtml(text));
    }

    /** Adds a chapter, checking its fields against AO3's limits; {@code place} names it in errors. */
    void chapter(ParsedChapter c, String place) {
        if (!hasContent(c.bodyHtml())) throw new ImportException("a chapter has no text", place);
        check("the chapter's title", c.title(), MAX_TITLE, place);
        check("the chapter summary", c.summary(), MAX_SUMMARY, place);
        check("the chapter notes", c.notes(), MAX_NOTES, place);
        check("the chapter end notes", c.endNotes(), MAX_NOTES, place);
        check("the chapter", c.bodyHtml(), MAX_CHAPTER, place);
        chapters.add(c);
    }

    int chapterCount() {
        return chapters.size();
    }

    /**
     * The story, or an {@link ImportException} naming what is missing or too long.
     *
     * @param fileName the file's name, the title of last resort
     * @param defaultFandom the fandom for a story that names none, or null
     */
    ParsedStory build(String fileName, @Nullable String defaultFandom) {
        if (title.isBlank()) title = Titles.fromFileName(fileName);
        title = title.strip().replaceAll("\\s+", " ");
        if (title.isEmpty()) throw new ImportException("no title: the file names none", "");
        check("the title", title, MAX_TITLE, titlePlace);
        check("the summary", summary, MAX_SUMMARY, summaryPlace);
        String allNotes = String.join("\n", notes);
        check("the notes", allNotes, MAX_NOTES, notesPlace);
        check("the end notes", endNotes, MAX_NOTES, endNotesPlace);
        if (chapters.isEmpty()) throw new ImportException("no story text", "");
        if (tags.get(Type.FANDOM).isEmpty() && defaultFandom != null && !defaultFandom.isBlank()) {
            tags.add(Type.FANDOM, defaultFandom, "");
        }
        Integer expected = expectedChapters;
        if (expected != null && expected < chapters.size()) expected = null;
        return new ParsedStory(
                title,
                author,
                rating,
                warnings.isEmpty() ? List.of(Warnings.CHOSE_NOT_TO_WARN) : warnings,
                categories,
                tags.get(Type.FANDOM),
                tags.get(Type.RELATIONSHIP),
                tags.get(Type.CHARACTER),
                tags.get(Type.FREEFORM),
                language,
                summary,
                allNotes,
                endNotes,
                List.of(),
                complete,
                chapters,
                expected,
                series,
                new ParsedStory.Origin(url, archive, published, updated, unreadableDates));
    }

    /** Whether sanitized HTML shows a reader anything: text, or an image. */
    static boolean hasContent(String html) {
        return !WordCounter.plainText(html).replace('\u00a0', ' ').isBlank() || html.contains("<img");
    }

    private static void check(String what, String html, int max, String place) {
        if (html.length() > max) {
            throw new ImportException(what + " is longer than " + Formats.number(max) + " characters", place);
        }
    }
}
