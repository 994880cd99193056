package org.fanfold.community;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.fanfold.accounts.Accounts;
import org.fanfold.shared.PageContext;
import org.fanfold.shared.Viewer;
import org.fanfold.works.Chapter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Writing comments: on a work (AO3 puts it on the last posted chapter) or a chapter, a reply to a comment, and
 * editing one's own. A form with mistakes comes back (422) with the text kept and each problem beside its field;
 * a refusal (comments closed, frozen thread, blocked…) comes back (403) saying why, the text still there to copy.
 */
@Controller
class CommentPostingController {

    static final String CREATED = "Comment created!";
    static final String MODERATED =
            "Your comment was received! It will appear publicly after the work creator has approved it.";

    private final CommentAccess access;
    private final CommentService service;
    private final CommentThreads threads;
    private final CommentLocations locations;
    private final Accounts accounts;
    private final GuestCommentThrottle throttle;

    CommentPostingController(
            CommentAccess access,
            CommentService service,
            CommentThreads threads,
            CommentLocations locations,
            Accounts accounts,
            GuestCommentThrottle throttle) {
        this.access = access;
        this.service = service;
        this.threads = threads;
        this.locations = locations;
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @PostMapping("/works/{id}/comments")
    String onWork(
            @PathVariable long id,
            @ModelAttribute CommentForm form,
            @RequestParam(name = "view_full_work", defaultValue = "false") boolean fullWork,
            Viewer viewer,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes flash) {
        var target = access.work(id, viewer);
        return post(target, target.lastPosted(), null, form, fullWork, request, response, model, flash);
    }

    @PostMapping("/works/{id}/chapters/{chapterId}/comments")
    String onChapter(
            @PathVariable long id,
            @PathVariable long chapterId,
            @ModelAttribute CommentForm form,
            Viewer viewer,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes flash) {
        var target = access.work(id, viewer);
        return post(target, target.chapter(chapterId), null, form, false, request, response, model, flash);
    }

    @GetMapping("/comments/{id}/reply")
    String replyForm(@PathVariable long id, Viewer viewer, HttpServletResponse response, Model model) {
        var found = access.comment(id, viewer);
        Comment parent = found.comment();
        String refusal = found.target().policy().replyRefusal(parent, service.blockedBy(parent, viewer));
        if (refusal != null) response.setStatus(403);
        return page(
                model,
                found.target(),
                parent,
                "reply",
                parent.url() + "/comments",
                CommentForm.blank(),
                Map.of(),
                refusal);
    }

    @PostMapping("/comments/{id}/comments")
    String reply(
            @PathVariable long id,
            @ModelAttribute CommentForm form,
            Viewer viewer,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes flash) {
        var found = access.comment(id, viewer);
        var target = found.target();
        Chapter chapter = target.chapter(found.comment().chapterId());
        return post(target, chapter, found.comment(), form, false, request, response, model, flash);
    }

    @GetMapping("/comments/{id}/edit")
    String editForm(@PathVariable long id, Viewer viewer, HttpServletResponse response, Model model) {
        var found = access.comment(id, viewer);
        Comment c = found.comment();
        String refusal = found.target().policy().editRefusal(c, service.hasReplies(c));
        if (refusal != null) response.setStatus(403);
        var form = new CommentForm(c.body(), "", "", c.pseudId());
        return page(model, found.target(), c, "edit", c.url(), form, Map.of(), refusal);
    }

    @PostMapping("/comments/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute CommentForm form,
            Viewer viewer,
            HttpServletResponse response,
            Model model,
            RedirectAttributes flash) {
        var found = access.comment(id, viewer);
        Comment c = found.comment();
        try {
            service.edit(found.target().policy(), c, form);
        } catch (CommentRejected e) {
            response.setStatus(e.status());
            return page(model, found.target(), c, "edit", c.url(), form, e.errors(), null);
        }
        Comment saved = access.row(id);
        if (saved.unreviewed()) {
            flash.addFlashAttribute(FeedbackRequest.COMMENT_NOTICE, MODERATED);
            return "redirect:" + saved.url();
        }
        flash.addFlashAttribute(FeedbackRequest.COMMENT_NOTICE, "Comment was successfully updated.");
        return "redirect:" + locations.of(found.target(), saved, false);
    }

    private String post(
            CommentAccess.Target target,
            Chapter chapter,
            @Nullable Comment parent,
            CommentForm form,
            boolean fullWork,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes flash) {
        String address = request.getRemoteAddr();
        boolean guest = !target.policy().viewer().signedIn();
        String mode = parent == null ? "new" : "reply";
        model.addAttribute("fullWork", fullWork);
        long wait = guest ? throttle.secondsToWait(address) : 0;
        if (wait > 0) {
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(wait));
            var errors = Map.of(CommentRejected.BASE, tooMany(wait));
            return page(model, target, parent, mode, request.getRequestURI(), form, errors, null);
        }
        CommentService.Posted posted;
        try {
            posted = service.post(target.policy(), chapter, parent, form, address);
        } catch (CommentRejected e) {
            response.setStatus(e.status());
            return page(model, target, parent, mode, request.getRequestURI(), form, e.errors(), null);
        }
        if (guest) throttle.posted(address);
        Comment saved = access.row(posted.id());
        if (posted.unreviewed()) {
            flash.addFlashAttribute(FeedbackRequest.COMMENT_NOTICE, MODERATED);
            // A user can see, edit or delete their comment on its own page meanwhile; a guest can't.
            return "redirect:"
                    + (target.policy().viewer().signedIn()
                            ? saved.url()
                            : locations.comments(target, chapter.id(), fullWork));
        }
        flash.addFlashAttribute(FeedbackRequest.COMMENT_NOTICE, CREATED);
        return "redirect:" + locations.of(target, saved, fullWork);
    }

    /**
     * The comment form on a page of its own: a new comment sent back with mistakes ({@code mode} "new"), a reply
     * with the comment replied to above it ("reply"), or an edit ("edit").
     */
    private String page(
            Model model,
            CommentAccess.Target target,
            @Nullable Comment about,
            String mode,
            String action,
            CommentForm form,
            Map<String, String> errors,
            @Nullable String refusal) {
        Viewer viewer = target.policy().viewer();
        String base = errors.get(CommentRejected.BASE);
        model.addAttribute("view", target.view());
        model.addAttribute("mode", mode);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("refusal", refusal != null ? refusal : base);
        model.addAttribute("context", about == null || mode.equals("edit") ? null : threads.single(target, about));
        model.addAttribute("pseuds", viewer.userId() == null ? List.of() : accounts.pseuds(viewer.userId()));
        model.addAttribute("moderated", target.policy().moderatesViewer());
        model.addAttribute("action", action);
        model.addAttribute("cancelUrl", about == null ? target.view().work().url() : about.url());
        if (!model.containsAttribute("fullWork")) model.addAttribute("fullWork", false);
        model.addAttribute("showForm", refusal == null);
        // The token (and a guest's session) is made before the page streams out: the comment above the form may be
        // long enough that the response's headers have gone by the time the form is rendered.
        if (refusal == null && model.getAttribute("page") instanceof PageContext page) page.csrfToken();
        return "community/comment_form_page";
    }

    private static String tooMany(long seconds) {
        String wait = seconds < 60 ? seconds + " seconds" : (seconds + 59) / 60 + " minutes";
        return "You've left a lot of comments in a short time. Please wait " + wait + " and try again.";
    }
}
