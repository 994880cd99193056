package org.fanfold.works;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A work's metadata as it will be stored: HTML fields sanitized, tag lists cleaned. {@link WorkRules} checks it
 * against AO3's limits before anything is written.
 *
 * @param rating the rating tag's name
 * @param warnings archive warning names (at least one)
 * @param categories category names (may be empty)
 * @param language a language code ({@link org.fanfold.shared.Languages})
 * @param expectedChapters the planned chapter count, or null for "?"
 * @param restricted whether only signed-in users may see it
 * @param importedAuthor the original author's name when importing for someone else, else null
 * @param giftRecipients user logins or free-text names
 */
public record WorkInput(
        String title,
        List<String> fandoms,
        String rating,
        List<String> warnings,
        List<String> categories,
        List<String> relationships,
        List<String> characters,
        List<String> freeforms,
        String language,
        String summary,
        String notes,
        String endNotes,
        @Nullable Integer expectedChapters,
        boolean restricted,
        @Nullable String importedAuthor,
        SeriesChoice series,
        List<String> giftRecipients) {

    public WorkInput {
        title = title == null ? "" : title.strip();
        fandoms = List.copyOf(fandoms);
        warnings = List.copyOf(warnings);
        categories = List.copyOf(categories);
        relationships = List.copyOf(relationships);
        characters = List.copyOf(characters);
        freeforms = List.copyOf(freeforms);
        giftRecipients = List.copyOf(giftRecipients);
    }
}
