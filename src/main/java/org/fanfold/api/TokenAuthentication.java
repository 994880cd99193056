package org.fanfold.api;

import java.util.ArrayList;
import java.util.List;
import org.fanfold.shared.Viewer;
import org.fanfold.shared.ViewerPrincipal;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request authenticated by a personal API token. Its principal is a {@link ViewerPrincipal} with the same
 * {@link Viewer} and roles a session login of that user has, so every page and check treats both alike.
 */
final class TokenAuthentication extends AbstractAuthenticationToken {

    /** The token holder as Spring Security's principal. */
    record Principal(long tokenId, Viewer viewer) implements ViewerPrincipal {}

    private final Principal principal;

    TokenAuthentication(long tokenId, Viewer viewer) {
        super(authorities(viewer));
        this.principal = new Principal(tokenId, viewer);
        setAuthenticated(true);
    }

    private static List<GrantedAuthority> authorities(Viewer viewer) {
        var list = new ArrayList<GrantedAuthority>();
        list.add(new SimpleGrantedAuthority("ROLE_USER"));
        if (viewer.admin()) list.add(new SimpleGrantedAuthority("ROLE_ADMIN"));
        if (viewer.wrangler()) list.add(new SimpleGrantedAuthority("ROLE_WRANGLER"));
        return list;
    }

    long tokenId() {
        return principal.tokenId();
    }

    @Override
    public Principal getPrincipal() {
        return principal;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public String getName() {
        String login = principal.viewer().login();
        return login == null ? "" : login;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TokenAuthentication other && other.principal.equals(principal);
    }

    @Override
    public int hashCode() {
        return principal.hashCode();
    }
}
