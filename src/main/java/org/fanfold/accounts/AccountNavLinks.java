package org.fanfold.accounts;

import java.util.List;
import org.fanfold.shared.UserNav;
import org.springframework.stereotype.Component;

/** The accounts module's link in a user's navigation: the profile. */
@Component
class AccountNavLinks implements UserNav.Contributor {

    @Override
    public List<UserNav.Link> links(String login, boolean own) {
        return List.of(new UserNav.Link("Profile", "/users/" + login + "/profile", 10));
    }
}
