package org.fanfold.community;

import java.util.List;
import org.fanfold.accounts.Accounts;
import org.fanfold.shared.UserNav;
import org.fanfold.shared.Viewer;
import org.springframework.stereotype.Component;

/**
 * Subscriptions in a user's own navigation; on someone else's pages, Subscribe (or Unsubscribe) to that creator,
 * which leads to the page that asks (a link cannot post a form).
 */
@Component
class SubscriptionNavLinks implements UserNav.Contributor {

    private final Accounts accounts;
    private final SubscriptionStore store;

    SubscriptionNavLinks(Accounts accounts, SubscriptionStore store) {
        this.accounts = accounts;
        this.store = store;
    }

    @Override
    public List<UserNav.Link> links(String login, boolean own) {
        return own ? List.of(new UserNav.Link("Subscriptions", "/users/" + login + "/subscriptions", 70)) : List.of();
    }

    @Override
    public List<UserNav.Link> links(String login, Viewer viewer, boolean own) {
        if (own || viewer.userId() == null) return links(login, own);
        return accounts.byLogin(login)
                .map(creator -> {
                    var target = SubscriptionTarget.user(creator.id());
                    String label = store.isSubscribed(viewer.userId(), target) ? "Unsubscribe" : "Subscribe";
                    return List.of(new UserNav.Link(
                            label, "/users/" + viewer.login() + "/subscriptions/new?type=user&id=" + creator.id(), 99));
                })
                .orElse(List.of());
    }
}
