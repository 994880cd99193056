package org.fanfold.accounts;

import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads an account for login by its login or its email address, case-insensitively. */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;

    AccountUserDetailsService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String loginOrEmail) {
        String key = loginOrEmail.strip().toLowerCase(Locale.ROOT);
        return jdbc.sql("SELECT id, login, email, about, admin, wrangler, created_at, password_hash FROM users"
                        + " WHERE login_key = ? OR email_key = ?")
                .params(key, key)
                .query((rs, n) -> new AccountPrincipal(Accounts.mapUser(rs, n), rs.getString("password_hash")))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
