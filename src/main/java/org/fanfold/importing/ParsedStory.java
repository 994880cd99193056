package org.fanfold.importing;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A story read from a file, ready to be posted as a work. Names are AO3's: the rating is one of "Not Rated",
 * "General Audiences", "Teen And Up Audiences", "Mature", "Explicit"; warnings and categories are AO3's archive
 * warnings and categories. HTML fields are sanitized with {@link org.fanfold.shared.UserHtml} and are "" when the
 * file had nothing for them. Lists are unmodifiable and never null.
 *
 * @param title the work's title, at most 255 characters
 * @param creditedAuthor the author the file credits (its {@code Author:} header, an AO3 download's byline as
 *     "name, other name", an EPUB's creators), or null
 * @param rating the AO3 rating name; "Not Rated" when the file gives none
 * @param warnings at least one AO3 archive warning; "Creator Chose Not To Use Archive Warnings" by default
 * @param categories AO3 categories (Gen, F/M, M/M, F/F, Multi, Other); possibly empty
 * @param fandoms fandom names; empty when neither the file nor the caller named one (the caller reports that)
 * @param relationships relationship tags, as written ("Ines/Tomas", "NaruSaku")
 * @param characters character tags
 * @param freeforms additional tags, including genres and warnings AO3 does not know
 * @param language a language code known to {@link org.fanfold.shared.Languages}; "en" by default
 * @param summary the summary as HTML, at most 1,250 characters of text
 * @param notes the beginning notes as HTML: the author's note, the dedication and anything the parser read but
 *     could not place elsewhere ("Disclaimer: …", a language the archive does not know), so nothing is lost
 * @param endNotes the end notes as HTML
 * @param giftRecipients names from a "Dedication: To X, who …" header
 * @param complete whether the work is complete: from a {@code Status:} header or an AO3 chapter count, true for a
 *     one-shot, else null
 * @param chapters at least one chapter, in order
 * @param expectedChapters how many chapters the work will have, when the file says (AO3's "3/5"), else null
 * @param series the series the file says the work is part of, in the file's order
 * @param origin where and when the story was first posted, when the file says, else null
 */
public record ParsedStory(
        String title,
        @Nullable String creditedAuthor,
        String rating,
        List<String> warnings,
        List<String> categories,
        List<String> fandoms,
        List<String> relationships,
        List<String> characters,
        List<String> freeforms,
        String language,
        String summary,
        String notes,
        String endNotes,
        List<String> giftRecipients,
        @Nullable Boolean complete,
        List<ParsedChapter> chapters,
        @Nullable Integer expectedChapters,
        List<SeriesPart> series,
        @Nullable Origin origin) {

    /**
     * A series the story belongs to.
     *
     * @param title the series' title
     * @param part the story's part number in it, or null when the file does not say
     */
    public record SeriesPart(String title, @Nullable Integer part) {}

    /**
     * Where the story was posted before.
     *
     * @param url the story's address there (http or https), or "" when unknown
     * @param archive the archive's name as the file puts it after "on" ("the Archive of Our Own", "Fanfold"), or
     *     "" when unknown
     * @param published when it was first posted there, or null
     * @param updated when it was last updated there, or null
     * @param unreadableDates the dates the file gave that could not be read, as written ("Published: 3rd May")
     */
    public record Origin(
            String url,
            String archive,
            @Nullable LocalDate published,
            @Nullable LocalDate updated,
            List<String> unreadableDates) {

        public Origin {
            unreadableDates = List.copyOf(unreadableDates);
        }

        /** An origin whose dates, if any, were all read. */
        public Origin(String url, String archive, @Nullable LocalDate published, @Nullable LocalDate updated) {
            this(url, archive, published, updated, List.of());
        }

        /** Whether there is anything to keep or to tell. */
        public boolean known() {
            return !url.isEmpty() || published != null || updated != null || !unreadableDates.isEmpty();
        }
    }

    public ParsedStory {
        warnings = List.copyOf(warnings);
        categories = List.copyOf(categories);
        fandoms = List.copyOf(fandoms);
        relationships = List.copyOf(relationships);
        characters = List.copyOf(characters);
        freeforms = List.copyOf(freeforms);
        giftRecipients = List.copyOf(giftRecipients);
        chapters = List.copyOf(chapters);
        series = List.copyOf(series);
        if (origin != null && !origin.known()) origin = null;
    }

    /** A story with no expected chapter count, series or origin, as plain-text files give. */
    public ParsedStory(
            String title,
            @Nullable String creditedAuthor,
            String rating,
            List<String> warnings,
            List<String> categories,
            List<String> fandoms,
            List<String> relationships,
            List<String> characters,
            List<String> freeforms,
            String language,
            String summary,
            String notes,
            String endNotes,
            List<String> giftRecipients,
            @Nullable Boolean complete,
            List<ParsedChapter> chapters) {
        this(
                title,
                creditedAuthor,
                rating,
                warnings,
                categories,
                fandoms,
                relationships,
                characters,
                freeforms,
                language,
                summary,
                notes,
                endNotes,
                giftRecipients,
                complete,
                chapters,
                null,
                List.of(),
                null);
    }
}
