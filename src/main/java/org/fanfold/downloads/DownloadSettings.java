package org.fanfold.downloads;

import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether downloads are on: AO3's admin setting "downloads enabled", kept in the {@code settings} table as
 * {@code downloads.enabled} (on when absent). Read on every work page and download, so the value is remembered for
 * a few seconds; a change made here applies at once, one made by another server within those seconds.
 * Thread-safe.
 */
@Component
class DownloadSettings {

    static final String ENABLED = "downloads.enabled";
    private static final long REMEMBER_MS = 5_000;

    private record Remembered(boolean enabled, long at) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile Remembered remembered;

    DownloadSettings(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    boolean enabled() {
        Remembered r = remembered;
        long now = clock.millis();
        if (r != null && now - r.at() < REMEMBER_MS) return r.enabled();
        boolean enabled = jdbc.sql("SELECT value FROM settings WHERE name = ?")
                .param(ENABLED)
                .query(String.class)
                .optional()
                .map(v -> !v.equals("false"))
                .orElse(true);
        remembered = new Remembered(enabled, now);
        return enabled;
    }

    /** Switches downloads on or off (admins only: the caller checks). */
    void setEnabled(boolean enabled) {
        jdbc.sql("INSERT INTO settings (name, value) VALUES (?, ?)"
                        + " ON CONFLICT (name) DO UPDATE SET value = excluded.value")
                .params(ENABLED, Boolean.toString(enabled))
                .update();
        remembered = new Remembered(enabled, clock.millis());
    }
}
