package org.fanfold.community;

import org.springframework.stereotype.Component;

/**
 * Comments brought over from another archive with its works (eFiction's reviews): kept as guest comments under the
 * reviewer's name, with their old date and no e-mail address. Nobody is notified of them: they are not new. Writes
 * join the caller's transaction and keep the work's {@code comments_count} in step. Thread-safe.
 */
@Component
public class ImportedComments {

    /** The longest name a guest comment shows. */
    public static final int NAME_MAX = 100;

    private final CommentStore comments;
    private final FeedbackCounters counters;

    ImportedComments(CommentStore comments, FeedbackCounters counters) {
        this.comments = comments;
        this.counters = counters;
    }

    /**
     * Adds a top-level comment on {@code chapterId} of {@code workId}.
     *
     * @param name the commenter's name as the old archive showed it (cut to {@link #NAME_MAX} characters)
     * @param html the comment, sanitized HTML
     * @param createdAt when it was written (epoch ms)
     * @return the comment's id
     */
    public long addGuestComment(long workId, long chapterId, String name, String html, long createdAt) {
        String shown = name.strip().isEmpty() ? "Anonymous" : name.strip();
        if (shown.length() > NAME_MAX) shown = shown.substring(0, NAME_MAX);
        long id = comments.insert(new CommentStore.NewComment(
                workId, chapterId, null, null, null, shown, null, html, null, false, createdAt));
        counters.commentsChanged(workId, 1);
        return id;
    }
}
