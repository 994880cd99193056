package org.fanfold.community;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import java.util.List;
import java.util.Map;
import org.fanfold.accounts.Accounts;
import org.fanfold.shared.PageContext;
import org.fanfold.shared.Viewer;
import org.fanfold.works.Chapter;
import org.fanfold.works.WorkPage;
import org.fanfold.works.WorkPageSection;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The work page's comments, after its kudos: on a chapter's page that chapter's comments, on the entire work (or a
 * one-chapter work) all of them, each labelled with its chapter; the comment form, or why the viewer can't comment.
 */
@Component
class CommentsSection implements WorkPageSection {

    private final CommentAccess access;
    private final CommentThreads threads;
    private final CommentStore comments;
    private final Accounts accounts;
    private final TemplateEngine templates;

    CommentsSection(
            CommentAccess access,
            CommentThreads threads,
            CommentStore comments,
            Accounts accounts,
            TemplateEngine templates) {
        this.access = access;
        this.threads = threads;
        this.comments = comments;
        this.accounts = accounts;
        this.templates = templates;
    }

    @Override
    public Slot slot() {
        return Slot.FEEDBACK;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public @Nullable Content content(WorkPage page, Viewer viewer, PageContext context) {
        if (!page.work().posted()) return null;
        var target = new CommentAccess.Target(page.view(), page.allChapters(), access.policy(page.view(), viewer));
        Chapter chapter = page.current();
        Long chapterId = chapter == null ? null : chapter.id();
        long workId = page.work().id();
        CommentPolicy policy = target.policy();
        String refusal = policy.refusal();
        // Made before the page streams out, as in KudosSection: a guest's session cookie must precede the text.
        if (refusal == null) context.csrfToken();
        Long userId = viewer.userId();
        CommentThreads.Shown shown = threads.page(target, chapterId, FeedbackRequest.pageNumber());
        var panel = new CommentsPanel(
                workId,
                shown.comments(),
                chapter == null ? "/works/" + workId + "/comments" : chapter.url() + "/comments",
                page.entireWork() && page.multiChapter(),
                refusal,
                refusal != null && !viewer.signedIn() && policy.settings().who() == CommentSettings.Who.USERS,
                policy.moderatesViewer(),
                userId == null ? List.of() : accounts.pseuds(userId),
                shown.page(),
                FeedbackRequest.pageUrl(page.work().url()),
                FeedbackRequest.message(FeedbackRequest.COMMENT_NOTICE),
                FeedbackRequest.message(FeedbackRequest.COMMENT_ERROR),
                policy.moderator() ? comments.countUnreviewed(workId) : 0);
        Map<String, Object> params = Map.of("page", context, "panel", panel);
        return output -> templates.render("community/comments.jte", params, output);
    }
}
