package org.fanfold.downloads.book;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a download shows, in the order AO3's downloads show it: a preface (title, where it was posted, tags,
 * language, series, stats, byline, summary, notes), the chapters, and an afterword (end notes, an invitation to
 * comment). Text fields written by users are XHTML fragments, ready to write into any of the formats; the rest is
 * plain text for templates to escape. Built by {@link BookBuilder}; immutable.
 *
 * @param identifier a stable {@code urn:uuid:} for the work (the same across edits, so readers replace old copies)
 * @param creators the creators as shown in the byline, linked to their pages
 * @param creatorNames the names for metadata ({@code dc:creator})
 * @param published the first posting date (YYYY-MM-DD), empty for a draft
 * @param updatedLabel "Updated" or "Completed" when the work changed after it was posted, else null
 * @param chaptered whether chapters get AO3's chapter headings (several chapters, or more expected)
 * @param subjects metadata subjects: "Fanworks" and every tag
 * @param modified when the work last changed
 */
public record Book(
        long workId,
        String identifier,
        String title,
        List<Link> creators,
        List<String> creatorNames,
        @Nullable String importedAuthor,
        String workUrl,
        String commentsUrl,
        String siteName,
        String siteUrl,
        String language,
        String languageName,
        boolean rightToLeft,
        List<TagGroup> tagGroups,
        List<String> fandoms,
        List<SeriesEntry> series,
        String published,
        @Nullable String updatedLabel,
        String updated,
        String words,
        String chapterCount,
        String summary,
        String summaryText,
        String notes,
        String endNotes,
        boolean chaptered,
        List<BookChapter> chapters,
        List<String> subjects,
        Instant modified) {

    private static final DateTimeFormatter W3C =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    /** A link with its text; {@code url} absolute. */
    public record Link(String text, String url) {}

    /** Tags of one type with AO3's heading ("Fandom:", "Characters:", "Additional Tags:"). */
    public record TagGroup(String label, List<Link> tags) {}

    /** "Part {@code position} of {@code title}". */
    public record SeriesEntry(String title, String url, int position) {}

    /** "Title - Creator - Fandom", AO3's page title for downloads ("Multifandom" beyond three fandoms). */
    public String pageTitle() {
        String fandom = fandoms.isEmpty()
                ? "No fandom specified"
                : fandoms.size() > 3 ? "Multifandom" : String.join(", ", fandoms);
        return title + " - " + String.join(", ", creatorNames) + " - " + fandom;
    }

    /** The byline's names as plain text ("a, b"). */
    public String byline() {
        return String.join(", ", creatorNames);
    }

    /** {@code dcterms:modified}: the last change, as the W3C date-time EPUB requires. */
    public String modifiedW3c() {
        return W3C.format(modified);
    }

    /** The direction for {@code dir} attributes. */
    public String dir() {
        return rightToLeft ? "rtl" : "ltr";
    }

    public boolean hasNotes() {
        return !notes.isEmpty() || !endNotes.isEmpty();
    }
}
