package org.fanfold.collections;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import java.util.Map;
import org.fanfold.shared.PageContext;
import org.fanfold.shared.Viewer;
import org.fanfold.works.WorkPage;
import org.fanfold.works.WorkPageSection;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** "Add to Collections" and "Related Works" in a posted work's action bar, for its creators. */
@Component
class CreatorActionsSection implements WorkPageSection {

    private final TemplateEngine templates;

    CreatorActionsSection(TemplateEngine templates) {
        this.templates = templates;
    }

    @Override
    public Slot slot() {
        return Slot.ACTIONS;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public @Nullable Content content(WorkPage page, Viewer viewer, PageContext context) {
        if (!page.canEdit() || !page.work().posted()) return null;
        return output -> templates.render("collections/creator_actions.jte", Map.of("work", page.work()), output);
    }
}
