package org.fanfold.community;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.awaitility.Awaitility;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.PreferencesStore;
import org.fanfold.accounts.User;
import org.fanfold.testing.TestDatabases;
import org.fanfold.works.WorkEvents;
import org.fanfold.works.WorkReader;
import org.fanfold.works.WorkService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * E-mail through a real SMTP server (GreenMail): a new chapter reaches a subscriber at once, a digest reader gets
 * one e-mail with everything when the digest runs, comment e-mails follow the preference. The digest's schedule is
 * off here ({@code fanfold.mail.digest-cron=-}); the tests run it.
 */
@SpringBootTest
@ContextConfiguration(initializers = TestDatabases.Sqlite.class)
class MailDeliveryTest {

    @RegisterExtension
    static final GreenMailExtension SMTP =
            new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("fanfold.site-url", () -> "https://archive.example.org/");
        registry.add("fanfold.mail.from", () -> "Example Archive <noreply@archive.example.org>");
        registry.add("fanfold.mail.digest-cron", () -> "-");
    }

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
    MailDigest digest;

    @Autowired
    ApplicationEventPublisher events;

    NoticeTestData data;
    User author;
    User subscriber;

    @BeforeEach
    void people() {
        data = new NoticeTestData(accounts, works, reader, preferences);
        author = data.user();
        subscriber = data.user();
    }

    /** The messages to {@code user}, once there are {@code n} of them (waiting for the background sender). */
    private List<MimeMessage> mailTo(User user, int n) {
        fanout.drain();
        delivery.drain();
        return Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> received(user), list -> list.size() >= n);
    }

    private static List<MimeMessage> received(User user) {
        return Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                .anyMatch(a -> a.toString().equals(user.email()));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    @Test
    void aNewChapterIsMailedToItsSubscriberAtOnce() throws Exception {
        long work = data.post(author, "Harbour Lights", 2);
        subscriptions.subscribe(subscriber.id(), SubscriptionTarget.work(work), 1L);
        long chapter = data.chapterIds(work, author).get(1);
        events.publishEvent(new WorkEvents.ChapterPosted(work, chapter));

        MimeMessage mail = mailTo(subscriber, 1).getFirst();
        assertThat(mail.getSubject())
                .isEqualTo("[Fanfold] " + author.login() + " posted a new chapter of Harbour Lights");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("Example Archive <noreply@archive.example.org>");
        String body = GreenMailUtil.getBody(mail).replace("\r\n", "\n");
        assertThat(body)
                .contains(author.login() + " posted a new chapter of Harbour Lights (2/2 chapters):\nChapter 2\n")
                .contains("https://archive.example.org/works/" + work + "/chapters/" + chapter)
                .contains("https://archive.example.org/users/" + subscriber.login() + "/subscriptions");
        assertThat(received(author)).isEmpty();
    }

    @Test
    void aDigestReaderGetsOneMailWithEveryUpdateWhenTheDigestRuns() throws Exception {
        data.prefer(subscriber, NoticeTestData::digest);
        subscriptions.subscribe(subscriber.id(), SubscriptionTarget.user(author.id()), 1L);
        data.post(author, "Digest Alpha", 1);
        data.post(author, "Digest Beta", 1);
        data.post(author, "Digest Gamma", 1);
        fanout.drain();
        delivery.drain();
        assertThat(received(subscriber)).isEmpty();

        assertThat(digest.sendDigests()).isGreaterThanOrEqualTo(1);
        MimeMessage mail = mailTo(subscriber, 1).getFirst();
        assertThat(GreenMailUtil.getBody(mail)).contains("Digest Alpha", "Digest Beta", "Digest Gamma");
        assertThat(mail.getSubject()).isEqualTo("[Fanfold] Your subscriptions: 3 updates");

        digest.sendDigests();
        delivery.drain();
        assertThat(received(subscriber)).hasSize(1);
    }

    @Test
    void commentMailsGoOnlyToThoseWhoWantThem() throws Exception {
        long wanted = data.post(author, "Comment Mail", 1);
        User quiet = data.user();
        data.prefer(
                quiet,
                p -> NoticeTestData.with(
                        p,
                        false,
                        p.commentInbox(),
                        p.subscriptionDigest(),
                        p.historyEnabled(),
                        p.markedForLaterEnabled()));
        long unwanted = data.post(quiet, "Quiet Work", 1);
        User commenter = data.user();
        events.publishEvent(new CommentPosted(
                77_001L,
                wanted,
                null,
                commenter.id(),
                commenter.login(),
                null,
                "<p>First line.</p><p>Second &amp; last.</p>"));
        events.publishEvent(
                new CommentPosted(77_002L, unwanted, null, commenter.id(), commenter.login(), null, "<p>Hello</p>"));

        MimeMessage mail = mailTo(author, 1).getFirst();
        assertThat(mail.getSubject()).isEqualTo("[Fanfold] Comment on Comment Mail");
        assertThat(GreenMailUtil.getBody(mail).replace("\r\n", "\n"))
                .contains(commenter.login() + " left a comment on Comment Mail:\n\n> First line.\n> \n> Second & last.")
                .contains("https://archive.example.org/works/" + wanted + "?show_comments=true#comment_77001");
        assertThat(received(quiet)).isEmpty();
    }
}
