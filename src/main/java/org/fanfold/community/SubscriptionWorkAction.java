package org.fanfold.community;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import java.util.Map;
import org.fanfold.shared.PageContext;
import org.fanfold.shared.Viewer;
import org.fanfold.works.WorkPage;
import org.fanfold.works.WorkPageSection;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Subscribe or Unsubscribe in a posted work's action bar, for signed-in readers who are not its creators. */
@Component
class SubscriptionWorkAction implements WorkPageSection {

    private final SubscriptionStore store;
    private final TemplateEngine templates;

    SubscriptionWorkAction(SubscriptionStore store, TemplateEngine templates) {
        this.store = store;
        this.templates = templates;
    }

    @Override
    public Slot slot() {
        return Slot.ACTIONS;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public @Nullable Content content(WorkPage page, Viewer viewer, PageContext context) {
        if (viewer.userId() == null || page.canEdit() || !page.work().posted()) return null;
        long workId = page.work().id();
        boolean subscribed = store.isSubscribed(viewer.userId(), SubscriptionTarget.work(workId));
        return output -> templates.render(
                "community/subscribe_action.jte",
                Map.of("page", context, "type", "work", "id", workId, "subscribed", subscribed),
                output);
    }
}
