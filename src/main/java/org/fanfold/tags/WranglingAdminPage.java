package org.fanfold.tags;

import java.util.List;
import org.fanfold.shared.AdminPages;
import org.springframework.stereotype.Component;

/** Tag wrangling in the admin area's index (admins wrangle as wranglers do). */
@Component
class WranglingAdminPage implements AdminPages.Contributor {

    @Override
    public List<AdminPages.Page> adminPages() {
        return List.of(new AdminPages.Page(
                "Tag wrangling",
                "/tag_wranglings",
                "Fandoms with unwrangled tags: make tags canonical or synonyms, and give them fandoms and meta tags.",
                40));
    }
}
