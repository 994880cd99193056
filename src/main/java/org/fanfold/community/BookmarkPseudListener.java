package org.fanfold.community;

import org.fanfold.accounts.PseudEvents;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A deleted pseud's bookmarks pass to the user's default pseud, inside the deleting transaction (before the pseud's
 * row goes, which would otherwise take its bookmarks with it), as AO3 does with the pseud's works.
 */
@Component
class BookmarkPseudListener {

    private final JdbcClient jdbc;

    BookmarkPseudListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void deleting(PseudEvents.PseudDeleting event) {
        jdbc.sql("UPDATE bookmarks SET pseud_id = ? WHERE pseud_id = ?")
                .params(event.defaultPseudId(), event.pseudId())
                .update();
    }
}
