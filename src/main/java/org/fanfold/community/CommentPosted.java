package org.fanfold.community;

import org.jspecify.annotations.Nullable;

/**
 * A comment became visible on a work: posted, or approved by the work's creator when moderation is on. Published
 * after the comment's transaction commits; the inbox and e-mail notices listen to it.
 *
 * @param commentId the comment
 * @param workId the work it is on
 * @param chapterId the chapter it is on, or null for a comment on the whole work
 * @param authorUserId the commenter's account, or null for a guest
 * @param authorName the name shown for the commenter (a pseud, or a guest's name)
 * @param repliedToUserId the account that wrote the comment this one replies to, or null (not a reply, or a reply
 *     to a guest)
 * @param html the comment's sanitized HTML
 */
public record CommentPosted(
        long commentId,
        long workId,
        @Nullable Long chapterId,
        @Nullable Long authorUserId,
        String authorName,
        @Nullable Long repliedToUserId,
        String html) {}
