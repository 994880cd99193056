package org.fanfold.collections;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.User;
import org.fanfold.shared.ForbiddenException;
import org.fanfold.shared.NotFoundException;
import org.fanfold.shared.Paged;
import org.fanfold.shared.UserNav;
import org.fanfold.shared.Viewer;
import org.fanfold.works.WorkReader;
import org.fanfold.works.WorkView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The creator's side of collection items: "Add to Collections" from a work ({@code /works/{id}/collection_items/new}),
 * and {@code /users/{login}/collection_items}, where a creator sees their works' items by state, accepts or declines
 * the collections' invitations, and takes works out.
 */
@Controller
class WorkCollectionItemsController {

    private final CollectionItemService service;
    private final CollectionItemStore items;
    private final CollectionStore collections;
    private final ItemRows rows;
    private final WorkReader reader;
    private final Accounts accounts;
    private final UserNav userNav;

    WorkCollectionItemsController(
            CollectionItemService service,
            CollectionItemStore items,
            CollectionStore collections,
            ItemRows rows,
            WorkReader reader,
            Accounts accounts,
            UserNav userNav) {
        this.service = service;
        this.items = items;
        this.collections = collections;
        this.rows = rows;
        this.reader = reader;
        this.accounts = accounts;
        this.userNav = userNav;
    }

    @GetMapping("/works/{id}/collection_items/new")
    String newItems(@PathVariable long id, Viewer viewer, Model model) {
        return form(model, ownWork(id, viewer), viewer, "", Map.of());
    }

    /** Adds the work to the collections named in {@code collection_names} (comma-separated), all or none. */
    @PostMapping("/works/{id}/collection_items")
    String add(
            @PathVariable long id,
            @RequestParam(name = "collection_names", defaultValue = "") String names,
            Viewer viewer,
            HttpServletResponse response,
            Model model) {
        WorkView work = ownWork(id, viewer);
        List<String> list = Arrays.stream(names.split(","))
                .map(String::strip)
                .filter(n -> !n.isEmpty())
                .toList();
        try {
            service.addToAll(id, list, viewer);
        } catch (CollectionRejected e) {
            response.setStatus(422);
            return form(model, work, viewer, names, e.errors());
        }
        return "redirect:/works/" + id + "/collection_items/new";
    }

    @GetMapping("/users/{login}/collection_items")
    String ofUser(
            @PathVariable String login,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "1") String page,
            Viewer viewer,
            Model model) {
        User user = own(login, viewer);
        ItemStatus s = ItemStatus.of(status, ItemStatus.UNREVIEWED_BY_USER);
        int n = Paged.pageNumber(page);
        var found = items.ofUser(user.id(), s, (n - 1) * Paged.DEFAULT_SIZE, Paged.DEFAULT_SIZE);
        model.addAttribute("user", user);
        model.addAttribute("userNav", userNav.links(user.login(), viewer));
        model.addAttribute(
                "rows", new Paged<>(rows.of(found, viewer), items.countOfUser(user.id(), s), n, Paged.DEFAULT_SIZE));
        model.addAttribute("status", s);
        model.addAttribute("statuses", ItemStatus.values());
        return "collections/user_items";
    }

    @PostMapping("/users/{login}/collection_items/{id}/{action:approve|reject|remove}")
    String respond(
            @PathVariable String login,
            @PathVariable long id,
            @PathVariable String action,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(name = "return_to", defaultValue = "") String returnTo,
            Viewer viewer) {
        own(login, viewer);
        CollectionItem item = items.find(id).orElseThrow(() -> new NotFoundException("item " + id));
        switch (action) {
            case "approve" -> service.respond(item, viewer, Approval.APPROVED);
            case "reject" -> service.respond(item, viewer, Approval.REJECTED);
            default -> service.remove(item, viewer);
        }
        if (returnTo.matches("/works/\\d+/collection_items/new")) return "redirect:" + returnTo;
        return "redirect:/users/" + login + "/collection_items"
                + (status.isBlank()
                        ? ""
                        : "?status="
                                + ItemStatus.of(status, ItemStatus.UNREVIEWED_BY_USER)
                                        .param());
    }

    private String form(Model model, WorkView work, Viewer viewer, String typed, Map<String, String> errors) {
        model.addAttribute("work", work);
        model.addAttribute("rows", rows.of(items.ofWork(work.work().id()), viewer));
        model.addAttribute("mine", viewer.userId() == null ? List.of() : collections.page(viewer.userId(), 0, 100));
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        return "collections/add_work";
    }

    private WorkView ownWork(long id, Viewer viewer) {
        WorkView work = reader.view(id, viewer).orElseThrow(() -> new NotFoundException("work " + id));
        if (!work.isCreator(viewer.userId())) throw new ForbiddenException("add someone else's work to collections");
        return work;
    }

    private User own(String login, Viewer viewer) {
        User user = accounts.byLogin(login).orElseThrow(() -> new NotFoundException("user " + login));
        if (!viewer.is(user.id())) throw new ForbiddenException("see someone else's collection items");
        return user;
    }
}
