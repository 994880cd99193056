package org.fanfold.importing;

import java.util.List;
import org.fanfold.accounts.Accounts;
import org.fanfold.shared.UserNav;
import org.fanfold.works.ImportedCreators;
import org.springframework.stereotype.Component;

/** "Claim your imported works" in a user's own navigation, while works imported for their e-mail address wait. */
@Component
class ClaimsNavLink implements UserNav.Contributor {

    private final ImportedCreators creators;
    private final Accounts accounts;

    ClaimsNavLink(ImportedCreators creators, Accounts accounts) {
        this.creators = creators;
        this.accounts = accounts;
    }

    @Override
    public List<UserNav.Link> links(String login, boolean own) {
        if (!own) return List.of();
        return accounts.byLogin(login)
                .filter(u -> creators.claimableCount(u.id()) > 0)
                .map(u -> List.of(new UserNav.Link("Claim your imported works", "/users/" + u.login() + "/claims", 5)))
                .orElse(List.of());
    }
}
