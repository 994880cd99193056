package org.fanfold.community;

import java.util.List;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.User;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily digest: for every reader who chose it, the subscription notices gathered since the last one, in one
 * e-mail. Runs at {@code fanfold.mail.digest-cron} ({@code FANFOLD_MAIL_DIGEST_CRON}, a Spring cron expression in
 * UTC; default {@code 0 0 7 * * *}, 07:00 every day).
 */
@Component
class MailDigest {

    private final MailOutbox outbox;
    private final MailText text;
    private final Accounts accounts;
    private final TransactionTemplate tx;

    MailDigest(MailOutbox outbox, MailText text, Accounts accounts, TransactionTemplate tx) {
        this.outbox = outbox;
        this.text = text;
        this.accounts = accounts;
        this.tx = tx;
    }

    /**
     * Turns every waiting digest into a queued e-mail; returns how many. Each reader's digest is taken in its own
     * transaction: its items are removed as its e-mail is queued, and if another process took them first (fewer
     * were removed than read), this one backs out, so nobody gets a digest twice.
     */
    @Scheduled(cron = "${fanfold.mail.digest-cron:0 0 7 * * *}", zone = "UTC")
    public int sendDigests() {
        int queued = 0;
        for (long userId : outbox.digestReaders()) {
            Boolean done = tx.execute(status -> {
                List<MailOutbox.DigestItem> items = outbox.digestItems(userId);
                if (items.isEmpty()) return false;
                if (outbox.removeDigestItems(userId, items.getLast().id()) != items.size()) {
                    status.setRollbackOnly();
                    return false;
                }
                User user = accounts.byId(userId).orElse(null);
                if (user == null) return false;
                outbox.enqueue(
                        userId,
                        text.digest(
                                user,
                                items.stream().map(MailOutbox.DigestItem::text).toList()));
                return true;
            });
            if (Boolean.TRUE.equals(done)) queued++;
        }
        return queued;
    }
}
