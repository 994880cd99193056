package org.fanfold.community;

import java.util.List;
import org.fanfold.shared.GreetingLinks;
import org.fanfold.shared.UserNav;
import org.fanfold.shared.Viewer;
import org.springframework.stereotype.Component;

/**
 * The inbox link with its unread count: in the page header of every page a signed-in user sees, and in their own
 * user navigation. The count is one indexed query ({@code notices_unread}).
 */
@Component
class InboxLinks implements GreetingLinks.Contributor, UserNav.Contributor {

    private final InboxStore inbox;

    InboxLinks(InboxStore inbox) {
        this.inbox = inbox;
    }

    @Override
    public List<UserNav.Link> links(Viewer viewer) {
        if (viewer.userId() == null) return List.of();
        return List.of(link(viewer, 10));
    }

    @Override
    public List<UserNav.Link> links(String login, boolean own) {
        return List.of();
    }

    @Override
    public List<UserNav.Link> links(String login, Viewer viewer, boolean own) {
        return own && viewer.userId() != null ? List.of(link(viewer, 60)) : List.of();
    }

    private UserNav.Link link(Viewer viewer, int order) {
        long unread = inbox.unread(viewer.userId());
        return new UserNav.Link(
                unread == 0 ? "Inbox" : "Inbox (" + unread + ")", "/users/" + viewer.login() + "/inbox", order);
    }
}
