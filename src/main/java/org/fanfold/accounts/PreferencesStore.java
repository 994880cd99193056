package org.fanfold.accounts;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.fanfold.shared.ReadThroughCache;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and saves {@link Preferences}. Thread-safe; a user without saved preferences has the defaults. Every page a
 * signed-in reader sees asks, several times (dates, tags, the adult notice…), so they are kept in memory for a
 * minute, dropped when a save commits.
 */
@Component
public class PreferencesStore {

    private final JdbcClient jdbc;
    private final ReadThroughCache<Long, Preferences> kept = ReadThroughCache.kept(20_000, Duration.ofMinutes(1));

    PreferencesStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The preferences of {@code userId}, or {@link Preferences#DEFAULTS} when none were saved. */
    public Preferences of(long userId) {
        return kept.get(userId, this::read);
    }

    private Preferences read(long userId) {
        return jdbc.sql("""
                        SELECT hide_warnings, hide_freeform, adult_without_asking, time_zone, comment_emails,
                               comment_inbox, subscription_digest, history_enabled, marked_for_later_enabled
                        FROM user_preferences WHERE user_id = ?""")
                .param(userId)
                .query((rs, n) -> new Preferences(
                        rs.getInt(1) != 0,
                        rs.getInt(2) != 0,
                        rs.getInt(3) != 0,
                        zone(rs.getString(4)),
                        rs.getInt(5) != 0,
                        rs.getInt(6) != 0,
                        rs.getInt(7) != 0,
                        rs.getInt(8) != 0,
                        rs.getInt(9) != 0))
                .optional()
                .orElse(Preferences.DEFAULTS);
    }

    /** Saves all of {@code userId}'s preferences at once. */
    @Transactional
    public void save(long userId, Preferences p) {
        jdbc.sql("DELETE FROM user_preferences WHERE user_id = ?").param(userId).update();
        jdbc.sql("""
                        INSERT INTO user_preferences (user_id, hide_warnings, hide_freeform, adult_without_asking,
                            time_zone, comment_emails, comment_inbox, subscription_digest, history_enabled,
                            marked_for_later_enabled, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        userId,
                        flag(p.hideWarnings()),
                        flag(p.hideFreeform()),
                        flag(p.adultWithoutAsking()),
                        p.timeZone().getId(),
                        flag(p.commentEmails()),
                        flag(p.commentInbox()),
                        flag(p.subscriptionDigest()),
                        flag(p.historyEnabled()),
                        flag(p.markedForLaterEnabled()),
                        System.currentTimeMillis())
                .update();
        kept.evictAfterCommit(List.of(userId));
    }

    private static int flag(boolean b) {
        return b ? 1 : 0;
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return ZoneId.of("UTC");
        }
    }
}
