package org.fanfold.shared;

import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What every page template needs besides its own data: the site's name, who is looking, the CSRF token for forms
 * and the path being shown (for "log in and come back" links). Templates receive it as {@code page}.
 *
 * <p>The CSRF token is made only when a template renders a form: a page without one (most pages guests read)
 * then needs no session at all. The header's {@link GreetingLinks} and {@link SiteMenus} are likewise asked for
 * only when the layout renders them.
 */
public record PageContext(
        String siteName,
        Viewer viewer,
        Supplier<@Nullable String> csrf,
        String path,
        Supplier<List<UserNav.Link>> greeting,
        Supplier<List<SiteMenus.Menu>> siteMenus) {

    /** A context without header links or menus. */
    public PageContext(String siteName, Viewer viewer, Supplier<@Nullable String> csrf, String path) {
        this(siteName, viewer, csrf, path, List::of, List::of);
    }

    /** The form field that carries the CSRF token, named as AO3 names it. */
    public static final String CSRF_PARAMETER = "authenticity_token";

    public boolean signedIn() {
        return viewer.signedIn();
    }

    public String login() {
        return viewer.login() == null ? "" : viewer.login();
    }

    public String csrfParam() {
        return CSRF_PARAMETER;
    }

    /** Links beside the greeting in the header for a signed-in viewer (e.g. "Inbox (2)"); empty for guests. */
    public List<UserNav.Link> greetingLinks() {
        return viewer.signedIn() ? greeting.get() : List.of();
    }

    /** The header's drop-down menus (AO3's "Fandoms": each medium's fandoms), for everyone. */
    public List<SiteMenus.Menu> menus() {
        return siteMenus.get();
    }

    /** The CSRF token for a form on this page (made, with a session, on first use); null outside a request. */
    public @Nullable String csrfToken() {
        return csrf.get();
    }
}
