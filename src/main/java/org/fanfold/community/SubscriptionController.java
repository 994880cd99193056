package org.fanfold.community;

import java.time.Clock;
import org.fanfold.accounts.ReturnPaths;
import org.fanfold.accounts.User;
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
 * Subscribing and unsubscribing ({@code POST /users/{login}/subscriptions[/delete]} with {@code type} and
 * {@code id}), the page that asks first ({@code /users/{login}/subscriptions/new?type=series&id=N}, where the
 * series and user pages link), and the list of a reader's subscriptions ({@code /users/{login}/subscriptions}).
 */
@Controller
class SubscriptionController {

    private final SubscriptionStore store;
    private final SubscriptionTargets targets;
    private final InboxPageOwner owner;
    private final Clock clock;
    private final UserNav userNav;

    SubscriptionController(
            SubscriptionStore store, SubscriptionTargets targets, InboxPageOwner owner, Clock clock, UserNav userNav) {
        this.store = store;
        this.targets = targets;
        this.owner = owner;
        this.clock = clock;
        this.userNav = userNav;
    }

    @GetMapping("/users/{login}/subscriptions")
    String list(@PathVariable String login, Viewer viewer, Model model) {
        User user = owner.require(login, viewer, "see someone else's subscriptions");
        model.addAttribute("user", user);
        model.addAttribute("userNav", userNav.links(user.login(), viewer));
        model.addAttribute("subscriptions", targets.list(store.of(user.id()), viewer));
        return "community/subscriptions";
    }

    @GetMapping("/users/{login}/subscriptions/new")
    String confirm(
            @PathVariable String login,
            @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "") String id,
            Viewer viewer,
            Model model) {
        User user = owner.require(login, viewer, "subscribe for someone else");
        SubscriptionTarget target = parse(type, id);
        var described = targets.describe(target, viewer).orElseThrow(() -> new NotFoundException(type + " " + id));
        model.addAttribute("user", user);
        model.addAttribute("type", target.type().param);
        model.addAttribute("id", target.id());
        model.addAttribute("noun", described.noun());
        model.addAttribute("news", described.news());
        model.addAttribute("title", described.title());
        model.addAttribute("url", described.url());
        model.addAttribute("subscribed", store.isSubscribed(user.id(), target));
        model.addAttribute("refusal", targets.refusal(target, viewer).orElse(null));
        return "community/subscription_new";
    }

    @PostMapping("/users/{login}/subscriptions")
    String subscribe(
            @PathVariable String login,
            @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "") String id,
            @RequestParam(name = "return_to", defaultValue = "") String returnTo,
            Viewer viewer,
            RedirectAttributes flash) {
        User user = owner.require(login, viewer, "subscribe for someone else");
        SubscriptionTarget target = parse(type, id);
        var described = targets.describe(target, viewer).orElseThrow(() -> new NotFoundException(type + " " + id));
        var refusal = targets.refusal(target, viewer);
        if (refusal.isPresent()) {
            flash.addFlashAttribute("flash", refusal.get());
        } else {
            store.subscribe(user.id(), target, clock.millis());
            flash.addFlashAttribute(
                    "flash",
                    "You're subscribed to " + described.title() + ". "
                            + switch (target.type()) {
                                case WORK -> "You'll hear of each new chapter.";
                                case USER -> "You'll hear of each new work they post.";
                                case SERIES -> "You'll hear of each new part.";
                            });
        }
        return back(returnTo, user);
    }

    @PostMapping("/users/{login}/subscriptions/delete")
    String unsubscribe(
            @PathVariable String login,
            @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "") String id,
            @RequestParam(name = "return_to", defaultValue = "") String returnTo,
            Viewer viewer,
            RedirectAttributes flash) {
        User user = owner.require(login, viewer, "unsubscribe someone else");
        SubscriptionTarget target = parse(type, id);
        if (store.unsubscribe(user.id(), target)) {
            String title = targets.describe(target, viewer)
                    .map(SubscriptionTargets.Described::title)
                    .orElse("it");
            flash.addFlashAttribute("flash", "You're no longer subscribed to " + title + ".");
        }
        return back(returnTo, user);
    }

    private static SubscriptionTarget parse(String type, String id) {
        return SubscriptionTarget.parse(type, id).orElseThrow(() -> new NotFoundException(type + " " + id));
    }

    private static String back(String returnTo, User user) {
        return "redirect:" + (ReturnPaths.isLocal(returnTo) ? returnTo : user.url() + "/subscriptions");
    }
}
