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
 * A work's associations after its meta, as AO3's {@code ul.associations}: what it was inspired by or translates
 * (shown at once), and the approved translations of it.
 */
@Component
class RelatedWorksSection implements WorkPageSection {

    private final RelatedWorkViews related;
    private final TemplateEngine templates;

    RelatedWorksSection(RelatedWorkViews related, TemplateEngine templates) {
        this.related = related;
        this.templates = templates;
    }

    @Override
    public Slot slot() {
        return Slot.AFTER_META;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public @Nullable Content content(WorkPage page, Viewer viewer, PageContext context) {
        List<RelatedLink> parents = related.parentsOf(page.view(), viewer);
        List<RelatedLink> translations = related.approvedChildren(page.view(), viewer, true);
        if (parents.isEmpty() && translations.isEmpty()) return null;
        return output -> templates.render(
                "collections/related_parents.jte", Map.of("parents", parents, "translations", translations), output);
    }
}
