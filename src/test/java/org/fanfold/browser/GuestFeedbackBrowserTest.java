package org.fanfold.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.User;
import org.fanfold.testing.TestData;
import org.fanfold.works.ChapterInput;
import org.fanfold.works.WorkService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Guests on a real server, where a long page is sent in pieces: a guest who opens a long work straight from a link
 * (a fresh browser, no earlier page, so no session yet) can leave kudos and a comment, because the forms' CSRF token
 * and its session cookie are made before the chapter text goes out; and reading listings makes no session at all.
 */
class GuestFeedbackBrowserTest extends BrowserTest {

    /** The session cookie's name (application.properties). */
    private static final String SESSION = "_fanfold_session";

    /**
     * A comment of ~9,000 characters, most of them three bytes in UTF-8: with the page around it, more than the
     * server's response buffers hold (8 KB of characters, then 8 KB of bytes).
     */
    private static final String LONG_COMMENT = "Read it all in one sitting. " + "灯台守は夜通し灯りを守った。".repeat(640);

    @Autowired
    Accounts accounts;

    @Autowired
    WorkService works;

    @Test
    void aGuestFromALinkLeavesKudosAndACommentOnALongWork() {
        long workId = longWork();
        String commentPath;
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(url("/works/" + workId));
            assertThat(page.locator("#chapters")).containsText("paragraph 400 of the long night");
            assertThat(context.cookies().stream().map(c -> c.name)).contains(SESSION);

            page.locator("#kudo_submit").click();
            page.waitForURL(Pattern.compile(".*#kudos_message$"));
            assertThat(page.locator(".kudos_notice")).hasText("Thank you for leaving kudos!");
            assertThat(page.locator("#kudos p.kudos")).hasText("1 guest left kudos on this work!");

            page.locator("#comment_name").fill("Passing Reader");
            page.locator("#comment_email").fill("passing@example.org");
            page.locator("#comment_content").fill(LONG_COMMENT);
            page.locator("#comment_submit").click();
            page.waitForURL(Pattern.compile(".*/works/" + workId + "#comment_\\d+$"));
            assertThat(page.locator(".comment_notice")).hasText("Comment created!");
            assertThat(page.locator("#comments_placeholder li.comment blockquote.userstuff"))
                    .containsText("Read it all in one sitting.");
            screenshots.take(page.locator("div.kudos.module"), "guest-long-work-kudos");
            commentPath = "/comments/" + page.url().replaceAll(".*#comment_", "");
        }

        // Another guest follows a link straight to the reply form, below that long comment.
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(url(commentPath + "/reply"));
            page.locator("#comment_name").fill("Second Reader");
            page.locator("#comment_email").fill("second@example.org");
            page.locator("#comment_content").fill("Agreed, every word.");
            page.locator("#comment_submit").click();
            page.waitForURL(Pattern.compile(".*/works/" + workId + "#comment_\\d+$"));
            assertThat(page.locator(".comment_notice")).hasText("Comment created!");
            assertThat(page.locator("#comments_placeholder ol.thread ol.thread li.comment blockquote.userstuff"))
                    .hasText("Agreed, every word.");
        }
    }

    @Test
    void guestsReadingListingsGetNoSession() throws IOException, InterruptedException {
        longWork();
        HttpClient http = HttpClient.newHttpClient();
        for (String path : List.of(
                "/", "/works", "/tags/Night%20Watch%20(Original%20Work)/works", "/works/search", "/collections")) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().allValues("Set-Cookie"))
                    .as("cookies set by " + path)
                    .noneMatch(c -> c.startsWith(SESSION + "="));
        }
    }

    /** A posted work of ~12,000 words: far more than the server's response buffer. */
    private long longWork() {
        User author = TestData.user(accounts);
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= 400; i++) {
            body.append("<p>The lamp burned on through paragraph ")
                    .append(i)
                    .append(" of the long night, and the keeper counted the ships that did not come, one by one,")
                    .append(" until the tide turned.</p>\n");
        }
        return works.create(
                accounts.defaultPseud(author.id()),
                TestData.work("The Long Night " + TestData.unique("w"), "Night Watch (Original Work)", "Lighthouses"),
                List.of(ChapterInput.of("", "", "", "", body.toString())),
                WorkService.Mode.POST);
    }
}
