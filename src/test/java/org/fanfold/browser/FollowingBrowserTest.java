package org.fanfold.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Following a work in headless Chromium: a reader subscribes to a work and marks it for later, its creator posts a
 * new chapter, the reader sees the notice in the inbox (counted in the header), follows it, marks it read, and finds
 * the work in the reading history; the e-mail arrives at a GreenMail SMTP server. Screenshots in
 * {@code target/screenshots/}.
 */
class FollowingBrowserTest extends BrowserTest {

    /** How long the background fan-out and mail delivery may take on a loaded machine. */
    private static final Duration WAIT = Duration.ofSeconds(30);

    @RegisterExtension
    static final GreenMailExtension SMTP =
            new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    private static final String TOKEN = randomLetters(6);
    private static final String TITLE = "The Tidewater Letters " + TOKEN;

    @Test
    void aSubscriberHearsOfANewChapterInTheInboxAndByEmail() {
        String creator = "keeper_" + TOKEN;
        String subscriber = "reader_" + TOKEN;
        try (BrowserContext creatorBrowser = browser.newContext();
                BrowserContext subscriberBrowser = browser.newContext()) {
            Page author = creatorBrowser.newPage();
            Page reader = subscriberBrowser.newPage();
            signUp(author, creator);
            signUp(reader, subscriber);

            // The creator posts the first of two chapters.
            author.navigate(url("/works/new"));
            author.locator("#rating").selectOption("General Audiences");
            author.getByLabel("No Archive Warnings Apply").check();
            author.locator("#fandoms").fill("Tidewater (Original Work)");
            author.locator("#title").fill(TITLE);
            author.locator("#summary").fill("Letters left in bottles along the tideline.");
            author.locator("#expectedChapters").fill("2");
            author.locator("input[name=format][value=plain]").check();
            author.locator("#body").fill("The first bottle washed up on a Tuesday.");
            author.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Post").setExact(true))
                    .click();
            author.waitForURL(Pattern.compile(".*/works/\\d+$"));
            String workPath = author.url().substring(url("").length());

            // The reader subscribes and marks it for later.
            reader.navigate(url(workPath));
            reader.locator("ul.work.navigation li.subscribe button").click();
            reader.waitForURL(url(workPath));
            assertThat(reader.locator("ul.work.navigation li.subscribe button")).hasText("Unsubscribe");
            reader.locator("ul.work.navigation li.mark button").click();
            assertThat(reader.locator("ul.work.navigation li.mark button")).hasText("Mark as Read");
            screenshots.take(reader, "following-work-subscribed");

            // The creator posts the second chapter.
            author.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add Chapter"))
                    .click();
            author.locator("#title").fill("The Second Bottle");
            author.locator("input[name=format][value=plain]").check();
            author.locator("#body").fill("The second bottle held a map.");
            author.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post Chapter"))
                    .click();
            author.waitForURL(Pattern.compile(".*" + workPath + "/chapters/\\d+$"));

            // The reader's header counts the notice; the inbox shows it.
            reader.navigate(url("/works"));
            Locator inboxLink = reader.locator("#greeting a", new Page.LocatorOptions().setHasText("Inbox"));
            reloadUntil(reader, () -> inboxLink.textContent().equals("Inbox (1)"), "the header to count the notice");
            inboxLink.click();
            reader.waitForURL(url("/users/" + subscriber + "/inbox"));
            Locator notice = reader.locator("ol.notices li.notice.unread");
            assertThat(notice).hasCount(1);
            assertThat(notice.locator("h4.heading")).containsText(creator + " posted a new chapter of " + TITLE);
            assertThat(notice.locator("p.detail a")).hasText("Chapter 2: The Second Bottle");
            screenshots.take(reader, "following-inbox-unread");

            // Following the notice leads to the chapter; marking it read clears the count.
            notice.locator("p.detail a").click();
            reader.waitForURL(Pattern.compile(".*" + workPath + "/chapters/\\d+$"));
            assertThat(reader.locator("#chapters")).containsText("The second bottle held a map.");
            reader.navigate(url("/users/" + subscriber + "/inbox"));
            reader.locator("ol.notices input[name=ids]").check();
            reader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark Read"))
                    .click();
            assertThat(reader.locator("p.flash")).hasText("1 notice marked read.");
            assertThat(reader.locator("#greeting a", new Page.LocatorOptions().setHasText("Inbox")))
                    .hasText("Inbox");
            screenshots.take(reader, "following-inbox-read");

            // The reading history has the work, with the chapter reached and the mark for later.
            reader.locator("nav.user.navigation a", new Page.LocatorOptions().setHasText("History"))
                    .click();
            Locator entry = reader.locator("div.reading").first();
            assertThat(entry).containsText(TITLE);
            assertThat(entry.locator(".user.module")).containsText("Last read: Chapter 2 of 2");
            assertThat(entry.locator(".user.module")).containsText("(Marked for Later.)");
            screenshots.take(reader, "following-history");
            reader.locator("ul.readings.navigation a", new Page.LocatorOptions().setHasText("Marked for Later"))
                    .click();
            assertThat(reader.locator("div.reading")).hasCount(1);
            assertThat(reader.locator("div.reading")).containsText(TITLE);
            screenshots.take(reader, "following-marked-for-later");

            // The reader follows the creator too, from the creator's dashboard.
            reader.navigate(url("/users/" + creator));
            reader.locator("nav.user.navigation a", new Page.LocatorOptions().setHasText("Subscribe"))
                    .click();
            assertThat(reader.locator("h2.heading")).hasText("Subscribe to creator " + creator);
            screenshots.take(reader, "following-subscribe-to-creator");
            reader.locator("form.subscription button").click();
            assertThat(reader.locator("p.flash")).containsText("You're subscribed to " + creator);
            assertThat(reader.locator("form.subscription button")).hasText("Unsubscribe");

            reader.navigate(url("/users/" + subscriber + "/subscriptions"));
            assertThat(reader.locator("ul.subscription.index li.work a")).hasText(TITLE);
            assertThat(reader.locator("ul.subscription.index li.user a")).hasText(creator);
            screenshots.take(reader, "following-subscriptions");

            // And the e-mail arrived.
            MimeMessage mail = awaitMail(subscriber + "@example.org");
            assertThat(mail.getSubject()).isEqualTo("[Fanfold] " + creator + " posted a new chapter of " + TITLE);
            assertThat(GreenMailUtil.getBody(mail)).contains("Chapter 2: The Second Bottle");
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private void signUp(Page page, String login) {
        page.navigate(url("/signup"));
        page.locator("#login").fill(login);
        page.locator("#email").fill(login + "@example.org");
        page.locator("#password").fill("tideline-42");
        page.locator("#passwordConfirmation").fill("tideline-42");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create Account"))
                .click();
        page.waitForURL(Pattern.compile(".*/users/" + login + "\\?welcome$"));
    }

    private static MimeMessage awaitMail(String to) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<MimeMessage> found = Arrays.stream(SMTP.getReceivedMessages())
                    .filter(m -> sentTo(m, to))
                    .findFirst();
            if (found.isPresent()) return found.get();
            SMTP.waitForIncomingEmail(500, SMTP.getReceivedMessages().length + 1);
        }
        return fail("no e-mail to " + to + " within " + WAIT.toSeconds() + " s");
    }

    private static boolean sentTo(MimeMessage m, String to) {
        try {
            return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equals(to));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reloads {@code page} until {@code done}: notices are fanned out in the background. */
    private static void reloadUntil(Page page, java.util.function.BooleanSupplier done, String what) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) fail("waited " + WAIT.toSeconds() + " s for " + what);
            page.waitForTimeout(200);
            page.reload();
        }
    }

    private static String randomLetters(int n) {
        var random = ThreadLocalRandom.current();
        var letters = new StringBuilder(n);
        for (int i = 0; i < n; i++) letters.append((char) ('a' + random.nextInt(26)));
        return letters.toString();
    }
}
