package org.fanfold.works;

import java.util.List;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.User;
import org.fanfold.shared.ForbiddenException;
import org.fanfold.shared.NotFoundException;
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
 * AO3's "Co-Creator Requests" ({@code /users/{login}/creatorships}): the works one was invited to co-create, to
 * accept or reject in bulk. The owner only.
 */
@Controller
class CreatorshipController {

    private final CoCreators coCreators;
    private final Accounts accounts;
    private final UserNav userNav;

    CreatorshipController(CoCreators coCreators, Accounts accounts, UserNav userNav) {
        this.coCreators = coCreators;
        this.accounts = accounts;
        this.userNav = userNav;
    }

    @GetMapping("/users/{login}/creatorships")
    String index(@PathVariable String login, Viewer viewer, Model model) {
        User user = own(login, viewer);
        model.addAttribute("user", user);
        model.addAttribute("invitations", coCreators.invitationsFor(user.id()));
        model.addAttribute("userNav", userNav.links(user.login(), viewer));
        return "works/creatorships";
    }

    @PostMapping("/users/{login}/creatorships")
    String answer(
            @PathVariable String login,
            @RequestParam(name = "selected", required = false) List<Long> selected,
            @RequestParam(required = false) String accept,
            Viewer viewer,
            RedirectAttributes redirect) {
        User user = own(login, viewer);
        String back = "redirect:/users/" + user.login() + "/creatorships";
        if (selected == null || selected.isEmpty()) {
            redirect.addFlashAttribute("flash", "You must select at least one request.");
            return back;
        }
        if (accept != null) {
            int n = coCreators.accept(user.id(), selected).size();
            redirect.addFlashAttribute(
                    "flash",
                    n == 1
                            ? "You are now listed as a co-creator on that work."
                            : "You are now listed as a co-creator on " + n + " works.");
        } else {
            coCreators.decline(user.id(), selected);
            redirect.addFlashAttribute("flash", "Requests rejected.");
        }
        return back;
    }

    private User own(String login, Viewer viewer) {
        User user = accounts.byLogin(login).orElseThrow(() -> new NotFoundException("user " + login));
        if (!viewer.is(user.id())) throw new ForbiddenException("answer someone else's co-creator requests");
        return user;
    }
}
