package org.fanfold.accounts;

import org.fanfold.shared.ForbiddenException;
import org.fanfold.shared.NotFoundException;
import org.fanfold.shared.TextFormat;
import org.fanfold.shared.UserNav;
import org.fanfold.shared.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A user's profile (about text, pseuds, date joined) and its edit form. */
@Controller
class ProfileController {

    private final Accounts accounts;
    private final UserNav userNav;

    ProfileController(Accounts accounts, UserNav userNav) {
        this.accounts = accounts;
        this.userNav = userNav;
    }

    @GetMapping("/users/{login}/profile")
    String show(@PathVariable String login, Viewer viewer, Model model) {
        User user = accounts.byLogin(login).orElseThrow(() -> new NotFoundException("user " + login));
        model.addAttribute("user", user);
        model.addAttribute("userNav", userNav.links(user.login(), viewer));
        model.addAttribute("pseuds", accounts.pseuds(user.id()));
        return "accounts/profile";
    }

    @GetMapping("/users/{login}/profile/edit")
    String edit(@PathVariable String login, Viewer viewer, Model model) {
        User user = own(login, viewer);
        model.addAttribute("user", user);
        model.addAttribute("about", user.about());
        model.addAttribute("error", null);
        return "accounts/profile_edit";
    }

    @PostMapping("/users/{login}/profile")
    String update(
            @PathVariable String login, @RequestParam(defaultValue = "") String about, Viewer viewer, Model model) {
        User user = own(login, viewer);
        if (about.length() > Accounts.ABOUT_MAX) {
            model.addAttribute("user", user);
            model.addAttribute("about", about);
            model.addAttribute(
                    "error",
                    "About me must be at most " + Accounts.ABOUT_MAX + " characters (it has " + about.length() + ").");
            return "accounts/profile_edit";
        }
        accounts.updateAbout(user.id(), TextFormat.HTML.toHtml(about));
        return "redirect:/users/" + user.login() + "/profile";
    }

    private User own(String login, Viewer viewer) {
        User user = accounts.byLogin(login).orElseThrow(() -> new NotFoundException("user " + login));
        if (!viewer.is(user.id()) && !viewer.admin()) throw new ForbiddenException("edit someone else's profile");
        return user;
    }
}
