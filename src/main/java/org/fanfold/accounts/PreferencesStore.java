package org.fanfold.accounts;

import java.time.DateTimeException;
import java.time.ZoneId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Reads and saves {@link Preferences}. Thread-safe; a user without saved preferences has the defaults. Within a web
 * request a user's preferences are read once: several parts of a page ask (dates, tags, the adult notice…).
 */
@Component
public class PreferencesStore {

    private static final String REQUEST_KEY = PreferencesStore.class.getName() + ".";

    private final JdbcClient jdbc;

    PreferencesStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The preferences of {@code userId}, or {@link Preferences#DEFAULTS} when none were saved. */
    public Preferences of(long userId) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        String key = REQUEST_KEY + userId;
        if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof Preferences p)
            return p;
        Preferences read = read(userId);
        if (request != null) request.setAttribute(key, read, RequestAttributes.SCOPE_REQUEST);
        return read;
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
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) request.removeAttribute(REQUEST_KEY + userId, RequestAttributes.SCOPE_REQUEST);
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
