package org.fanfold.collections;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.fanfold.shared.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A collection's membership, {@code /collections/{name}/participants}: its maintainers add people by login as
 * owners, moderators or members, change their roles and remove them, and answer requests to join
 * ({@link CollectionMembershipController}); any participant may leave.
 */
@Controller
class CollectionParticipantsController {

    private final CollectionService collections;
    private final CollectionStore store;
    private final CollectionPages pages;
    private final CollectionMembership membership;

    CollectionParticipantsController(
            CollectionService collections,
            CollectionStore store,
            CollectionPages pages,
            CollectionMembership membership) {
        this.collections = collections;
        this.store = store;
        this.pages = pages;
        this.membership = membership;
    }

    @GetMapping("/collections/{name}/participants")
    String index(@PathVariable String name, Viewer viewer, Model model) {
        ArchiveCollection c = collections.byName(name);
        collections.requireMaintainer(c, viewer);
        return render(model, c, viewer, "", CollectionRole.MEMBER.key(), Map.of());
    }

    /** Adds {@code login} with {@code role}, or changes their role. */
    @PostMapping("/collections/{name}/participants")
    String set(
            @PathVariable String name,
            @RequestParam(defaultValue = "") String login,
            @RequestParam(defaultValue = "member") String role,
            Viewer viewer,
            HttpServletResponse response,
            Model model) {
        ArchiveCollection c = collections.byName(name);
        try {
            collections.setParticipant(c, viewer, login, role);
        } catch (CollectionRejected e) {
            response.setStatus(422);
            return render(model, c, viewer, login, role, e.errors());
        }
        return "redirect:" + c.url() + "/participants";
    }

    /** Removes a participant, or lets the viewer leave ({@code userId} their own). The last owner stays. */
    @PostMapping("/collections/{name}/participants/{userId}/remove")
    String remove(
            @PathVariable String name,
            @PathVariable long userId,
            Viewer viewer,
            HttpServletResponse response,
            Model model) {
        ArchiveCollection c = collections.byName(name);
        try {
            collections.removeParticipant(c, viewer, userId);
        } catch (CollectionRejected e) {
            // only the last owner is refused, and an owner may see this page
            response.setStatus(422);
            return render(model, c, viewer, "", CollectionRole.MEMBER.key(), e.errors());
        }
        return viewer.is(userId) ? "redirect:" + c.url() : "redirect:" + c.url() + "/participants";
    }

    private String render(
            Model model, ArchiveCollection c, Viewer viewer, String login, String role, Map<String, String> errors) {
        pages.addHeader(model, c, viewer, "participants");
        model.addAttribute("participants", store.participants(c.id()));
        model.addAttribute(
                "joinRequests", collections.maintains(c, viewer) ? membership.waiting(c, viewer) : List.of());
        model.addAttribute("roles", CollectionRole.values());
        model.addAttribute("typedLogin", login);
        model.addAttribute("typedRole", role);
        model.addAttribute("errors", errors);
        return "collections/participants";
    }
}
