package org.fanfold.accounts;

import java.util.ArrayList;
import java.util.List;
import org.fanfold.shared.UserNav;
import org.springframework.stereotype.Component;

/** The accounts module's links in a user's navigation: Profile, Preferences (own) and Pseuds. */
@Component
class AccountNavLinks implements UserNav.Contributor {

    @Override
    public List<UserNav.Link> links(String login, boolean own) {
        String base = "/users/" + login;
        var links = new ArrayList<UserNav.Link>();
        links.add(new UserNav.Link("Profile", base + "/profile", 10));
        if (own) links.add(new UserNav.Link("Preferences", base + "/preferences", 12));
        links.add(new UserNav.Link("Pseuds", base + "/pseuds", 15));
        return links;
    }
}
