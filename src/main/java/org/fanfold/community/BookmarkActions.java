package org.fanfold.community;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import java.util.HashMap;
import java.util.Map;
import org.fanfold.shared.PageContext;
import org.fanfold.shared.Viewer;
import org.fanfold.works.WorkPage;
import org.fanfold.works.WorkPageSection;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * "Bookmark" in a posted work's action bar for signed-in readers, or "Edit Bookmark" for one who has bookmarked it
 * (a user has one bookmark per work).
 */
@Component
class BookmarkActions implements WorkPageSection {

    private final BookmarkListings listings;
    private final TemplateEngine templates;

    BookmarkActions(BookmarkListings listings, TemplateEngine templates) {
        this.listings = listings;
        this.templates = templates;
    }

    @Override
    public Slot slot() {
        return Slot.ACTIONS;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public @Nullable Content content(WorkPage page, Viewer viewer, PageContext context) {
        if (!viewer.signedIn() || !page.work().posted()) return null;
        long workId = page.work().id();
        Map<String, Object> params = new HashMap<>();
        params.put("workId", workId);
        params.put("own", listings.ownOf(viewer, BookmarkItem.Kind.WORK, workId).orElse(null));
        return output -> templates.render("community/bookmark_action.jte", params, output);
    }
}
