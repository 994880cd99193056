package org.fanfold.community;

import java.util.List;
import org.fanfold.shared.UserNav;
import org.springframework.stereotype.Component;

/** History and Marked for Later in a user's own navigation. */
@Component
class HistoryNavLinks implements UserNav.Contributor {

    @Override
    public List<UserNav.Link> links(String login, boolean own) {
        if (!own) return List.of();
        String base = "/users/" + login + "/readings";
        return List.of(
                new UserNav.Link("History", base, 80),
                new UserNav.Link("Marked for Later", base + "?show=" + HistoryController.TO_READ, 81));
    }
}
