package org.fanfold.works;

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
 * A user's gifts at {@code /users/{login}/gifts}: everyone sees the works gifted to them; the recipient also sees
 * the ones they refused ({@code ?refused=true}) and may refuse or accept each.
 */
@Controller
class GiftsController {

    private final Gifts gifts;
    private final Accounts accounts;
    private final UserNav userNav;

    GiftsController(Gifts gifts, Accounts accounts, UserNav userNav) {
        this.gifts = gifts;
        this.accounts = accounts;
        this.userNav = userNav;
    }

    @GetMapping("/users/{login}/gifts")
    String index(
            @PathVariable String login,
            @RequestParam(defaultValue = "false") boolean refused,
            @RequestParam(defaultValue = "1") String page,
            Viewer viewer,
            Model model) {
        User user = user(login);
        boolean own = viewer.is(user.id());
        if (refused && !own) throw new ForbiddenException("see someone else's refused gifts");
        Paged<WorkView> works = gifts.received(user.id(), refused, viewer, Paged.pageNumber(page));
        model.addAttribute("user", user);
        model.addAttribute("works", works);
        model.addAttribute("refused", refused);
        model.addAttribute("own", own);
        model.addAttribute("userNav", userNav.links(user.login(), viewer));
        model.addAttribute(
                "pageUrl", "/users/" + user.login() + "/gifts?" + (refused ? "refused=true&" : "") + "page=");
        return "works/gifts";
    }

    @PostMapping("/users/{login}/gifts/{workId}/refuse")
    String refuse(@PathVariable String login, @PathVariable long workId, Viewer viewer, RedirectAttributes redirect) {
        User user = own(login, viewer);
        if (!gifts.refuse(user.id(), workId)) throw new NotFoundException("gift of work " + workId);
        redirect.addFlashAttribute("flash", "This work will no longer be listed among your gifts.");
        return "redirect:/users/" + user.login() + "/gifts";
    }

    @PostMapping("/users/{login}/gifts/{workId}/accept")
    String accept(@PathVariable String login, @PathVariable long workId, Viewer viewer, RedirectAttributes redirect) {
        User user = own(login, viewer);
        if (!gifts.accept(user.id(), workId)) throw new NotFoundException("refused gift of work " + workId);
        redirect.addFlashAttribute("flash", "This work will now be listed among your gifts.");
        return "redirect:/users/" + user.login() + "/gifts?refused=true";
    }

    private User user(String login) {
        return accounts.byLogin(login).orElseThrow(() -> new NotFoundException("user " + login));
    }

    private User own(String login, Viewer viewer) {
        User user = user(login);
        if (!viewer.is(user.id())) throw new ForbiddenException("refuse someone else's gifts");
        return user;
    }
}
