package org.fanfold.importing.efiction;

import java.util.List;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.User;
import org.fanfold.shared.UserNav;
import org.springframework.stereotype.Component;

/** "Archive Imports (Admin)" in an admin's own navigation, to {@code /admin/imports/efiction}. */
@Component
class EfictionAdminLink implements UserNav.Contributor {

    private final Accounts accounts;

    EfictionAdminLink(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public List<UserNav.Link> links(String login, boolean own) {
        if (!own || !accounts.byLogin(login).map(User::admin).orElse(false)) return List.of();
        return List.of(new UserNav.Link("Archive Imports (Admin)", EfictionAdminController.PATH, 991));
    }
}
