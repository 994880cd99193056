package org.fanfold.importing;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A story read from a file, ready to be posted as a work. Names are AO3's: the rating is one of "Not Rated",
 * "General Audiences", "Teen And Up Audiences", "Mature", "Explicit"; warnings and categories are AO3's archive
 * warnings and categories. HTML fields are sanitized with {@link org.fanfold.shared.UserHtml} and are "" when the
 * file had nothing for them. Lists are unmodifiable and never null.
 *
 * @param title the work's title, at most 255 characters
 * @param creditedAuthor the author the file credits (its {@code Author:} header), or null
 * @param rating the AO3 rating name; "Not Rated" when the file gives none
 * @param warnings at least one AO3 archive warning; "Creator Chose Not To Use Archive Warnings" by default
 * @param categories AO3 categories (Gen, F/M, M/M, F/F, Multi, Other); possibly empty
 * @param fandoms fandom names; empty when neither the file nor the caller named one (the caller reports that)
 * @param relationships relationship tags, as written ("Ines/Tomas", "NaruSaku")
 * @param characters character tags
 * @param freeforms additional tags, including genres and warnings AO3 does not know
 * @param language a language code known to {@link org.fanfold.shared.Languages}; "en" by default
 * @param summary the summary as HTML, at most 1,250 characters of text
 * @param notes the beginning notes as HTML: the author's note, the dedication and any header lines the parser did
 *     not recognise ("Disclaimer: …"), so nothing in the header is lost
 * @param endNotes the end notes as HTML, from a closing "A/N:" paragraph
 * @param giftRecipients names from a "Dedication: To X, who …" header
 * @param complete whether the work is complete: from a {@code Status:} header, true for a one-shot, else null
 * @param chapters at least one chapter, in order
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
        List<ParsedChapter> chapters) {

    public ParsedStory {
        warnings = List.copyOf(warnings);
        categories = List.copyOf(categories);
        fandoms = List.copyOf(fandoms);
        relationships = List.copyOf(relationships);
        characters = List.copyOf(characters);
        freeforms = List.copyOf(freeforms);
        giftRecipients = List.copyOf(giftRecipients);
        chapters = List.copyOf(chapters);
    }
}
