package org.fanfold.works;

import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.ReturnPaths;
import org.fanfold.accounts.User;
import org.fanfold.shared.ForbiddenException;
import org.fanfold.shared.NotFoundException;
import org.fanfold.shared.Viewer;
import org.fanfold.tags.Tag;
import org.fanfold.tags.TagNames;
import org.fanfold.tags.TagService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A reader's persistent exclusions and saved filters: mute or unmute a tag or a user, save the listing in view
 * under a name, and the page that lists them all ({@code /users/{login}/exclusions}).
 */
@Controller
class ExclusionsController {

    static final int NAME_MAX = 100;

    private final Exclusions exclusions;
    private final SavedFilters saved;
    private final TagService tags;
    private final Accounts accounts;

    ExclusionsController(Exclusions exclusions, SavedFilters saved, TagService tags, Accounts accounts) {
        this.exclusions = exclusions;
        this.saved = saved;
        this.tags = tags;
        this.accounts = accounts;
    }

    @GetMapping("/users/{login}/exclusions")
    String show(@PathVariable String login, Viewer viewer, Model model) {
        User user = own(login, viewer);
        model.addAttribute("user", user);
        model.addAttribute(
                "mutedTags",
                tags.byIds(exclusions.mutedTagList(user.id())).values().stream()
                        .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                        .toList());
        model.addAttribute("mutedUsers", exclusions.mutedLogins(user.id()));
        model.addAttribute("savedFilters", saved.of(user.id()));
        return "works/exclusions";
    }

    @PostMapping("/tags/{name}/mute")
    String muteTag(
            @PathVariable String name,
            @RequestParam(defaultValue = "") String returnTo,
            Viewer viewer,
            RedirectAttributes flash) {
        Tag tag = tag(name);
        exclusions.muteTag(viewer.userId(), tag.filterId());
        flash.addFlashAttribute(
                "flash", "You muted " + tag.name() + ": its works are left out of your listings and searches.");
        return back(returnTo, viewer);
    }

    @PostMapping("/tags/{name}/unmute")
    String unmuteTag(
            @PathVariable String name,
            @RequestParam(defaultValue = "") String returnTo,
            Viewer viewer,
            RedirectAttributes flash) {
        Tag tag = tag(name);
        exclusions.unmuteTag(viewer.userId(), tag.filterId());
        flash.addFlashAttribute("flash", "You unmuted " + tag.name() + ".");
        return back(returnTo, viewer);
    }

    /** AO3's confirmation before muting or unmuting a user, reached from their pages. */
    @GetMapping("/users/{login}/mute")
    String confirmMute(@PathVariable String login, Viewer viewer, Model model) {
        User other = user(login);
        if (viewer.userId() == null) throw new ForbiddenException("mute users without logging in");
        if (viewer.is(other.id())) throw new ForbiddenException("mute yourself");
        model.addAttribute("other", other);
        model.addAttribute("muted", exclusions.isMuted(viewer.userId(), other.id()));
        return "works/mute_confirm";
    }

    @PostMapping("/users/{login}/mute")
    String muteUser(
            @PathVariable String login,
            @RequestParam(defaultValue = "") String returnTo,
            Viewer viewer,
            RedirectAttributes flash) {
        User user = user(login);
        exclusions.muteUser(viewer.userId(), user.id());
        flash.addFlashAttribute("flash", "You muted " + user.login() + ": their works are left out of your listings.");
        return back(returnTo, viewer);
    }

    @PostMapping("/users/{login}/unmute")
    String unmuteUser(
            @PathVariable String login,
            @RequestParam(defaultValue = "") String returnTo,
            Viewer viewer,
            RedirectAttributes flash) {
        User user = user(login);
        exclusions.unmuteUser(viewer.userId(), user.id());
        flash.addFlashAttribute("flash", "You unmuted " + user.login() + ".");
        return back(returnTo, viewer);
    }

    /**
     * Saves a listing URL under a name; only paths on this site are kept. A reader who has as many as they may keep
     * is sent back to the listing, its filters as they were, with the name they typed in the form and why it was
     * not saved beside it.
     */
    @PostMapping("/saved_filters")
    String save(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String url,
            Viewer viewer,
            RedirectAttributes flash) {
        String clean = name.strip();
        if (!ReturnPaths.isLocal(url)) throw new NotFoundException("listing " + url);
        if (clean.isEmpty()) clean = "Saved filter";
        if (clean.length() > NAME_MAX) clean = clean.substring(0, NAME_MAX);
        if (saved.count(viewer.userId()) >= SavedFilters.MAX_PER_USER) {
            flash.addFlashAttribute("savedFilterName", name);
            flash.addFlashAttribute(
                    "savedFilterRefused",
                    "These filters were not saved: you have " + SavedFilters.MAX_PER_USER
                            + " saved filters, as many as you can keep. Delete one you no longer need, then save"
                            + " these again.");
            return "redirect:" + url + "#save-filter";
        }
        saved.save(viewer.userId(), clean, url);
        flash.addFlashAttribute("flash", "Saved these filters as \u201c" + clean + "\u201d.");
        return "redirect:" + url;
    }

    @PostMapping("/saved_filters/{id}/delete")
    String delete(@PathVariable long id, Viewer viewer) {
        saved.delete(viewer.userId(), id);
        return "redirect:/users/" + viewer.login() + "/exclusions";
    }

    private Tag tag(String name) {
        return tags.find(TagNames.fromUrl(name)).orElseThrow(() -> new NotFoundException("tag " + name));
    }

    private User user(String login) {
        return accounts.byLogin(login).orElseThrow(() -> new NotFoundException("user " + login));
    }

    private User own(String login, Viewer viewer) {
        User user = user(login);
        if (!viewer.is(user.id())) throw new ForbiddenException("see someone else's exclusions");
        return user;
    }

    private static String back(String returnTo, Viewer viewer) {
        return "redirect:" + (ReturnPaths.isLocal(returnTo) ? returnTo : "/users/" + viewer.login() + "/exclusions");
    }
}
