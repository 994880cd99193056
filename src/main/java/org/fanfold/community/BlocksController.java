package org.fanfold.community;

import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.User;
import org.fanfold.shared.ForbiddenException;
import org.fanfold.shared.NotFoundException;
import org.fanfold.shared.Paged;
import org.fanfold.shared.UserNav;
import org.fanfold.shared.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Blocking users, as on AO3: the blocked-users page ({@code /users/{login}/blocked}) with a form to block someone by
 * name, and the confirmation page that blocks or unblocks a user ({@code /users/{login}/block}), reached from there,
 * from the user's pages and from their comments.
 */
@Controller
class BlocksController {

    static final int PER_PAGE = 50;

    private final Blocks blocks;
    private final Accounts accounts;
    private final UserNav userNav;

    BlocksController(Blocks blocks, Accounts accounts, UserNav userNav) {
        this.blocks = blocks;
        this.accounts = accounts;
        this.userNav = userNav;
    }

    @GetMapping("/users/{login}/blocked")
    String list(
            @PathVariable String login,
            @RequestParam(name = "block", defaultValue = "") String toBlock,
            @RequestParam(defaultValue = "1") String page,
            Viewer viewer,
            Model model) {
        User user = user(login);
        if (!viewer.is(user.id())) throw new ForbiddenException("see someone else's blocked users");
        String error = null;
        if (!toBlock.isBlank()) {
            var found = accounts.byLogin(toBlock.strip());
            if (found.isPresent()) return "redirect:/users/" + found.get().login() + "/block";
            error = "Sorry, we couldn't find a user matching that name.";
        }
        int number = Paged.pageNumber(page);
        model.addAttribute("user", user);
        model.addAttribute("userNav", userNav.links(user.login(), viewer));
        model.addAttribute(
                "blocked",
                new Paged<>(
                        blocks.blockedBy(user.id(), (number - 1) * PER_PAGE, PER_PAGE),
                        blocks.count(user.id()),
                        number,
                        PER_PAGE));
        model.addAttribute("toBlock", toBlock);
        model.addAttribute("error", error);
        model.addAttribute("limit", Blocks.MAX_BLOCKED);
        return "community/blocked";
    }

    @GetMapping("/users/{login}/block")
    String confirm(@PathVariable String login, Viewer viewer, Model model) {
        User other = other(login, viewer);
        model.addAttribute("other", other);
        model.addAttribute("blocked", blocks.isBlocked(viewer.userId(), other.id()));
        return "community/block_confirm";
    }

    @PostMapping("/users/{login}/block")
    String block(@PathVariable String login, Viewer viewer, RedirectAttributes flash) {
        User other = other(login, viewer);
        try {
            blocks.block(viewer.userId(), other.id());
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("flash", e.getMessage());
            return "redirect:/users/" + viewer.login() + "/blocked";
        }
        flash.addFlashAttribute("flash", "You have blocked the user " + other.login() + ".");
        return "redirect:/users/" + viewer.login() + "/blocked";
    }

    @PostMapping("/users/{login}/unblock")
    String unblock(@PathVariable String login, Viewer viewer, RedirectAttributes flash) {
        User other = other(login, viewer);
        blocks.unblock(viewer.userId(), other.id());
        flash.addFlashAttribute("flash", "You have unblocked the user " + other.login() + ".");
        return "redirect:/users/" + viewer.login() + "/blocked";
    }

    private User user(String login) {
        return accounts.byLogin(login).orElseThrow(() -> new NotFoundException("user " + login));
    }

    /** Someone the signed-in viewer may block: anyone but themself. */
    private User other(String login, Viewer viewer) {
        User other = user(login);
        if (!viewer.signedIn()) throw new ForbiddenException("block users without logging in");
        if (viewer.is(other.id())) throw new ForbiddenException("block yourself");
        return other;
    }
}
