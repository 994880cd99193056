package org.fanfold.shared;

import org.jspecify.annotations.Nullable;

/**
 * What every page template needs besides its own data: the site's name, who is looking, the CSRF token for forms
 * and the path being shown (for "log in and come back" links). Templates receive it as {@code page}.
 */
public record PageContext(
        String siteName,
        Viewer viewer,
        @Nullable String csrfParam,
        @Nullable String csrfToken,
        String path) {

    public boolean signedIn() {
        return viewer.signedIn();
    }

    public String login() {
        return viewer.login() == null ? "" : viewer.login();
    }
}
