package org.fanfold.collections;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import java.util.HashMap;
import java.util.Map;
import org.fanfold.shared.PageContext;
import org.fanfold.shared.Viewer;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What every page of a collection shows on top: its header with title, type and the viewer's actions. */
@Component
class CollectionPages {

    private final CollectionService collections;
    private final TemplateEngine templates;

    CollectionPages(CollectionService collections, TemplateEngine templates) {
        this.collections = collections;
        this.templates = templates;
    }

    /** Adds {@code collection}, the viewer's {@code role} (or null) and the {@code header} to the model. */
    void addHeader(Model model, ArchiveCollection c, Viewer viewer, String current) {
        CollectionRole role = collections.role(c, viewer).orElse(null);
        model.addAttribute("collection", c);
        model.addAttribute("role", role);
        model.addAttribute("header", header((PageContext) model.getAttribute("page"), c, role, current));
    }

    Content header(PageContext page, ArchiveCollection c, CollectionRole role, String current) {
        Map<String, Object> params = new HashMap<>();
        params.put("page", page);
        params.put("collection", c);
        params.put("role", role);
        params.put("current", current);
        return output -> templates.render("collections/header.jte", params, output);
    }
}
