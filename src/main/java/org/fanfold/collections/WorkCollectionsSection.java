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

/** The collections a work is listed in, after its meta (AO3 lists them as "Collections:" in the work's meta). */
@Component
class WorkCollectionsSection implements WorkPageSection {

    private final CollectionStore collections;
    private final TemplateEngine templates;

    WorkCollectionsSection(CollectionStore collections, TemplateEngine templates) {
        this.collections = collections;
        this.templates = templates;
    }

    @Override
    public Slot slot() {
        return Slot.AFTER_META;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public @Nullable Content content(WorkPage page, Viewer viewer, PageContext context) {
        List<ArchiveCollection> listed = collections.listing(page.work().id());
        if (listed.isEmpty()) return null;
        return output -> templates.render("collections/work_collections.jte", Map.of("collections", listed), output);
    }
}
