package org.fanfold.community;

import org.fanfold.shared.Formats;

/**
 * A user's bookmark of a work or a series, as stored. {@code notes} is sanitized HTML.
 *
 * @param pseudId the pseud the bookmark is shown under
 * @param isPrivate seen by its owner only, and counted nowhere
 * @param rec recommended: marked "Rec" wherever it is listed
 */
public record Bookmark(
        long id,
        long userId,
        long pseudId,
        BookmarkItem.Kind kind,
        long itemId,
        String notes,
        boolean isPrivate,
        boolean rec,
        long createdAt,
        long updatedAt) {

    public String url() {
        return "/bookmarks/" + id;
    }

    /** The day it was bookmarked, as AO3 shows it on the blurb: "24 Nov 2026". */
    public String date() {
        return Formats.blurbDate(createdAt);
    }

    /** AO3's marker: "Private Bookmark", "Rec" or "Public Bookmark". */
    public String status() {
        if (isPrivate) return "Private Bookmark";
        return rec ? "Rec" : "Public Bookmark";
    }

    /** AO3's class for the marker: private, rec or public. */
    public String statusClass() {
        if (isPrivate) return "private";
        return rec ? "rec" : "public";
    }
}
