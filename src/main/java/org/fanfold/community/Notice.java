package org.fanfold.community;

import org.jspecify.annotations.Nullable;

/**
 * A notice in someone's inbox.
 *
 * @param userId the recipient
 * @param chapterId the new chapter, or the chapter a comment is on; null for whole-work comments and new works
 * @param seriesId the series a new work joined, for {@link NoticeKind#SERIES}
 * @param commentId the comment, for {@link NoticeKind#COMMENT} and {@link NoticeKind#REPLY}
 * @param actorUserId who did it, when an account (null for guests and for a work's creators as a group)
 * @param actorName who did it, as shown: the creators' bylines, a commenter's pseud or a guest's name
 * @param detail a line of context written when the notice was: "Chapter 3: The Storm", "Part 2 of Tides"
 * @param body the comment's sanitized HTML, or empty
 * @param readAt when it was marked read, or null while unread
 */
record Notice(
        long id,
        long userId,
        NoticeKind kind,
        long workId,
        @Nullable Long chapterId,
        @Nullable Long seriesId,
        @Nullable Long commentId,
        @Nullable Long actorUserId,
        String actorName,
        String detail,
        String body,
        long createdAt,
        @Nullable Long readAt) {

    boolean unread() {
        return readAt == null;
    }

    /** Where the notice leads: the chapter, the comment's thread (AO3's anchors), or the work. */
    String url() {
        return url(kind, workId, chapterId, commentId);
    }

    static String url(NoticeKind kind, long workId, @Nullable Long chapterId, @Nullable Long commentId) {
        String work = "/works/" + workId;
        return switch (kind) {
            case CHAPTER -> chapterId == null ? work : work + "/chapters/" + chapterId;
            case WORK, SERIES, GIFT, INVITATION -> work;
            case COMMENT, REPLY ->
                (chapterId == null ? work : work + "/chapters/" + chapterId) + "?show_comments=true#comment_"
                        + commentId;
        };
    }

    /** A notice not yet written: {@link Notice} without id and read state. */
    record New(
            long userId,
            NoticeKind kind,
            long workId,
            @Nullable Long chapterId,
            @Nullable Long seriesId,
            @Nullable Long commentId,
            @Nullable Long actorUserId,
            String actorName,
            String detail,
            String body) {

        String url() {
            return Notice.url(kind, workId, chapterId, commentId);
        }
    }
}
