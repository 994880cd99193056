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
 * "Claim your imported works" ({@code /users/{login}/claims}): the imported creators whose e-mail address is the
 * account's, with their works, to claim. The owner only.
 */
@Controller
class ClaimsController {

    static final String PATH = "/users/{login}/claims";

    private final ImportedCreators creators;
    private final ImportClaims claims;
    private final Accounts accounts;
    private final UserNav userNav;

    ClaimsController(ImportedCreators creators, ImportClaims claims, Accounts accounts, UserNav userNav) {
        this.creators = creators;
        this.claims = claims;
        this.accounts = accounts;
        this.userNav = userNav;
    }

    @GetMapping(PATH)
    String index(@PathVariable String login, Viewer viewer, Model model) {
        User user = own(login, viewer);
        model.addAttribute("user", user);
        model.addAttribute("claimable", creators.claimableBy(user.id()));
        model.addAttribute("userNav", userNav.links(user.login(), viewer));
        return "works/claims";
    }

    @PostMapping(PATH)
    String claim(
            @PathVariable String login,
            @RequestParam(name = "creators", required = false) List<Long> chosen,
            Viewer viewer,
            RedirectAttributes redirect) {
        User user = own(login, viewer);
        String back = "redirect:/users/" + user.login() + "/claims";
        if (chosen == null || chosen.isEmpty()) {
            redirect.addFlashAttribute("flash", "Please choose the names to claim.");
            return back;
        }
        ImportClaims.Claimed done = claims.claim(user.id(), chosen);
        redirect.addFlashAttribute(
                "flash",
                switch (done.works()) {
                    case 0 -> "There was nothing to claim.";
                    case 1 -> "You have claimed 1 work: it is now credited to you as " + done.pseud() + ".";
                    default ->
                        "You have claimed " + done.works() + " works: they are now credited to you as " + done.pseud()
                                + ".";
                });
        return back;
    }

    private User own(String login, Viewer viewer) {
        User user = accounts.byLogin(login).orElseThrow(() -> new NotFoundException("user " + login));
        if (!viewer.is(user.id())) throw new ForbiddenException("claim someone else's imported works");
        return user;
    }
}
