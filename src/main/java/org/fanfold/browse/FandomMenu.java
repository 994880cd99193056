package org.fanfold.browse;

import java.util.ArrayList;
import java.util.List;
import org.fanfold.shared.SiteMenus;
import org.fanfold.shared.UserNav;
import org.fanfold.tags.MediaTags;
import org.fanfold.tags.Tag;
import org.springframework.stereotype.Component;

/**
 * AO3's "Fandoms" menu in every page's header: "All Fandoms" ({@code /media}), each canonical medium by name, then
 * "Uncategorized Fandoms", each leading to its fandoms; "Fandoms" itself leads to the same list as a page, {@code
 * /menu/fandoms} ({@link MenuController}), as on AO3. The media come from memory ({@link MediaTags#media()}, kept
 * until wrangling changes a tag), so the menu costs a page no query.
 */
@Component
class FandomMenu implements SiteMenus.Contributor {

    private final MediaTags media;

    FandomMenu(MediaTags media) {
        this.media = media;
    }

    @Override
    public SiteMenus.Menu menu() {
        List<Tag> all = media.media();
        List<UserNav.Link> items = new ArrayList<>(all.size() + 2);
        items.add(new UserNav.Link("All Fandoms", "/media", 0));
        for (Tag m : all) items.add(new UserNav.Link(m.name(), MediaTags.fandomsUrl(m.name()), items.size()));
        items.add(
                new UserNav.Link(MediaTags.UNCATEGORIZED, MediaTags.fandomsUrl(MediaTags.UNCATEGORIZED), items.size()));
        return new SiteMenus.Menu("Fandoms", "/menu/fandoms", items, 0);
    }
}
