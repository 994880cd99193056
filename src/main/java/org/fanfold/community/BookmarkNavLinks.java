package org.fanfold.community;

import java.util.List;
import org.fanfold.shared.UserNav;
import org.springframework.stereotype.Component;

/** "Bookmarks" in every user's navigation. */
@Component
class BookmarkNavLinks implements UserNav.Contributor {

    @Override
    public List<UserNav.Link> links(String login, boolean own) {
        return List.of(new UserNav.Link("Bookmarks", "/users/" + login + "/bookmarks", 40));
    }
}
