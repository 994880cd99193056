package org.fanfold.downloads;

import java.util.List;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.User;
import org.fanfold.shared.UserNav;
import org.springframework.stereotype.Component;

/** "Downloads (Admin)" in an admin's own navigation, to the switch at {@code /admin/downloads}. */
@Component
class DownloadAdminLink implements UserNav.Contributor {

    private final Accounts accounts;

    DownloadAdminLink(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public List<UserNav.Link> links(String login, boolean own) {
        if (!own || !accounts.byLogin(login).map(User::admin).orElse(false)) return List.of();
        return List.of(new UserNav.Link("Downloads (Admin)", DownloadAdminController.PATH, 990));
    }
}
