package org.fanfold.collections;

import org.fanfold.shared.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Joining a collection and answering requests to join ({@code /collections/{name}/join}, AO3's "Join" button), and
 * deleting a collection ({@code /collections/{name}/delete}, its owners, after a confirmation page).
 */
@Controller
class CollectionMembershipController {

    private final CollectionService collections;
    private final CollectionMembership membership;
    private final CollectionStore store;
    private final CollectionPages pages;

    CollectionMembershipController(
            CollectionService collections,
            CollectionMembership membership,
            CollectionStore store,
            CollectionPages pages) {
        this.collections = collections;
        this.membership = membership;
        this.store = store;
        this.pages = pages;
    }

    @PostMapping("/collections/{name}/join")
    String join(@PathVariable String name, Viewer viewer, RedirectAttributes flash) {
        ArchiveCollection c = collections.byName(name);
        String message = switch (membership.join(c, viewer)) {
            case APPLIED -> "You have applied to join " + c.title() + ". Its moderators will approve or decline you.";
            case JOINED -> "You are now a member of " + c.title() + ".";
            case ALREADY_APPLIED -> "You have already applied to join " + c.title() + ".";
            case ALREADY_PARTICIPANT -> "You have already joined " + c.title() + ".";
        };
        flash.addFlashAttribute("flash", message);
        return "redirect:" + c.url();
    }

    @PostMapping("/collections/{name}/join/withdraw")
    String withdraw(@PathVariable String name, Viewer viewer, RedirectAttributes flash) {
        ArchiveCollection c = collections.byName(name);
        flash.addFlashAttribute(
                "flash",
                membership.withdraw(c, viewer)
                        ? "You have withdrawn your request to join " + c.title() + "."
                        : "You had no request to join " + c.title() + ".");
        return "redirect:" + c.url();
    }

    @PostMapping("/collections/{name}/join_requests/{userId}/approve")
    String approve(@PathVariable String name, @PathVariable long userId, Viewer viewer, RedirectAttributes flash) {
        ArchiveCollection c = collections.byName(name);
        String login = login(c, viewer, userId);
        membership.approve(c, viewer, userId);
        flash.addFlashAttribute("flash", login + " is now a member.");
        return "redirect:" + c.url() + "/participants";
    }

    @PostMapping("/collections/{name}/join_requests/{userId}/decline")
    String decline(@PathVariable String name, @PathVariable long userId, Viewer viewer, RedirectAttributes flash) {
        ArchiveCollection c = collections.byName(name);
        String login = login(c, viewer, userId);
        membership.decline(c, viewer, userId);
        flash.addFlashAttribute("flash", "You declined " + login + "'s request to join.");
        return "redirect:" + c.url() + "/participants";
    }

    @GetMapping("/collections/{name}/delete")
    String confirmDelete(@PathVariable String name, Viewer viewer, Model model) {
        ArchiveCollection c = collections.byName(name);
        if (!collections.owns(c, viewer)) throw new org.fanfold.shared.ForbiddenException("delete this collection");
        pages.addHeader(model, c, viewer, "delete");
        model.addAttribute("workCount", store.itemWorkCount(c.id()));
        model.addAttribute("participantCount", store.participantCount(c.id()));
        return "collections/delete";
    }

    @PostMapping("/collections/{name}/delete")
    String delete(@PathVariable String name, Viewer viewer, RedirectAttributes flash) {
        ArchiveCollection c = collections.byName(name);
        collections.delete(c, viewer);
        flash.addFlashAttribute(
                "flash", "The collection " + c.title() + " was deleted. Its works stay on the archive.");
        return "redirect:/collections";
    }

    /** The login of the user whose request a maintainer answers (a request that is not there: 404). */
    private String login(ArchiveCollection c, Viewer viewer, long userId) {
        return membership.waiting(c, viewer).stream()
                .filter(r -> r.userId() == userId)
                .map(JoinRequest::login)
                .findFirst()
                .orElseThrow(() -> new org.fanfold.shared.NotFoundException("join request"));
    }
}
