package org.fanfold.community;

import org.jspecify.annotations.Nullable;

/**
 * A comment's row. The body is sanitized HTML.
 *
 * @param chapterId the chapter it is on (a comment on a whole work goes to its last posted chapter, as on AO3)
 * @param parentId the comment it replies to, or null for a top-level comment
 * @param threadId the top-level comment of its thread (its own id when top-level)
 * @param depth 0 for a top-level comment, the parent's depth + 1 for a reply
 * @param userId the commenter's account, or null for a guest (or an account since deleted)
 * @param pseudId the pseud it was posted as, or null for a guest
 * @param guestName a guest's name, null for a user
 * @param guestEmail a guest's e-mail address, null for a user; shown to admins only
 * @param unreviewed waiting for the creator's approval (moderated works)
 * @param deleted deleted while it still had replies: kept, wiped, as "(Previous comment deleted.)"
 * @param frozen no replies and no edits (a creator froze its thread)
 * @param editedAt when its text last changed, or null when never edited
 */
record Comment(
        long id,
        long workId,
        long chapterId,
        @Nullable Long parentId,
        long threadId,
        int depth,
        @Nullable Long userId,
        @Nullable Long pseudId,
        @Nullable String guestName,
        @Nullable String guestEmail,
        String body,
        boolean unreviewed,
        boolean deleted,
        boolean frozen,
        @Nullable Long editedAt,
        long createdAt) {

    boolean byGuest() {
        return pseudId == null;
    }

    /** Counted and shown to everyone: approved and not deleted. */
    boolean visible() {
        return !unreviewed && !deleted;
    }

    boolean isBy(@Nullable Long viewerUserId) {
        return viewerUserId != null && viewerUserId.equals(userId);
    }

    String url() {
        return "/comments/" + id;
    }
}
