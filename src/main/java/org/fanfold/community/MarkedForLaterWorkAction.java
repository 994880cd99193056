package org.fanfold.community;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import java.util.Map;
import org.fanfold.accounts.PreferencesStore;
import org.fanfold.shared.PageContext;
import org.fanfold.shared.Viewer;
import org.fanfold.works.WorkPage;
import org.fanfold.works.WorkPageSection;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Mark for Later (or Mark as Read, when marked) in a posted work's action bar, for signed-in readers who are not
 * its creators and have Marked for Later on.
 */
@Component
class MarkedForLaterWorkAction implements WorkPageSection {

    private final ReadingStore readings;
    private final PreferencesStore preferences;
    private final TemplateEngine templates;

    MarkedForLaterWorkAction(ReadingStore readings, PreferencesStore preferences, TemplateEngine templates) {
        this.readings = readings;
        this.preferences = preferences;
        this.templates = templates;
    }

    @Override
    public Slot slot() {
        return Slot.ACTIONS;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public @Nullable Content content(WorkPage page, Viewer viewer, PageContext context) {
        if (viewer.userId() == null || page.canEdit() || !page.work().posted()) return null;
        if (!preferences.of(viewer.userId()).markedForLaterEnabled()) return null;
        long workId = page.work().id();
        boolean marked = readings.find(viewer.userId(), workId)
                .map(Reading::markedForLater)
                .orElse(false);
        return output -> templates.render(
                "community/mark_for_later_action.jte",
                Map.of("page", context, "workId", workId, "marked", marked),
                output);
    }
}
