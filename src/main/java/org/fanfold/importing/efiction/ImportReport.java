package org.fanfold.importing.efiction;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fanfold.shared.Formats;
import org.fanfold.tags.TagNames;
import org.jspecify.annotations.Nullable;

/**
 * What an eFiction import did: how many of each kind it imported, what it passed over because an earlier import
 * brought it already, every item it skipped with the reason, the dump lines it could not read, and notes. A dry run
 * counts what it would have imported. Not thread-safe: one import fills it, then it is only read.
 */
public final class ImportReport {

    /** What an import counts. */
    public enum Kind {
        STORIES("stories"),
        CHAPTERS("chapters"),
        AUTHORS("authors"),
        SERIES("series"),
        REVIEWS("reviews"),
        TAGS("tags");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** An item left out, and why: {@code story 3519 "Beans"}, {@code chapter 3906 has no text…}. */
    public record Skipped(String item, String reason) {

        @Override
        public String toString() {
            return item + ": " + reason;
        }
    }

    private final String archive;
    private final boolean dryRun;
    private final Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
    private final Set<Long> authors = new LinkedHashSet<>();
    private final Set<Long> series = new LinkedHashSet<>();
    private final Set<String> tags = new LinkedHashSet<>();
    private int alreadyImported;
    private final List<Skipped> skipped = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private @Nullable String fatal;
    private final Map<Kind, Integer> restored = new EnumMap<>(Kind.class);

    public ImportReport(String archive, boolean dryRun) {
        this.archive = archive;
        this.dryRun = dryRun;
        for (Kind k : Kind.values()) counts.put(k, 0);
    }

    /** The archive's name. */
    public String archive() {
        return archive;
    }

    public boolean dryRun() {
        return dryRun;
    }

    public int count(Kind kind) {
        Integer kept = restored.get(kind);
        if (kept != null) return kept;
        return switch (kind) {
            case AUTHORS -> authors.size();
            case SERIES -> series.size();
            case TAGS -> tags.size();
            default -> counts.get(kind);
        };
    }

    public int alreadyImported() {
        return alreadyImported;
    }

    public List<Skipped> skipped() {
        return skipped;
    }

    /** The dump lines that could not be read, as "FILE line N: what is wrong". */
    public List<String> problems() {
        return problems;
    }

    public List<String> notes() {
        return notes;
    }

    /** Why nothing could be imported at all, or null. */
    public @Nullable String fatal() {
        return fatal;
    }

    /** Whether anything was skipped, unreadable or fatal. */
    public boolean hasFailures() {
        return fatal != null || !skipped.isEmpty() || !problems.isEmpty();
    }

    void story(int chapters, int reviews) {
        counts.merge(Kind.STORIES, 1, Integer::sum);
        counts.merge(Kind.CHAPTERS, chapters, Integer::sum);
        counts.merge(Kind.REVIEWS, reviews, Integer::sum);
    }

    /** An imported creator recorded (the eFiction uid, so a dry run counts each author once). */
    void author(long uid) {
        authors.add(uid);
    }

    void series(long seriesid) {
        series.add(seriesid);
    }

    void tags(Set<String> names) {
        for (String n : names) tags.add(TagNames.key(n));
    }

    void passedOver() {
        alreadyImported++;
    }

    /** Sets a count read back from a stored report ({@link ReportText}). */
    void restore(Kind kind, int count) {
        restored.put(kind, count);
    }

    void restoreAlreadyImported(int count) {
        alreadyImported = count;
    }

    void skip(String item, String reason) {
        skipped.add(new Skipped(item, reason));
    }

    void problem(String problem) {
        problems.add(problem);
    }

    void note(String note) {
        notes.add(note);
    }

    void fatal(String reason) {
        fatal = reason;
    }

    /** "15 stories, 17 chapters, 5 authors, 3 series, 6 reviews, 40 tags". */
    public String countsLine() {
        List<String> parts = new ArrayList<>();
        for (Kind k : Kind.values()) parts.add(Formats.number(count(k)) + " " + k.label());
        return String.join(", ", parts);
    }

    /** The report as the command line prints it. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add((dryRun ? "Dry run of the import of " : "Import of ") + archive + ":");
        if (fatal != null) {
            out.add("  Nothing imported: " + fatal);
            return out;
        }
        out.add("  " + (dryRun ? "Would import: " : "Imported: ") + countsLine());
        if (alreadyImported > 0) out.add("  Already imported before: " + Formats.number(alreadyImported) + " stories");
        if (!skipped.isEmpty()) {
            out.add("  Skipped: " + Formats.number(skipped.size()));
            for (Skipped s : skipped) out.add("    " + s);
        }
        if (!problems.isEmpty()) {
            out.add("  Lines of the dump that could not be read: " + Formats.number(problems.size()));
            for (String p : problems) out.add("    " + p);
        }
        if (!notes.isEmpty()) {
            out.add("  Notes:");
            for (String n : notes) out.add("    " + n);
        }
        return out;
    }
}
