package org.fanfold.community;

import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and saves comment settings: each work's (table {@code work_comment_settings}; a work without a row has
 * {@link CommentSettings#DEFAULTS}), and the archive-wide switch for guest comments (admins; in {@code settings}).
 */
@Component
class CommentSettingsStore {

    static final String GUEST_COMMENTS_OFF = "comments.guest_comments_off";

    private final JdbcClient jdbc;
    private final Clock clock;

    CommentSettingsStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    CommentSettings of(long workId) {
        return jdbc.sql("SELECT permission, moderated FROM work_comment_settings WHERE work_id = ?")
                .param(workId)
                .query((rs, n) -> {
                    CommentSettings.Who who = CommentSettings.Who.of(rs.getString(1));
                    return new CommentSettings(who == null ? CommentSettings.Who.EVERYONE : who, rs.getInt(2) != 0);
                })
                .optional()
                .orElse(CommentSettings.DEFAULTS);
    }

    @Transactional
    void save(long workId, CommentSettings settings) {
        jdbc.sql("DELETE FROM work_comment_settings WHERE work_id = ?")
                .param(workId)
                .update();
        jdbc.sql("INSERT INTO work_comment_settings (work_id, permission, moderated, updated_at) VALUES (?, ?, ?, ?)")
                .params(workId, settings.who().value(), settings.moderated() ? 1 : 0, clock.millis())
                .update();
    }

    /** Whether an admin turned guest comments off for the whole archive. */
    boolean guestCommentsOff() {
        return jdbc.sql("SELECT value FROM settings WHERE name = ?")
                .param(GUEST_COMMENTS_OFF)
                .query(String.class)
                .optional()
                .map("true"::equals)
                .orElse(false);
    }

    @Transactional
    void setGuestCommentsOff(boolean off) {
        jdbc.sql("DELETE FROM settings WHERE name = ?")
                .param(GUEST_COMMENTS_OFF)
                .update();
        jdbc.sql("INSERT INTO settings (name, value) VALUES (?, ?)")
                .params(GUEST_COMMENTS_OFF, String.valueOf(off))
                .update();
    }
}
