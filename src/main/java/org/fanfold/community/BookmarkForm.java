package org.fanfold.community;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fanfold.shared.Formats;
import org.fanfold.shared.UserHtml;
import org.fanfold.tags.TagNames;
import org.jspecify.annotations.Nullable;

/**
 * The bookmark form exactly as typed, so it can be shown again with what is wrong. Its fields carry AO3's names
 * ({@code bookmark[bookmarker_notes]}, {@code bookmark[tag_string]}, {@code bookmark[private]}, {@code bookmark[rec]},
 * {@code bookmark[pseud_id]}), so scripts written for AO3's form fill this one too.
 *
 * @param notes the bookmarker's notes as typed (HTML or plain text; sanitized when saved)
 * @param tagString the bookmarker's own tags, comma-separated
 * @param pseudId the pseud to bookmark as, or null for the default one
 */
public record BookmarkForm(
        String notes,
        String tagString,
        boolean isPrivate,
        boolean rec,
        @Nullable Long pseudId) {

    /** AO3's limits: notes as long as a work's, 75 tags. */
    static final int NOTES_MAX = 5_000;

    static final int TAGS_MAX = 75;

    public BookmarkForm {
        notes = notes == null ? "" : notes;
        tagString = tagString == null ? "" : tagString;
    }

    public static BookmarkForm blank() {
        return new BookmarkForm("", "", false, false, null);
    }

    /** The form filled in from a saved bookmark, for editing. */
    static BookmarkForm of(BookmarkBlurb blurb) {
        Bookmark b = blurb.bookmark();
        return new BookmarkForm(b.notes(), blurb.tagString(), b.isPrivate(), b.rec(), b.pseudId());
    }

    /** Reads the form from request parameters; a check box is on when any of its values is 1, true or on. */
    static BookmarkForm parse(Map<String, String[]> params) {
        return new BookmarkForm(
                first(params, "bookmark[bookmarker_notes]"),
                first(params, "bookmark[tag_string]"),
                checked(params, "bookmark[private]"),
                checked(params, "bookmark[rec]"),
                number(first(params, "bookmark[pseud_id]")));
    }

    /** The notes as they are saved: sanitized, paragraphs kept. */
    String sanitizedNotes() {
        return UserHtml.sanitizeRichText(notes);
    }

    List<String> tagNames() {
        return TagNames.split(tagString);
    }

    /** The problems with the form, by field ({@code notes}, {@code tags}); empty when it may be saved. */
    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        int length = sanitizedNotes().length();
        if (length > NOTES_MAX) {
            errors.put(
                    "notes",
                    "Notes must be at most " + Formats.number(NOTES_MAX) + " characters long (they have "
                            + Formats.number(length) + ").");
        }
        List<String> tags = tagNames();
        for (String name : tags) {
            String problem = TagNames.problem(name);
            if (problem != null) {
                errors.put("tags", Character.toUpperCase(problem.charAt(0)) + problem.substring(1) + ".");
                break;
            }
        }
        if (!errors.containsKey("tags") && tags.size() > TAGS_MAX) {
            errors.put("tags", "You have " + tags.size() + " tags: a bookmark can have at most " + TAGS_MAX + ".");
        }
        return errors;
    }

    private static String first(Map<String, String[]> params, String name) {
        String[] values = params.get(name);
        return values == null || values.length == 0 ? "" : values[0];
    }

    private static boolean checked(Map<String, String[]> params, String name) {
        String[] values = params.get(name);
        if (values == null) return false;
        for (String v : values) {
            if (v.equals("1") || v.equalsIgnoreCase("true") || v.equalsIgnoreCase("on")) return true;
        }
        return false;
    }

    private static @Nullable Long number(String value) {
        try {
            return value.isBlank() ? null : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
