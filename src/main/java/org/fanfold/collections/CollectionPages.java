package org.fanfold.collections;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import java.util.HashMap;
import java.util.Map;
import org.fanfold.shared.PageContext;
import org.fanfold.shared.Viewer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What every page of a collection shows on top: its header with title, type and the viewer's actions (Join, Leave,
 * Membership with the requests waiting for maintainers…), and the message an action left.
 */
@Component
class CollectionPages {

    private final CollectionService collections;
    private final CollectionMembership membership;
    private final TemplateEngine templates;

    CollectionPages(CollectionService collections, CollectionMembership membership, TemplateEngine templates) {
        this.collections = collections;
        this.membership = membership;
        this.templates = templates;
    }

    /**
     * Adds {@code collection}, the viewer's {@code role} (or null) and the {@code header} to the model; the header
     * shows the message an action left ({@code flash} in the model).
     */
    void addHeader(Model model, ArchiveCollection c, Viewer viewer, String current) {
        CollectionRole role = collections.role(c, viewer).orElse(null);
        model.addAttribute("collection", c);
        model.addAttribute("role", role);
        String flash = model.getAttribute("flash") instanceof String s ? s : null;
        model.addAttribute("header", header((PageContext) model.getAttribute("page"), c, role, current, flash));
    }

    /** The header alone, for a page that shows action messages itself ({@code flash} null). */
    Content header(
            PageContext page,
            ArchiveCollection c,
            @Nullable CollectionRole role,
            String current,
            @Nullable String flash) {
        Map<String, Object> params = new HashMap<>();
        params.put("page", page);
        params.put("collection", c);
        params.put("role", role);
        params.put("current", current);
        params.put("applied", role == null && membership.applied(c, page.viewer()));
        params.put("joinRequests", membership.waitingCount(c, role));
        params.put("flash", flash);
        return output -> templates.render("collections/header.jte", params, output);
    }
}
