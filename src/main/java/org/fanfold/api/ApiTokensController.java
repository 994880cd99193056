package org.fanfold.api;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.User;
import org.fanfold.shared.ForbiddenException;
import org.fanfold.shared.NotFoundException;
import org.fanfold.shared.UserNav;
import org.fanfold.shared.Viewer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The owner's page of personal API tokens, {@code /users/{login}/api_tokens} (linked from their preferences): the
 * tokens with when each was made and last used, a form to make one, and Revoke. A new token is shown once, on the
 * answer to the form that made it (never kept, not even in the session); the page then says to copy it.
 */
@Controller
class ApiTokensController {

    private final Accounts accounts;
    private final ApiTokens tokens;
    private final UserNav userNav;

    ApiTokensController(Accounts accounts, ApiTokens tokens, UserNav userNav) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.userNav = userNav;
    }

    @GetMapping("/users/{login}/api_tokens")
    String index(@PathVariable String login, Viewer viewer, Model model) {
        return page(model, viewer, own(login, viewer), "", Map.of(), null);
    }

    @PostMapping("/users/{login}/api_tokens")
    String create(
            @PathVariable String login,
            @RequestParam(name = "api_token[name]", defaultValue = "") String name,
            Viewer viewer,
            HttpServletResponse response,
            Model model) {
        User user = own(login, viewer);
        Map<String, String> errors = tokens.problems(user.id(), name);
        if (!errors.isEmpty()) {
            response.setStatus(422);
            return page(model, viewer, user, name, errors, null);
        }
        NewApiToken created = tokens.create(user.id(), name);
        response.setHeader("Cache-Control", "no-store");
        return page(model, viewer, user, "", Map.of(), created);
    }

    @PostMapping("/users/{login}/api_tokens/{id}/revoke")
    String revoke(@PathVariable String login, @PathVariable long id, Viewer viewer, RedirectAttributes redirect) {
        User user = own(login, viewer);
        if (!tokens.revoke(user.id(), id)) throw new NotFoundException("API token " + id);
        redirect.addFlashAttribute("flash", "The token was revoked: programs using it can no longer sign in with it.");
        return "redirect:/users/" + user.login() + "/api_tokens";
    }

    private String page(
            Model model,
            Viewer viewer,
            User user,
            String name,
            Map<String, String> errors,
            @Nullable NewApiToken created) {
        model.addAttribute("user", user);
        model.addAttribute("tokens", tokens.of(user.id()));
        model.addAttribute("name", name);
        model.addAttribute("errors", errors);
        model.addAttribute("created", created);
        model.addAttribute("userNav", userNav.links(user.login(), viewer));
        return "api/tokens";
    }

    private User own(String login, Viewer viewer) {
        User user = accounts.byLogin(login).orElseThrow(() -> new NotFoundException("user " + login));
        if (!viewer.is(user.id())) throw new ForbiddenException("see someone else's API tokens");
        return user;
    }
}
