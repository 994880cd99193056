package org.fanfold.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.fanfold.shared.Viewer;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** Sign-up: a new account, signed in straight away. */
@Controller
class SignupController {

    private final Accounts accounts;
    private final AccountUserDetailsService users;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SignupController(Accounts accounts, AccountUserDetailsService users) {
        this.accounts = accounts;
        this.users = users;
    }

    @GetMapping("/signup")
    String form(Viewer viewer, Model model) {
        if (viewer.signedIn()) return "redirect:/users/" + viewer.login();
        model.addAttribute("form", SignupForm.empty());
        model.addAttribute("errors", Map.of());
        return "accounts/signup";
    }

    @PostMapping("/signup")
    String signup(
            @ModelAttribute SignupForm form, HttpServletRequest request, HttpServletResponse response, Model model) {
        User user;
        try {
            user = accounts.register(form, false);
        } catch (AccountException e) {
            response.setStatus(422);
            model.addAttribute("form", form.withoutPasswords());
            model.addAttribute("errors", e.errors());
            return "accounts/signup";
        }
        var principal = users.loadUserByUsername(user.login());
        var auth = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return "redirect:/users/" + user.login() + "?welcome";
    }
}
