package org.fanfold.community;

import java.util.List;
import org.fanfold.shared.UserNav;
import org.springframework.stereotype.Component;

/** "Statistics" in a user's own navigation (nobody else may see their statistics). */
@Component
class StatsNavLinks implements UserNav.Contributor {

    @Override
    public List<UserNav.Link> links(String login, boolean own) {
        return own ? List.of(new UserNav.Link("Statistics", "/users/" + login + "/stats", 60)) : List.of();
    }
}
