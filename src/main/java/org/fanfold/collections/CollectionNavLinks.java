package org.fanfold.collections;

import java.util.ArrayList;
import java.util.List;
import org.fanfold.shared.UserNav;
import org.springframework.stereotype.Component;

/** The collections module's links in a user's navigation: Collections, Related Works, Collection Items (own). */
@Component
class CollectionNavLinks implements UserNav.Contributor {

    @Override
    public List<UserNav.Link> links(String login, boolean own) {
        String base = "/users/" + login;
        var links = new ArrayList<UserNav.Link>();
        links.add(new UserNav.Link("Collections", base + "/collections", 60));
        if (own) links.add(new UserNav.Link("Collection Items", base + "/collection_items", 62));
        links.add(new UserNav.Link("Related Works", base + "/related_works", 64));
        return links;
    }
}
