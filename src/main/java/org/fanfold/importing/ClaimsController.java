package org.fanfold.importing;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.User;
import org.fanfold.community.AccountMail;
import org.fanfold.shared.ForbiddenException;
import org.fanfold.shared.NotFoundException;
import org.fanfold.shared.UserNav;
import org.fanfold.shared.Viewer;
import org.fanfold.works.ImportClaims;
import org.fanfold.works.ImportedCreators;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Claim your imported works" ({@code /users/{login}/claims}): the imported creators whose e-mail address is the
 * account's, with their works. Claiming takes two steps, as the address must be proven: choosing sends a link to
 * the account's address ({@link ClaimTokens}), and the link's page claims. Sign-up does not check addresses, so the
 * address on the account alone proves nothing. The owner only.
 */
@Controller
class ClaimsController {

    private final ImportedCreators creators;
    private final ImportClaims claims;
    private final ClaimTokens tokens;
    private final AccountMail mail;
    private final Accounts accounts;
    private final UserNav userNav;

    ClaimsController(
            ImportedCreators creators,
            ImportClaims claims,
            ClaimTokens tokens,
            AccountMail mail,
            Accounts accounts,
            UserNav userNav) {
        this.creators = creators;
        this.claims = claims;
        this.tokens = tokens;
        this.mail = mail;
        this.accounts = accounts;
        this.userNav = userNav;
    }

    @GetMapping("/users/{login}/claims")
    String index(@PathVariable String login, Viewer viewer, Model model) {
        User user = own(login, viewer);
        model.addAttribute("user", user);
        model.addAttribute("claimable", creators.claimableBy(user.id()));
        model.addAttribute("userNav", userNav.links(user.login(), viewer));
        return "importing/claims";
    }

    /** Sends the link that claims the chosen names to the account's address. */
    @PostMapping("/users/{login}/claims")
    String ask(
            @PathVariable String login,
            @RequestParam(name = "creators", required = false) List<Long> chosen,
            Viewer viewer,
            RedirectAttributes redirect) {
        User user = own(login, viewer);
        String back = "redirect:/users/" + user.login() + "/claims";
        List<ImportedCreators.Claimable> asked = chosen(user, chosen);
        if (asked.isEmpty()) {
            redirect.addFlashAttribute("flash", "Please choose the names to claim.");
            return back;
        }
        String token = tokens.issue(
                user.id(),
                user.email(),
                asked.stream().map(ImportedCreators.Claimable::id).toList());
        mail.send(user.id(), "Claim your imported works", letter(user, asked, token));
        redirect.addFlashAttribute(
                "flash",
                "We've sent a link to " + user.email() + ". Open it to claim the works; it works for "
                        + ClaimTokens.VALID.toDays() + " days.");
        return back;
    }

    /** The mailed link: what it claims, with the button that does. Opening it changes nothing. */
    @GetMapping("/users/{login}/claims/confirm")
    String confirm(
            @PathVariable String login,
            @RequestParam(defaultValue = "") String token,
            Viewer viewer,
            Model model,
            RedirectAttributes redirect) {
        User user = own(login, viewer);
        List<ImportedCreators.Claimable> asked = tokens.verify(token, user.id(), user.email())
                .map(ids -> chosen(user, ids))
                .orElse(List.of());
        if (asked.isEmpty()) return expired(user, redirect);
        model.addAttribute("user", user);
        model.addAttribute("claimable", asked);
        model.addAttribute("token", token);
        model.addAttribute("userNav", userNav.links(user.login(), viewer));
        return "importing/claim_confirm";
    }

    @PostMapping("/users/{login}/claims/confirm")
    String claim(
            @PathVariable String login,
            @RequestParam(defaultValue = "") String token,
            Viewer viewer,
            RedirectAttributes redirect) {
        User user = own(login, viewer);
        List<Long> ids = tokens.verify(token, user.id(), user.email()).orElse(null);
        if (ids == null) return expired(user, redirect);
        ImportClaims.Claimed done = claims.claim(user.id(), ids);
        redirect.addFlashAttribute(
                "flash",
                switch (done.works()) {
                    case 0 -> "There was nothing left to claim.";
                    case 1 -> "You have claimed 1 work: it is now credited to you as " + done.pseud() + ".";
                    default ->
                        "You have claimed " + done.works() + " works: they are now credited to you as " + done.pseud()
                                + ".";
                });
        return "redirect:/users/" + user.login() + "/claims";
    }

    /** Of the names {@code ids}, those {@code user} may claim now. */
    private List<ImportedCreators.Claimable> chosen(User user, List<Long> ids) {
        if (ids == null || ids.isEmpty()) return List.of();
        Set<Long> wanted = new HashSet<>(ids);
        return creators.claimableBy(user.id()).stream()
                .filter(c -> wanted.contains(c.id()))
                .toList();
    }

    private String letter(User user, List<ImportedCreators.Claimable> asked, String token) {
        var body = new StringBuilder("Hi " + user.login() + ",\n\nYou asked to claim the works imported for ");
        for (int i = 0; i < asked.size(); i++) {
            var c = asked.get(i);
            if (i > 0) body.append(i == asked.size() - 1 ? " and " : ", ");
            body.append(c.name()).append(" (from ").append(c.sourceName()).append(")");
        }
        body.append(". To claim them, open this link while logged in as ")
                .append(user.login())
                .append(":\n\n")
                .append(mail.link("/users/" + user.login() + "/claims/confirm?token=" + token))
                .append("\n\nThe link works for ")
                .append(ClaimTokens.VALID.toDays())
                .append(" days. If you didn't ask for it, you need do nothing: nothing is claimed without it.\n");
        return body.toString();
    }

    private static String expired(User user, RedirectAttributes redirect) {
        redirect.addFlashAttribute(
                "flash",
                "That link has expired, was made for another account, or its works are claimed already. Choose the"
                        + " names to claim again for a new link.");
        return "redirect:/users/" + user.login() + "/claims";
    }

    private User own(String login, Viewer viewer) {
        User user = accounts.byLogin(login).orElseThrow(() -> new NotFoundException("user " + login));
        if (!viewer.is(user.id())) throw new ForbiddenException("claim someone else's imported works");
        return user;
    }
}
