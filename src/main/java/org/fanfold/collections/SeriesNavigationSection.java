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

/**
 * A work's series navigation after its meta, as AO3's {@code div#series}: "« Previous Work · Part N of Series ·
 * Next Work »" for each series it is part of. The works module works out the part and its neighbours among the
 * parts this viewer may see ({@link org.fanfold.works.SeriesPart}).
 */
@Component
class SeriesNavigationSection implements WorkPageSection {

    private final TemplateEngine templates;

    SeriesNavigationSection(TemplateEngine templates) {
        this.templates = templates;
    }

    @Override
    public Slot slot() {
        return Slot.AFTER_META;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public @Nullable Content content(WorkPage page, Viewer viewer, PageContext context) {
        if (page.view().series().isEmpty()) return null;
        return output -> templates.render(
                "collections/series_navigation.jte", Map.of("parts", page.view().series()), output);
    }
}
