package org.fanfold.admin;

import java.util.List;
import org.fanfold.shared.GreetingLinks;
import org.fanfold.shared.UserNav;
import org.fanfold.shared.Viewer;
import org.springframework.stereotype.Component;

/** "Admin" in the page header, beside the greeting, for admins: to the admin area's index. */
@Component
class AdminGreetingLink implements GreetingLinks.Contributor {

    @Override
    public List<UserNav.Link> links(Viewer viewer) {
        return viewer.admin() ? List.of(new UserNav.Link("Admin", "/admin", 900)) : List.of();
    }
}
