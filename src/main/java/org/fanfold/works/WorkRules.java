package org.fanfold.works;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.fanfold.shared.Formats;
import org.fanfold.shared.Languages;
import org.fanfold.shared.WordCounter;
import org.fanfold.tags.TagNames;

/** AO3's rules for a work: what is required and how long each field may be. */
final class WorkRules {

    static final int TITLE_MAX = 255;
    static final int SUMMARY_MAX = 1_250;
    static final int NOTES_MAX = 5_000;
    static final int CHAPTER_MAX = 510_000;
    static final int USER_TAGS_MAX = 75;

    private WorkRules() {}

    /** The problems with {@code work}, by form field; empty when it may be saved. */
    static Map<String, String> check(WorkInput work) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (work.title().isBlank()) errors.put("title", "Please enter a title.");
        else if (work.title().length() > TITLE_MAX)
            errors.put("title", tooLong("Title", TITLE_MAX, work.title().length()));
        if (work.fandoms().isEmpty()) errors.put("fandoms", "Please add at least one fandom.");
        if (work.rating().isBlank()) errors.put("rating", "Please choose a rating.");
        if (work.warnings().isEmpty()) errors.put("warnings", "Please select at least one warning.");
        if (!Languages.known(work.language())) errors.put("language", "Please select a language.");
        if (work.summary().length() > SUMMARY_MAX)
            errors.put("summary", tooLong("Summary", SUMMARY_MAX, work.summary().length()));
        if (work.notes().length() > NOTES_MAX)
            errors.put("notes", tooLong("Notes", NOTES_MAX, work.notes().length()));
        if (work.endNotes().length() > NOTES_MAX)
            errors.put(
                    "endNotes", tooLong("End notes", NOTES_MAX, work.endNotes().length()));
        if (work.expectedChapters() != null && work.expectedChapters() < 1) {
            errors.put("expectedChapters", "The expected number of chapters must be at least 1, or ?.");
        }
        checkTags(work, errors);
        return errors;
    }

    /** The problems with a chapter, by form field. */
    static Map<String, String> check(ChapterInput chapter) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (chapter.body().isBlank())
            errors.put("body", "Brevity is the soul of wit, but your chapter has to have some text in it.");
        else if (chapter.body().length() > CHAPTER_MAX)
            errors.put(
                    "body", tooLong("The chapter", CHAPTER_MAX, chapter.body().length()));
        if (chapter.title().length() > TITLE_MAX)
            errors.put(
                    "chapterTitle",
                    tooLong("Chapter title", TITLE_MAX, chapter.title().length()));
        if (chapter.summary().length() > SUMMARY_MAX)
            errors.put(
                    "chapterSummary",
                    tooLong("Chapter summary", SUMMARY_MAX, chapter.summary().length()));
        if (chapter.notes().length() > NOTES_MAX)
            errors.put(
                    "chapterNotes",
                    tooLong("Chapter notes", NOTES_MAX, chapter.notes().length()));
        if (chapter.endNotes().length() > NOTES_MAX)
            errors.put(
                    "chapterEndNotes",
                    tooLong("Chapter end notes", NOTES_MAX, chapter.endNotes().length()));
        return errors;
    }

    /** Summaries and notes are limited in the characters a reader sees, not in their markup. */
    private static void checkText(Map<String, String> errors, String field, String what, String html, int max) {
        int length = WordCounter.plainText(html).length();
        if (length > max) errors.put(field, tooLong(what, max, length));
    }

    private static void checkTags(WorkInput work, Map<String, String> errors) {
        List<String> problems = new ArrayList<>();
        Map<String, List<String>> byField = Map.of(
                "fandoms", work.fandoms(),
                "relationships", work.relationships(),
                "characters", work.characters(),
                "freeforms", work.freeforms());
        for (var field : List.of("fandoms", "relationships", "characters", "freeforms")) {
            for (String name : byField.get(field)) {
                String problem = TagNames.problem(name);
                if (problem != null) {
                    errors.putIfAbsent(field, capitalize(problem) + ".");
                    problems.add(problem);
                }
            }
        }
        long userTags = Stream.of(work.fandoms(), work.relationships(), work.characters(), work.freeforms())
                .mapToLong(List::size)
                .sum();
        if (userTags > USER_TAGS_MAX) {
            errors.put(
                    "freeforms",
                    "You have " + userTags + " tags: a work can have at most " + USER_TAGS_MAX
                            + " fandom, relationship, character and additional tags in all.");
        }
    }

    private static String tooLong(String what, int max, int actual) {
        return what + " must be at most " + Formats.number(max) + " characters long (it has " + Formats.number(actual)
                + ").";
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
