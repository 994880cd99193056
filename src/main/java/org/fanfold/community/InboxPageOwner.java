package org.fanfold.community;

import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.User;
import org.fanfold.shared.ForbiddenException;
import org.fanfold.shared.NotFoundException;
import org.fanfold.shared.Viewer;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The owner check of the pages only their user sees: inbox, subscriptions, reading history. A guest is sent to log
 * in and brought back (Spring Security's login entry point handles the exception); anyone else is refused.
 */
@Component
class InboxPageOwner {

    private final Accounts accounts;

    InboxPageOwner(Accounts accounts) {
        this.accounts = accounts;
    }

    /**
     * The user {@code login} when {@code viewer} is that user.
     *
     * @param what what the page shows, for the refusal ("see someone else's inbox")
     * @throws NotFoundException when there is no such user
     * @throws ForbiddenException when the viewer is someone else
     */
    User require(String login, Viewer viewer, String what) {
        if (!viewer.signedIn()) throw new AuthenticationCredentialsNotFoundException("log in to " + what);
        User user = accounts.byLogin(login).orElseThrow(() -> new NotFoundException("user " + login));
        if (!viewer.is(user.id())) throw new ForbiddenException(what);
        return user;
    }
}
