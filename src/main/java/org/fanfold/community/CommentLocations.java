package org.fanfold.community;

import org.fanfold.works.Chapter;
import org.springframework.stereotype.Component;

/**
 * Where a comment shows on the work's pages, for the redirects after posting, editing or moderating it: the chapter's
 * page (or the entire work's, or a one-chapter work's), at the page of threads that holds it, at its anchor.
 * Replies deeper than the work page shows go to their parent's own page.
 */
@Component
class CommentLocations {

    private final CommentStore comments;
    private final CommentThreads threads;

    CommentLocations(CommentStore comments, CommentThreads threads) {
        this.comments = comments;
        this.threads = threads;
    }

    /** The comment in its thread on the work's page; {@code fullWork} when the reader was on the entire work. */
    String of(CommentAccess.Target target, Comment c, boolean fullWork) {
        if (c.depth() > CommentThreads.MAX_DEPTH && c.parentId() != null) {
            return "/comments/" + c.parentId() + "#comment_" + c.id();
        }
        return page(target, c.chapterId(), c.threadId(), fullWork) + "#comment_" + c.id();
    }

    /** The comments of the page a comment on {@code chapterId} was posted from, at their heading. */
    String comments(CommentAccess.Target target, long chapterId, boolean fullWork) {
        return base(target, chapterId, fullWork) + "#comments";
    }

    private String page(CommentAccess.Target target, long chapterId, long threadId, boolean fullWork) {
        boolean chaptered = chaptered(target);
        var scope = new CommentStore.Scope(target.workId(), chaptered && !fullWork ? chapterId : null);
        long before = comments.countTopLevelUpTo(
                scope, threads.mutedBy(target.policy().viewer()), threadId);
        long number = Math.max(1, (before + CommentThreads.PER_PAGE - 1) / CommentThreads.PER_PAGE);
        String base = base(target, chapterId, fullWork);
        return number == 1 ? base : base + (base.contains("?") ? "&" : "?") + "page=" + number;
    }

    private String base(CommentAccess.Target target, long chapterId, boolean fullWork) {
        String work = target.view().work().url();
        if (!chaptered(target)) return work;
        if (fullWork) return work + "?view_full_work=true";
        return target.chapter(chapterId).url();
    }

    private static boolean chaptered(CommentAccess.Target target) {
        return target.chapters().stream().filter(Chapter::posted).count() > 1;
    }
}
