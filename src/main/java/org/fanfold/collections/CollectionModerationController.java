package org.fanfold.collections;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.fanfold.shared.NotFoundException;
import org.fanfold.shared.Paged;
import org.fanfold.shared.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A collection's items for its maintainers, {@code /collections/{name}/items}: AO3's tabs (awaiting the collection's
 * approval — the moderation queue —, awaiting the creators', rejected either way, approved), approving, rejecting
 * and removing items, and inviting a work by its URL.
 */
@Controller
class CollectionModerationController {

    private final CollectionService collections;
    private final CollectionItemService service;
    private final CollectionItemStore items;
    private final CollectionPages pages;
    private final ItemRows rows;

    CollectionModerationController(
            CollectionService collections,
            CollectionItemService service,
            CollectionItemStore items,
            CollectionPages pages,
            ItemRows rows) {
        this.collections = collections;
        this.service = service;
        this.items = items;
        this.pages = pages;
        this.rows = rows;
    }

    @GetMapping("/collections/{name}/items")
    String index(
            @PathVariable String name,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "1") String page,
            Viewer viewer,
            Model model) {
        ArchiveCollection c = collections.byName(name);
        collections.requireMaintainer(c, viewer);
        return render(model, c, viewer, ItemStatus.of(status, ItemStatus.UNREVIEWED_BY_COLLECTION), page, "", Map.of());
    }

    /** Invites a work, named by its URL or id; a maintainer's own work is added. */
    @PostMapping("/collections/{name}/items")
    String invite(
            @PathVariable String name,
            @RequestParam(defaultValue = "") String work,
            Viewer viewer,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        ArchiveCollection c = collections.byName(name);
        collections.requireMaintainer(c, viewer);
        Long workId = SiteAddress.workId(work, SiteAddress.base(request));
        try {
            if (workId == null)
                throw new CollectionRejected("work", "Please enter a work's URL here, e.g. /works/123.");
            CollectionItem item = service.invite(c, workId, viewer);
            ItemStatus tab = item.listed() ? ItemStatus.APPROVED : ItemStatus.UNREVIEWED_BY_USER;
            return "redirect:" + c.url() + "/items?status=" + tab.param();
        } catch (CollectionRejected e) {
            response.setStatus(422);
            return render(model, c, viewer, ItemStatus.UNREVIEWED_BY_COLLECTION, "1", work, e.errors());
        }
    }

    @PostMapping("/collections/{name}/items/{id}/{action:approve|reject|remove}")
    String moderate(
            @PathVariable String name,
            @PathVariable long id,
            @PathVariable String action,
            @RequestParam(defaultValue = "") String status,
            Viewer viewer) {
        ArchiveCollection c = collections.byName(name);
        CollectionItem item = items.find(id)
                .filter(i -> i.collectionId() == c.id())
                .orElseThrow(() -> new NotFoundException("item " + id));
        switch (action) {
            case "approve" -> service.moderate(item, viewer, Approval.APPROVED);
            case "reject" -> service.moderate(item, viewer, Approval.REJECTED);
            default -> service.remove(item, viewer);
        }
        return "redirect:" + c.url() + "/items"
                + (status.isBlank()
                        ? ""
                        : "?status="
                                + ItemStatus.of(status, ItemStatus.UNREVIEWED_BY_COLLECTION)
                                        .param());
    }

    private String render(
            Model model,
            ArchiveCollection c,
            Viewer viewer,
            ItemStatus status,
            String page,
            String typed,
            Map<String, String> errors) {
        int n = Paged.pageNumber(page);
        pages.addHeader(model, c, viewer, "items");
        var found = items.ofCollection(c.id(), status, (n - 1) * Paged.DEFAULT_SIZE, Paged.DEFAULT_SIZE);
        model.addAttribute(
                "rows",
                new Paged<>(rows.of(found, viewer), items.countOfCollection(c.id(), status), n, Paged.DEFAULT_SIZE));
        model.addAttribute("status", status);
        model.addAttribute("statuses", ItemStatus.values());
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        return "collections/items";
    }
}
