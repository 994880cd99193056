package org.fanfold.community;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.fanfold.accounts.Preferences;
import org.fanfold.accounts.PreferencesStore;
import org.fanfold.shared.Viewer;
import org.springframework.stereotype.Component;

/** How comment times read, as on AO3 ("Sun 05 Jan 2025 03:12PM UTC"), in the viewer's own time zone. */
@Component
class CommentTimes {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("EEE dd MMM yyyy hh:mma z", Locale.US);

    private final PreferencesStore preferences;

    CommentTimes(PreferencesStore preferences) {
        this.preferences = preferences;
    }

    /** The viewer's time zone: their preference, UTC for guests. */
    ZoneId zone(Viewer viewer) {
        Long userId = viewer.userId();
        return userId == null
                ? Preferences.DEFAULTS.timeZone()
                : preferences.of(userId).timeZone();
    }

    static String format(long epochMillis, ZoneId zone) {
        return FORMAT.format(Instant.ofEpochMilli(epochMillis).atZone(zone));
    }
}
