package org.fanfold.accounts;

import java.util.ArrayList;
import java.util.List;
import org.fanfold.shared.Viewer;
import org.fanfold.shared.ViewerPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The signed-in user as Spring Security holds them. */
final class AccountPrincipal extends org.springframework.security.core.userdetails.User implements ViewerPrincipal {

    private final Viewer viewer;

    AccountPrincipal(User user, String passwordHash) {
        super(user.login(), passwordHash, authorities(user));
        this.viewer = new Viewer(user.id(), user.login(), user.admin(), user.wrangler());
    }

    private static List<GrantedAuthority> authorities(User user) {
        var list = new ArrayList<GrantedAuthority>();
        list.add(new SimpleGrantedAuthority("ROLE_USER"));
        if (user.admin()) list.add(new SimpleGrantedAuthority("ROLE_ADMIN"));
        if (user.wrangler()) list.add(new SimpleGrantedAuthority("ROLE_WRANGLER"));
        return list;
    }

    @Override
    public Viewer viewer() {
        return viewer;
    }

    @Override
    public boolean equals(Object o) {
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
