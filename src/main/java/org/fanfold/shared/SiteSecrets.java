package org.fanfold.shared;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Random secrets made once per archive and kept in the database (e.g. the remember-me key), so restarts keep them. */
@Component
public class SiteSecrets {

    private final JdbcClient jdbc;

    SiteSecrets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The secret called {@code name}, created on first use. */
    public String get(String name) {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        jdbc.sql("INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING")
                .params("secret." + name, HexFormat.of().formatHex(bytes))
                .update();
        return jdbc.sql("SELECT value FROM settings WHERE name = ?")
                .param("secret." + name)
                .query(String.class)
                .single();
    }
}
