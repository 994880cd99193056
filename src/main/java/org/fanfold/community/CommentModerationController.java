package org.fanfold.community;

import org.fanfold.accounts.ReturnPaths;
import org.fanfold.shared.ForbiddenException;
import org.fanfold.shared.Paged;
import org.fanfold.shared.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What creators (and admins) do with the comments on their works, and commenters with their own: delete (with
 * confirmation), freeze and unfreeze a thread, and the queue of comments awaiting approval on a moderated work
 * ({@code /works/{id}/unreviewed_comments}) with Approve, Delete and Approve All.
 */
@Controller
class CommentModerationController {

    private final CommentAccess access;
    private final CommentService service;
    private final CommentThreads threads;
    private final CommentLocations locations;

    CommentModerationController(
            CommentAccess access, CommentService service, CommentThreads threads, CommentLocations locations) {
        this.access = access;
        this.service = service;
        this.threads = threads;
        this.locations = locations;
    }

    @GetMapping("/comments/{id}/delete")
    String confirmDelete(@PathVariable long id, Viewer viewer, Model model) {
        var found = access.comment(id, viewer);
        if (!found.target().policy().canDelete(found.comment())) throw new ForbiddenException("delete that comment");
        model.addAttribute("view", found.target().view());
        model.addAttribute("comment", threads.single(found.target(), found.comment()));
        model.addAttribute("commentUrl", found.comment().url());
        return "community/comment_delete";
    }

    @PostMapping("/comments/{id}/delete")
    String delete(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String returnTo,
            Viewer viewer,
            RedirectAttributes flash) {
        var found = access.comment(id, viewer);
        var target = found.target();
        Comment c = found.comment();
        if (!target.policy().canDelete(c)) throw new ForbiddenException("delete that comment");
        try {
            service.delete(target.policy(), c);
        } catch (CommentRejected e) { // changed under us (e.g. deleted by someone else a moment ago)
            flash.addFlashAttribute(FeedbackRequest.COMMENT_ERROR, e.getMessage());
            return "redirect:" + c.url();
        }
        flash.addFlashAttribute(FeedbackRequest.COMMENT_NOTICE, "Comment deleted.");
        if (ReturnPaths.isLocal(returnTo)) return "redirect:" + returnTo;
        Comment parent = c.parentId() == null ? null : access.row(c.parentId());
        if (parent != null && !parent.deleted() && !parent.unreviewed()) {
            return "redirect:" + locations.of(target, parent, false);
        }
        return "redirect:" + locations.comments(target, c.chapterId(), false);
    }

    @PostMapping("/comments/{id}/freeze")
    String freeze(@PathVariable long id, Viewer viewer, RedirectAttributes flash) {
        return setFrozen(id, viewer, true, flash);
    }

    @PostMapping("/comments/{id}/unfreeze")
    String unfreeze(@PathVariable long id, Viewer viewer, RedirectAttributes flash) {
        return setFrozen(id, viewer, false, flash);
    }

    @PostMapping("/comments/{id}/approve")
    String approve(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String returnTo,
            Viewer viewer,
            RedirectAttributes flash) {
        var found = access.comment(id, viewer);
        if (!found.target().policy().canApprove(found.comment())) throw new ForbiddenException("approve that comment");
        try {
            service.approve(found.target().policy(), found.comment());
            flash.addFlashAttribute(FeedbackRequest.COMMENT_NOTICE, "Comment approved.");
        } catch (CommentRejected e) {
            flash.addFlashAttribute(FeedbackRequest.COMMENT_ERROR, e.getMessage());
        }
        if (ReturnPaths.isLocal(returnTo)) return "redirect:" + returnTo;
        return "redirect:" + locations.of(found.target(), access.row(id), false);
    }

    @GetMapping("/works/{id}/unreviewed_comments")
    String queue(@PathVariable long id, @RequestParam(defaultValue = "1") String page, Viewer viewer, Model model) {
        var target = moderated(id, viewer);
        model.addAttribute("view", target.view());
        model.addAttribute("comments", threads.unreviewed(target, Paged.pageNumber(page)));
        model.addAttribute("moderatedNow", target.policy().settings().moderated());
        return "community/unreviewed";
    }

    @PostMapping("/works/{id}/unreviewed_comments/approve_all")
    String approveAll(@PathVariable long id, Viewer viewer, RedirectAttributes flash) {
        var target = moderated(id, viewer);
        int n = service.approveAll(target.policy()); // the viewer moderates: not refused
        flash.addFlashAttribute(
                FeedbackRequest.COMMENT_NOTICE, n == 1 ? "1 comment approved." : n + " comments approved.");
        return "redirect:/works/" + id + "/unreviewed_comments";
    }

    private String setFrozen(long id, Viewer viewer, boolean frozen, RedirectAttributes flash) {
        var found = access.comment(id, viewer);
        Comment c = found.comment();
        if (!found.target().policy().canFreeze(c)) {
            throw new ForbiddenException((frozen ? "freeze" : "unfreeze") + " that comment thread");
        }
        try {
            service.setFrozen(found.target().policy(), c, frozen);
            flash.addFlashAttribute(
                    FeedbackRequest.COMMENT_NOTICE,
                    frozen ? "Comment thread successfully frozen!" : "Comment thread successfully unfrozen!");
        } catch (CommentRejected e) {
            flash.addFlashAttribute(FeedbackRequest.COMMENT_ERROR, e.getMessage());
        }
        return "redirect:" + locations.of(found.target(), c, false);
    }

    /** The work, if the viewer moderates its comments (a creator or an admin). */
    private CommentAccess.Target moderated(long workId, Viewer viewer) {
        var target = access.work(workId, viewer);
        if (!target.policy().moderator())
            throw new ForbiddenException("see the comments awaiting approval on this work");
        return target;
    }
}
