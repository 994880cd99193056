package org.fanfold.collections;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import java.util.List;
import java.util.Map;
import org.fanfold.shared.PageContext;
import org.fanfold.shared.Viewer;
import org.fanfold.works.WorkPage;
import org.fanfold.works.WorkPageSection;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * "Works inspired by this one" after the text, as AO3's {@code div#children}: the children the work's creator
 * approved, those the viewer may see.
 */
@Component
class InspiredWorksSection implements WorkPageSection {

    private final RelatedWorkViews related;
    private final TemplateEngine templates;

    InspiredWorksSection(RelatedWorkViews related, TemplateEngine templates) {
        this.related = related;
        this.templates = templates;
    }

    @Override
    public Slot slot() {
        return Slot.FEEDBACK;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public @Nullable Content content(WorkPage page, Viewer viewer, PageContext context) {
        List<RelatedLink> children = related.approvedChildren(page.view(), viewer, false);
        if (children.isEmpty()) return null;
        return output -> templates.render("collections/related_children.jte", Map.of("children", children), output);
    }
}
