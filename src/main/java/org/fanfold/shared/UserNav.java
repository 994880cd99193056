package org.fanfold.shared;

import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The navigation of a user's pages (AO3's dashboard sidebar: Dashboard, Profile, Works, Drafts, Series, Bookmarks,
 * Collections, Inbox, Statistics, History, Subscriptions, Gifts…). Each module contributes its links as a
 * {@link Contributor} bean, so the page that shows the navigation need not know them. Pages render it with
 * {@code @template.tag.usernav(links = …)}.
 */
@Component
public class UserNav {

    /** A link in the navigation; lower {@code order} comes first (Dashboard 0, Profile 10, Works 20…). */
    public record Link(String label, String href, int order) {}

    /** Contributes links for the pages of the user {@code login}; {@code own} when the viewer is that user. */
    public interface Contributor {
        List<Link> links(String login, boolean own);

        /**
         * The links for {@code viewer}; override when a link depends on who is looking (Subscribe or Unsubscribe on
         * someone else's page). By default {@link #links(String, boolean)}.
         */
        default List<Link> links(String login, Viewer viewer, boolean own) {
            return links(login, own);
        }
    }

    private final ObjectProvider<Contributor> contributors;

    UserNav(ObjectProvider<Contributor> contributors) {
        this.contributors = contributors;
    }

    /** Every module's links for {@code login}'s pages, in order. */
    public List<Link> links(String login, Viewer viewer) {
        boolean own = viewer.login() != null && viewer.login().equals(login);
        return contributors
                .orderedStream()
                .flatMap(c -> c.links(login, viewer, own).stream())
                .sorted(Comparator.comparingInt(Link::order))
                .toList();
    }
}
