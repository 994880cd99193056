package org.fanfold.community;

import org.fanfold.shared.Formats;
import org.jspecify.annotations.Nullable;

/**
 * A notice as the inbox page shows it.
 *
 * @param kind the notice's kind ({@code chapter}, {@code work}, {@code series}, {@code comment}, {@code reply})
 * @param lead the words before the work's title: "alice posted a new chapter of"
 * @param workTitle the work's current title, or null when the reader may no longer see it (then nothing of the
 *     notice shows but that it exists)
 * @param detailUrl where the line under the title leads (the chapter, the series, the comment's thread), or null
 * @param detailText what that link says: "Chapter 3: The Storm", "Part 2 of Tides", "Go to the thread"
 * @param where which chapter a comment is on ("Chapter 2"), or null
 * @param bodyHtml a comment's sanitized HTML, or empty
 */
public record InboxEntry(
        long id,
        String kind,
        boolean unread,
        String lead,
        @Nullable String workTitle,
        String workUrl,
        @Nullable String detailUrl,
        String detailText,
        @Nullable String where,
        String bodyHtml,
        String date) {

    public boolean available() {
        return workTitle != null;
    }

    static InboxEntry of(Notice n, @Nullable String workTitle) {
        String who = n.actorName().isBlank() ? "Someone" : n.actorName();
        boolean comment = n.kind() == NoticeKind.COMMENT || n.kind() == NoticeKind.REPLY;
        return new InboxEntry(
                n.id(),
                n.kind().code,
                n.unread(),
                switch (n.kind()) {
                    case CHAPTER -> who + " posted a new chapter of";
                    case WORK -> who + " posted a new work:";
                    case SERIES -> who + " posted a new work in a series:";
                    case COMMENT -> who + " left a comment on";
                    case REPLY -> who + " replied to your comment on";
                },
                workTitle,
                "/works/" + n.workId(),
                switch (n.kind()) {
                    case CHAPTER, COMMENT, REPLY -> n.url();
                    case SERIES -> n.seriesId() == null ? null : "/series/" + n.seriesId();
                    case WORK -> null;
                },
                switch (n.kind()) {
                    case CHAPTER -> n.detail().isBlank() ? "Read the new chapter" : n.detail();
                    case SERIES -> n.detail();
                    case COMMENT, REPLY -> "Go to the thread";
                    case WORK -> "";
                },
                comment && !n.detail().isBlank() ? n.detail() : null,
                n.body(),
                Formats.date(n.createdAt()));
    }
}
