package org.fanfold.accounts;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.fanfold.shared.Viewer;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The login and logout pages (Spring Security handles the POSTs) and AO3's CSRF token dispenser. */
@Controller
class SessionController {

    @GetMapping("/users/login")
    String login(
            Viewer viewer,
            @RequestParam(required = false) String error,
            @RequestParam(required = false) String throttled,
            Model model) {
        if (viewer.signedIn()) return "redirect:/";
        String message = null;
        if (throttled != null) {
            message = "Too many login attempts. Please wait " + throttled.replaceAll("\\D", "")
                    + " seconds and try again.";
        } else if (error != null) {
            message = "The password or user name you entered doesn't match our records.";
        }
        model.addAttribute("message", message);
        return "accounts/login";
    }

    @GetMapping("/users/logout")
    String logout(Viewer viewer) {
        if (!viewer.signedIn()) return "redirect:/";
        return "accounts/logout";
    }

    /** AO3's {@code /token_dispenser.json}: a CSRF token for clients that post the login form themselves. */
    @GetMapping(value = "/token_dispenser.json", produces = "application/json")
    @ResponseBody
    Map<String, String> token(HttpServletRequest request) {
        var token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return Map.of("token", token == null ? "" : token.getToken());
    }
}
