package org.fanfold.community;

import java.util.List;
import org.fanfold.accounts.Pseud;
import org.fanfold.shared.Formats;
import org.jspecify.annotations.Nullable;

/**
 * The comments part of a work page ({@code community/comments.jte}): the count, the form or why there is none, and
 * a page of threads.
 *
 * @param count approved comments on what the page shows (a chapter, or the whole work), replies included
 * @param formAction where the comment form posts
 * @param fullWork the page shows the entire work, so posting comes back to it
 * @param refusal why the viewer may not comment (the form is then left out), or null
 * @param kudosHint a guest turned away by "registered users only" may still leave kudos
 * @param moderated new comments from this viewer wait for approval
 * @param pseuds the viewer's pseuds to comment as (empty for guests)
 * @param pageUrl this page's URL ready for a page number ("…?page=")
 * @param unreviewed comments awaiting approval, counted for the work's creators and admins (else 0)
 */
public record CommentsPanel(
        long workId,
        long count,
        String formAction,
        boolean fullWork,
        @Nullable String refusal,
        boolean kudosHint,
        boolean moderated,
        List<Pseud> pseuds,
        ThreadPage threads,
        String pageUrl,
        @Nullable String notice,
        @Nullable String error,
        long unreviewed) {

    public String heading() {
        return "Comments (" + Formats.number(count) + ")";
    }
}
