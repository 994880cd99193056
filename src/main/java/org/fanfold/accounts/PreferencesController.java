package org.fanfold.accounts;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Map;
import org.fanfold.shared.ForbiddenException;
import org.fanfold.shared.NotFoundException;
import org.fanfold.shared.UserNav;
import org.fanfold.shared.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** AO3's preferences page, {@code /users/{login}/preferences}: the owner's own only. */
@Controller
class PreferencesController {

    private final Accounts accounts;
    private final PreferencesStore preferences;
    private final UserNav userNav;
    private final Clock clock;

    PreferencesController(Accounts accounts, PreferencesStore preferences, UserNav userNav, Clock clock) {
        this.accounts = accounts;
        this.preferences = preferences;
        this.userNav = userNav;
        this.clock = clock;
    }

    @GetMapping("/users/{login}/preferences")
    String show(@PathVariable String login, Viewer viewer, Model model) {
        User user = own(login, viewer);
        return form(model, viewer, user, PreferencesForm.of(preferences.of(user.id())), Map.of());
    }

    @PostMapping("/users/{login}/preferences")
    String save(
            @PathVariable String login,
            @ModelAttribute PreferencesForm form,
            Viewer viewer,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        User user = own(login, viewer);
        Map<String, String> errors = form.errors();
        if (!errors.isEmpty()) {
            response.setStatus(422);
            return form(model, viewer, user, form, errors);
        }
        preferences.save(user.id(), form.toPreferences());
        redirect.addFlashAttribute("flash", "Your preferences were successfully updated.");
        return "redirect:/users/" + user.login() + "/preferences";
    }

    private String form(Model model, Viewer viewer, User user, PreferencesForm form, Map<String, String> errors) {
        model.addAttribute("user", user);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("zones", TimeZones.choices(clock.instant()));
        model.addAttribute("userNav", userNav.links(user.login(), viewer));
        return "accounts/preferences";
    }

    private User own(String login, Viewer viewer) {
        User user = accounts.byLogin(login).orElseThrow(() -> new NotFoundException("user " + login));
        if (!viewer.is(user.id())) throw new ForbiddenException("see someone else's preferences");
        return user;
    }
}
