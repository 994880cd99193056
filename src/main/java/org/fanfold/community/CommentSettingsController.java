package org.fanfold.community;

import org.fanfold.shared.ForbiddenException;
import org.fanfold.shared.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Comment settings: a work's (who may comment, moderation), on a small form of their own for its creators
 * ({@code /works/{id}/comment_settings}), and the archive's switch for guest comments, for admins
 * ({@code /admin/settings/comments}).
 */
@Controller
class CommentSettingsController {

    private final CommentAccess access;
    private final CommentSettingsStore settings;

    CommentSettingsController(CommentAccess access, CommentSettingsStore settings) {
        this.access = access;
        this.settings = settings;
    }

    @GetMapping("/works/{id}/comment_settings")
    String edit(@PathVariable long id, Viewer viewer, Model model) {
        var target = own(id, viewer);
        model.addAttribute("view", target.view());
        model.addAttribute("settings", target.policy().settings());
        model.addAttribute("choices", CommentSettings.Who.values());
        model.addAttribute("guestCommentsOff", settings.guestCommentsOff());
        return "community/comment_settings";
    }

    @PostMapping("/works/{id}/comment_settings")
    String save(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String who,
            @RequestParam(defaultValue = "false") boolean moderated,
            Viewer viewer,
            RedirectAttributes flash) {
        own(id, viewer);
        CommentSettings.Who choice = CommentSettings.Who.of(who);
        if (choice == null) choice = CommentSettings.Who.EVERYONE;
        settings.save(id, new CommentSettings(choice, moderated));
        flash.addFlashAttribute(FeedbackRequest.COMMENT_NOTICE, "Comment settings saved.");
        return "redirect:/works/" + id + "#comments";
    }

    @GetMapping("/admin/settings/comments")
    String site(Viewer viewer, Model model) {
        admin(viewer);
        model.addAttribute("guestCommentsOff", settings.guestCommentsOff());
        return "community/admin_comment_settings";
    }

    @PostMapping("/admin/settings/comments")
    String saveSite(
            @RequestParam(name = "guest_comments_off", defaultValue = "false") boolean off,
            Viewer viewer,
            RedirectAttributes flash) {
        admin(viewer);
        settings.setGuestCommentsOff(off);
        flash.addFlashAttribute(
                "flash", off ? "Guest comments are off across the archive." : "Guests may comment again.");
        return "redirect:/admin/settings/comments";
    }

    private CommentAccess.Target own(long id, Viewer viewer) {
        var target = access.work(id, viewer);
        if (!target.policy().creator()) throw new ForbiddenException("change the comment settings of this work");
        return target;
    }

    private static void admin(Viewer viewer) {
        if (!viewer.admin()) throw new ForbiddenException("change the archive's settings");
    }
}
