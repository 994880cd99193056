package org.fanfold.works;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fanfold.shared.TextFormat;
import org.fanfold.shared.UserHtml;
import org.fanfold.tags.Tag;
import org.fanfold.tags.TagNames;
import org.fanfold.tags.TagType;
import org.jspecify.annotations.Nullable;

/**
 * The post and edit form exactly as typed, so it can be shown again with what is wrong. Tag fields are
 * comma-separated; {@code expectedChapters} is a number or "?"; {@code format} says how {@code body} is written
 * (html, markdown or plain).
 */
public record WorkForm(
        String title,
        String fandoms,
        String rating,
        List<String> warnings,
        List<String> categories,
        String relationships,
        String characters,
        String freeforms,
        String language,
        String summary,
        String notes,
        String endNotes,
        Boolean restricted,
        String expectedChapters,
        String seriesId,
        String newSeries,
        String seriesPosition,
        String gifts,
        String chapterTitle,
        String body,
        String format) {

    public WorkForm {
        title = nz(title);
        fandoms = nz(fandoms);
        rating = nz(rating);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        categories = categories == null ? List.of() : List.copyOf(categories);
        relationships = nz(relationships);
        characters = nz(characters);
        freeforms = nz(freeforms);
        language = language == null || language.isBlank() ? "en" : language;
        summary = nz(summary);
        notes = nz(notes);
        endNotes = nz(endNotes);
        restricted = restricted != null && restricted;
        expectedChapters = expectedChapters == null || expectedChapters.isBlank() ? "1" : expectedChapters.strip();
        seriesId = nz(seriesId);
        newSeries = nz(newSeries);
        seriesPosition = nz(seriesPosition);
        gifts = nz(gifts);
        chapterTitle = nz(chapterTitle);
        body = nz(body);
        format = format == null || format.isBlank() ? "html" : format;
    }

    public static WorkForm blank() {
        return new WorkForm(
                null, null, null, null, null, null, null, null, null, null, null, null, false, null, null, null, null,
                null, null, null, null);
    }

    /** The form filled from a saved work, for editing; {@code onlyChapter} is its text when it has one chapter. */
    static WorkForm of(WorkView view, @Nullable Chapter onlyChapter) {
        Work w = view.work();
        return new WorkForm(
                w.title(),
                names(view.tags(TagType.FANDOM)),
                view.rating(),
                view.tags(TagType.ARCHIVE_WARNING).stream().map(Tag::name).toList(),
                view.tags(TagType.CATEGORY).stream().map(Tag::name).toList(),
                names(view.tags(TagType.RELATIONSHIP)),
                names(view.tags(TagType.CHARACTER)),
                names(view.tags(TagType.FREEFORM)),
                w.language(),
                w.summary(),
                w.notes(),
                w.endNotes(),
                w.restricted(),
                w.expectedChapters() == null ? "?" : String.valueOf(w.expectedChapters()),
                "",
                "",
                "",
                String.join(", ", view.gifts().stream().map(Gift::name).toList()),
                onlyChapter == null ? "" : onlyChapter.title(),
                onlyChapter == null ? "" : onlyChapter.body(),
                "html");
    }

    private static String names(List<Tag> tags) {
        return String.join(", ", tags.stream().map(Tag::name).toList());
    }

    /** Problems in the form itself (not numbers where numbers belong), by field. */
    public Map<String, String> formErrors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!expectedChapters.equals("?") && parseInt(expectedChapters) == null) {
            errors.put("expectedChapters", "The expected number of chapters must be a number or ?.");
        }
        if (!seriesPosition.isBlank() && parseInt(seriesPosition) == null) {
            errors.put("series", "The part number must be a number.");
        }
        if (!seriesId.isBlank() && parseLong(seriesId) == null)
            errors.put("series", "Please choose one of your series.");
        return errors;
    }

    public WorkInput toInput() {
        List<String> giftNames = new ArrayList<>();
        for (String g : gifts.split(",")) if (!g.isBlank()) giftNames.add(g.strip());
        Integer expected = expectedChapters.equals("?") ? null : parseInt(expectedChapters);
        return new WorkInput(
                title,
                TagNames.split(fandoms),
                rating,
                warnings,
                categories,
                TagNames.split(relationships),
                TagNames.split(characters),
                TagNames.split(freeforms),
                language,
                UserHtml.sanitizeRichText(summary),
                UserHtml.sanitizeRichText(notes),
                UserHtml.sanitizeRichText(endNotes),
                expected,
                restricted,
                null,
                new SeriesChoice(
                        seriesId.isBlank() ? null : parseLong(seriesId),
                        newSeries.isBlank() ? null : newSeries.strip(),
                        parseInt(seriesPosition)),
                giftNames);
    }

    public ChapterInput toChapter() {
        return ChapterInput.of(chapterTitle, "", "", "", TextFormat.of(format).toHtml(body));
    }

    private static @Nullable Integer parseInt(String s) {
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static @Nullable Long parseLong(String s) {
        try {
            return Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }
}
