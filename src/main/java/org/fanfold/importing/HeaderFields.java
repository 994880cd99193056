package org.fanfold.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fanfold.importing.StoryHeader.Field;
import org.fanfold.importing.TagCollector.Type;
import org.fanfold.shared.Languages;
import org.jspecify.annotations.Nullable;

/**
 * What a header says, interpreted: rating, warnings, categories and tags mapped to AO3's names; the author's note
 * and dedication kept for the notes; and every line the parser could not place kept as "Key: value" for the notes
 * too, so nothing in the header is lost. A single-valued key given twice keeps its first value.
 */
final class HeaderFields {

    @Nullable
    Field title;

    @Nullable
    String author;

    String rating = Ratings.NOT_RATED;
    final List<String> warnings = new ArrayList<>();
    final List<String> categories = new ArrayList<>();
    String language = "en";
    String summary = "";
    int summaryLine;
    final List<String> giftRecipients = new ArrayList<>();

    @Nullable
    Boolean complete;
    /** The notes as plain-text paragraphs: author's notes, dedications, then the lines nothing else took. */
    final List<String> notes = new ArrayList<>();
    /** The line of the first header entry that went to the notes, for errors about them. */
    int notesLine;

    private final List<String> unplaced = new ArrayList<>();
    private boolean rated;
    private boolean languageSet;

    private HeaderFields() {}

    /** Interprets {@code header}, adding its tags to {@code tags}; throws on a rating it cannot map. */
    static HeaderFields read(StoryHeader header, TagCollector tags) {
        var h = new HeaderFields();
        for (Field f : header.fields()) h.apply(f, tags);
        if (!h.unplaced.isEmpty()) h.notes.add(String.join("\n", h.unplaced));
        return h;
    }

    private void apply(Field f, TagCollector tags) {
        if (f.value().isBlank()) return;
        HeaderKey key = f.key();
        if (key == null) {
            unplace(f);
            return;
        }
        switch (key) {
            case TITLE -> {
                if (title == null) title = f;
                else unplace(f);
            }
            case AUTHOR -> {
                if (author == null) author = f.flat();
                else unplace(f);
            }
            case RATING -> rate(f);
            case CATEGORY -> {
                for (String c : TagLists.split(f.value())) {
                    String category = TagLists.category(c);
                    if (category == null) unplace(new Field(null, f.name(), c, f.line()));
                    else if (!categories.contains(category)) categories.add(category);
                }
            }
            case FANDOM -> tags.addAll(Type.FANDOM, TagLists.split(f.value()), f.line());
            case RELATIONSHIP -> tags.addAll(Type.RELATIONSHIP, TagLists.split(f.value()), f.line());
            case CHARACTERS -> tags.addAll(Type.CHARACTER, TagLists.split(f.value()), f.line());
            case TAGS -> tags.addAll(Type.FREEFORM, TagLists.splitGenres(f.value()), f.line());
            case WARNINGS -> {
                // Warnings AO3 does not know are still warnings a reader wants: they become additional tags.
                for (String w : TagLists.split(f.value())) {
                    String warning = Warnings.of(w);
                    if (warning == null) tags.add(Type.FREEFORM, w, f.line());
                    else if (!warnings.contains(warning)) warnings.add(warning);
                }
            }
            case LANGUAGE -> {
                String code = Languages.lookup(f.flat());
                if (code == null || languageSet) unplace(f);
                else language = code;
                languageSet = true;
            }
            case SUMMARY -> {
                summary = summary.isEmpty() ? f.value() : summary + "\n\n" + f.value();
                if (summaryLine == 0) summaryLine = f.line();
            }
            case DEDICATION -> {
                giftRecipients.addAll(recipients(f.flat()));
                note(f.asNote(), f.line());
            }
            case AUTHORS_NOTE -> note(f.value(), f.line());
            case STATUS -> status(f);
        }
    }

    private void rate(Field f) {
        String r = Ratings.of(f.flat());
        if (r == null) throw new ImportException("bad rating \"" + f.flat() + "\"", f.line());
        if (rated) {
            unplace(f);
        } else {
            rating = r;
            rated = true;
        }
    }

    private void status(Field f) {
        String s = f.flat().toLowerCase(Locale.ROOT).replaceAll("[.!]+$", "");
        Boolean c = switch (s) {
            case "complete", "completed", "finished" -> true;
            case "in progress", "in-progress", "wip", "incomplete", "ongoing", "unfinished" -> false;
            default -> null;
        };
        if (c == null || complete != null) unplace(f);
        else complete = c;
    }

    private void note(String text, int line) {
        notes.add(text);
        if (notesLine == 0) notesLine = line;
    }

    private void unplace(Field f) {
        unplaced.add(f.asNote());
        if (notesLine == 0) notesLine = f.line();
    }

    /**
     * The names a dedication gives gifts to: "To RavenScarlett-san, who drew …" gives "RavenScarlett-san". The
     * leading "To"/"For" goes, the name ends at the first comma, "who", "for" or sentence end, and "X and Y"
     * names two.
     */
    static List<String> recipients(String dedication) {
        String s = dedication.strip().replaceFirst("(?i)^(?:dedicated\\s+)?(?:to|for)\\s+", "");
        s = s.split("(?i),|;|\\s+who\\b|\\s+for\\b|\\s+because\\b|[.!](?:\\s|$)|[:(]", 2)[0];
        var names = new ArrayList<String>();
        for (String name : s.split("(?i)\\s+and\\s+|\\s*&\\s*")) {
            String n = name.strip().replaceFirst("[.!]+$", "");
            if (!n.isEmpty()) names.add(n);
        }
        return names;
    }
}
