package org.fanfold.works;

import java.util.ArrayList;
import java.util.List;
import org.fanfold.shared.UserNav;
import org.springframework.stereotype.Component;

/** The works module's links in a user's navigation: Dashboard, Works, Drafts (own) and Exclusions (own). */
@Component
class WorkNavLinks implements UserNav.Contributor {

    @Override
    public List<UserNav.Link> links(String login, boolean own) {
        String base = "/users/" + login;
        var links = new ArrayList<UserNav.Link>();
        links.add(new UserNav.Link("Dashboard", base, 0));
        links.add(new UserNav.Link("Works", base + "/works", 20));
        if (own) {
            links.add(new UserNav.Link("Drafts", base + "/works/drafts", 25));
            links.add(new UserNav.Link("Exclusions and Saved Filters", base + "/exclusions", 95));
        }
        return links;
    }
}
