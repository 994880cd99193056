package org.fanfold.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.PreferencesStore;
import org.fanfold.accounts.User;
import org.fanfold.testing.SqliteTest;
import org.fanfold.works.WorkEvents;
import org.fanfold.works.WorkReader;
import org.fanfold.works.WorkService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.javamail.JavaMailSender;

/** Without {@code spring.mail.host} nothing is sent: each e-mail is written to the log instead, in full. */
@SqliteTest
@ExtendWith(OutputCaptureExtension.class)
class MailLoggedWithoutSmtpTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Accounts accounts;

    @Autowired
    WorkService works;

    @Autowired
    WorkReader reader;

    @Autowired
    PreferencesStore preferences;

    @Autowired
    SubscriptionStore subscriptions;

    @Autowired
    NoticeFanout fanout;

    @Autowired
    MailDelivery delivery;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void withoutAnSmtpServerTheMailIsLoggedInstead(CapturedOutput output) {
        assertThat(context.getBeanNamesForType(JavaMailSender.class)).isEmpty();
        var data = new NoticeTestData(accounts, works, reader, preferences);
        User author = data.user();
        User subscriber = data.user();
        long work = data.post(author, "Logged Lanterns", 2);
        subscriptions.subscribe(subscriber.id(), SubscriptionTarget.work(work), 1L);

        events.publishEvent(
                new WorkEvents.ChapterPosted(work, data.chapterIds(work, author).get(1)));
        fanout.drain();
        delivery.drain();

        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(output.getOut())
                        .contains("E-mail (not sent: no SMTP server, set spring.mail.host)")
                        .contains("To: " + subscriber.email())
                        .contains("Subject: [Fanfold] " + author.login() + " posted a new chapter of Logged Lanterns")
                        .contains("http://localhost:8080/works/" + work + "/chapters/"));
    }
}
