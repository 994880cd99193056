package org.fanfold.community;

import java.time.Clock;
import java.time.Duration;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.User;
import org.fanfold.shared.BackgroundWorker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends the queued e-mail on a background thread, woken when a transaction queues some and polling every second.
 * Through Spring Boot's SMTP sender when {@code spring.mail.host} is set; otherwise each message is written to the
 * log instead, in full, so a single-machine archive without mail loses nothing silently. A failed send is retried
 * with growing pauses (30 s, 1 min, 2 min… at most an hour) and given up, with an error in the log, after
 * {@value #MAX_ATTEMPTS} tries.
 */
@Component
class MailDelivery implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    static final int MAX_ATTEMPTS = 8;
    private static final int BATCH = 20;
    /** How long a taken e-mail stays taken: longer than any SMTP exchange. */
    private static final Duration LEASE = Duration.ofMinutes(10);

    private final MailOutbox outbox;
    private final Accounts accounts;
    private final MailSettings settings;
    private final ObjectProvider<JavaMailSender> smtp;
    private final Clock clock;
    private final BackgroundWorker worker;

    MailDelivery(
            MailOutbox outbox,
            Accounts accounts,
            MailSettings settings,
            ObjectProvider<JavaMailSender> smtp,
            Clock clock,
            MailSignal signal) {
        this.outbox = outbox;
        this.accounts = accounts;
        this.settings = settings;
        this.smtp = smtp;
        this.clock = clock;
        this.worker = new BackgroundWorker("mail-delivery", signal, this::drain);
    }

    /** Sends (or logs) every e-mail due now; returns how many went. Safe from any thread; tests call it. */
    public synchronized int drain() {
        int sent = 0;
        while (true) {
            long now = clock.millis();
            var due = outbox.due(now, BATCH);
            if (due.isEmpty()) return sent;
            // Each row read is then taken (no longer due) or was taken elsewhere, so this loop always ends.
            for (MailOutbox.Queued mail : due) {
                if (!outbox.claim(mail.id(), now, now + LEASE.toMillis())) continue;
                if (deliver(mail)) sent++;
            }
        }
    }

    private boolean deliver(MailOutbox.Queued mail) {
        User user = accounts.byId(mail.userId()).orElse(null);
        if (user == null) {
            outbox.sent(mail.id());
            return false;
        }
        try {
            send(user, mail);
            outbox.sent(mail.id());
            return true;
        } catch (MailException e) {
            int attempts = mail.attempts() + 1;
            if (attempts >= MAX_ATTEMPTS) {
                log.error(
                        "Giving up on e-mail {} to {} after {} tries: {}",
                        mail.id(),
                        user.login(),
                        attempts,
                        e.getMessage());
                outbox.sent(mail.id());
            } else {
                long pause = Math.min(Duration.ofHours(1).toMillis(), 30_000L << (attempts - 1));
                log.warn(
                        "E-mail {} to {} failed ({}); trying again in {} s",
                        mail.id(),
                        user.login(),
                        e.getMessage(),
                        pause / 1000);
                outbox.retryAt(mail.id(), clock.millis() + pause);
            }
            return false;
        }
    }

    private void send(User user, MailOutbox.Queued mail) {
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender == null) {
            log.info(
                    "E-mail (not sent: no SMTP server, set spring.mail.host)\nFrom: {}\nTo: {}\nSubject: {}\n\n{}",
                    settings.from(),
                    user.email(),
                    mail.subject(),
                    mail.body());
            return;
        }
        var message = new SimpleMailMessage();
        message.setFrom(settings.from().toString());
        message.setTo(user.email());
        message.setSubject(mail.subject());
        message.setText(mail.body());
        sender.send(message);
    }

    @Override
    public void start() {
        worker.start();
    }

    @Override
    public void stop() {
        worker.stop();
    }

    @Override
    public boolean isRunning() {
        return worker.running();
    }
}
