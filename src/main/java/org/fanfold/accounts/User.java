package org.fanfold.accounts;

/** An account. The password hash never leaves this module. */
public record User(long id, String login, String email, String about, boolean admin, boolean wrangler, long createdAt) {

    public String url() {
        return "/users/" + login;
    }
}
