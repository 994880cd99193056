package org.fanfold.works;

import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.Pseud;
import org.fanfold.accounts.User;
import org.fanfold.shared.NotFoundException;
import org.fanfold.shared.UserNav;
import org.fanfold.shared.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A pseud's page at AO3's {@code /users/{login}/pseuds/{pseud}}, where bylines link: its icon and description and
 * its latest works, with a link to all of them ({@code …/works}, the filtered listing).
 */
@Controller
class PseudPageController {

    static final int RECENT = 5;

    private final Accounts accounts;
    private final WorkListings listings;
    private final UserNav userNav;

    PseudPageController(Accounts accounts, WorkListings listings, UserNav userNav) {
        this.accounts = accounts;
        this.listings = listings;
        this.userNav = userNav;
    }

    @GetMapping("/users/{login}/pseuds/{pseud}")
    String show(@PathVariable String login, @PathVariable String pseud, Viewer viewer, Model model) {
        User user = accounts.byLogin(login).orElseThrow(() -> new NotFoundException("user " + login));
        Pseud shown = accounts.pseud(login, pseud).orElseThrow(() -> new NotFoundException("pseud " + pseud));
        model.addAttribute("user", user);
        model.addAttribute("pseud", shown);
        model.addAttribute("works", listings.list(WorkListings.Scope.pseud(user.id(), shown.id()), viewer));
        model.addAttribute("recent", RECENT);
        model.addAttribute("userNav", userNav.links(user.login(), viewer));
        return "works/pseud";
    }
}
