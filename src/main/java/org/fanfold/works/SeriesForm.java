package org.fanfold.works;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The series edit form: AO3's title, description (summary), notes and "complete" flag, as typed (the summary and
 * notes are rich text, sanitized when saved). Fields a form leaves out bind as null and read as empty (false).
 */
public record SeriesForm(String title, String summary, String notes, Boolean complete) {

    public SeriesForm {
        title = title == null ? "" : title.strip();
        summary = summary == null ? "" : summary;
        notes = notes == null ? "" : notes;
        complete = complete != null && complete;
    }

    static SeriesForm of(Series series) {
        return new SeriesForm(series.title(), series.summary(), series.notes(), series.complete());
    }

    /** The problems by field; empty when it may be saved. */
    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (title.isBlank()) errors.put("title", "Please enter a title for the series.");
        else if (title.length() > WorkRules.TITLE_MAX)
            errors.put("title", "The title must be at most " + WorkRules.TITLE_MAX + " characters long.");
        if (summary.length() > WorkRules.SUMMARY_MAX)
            errors.put("summary", "The description must be at most 1,250 characters long.");
        if (notes.length() > WorkRules.NOTES_MAX)
            errors.put("notes", "The notes must be at most 5,000 characters long.");
        return errors;
    }
}
