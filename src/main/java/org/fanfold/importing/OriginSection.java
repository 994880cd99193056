package org.fanfold.importing;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import java.util.Map;
import org.fanfold.shared.PageContext;
import org.fanfold.shared.Viewer;
import org.fanfold.works.WorkPage;
import org.fanfold.works.WorkPageSection;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * "Originally posted on the Archive of Our Own at https://… on 2019-05-04", after the meta of a work imported from a file
 * that said where and when it was first posted (an AO3 download, an EPUB with a source and date, an eFiction
 * archive). The work itself is dated as it was there (see {@code OriginalDates}).
 */
@Component
class OriginSection implements WorkPageSection {

    private final WorkOrigins origins;
    private final TemplateEngine templates;

    OriginSection(WorkOrigins origins, TemplateEngine templates) {
        this.origins = origins;
        this.templates = templates;
    }

    @Override
    public Slot slot() {
        return Slot.AFTER_META;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public @Nullable Content content(WorkPage page, Viewer viewer, PageContext context) {
        WorkOrigins.Origin origin = origins.of(page.work().id()).orElse(null);
        if (origin == null || !origin.shown()) return null;
        Map<String, Object> params = Map.of(
                "url",
                origin.url(),
                "archive",
                origin.archive(),
                "published",
                origin.published() == null ? "" : origin.published(),
                "updated",
                origin.updated() == null ? "" : origin.updated());
        return output -> templates.render("importing/origin.jte", params, output);
    }
}
