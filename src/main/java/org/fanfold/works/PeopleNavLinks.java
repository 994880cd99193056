package org.fanfold.works;

import java.util.ArrayList;
import java.util.List;
import org.fanfold.shared.UserNav;
import org.springframework.stereotype.Component;

/** Links in a user's navigation to their series, their gifts and (own) their co-creator requests. */
@Component
class PeopleNavLinks implements UserNav.Contributor {

    @Override
    public List<UserNav.Link> links(String login, boolean own) {
        String base = "/users/" + login;
        var links = new ArrayList<UserNav.Link>();
        links.add(new UserNav.Link("Series", base + "/series", 30));
        links.add(new UserNav.Link("Gifts", base + "/gifts", 80));
        if (own) links.add(new UserNav.Link("Co-Creator Requests", base + "/creatorships", 85));
        return links;
    }
}
