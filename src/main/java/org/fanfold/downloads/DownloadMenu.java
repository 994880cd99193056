package org.fanfold.downloads;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fanfold.downloads.book.DownloadFormat;
import org.fanfold.shared.PageContext;
import org.fanfold.shared.Viewer;
import org.fanfold.works.Work;
import org.fanfold.works.WorkPage;
import org.fanfold.works.WorkPageSection;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The Download menu in the work page's action bar, AO3's {@code li.download} with a link per format
 * ({@link DownloadLinks#path}). Absent while downloads are switched off.
 */
@Component
class DownloadMenu implements WorkPageSection {

    private final TemplateEngine templates;
    private final DownloadSettings settings;

    DownloadMenu(TemplateEngine templates, DownloadSettings settings) {
        this.templates = templates;
        this.settings = settings;
    }

    @Override
    public Slot slot() {
        return Slot.ACTIONS;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public @Nullable Content content(WorkPage page, Viewer viewer, PageContext context) {
        if (!settings.enabled()) return null;
        Map<String, String> links = links(page.work());
        return output -> templates.render("downloads/menu.jte", Map.of("links", links), output);
    }

    /** Each format's label and download URL, in menu order. */
    static Map<String, String> links(Work work) {
        Map<String, String> links = new LinkedHashMap<>();
        for (DownloadFormat f : DownloadFormat.values()) links.put(f.label(), DownloadLinks.path(work, f));
        return links;
    }
}
