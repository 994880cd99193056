package org.fanfold.downloads;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The downloads switch in the {@code settings} table, on every database. */
abstract class DownloadSettingsContract {

    @Autowired
    DownloadSettings settings;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void switchBackOn() {
        settings.setEnabled(true);
    }

    private String stored() {
        return jdbc.sql("SELECT value FROM settings WHERE name = ?")
                .param(DownloadSettings.ENABLED)
                .query(String.class)
                .single();
    }

    @Test
    void switchingOffAndOnIsStoredAndAppliesAtOnce() {
        settings.setEnabled(false);
        assertThat(settings.enabled()).isFalse();
        assertThat(stored()).isEqualTo("false");
        settings.setEnabled(true);
        assertThat(settings.enabled()).isTrue();
        assertThat(stored()).isEqualTo("true");
    }

    @Test
    void downloadsAreOnUntilAnAdminSaysOtherwiseAndAnotherServerSeesTheSwitch() {
        jdbc.sql("DELETE FROM settings WHERE name = ?")
                .param(DownloadSettings.ENABLED)
                .update();
        assertThat(new DownloadSettings(jdbc, Clock.systemUTC()).enabled()).isTrue();
        settings.setEnabled(false);
        assertThat(new DownloadSettings(jdbc, Clock.systemUTC()).enabled()).isFalse();
    }
}
