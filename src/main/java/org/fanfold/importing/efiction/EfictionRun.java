package org.fanfold.importing.efiction;

import org.fanfold.shared.Formats;
import org.jspecify.annotations.Nullable;

/**
 * An import started from the admin page.
 *
 * @param status {@code running}, {@code done}, {@code failed} or {@code interrupted}
 * @param fileName the dump's file name as uploaded
 * @param startedBy the admin's login, or null when that account is gone
 * @param report the report once the run is over, else null
 * @param done stories done so far (running only)
 * @param total stories in the archive (running only; 0 until the dump is read)
 */
public record EfictionRun(
        long id,
        String status,
        String fileName,
        boolean dryRun,
        @Nullable String startedBy,
        long createdAt,
        @Nullable Long finishedAt,
        @Nullable ImportReport report,
        int done,
        int total) {

    public boolean running() {
        return status.equals("running");
    }

    public String url() {
        return EfictionAdminController.PATH + "/" + id;
    }

    public String started() {
        return Formats.dateTime(createdAt);
    }

    public String finished() {
        return finishedAt == null ? "" : Formats.dateTime(finishedAt);
    }

    /** What the status means to a reader. */
    public String statusText() {
        return switch (status) {
            case "running" -> total == 0 ? "Reading the dump…" : "Importing: " + done + " of " + total + " stories";
            case "done" -> dryRun ? "Dry run finished" : "Finished";
            case "interrupted" -> "Stopped before the end";
            default -> "Failed";
        };
    }
}
