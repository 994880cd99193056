package org.fanfold.community;

import java.util.List;
import org.fanfold.accounts.Accounts;
import org.fanfold.shared.UserNav;
import org.fanfold.shared.Viewer;
import org.fanfold.shared.ViewerPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Blocking in a user's navigation: "Blocked Users" on one's own pages; "Block" or "Unblock" on someone else's, for a
 * signed-in viewer (found in the security context, as the navigation is only told whether the pages are their own).
 */
@Component
class BlockNavLinks implements UserNav.Contributor {

    private final Blocks blocks;
    private final Accounts accounts;

    BlockNavLinks(Blocks blocks, Accounts accounts) {
        this.blocks = blocks;
        this.accounts = accounts;
    }

    @Override
    public List<UserNav.Link> links(String login, boolean own) {
        String base = "/users/" + login;
        if (own) return List.of(new UserNav.Link("Blocked Users", base + "/blocked", 96));
        Viewer viewer = viewer();
        Long me = viewer == null ? null : viewer.userId();
        if (me == null) return List.of();
        var other = accounts.byLogin(login);
        if (other.isEmpty() || other.get().id() == me) return List.of();
        boolean blocked = blocks.isBlocked(me, other.get().id());
        return List.of(new UserNav.Link(blocked ? "Unblock" : "Block", base + "/block", 200));
    }

    private static Viewer viewer() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof ViewerPrincipal p ? p.viewer() : null;
    }
}
