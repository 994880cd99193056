package org.fanfold.community;

import org.fanfold.shared.Formats;
import org.jspecify.annotations.Nullable;

/**
 * A notice as the inbox page shows it.
 *
 * @param kind the notice's kind ({@code chapter}, {@code work}, {@code series}, {@code comment}, {@code reply},
 *     {@code gift}, {@code invitation})
 * @param lead the words before the work's title: "alice posted a new chapter of"
 * @param workTitle the work's current title, or null when the reader may no longer see it (then nothing of the
 *     notice shows but that it exists)
 * @param detailUrl where the line under the title leads (the chapter, the series, the comment's thread), or null
 * @param detailText what that link says: "Chapter 3: The Storm", "Part 2 of Tides", "Go to the thread"
 * @param where which chapter a comment is on ("Chapter 2"), or null
 * @param bodyHtml a comment's sanitized HTML, or empty
 * @param createdAt when the notice came (epoch milliseconds)
 * @param ago how long ago that was, as AO3's inbox says it ({@link Formats#ago}: "3 days ago")
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
        long createdAt,
        String ago) {

    public boolean available() {
        return workTitle != null;
    }

    /**
     * The entry for notice {@code n} in the inbox of the user at {@code ownerUrl} ("/users/alice"), who may see its
     * work under {@code workTitle} (null when they may not). An invitation to co-create a draft keeps the title it
     * was sent with and leads to the owner's Co-Creator Requests. {@code now} is when the page is shown.
     */
    static InboxEntry of(Notice n, @Nullable String workTitle, String ownerUrl, long now) {
        String who = n.actorName().isBlank() ? "Someone" : n.actorName();
        boolean comment = n.kind() == NoticeKind.COMMENT || n.kind() == NoticeKind.REPLY;
        boolean unseenInvitation = n.kind() == NoticeKind.INVITATION && workTitle == null;
        String requests = ownerUrl + "/creatorships";
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
                    case GIFT -> who + " posted a gift for you:";
                    case INVITATION -> who + " invited you to be a co-creator of";
                },
                unseenInvitation ? n.detail() : workTitle,
                unseenInvitation ? requests : "/works/" + n.workId(),
                switch (n.kind()) {
                    case CHAPTER, COMMENT, REPLY -> n.url();
                    case SERIES -> n.seriesId() == null ? null : "/series/" + n.seriesId();
                    case WORK -> null;
                    case GIFT -> ownerUrl + "/gifts";
                    case INVITATION -> requests;
                },
                switch (n.kind()) {
                    case CHAPTER -> n.detail().isBlank() ? "Read the new chapter" : n.detail();
                    case SERIES -> n.detail();
                    case COMMENT, REPLY -> "Go to the thread";
                    case WORK -> "";
                    case GIFT -> "Your gifts";
                    case INVITATION -> "Co-Creator Requests";
                },
                comment && !n.detail().isBlank() ? n.detail() : null,
                n.body(),
                n.createdAt(),
                Formats.ago(n.createdAt(), now));
    }
}
