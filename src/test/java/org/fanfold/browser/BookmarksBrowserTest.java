package org.fanfold.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.SignupForm;
import org.fanfold.testing.TestData;
import org.fanfold.works.WorkService;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bookmarks and statistics in headless Chromium: a reader bookmarks one work privately and another publicly as a
 * rec, sees both on their bookmarks page while a guest sees the public one only; the author reads their
 * statistics with the chart of hits. Each step leaves a full-page screenshot in {@code target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BookmarksBrowserTest extends BrowserTest {

    private static final String PASSWORD = "bookmark-flow-pass-42";
    private static final String SUFFIX =
            String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
    private static final String AUTHOR = "author" + SUFFIX;
    private static final String READER = "reader" + SUFFIX;
    private static final String SECRET = "The Secret Garden Party";
    private static final String FAVOURITE = "Lighthouse Keepers";

    private static Long secret;
    private static Long favourite;

    @Autowired
    Accounts accounts;

    @Autowired
    WorkService works;

    @Autowired
    JdbcClient jdbc;

    @Test
    @Order(1)
    void aReaderBookmarksOneWorkPrivatelyAndAnotherPublicly() {
        long authorId = accounts.register(new SignupForm(AUTHOR, AUTHOR + "@example.org", PASSWORD, PASSWORD), false)
                .id();
        accounts.register(new SignupForm(READER, READER + "@example.org", PASSWORD, PASSWORD), false);
        secret = post(authorId, SECRET, "Hidden Gardens");
        favourite = post(authorId, FAVOURITE, "Coastal Tales");

        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            logIn(page, READER);

            page.navigate(url("/works/" + secret));
            page.locator("ul.work.navigation.actions li.bookmark a").click();
            page.waitForURL(url("/works/" + secret + "/bookmarks/new"));
            page.locator("#bookmark_notes").fill("Only for me: reread in spring.");
            page.locator("#bookmark_tag_string").fill("guilty pleasure, spring");
            page.locator("#bookmark_private").check();
            screenshots.take(page, "bookmarks-form-private");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create"))
                    .click();
            page.waitForURL(Pattern.compile(".*/bookmarks/\\d+$"));
            assertThat(page.locator("p.flash")).hasText("Bookmark was successfully created.");
            assertThat(page.locator("div.user.module p.status")).containsText("Private Bookmark");

            page.navigate(url("/works/" + favourite));
            page.locator("ul.work.navigation.actions li.bookmark a").click();
            page.locator("#bookmark_notes").fill("The best <em>lighthouse</em> story there is.");
            page.locator("#bookmark_tag_string").fill("comfort read");
            page.locator("#bookmark_rec").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create"))
                    .click();
            page.waitForURL(Pattern.compile(".*/bookmarks/\\d+$"));
            assertThat(page.locator("div.user.module p.status")).containsText("Rec");

            // The work page now says "Edit Bookmark" and counts the public bookmark.
            page.navigate(url("/works/" + favourite));
            assertThat(page.locator("ul.work.navigation.actions li.bookmark a")).hasText("Edit Bookmark");
            assertThat(page.locator("dl.stats dd.bookmarks a")).hasText("1");

            page.navigate(url("/users/" + READER + "/bookmarks"));
            assertThat(page.locator("h2.heading").first()).containsText("2 Bookmarks by " + READER);
            Locator blurbs = page.locator("li.bookmark.blurb.group");
            assertThat(blurbs).hasCount(2);
            assertThat(blurbs.nth(0)).containsText(FAVOURITE);
            assertThat(blurbs.nth(0).locator("p.status")).containsText("Rec");
            assertThat(blurbs.nth(1)).containsText(SECRET);
            assertThat(blurbs.nth(1).locator("p.status")).containsText("Private Bookmark");
            assertThat(blurbs.nth(1).locator("blockquote.notes")).hasText("Only for me: reread in spring.");
            screenshots.take(page, "bookmarks-own-page");
        }

        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(url("/users/" + READER + "/bookmarks"));
            assertThat(page.locator("h2.heading").first()).containsText("1 Bookmark by " + READER);
            assertThat(page.locator("li.bookmark.blurb.group")).hasCount(1);
            assertThat(page.locator("li.bookmark.blurb.group")).containsText(FAVOURITE);
            assertThat(page.locator("#main")).not().containsText(SECRET);
            assertThat(page.locator("#main")).not().containsText("Only for me");
            screenshots.take(page, "bookmarks-guest-view");

            page.navigate(url("/works/" + favourite + "/bookmarks"));
            assertThat(page.locator("li.user.short.blurb.group")).hasCount(1);
            assertThat(page.locator("li.user.short.blurb.group blockquote.notes em"))
                    .hasText("lighthouse");
            screenshots.take(page, "bookmarks-of-a-work");
        }
    }

    @Test
    @Order(2)
    void theAuthorSeesTheirStatisticsWithAChartOfHits() {
        assertNotNull(favourite, "the works were not posted; see the test before this one");
        // Hits of the past weeks, as the hit counter would have recorded them day by day.
        long today = LocalDate.now(ZoneOffset.UTC).toEpochDay();
        for (int d = 1; d < 30; d++) {
            long n = Math.round(8 + 6 * Math.sin(d / 3.0) + d % 5);
            jdbc.sql("INSERT INTO work_hits_daily (work_id, day, hits) VALUES (?, ?, ?)")
                    .params(favourite, today - d, n)
                    .update();
            jdbc.sql("UPDATE works SET hits = hits + ? WHERE id = ?")
                    .params(n, favourite)
                    .update();
        }
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            logIn(page, AUTHOR);
            page.navigate(url("/users/" + AUTHOR));
            page.locator("nav.user.navigation a", new Page.LocatorOptions().setHasText("Statistics"))
                    .click();
            page.waitForURL(url("/users/" + AUTHOR + "/stats"));
            assertThat(page.locator("figure.statistics.chart svg rect.bar").first())
                    .isVisible();
            assertThat(page.locator("table.statistics.index tbody tr")).hasCount(2);
            assertThat(page.locator("table.statistics.index tbody tr").first()).containsText(FAVOURITE);
            assertThat(page.locator("#stats_work_" + favourite + " td.bookmarks"))
                    .hasText("1");
            screenshots.take(page, "statistics-30-days");

            page.locator("ul.chart-range a", new Page.LocatorOptions().setHasText("Last 90 days"))
                    .click();
            assertThat(page.locator("ul.chart-range span.current")).hasText("Last 90 days");
            page.locator("#stats_work_" + secret + " td.chart a").click();
            assertThat(page.locator("h3#hits-chart")).hasText("Hits per day: " + SECRET);
            screenshots.take(page, "statistics-one-work-90-days");
        }
    }

    private long post(long authorId, String title, String fandom) {
        return works.create(
                accounts.defaultPseud(authorId),
                TestData.work(title, fandom, "Fluff"),
                List.of(TestData.chapter("The tide came in over the rocks, and " + title + " began.")),
                WorkService.Mode.POST);
    }

    private void logIn(Page page, String login) {
        LoginForm.logIn(page, url(""), login, PASSWORD);
    }
}
