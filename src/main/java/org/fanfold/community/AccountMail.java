package org.fanfold.community;

import org.springframework.stereotype.Component;

/**
 * E-mail to one account's own address, for other modules: a link that proves the account's owner reads that
 * address (confirming a claim of imported works, say). Queued and sent like every other e-mail here (written to the
 * log when no SMTP server is set); the address is the account's when the mail goes out. Joins the caller's
 * transaction when there is one. Thread-safe.
 */
@Component
public class AccountMail {

    private final MailOutbox outbox;
    private final MailSettings settings;

    AccountMail(MailOutbox outbox, MailSettings settings) {
        this.outbox = outbox;
        this.settings = settings;
    }

    /**
     * Queues an e-mail to {@code userId}.
     *
     * @param subject one line; the archive's name is put before it ("[Fanfold] …")
     * @param body plain text
     */
    public void send(long userId, String subject, String body) {
        outbox.enqueue(userId, new MailMessage("[" + settings.siteName() + "] " + subject, body));
    }

    /** The absolute address of {@code path} on this archive, as e-mails link to it. */
    public String link(String path) {
        return settings.link(path);
    }
}
