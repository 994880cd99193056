package org.fanfold.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A reader's journey through the real application in headless Chromium: sign up, post a work with two chapters,
 * read it chapter by chapter and whole, find it on its tag's page and through the header search, then read it as a
 * guest. Each step leaves a full-page screenshot in {@code target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReaderJourneyBrowserTest extends BrowserTest {

    /** How long the asynchronous indexer may take before a new work shows in listings. */
    private static final Duration INDEX_WAIT = Duration.ofSeconds(30);

    /** Unique per run, so searches find this run's work and nothing else. */
    private static final String TOKEN = "kestrel" + randomLetters(6);

    private static final String TITLE = "The Lantern Keeper's Apprentice " + TOKEN;
    private static final String CHAPTER_ONE = "Mira climbed the hundred and twelve steps of the lighthouse at dusk.";
    private static final String CHAPTER_TWO = "The storm came in sideways, and Tobias kept the lamp burning all night.";

    /** The posted work's URL (/works/{id}), set by the first test for the ones after it. */
    private static String workPath;

    @Test
    @Order(1)
    void signUpPostReadAndFindAWork() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            String login = "reader_" + TOKEN;

            // Sign up.
            page.navigate(url("/signup"));
            page.locator("#login").fill(login);
            page.locator("#email").fill(login + "@example.org");
            page.locator("#password").fill("lantern-light-42");
            page.locator("#passwordConfirmation").fill("lantern-light-42");
            screenshots.take(page, "signup-form");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create Account"))
                    .click();
            page.waitForURL(Pattern.compile(".*/users/" + login + "\\?welcome$"));
            assertThat(page.locator("#greeting")).containsText("Hi, " + login);
            screenshots.take(page, "signed-up-dashboard");

            // Post the work with its first chapter.
            page.locator("#greeting a.post").click();
            page.waitForURL(url("/works/new"));
            page.locator("#rating").selectOption("Teen And Up Audiences");
            page.getByLabel("No Archive Warnings Apply").check();
            page.locator("#fandoms").fill("Lantern Keepers (Original Work)");
            page.getByLabel("F/M").check();
            page.locator("#relationships").fill("Mira/Tobias");
            page.locator("#characters").fill("Mira, Tobias");
            page.locator("#freeforms").fill("Slow Burn, Lighthouses, Found Family");
            page.locator("#title").fill(TITLE);
            page.locator("#summary").fill("An apprentice, a keeper, and a lamp that must not go out.");
            page.locator("#expectedChapters").fill("2");
            page.locator("#chapterTitle").fill("The Hundred and Twelve Steps");
            page.locator("input[name=format][value=plain]").check();
            page.locator("#body").fill(CHAPTER_ONE + "\n\nAt the top, the lamp was cold.");
            screenshots.take(page, "new-work-form");
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Post").setExact(true))
                    .click();
            page.waitForURL(Pattern.compile(".*/works/\\d+$"));
            workPath = page.url().substring(url("").length());
            assertThat(page.locator("h2.title.heading")).containsText(TITLE);
            assertThat(page.locator("dd.rating.tags")).containsText("Teen And Up Audiences");
            assertThat(page.locator("dd.chapters")).hasText("1/2");
            assertThat(page.locator("#chapters .userstuff")).containsText(CHAPTER_ONE);
            screenshots.take(page, "work-posted");

            // Add the second chapter from the work page.
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add Chapter"))
                    .click();
            page.waitForURL(url(workPath + "/chapters/new"));
            page.locator("#title").fill("Sideways Weather");
            page.locator("input[name=format][value=plain]").check();
            page.locator("#body").fill(CHAPTER_TWO);
            screenshots.take(page, "new-chapter-form");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post Chapter"))
                    .click();
            page.waitForURL(Pattern.compile(".*" + workPath + "/chapters/\\d+$"));
            assertThat(page.locator("#chapters")).containsText(CHAPTER_TWO);
            assertThat(page.locator("dd.chapters")).hasText("2/2");
            screenshots.take(page, "chapter-two-posted");

            // Read it: chapter 1, the next chapter, then the entire work.
            page.navigate(url(workPath));
            assertThat(page.locator("#chapters")).containsText(CHAPTER_ONE);
            assertThat(page.locator("#chapters")).not().containsText(CHAPTER_TWO);
            screenshots.take(page, "read-chapter-one");
            page.locator("li.chapter.next a").first().click();
            page.waitForURL(Pattern.compile(".*" + workPath + "/chapters/\\d+$"));
            assertThat(page.locator("#chapters")).containsText(CHAPTER_TWO);
            assertThat(page.locator("#chapters")).not().containsText(CHAPTER_ONE);
            screenshots.take(page, "read-chapter-two");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Entire Work"))
                    .click();
            page.waitForURL(url(workPath + "?view_full_work=true"));
            assertThat(page.locator("#chapter-1")).containsText(CHAPTER_ONE);
            assertThat(page.locator("#chapter-2")).containsText(CHAPTER_TWO);
            screenshots.take(page, "read-entire-work");

            // Find it on its relationship tag's page.
            page.locator("dd.relationship.tags a.tag", new Page.LocatorOptions().setHasText("Mira/Tobias"))
                    .click();
            page.waitForURL(Pattern.compile(".*/tags/.+/works$"));
            reloadUntilListed(page, workBlurb(page));
            assertThat(workBlurb(page).locator("h4.heading a").first()).hasText(TITLE);
            assertThat(page.locator("h2.heading")).containsText("Mira/Tobias");
            screenshots.take(page, "tag-listing");

            // Find it with the header search box.
            page.locator("#site_search").fill(TOKEN);
            page.locator("#header form.search button").click();
            page.waitForURL(Pattern.compile(".*/works/search\\?.*"));
            reloadUntilListed(page, workBlurb(page));
            assertThat(page.locator("li.work.blurb.group")).hasCount(1);
            screenshots.take(page, "search-results");

            // The blurb's title leads back to the work.
            workBlurb(page).locator("h4.heading a").first().click();
            page.waitForURL(url(workPath));
            assertThat(page.locator("h2.title.heading")).containsText(TITLE);
        }
    }

    @Test
    @Order(2)
    void aGuestReadsTheWork() {
        assertNotNull(workPath, "the work was not posted; see the test before this one");
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(url(workPath));
            assertThat(page.locator("#greeting")).containsText("Log In");
            assertThat(page.locator("h2.title.heading")).containsText(TITLE);
            assertThat(page.locator("h3.byline.heading")).containsText("reader_" + TOKEN);
            assertThat(page.locator("#chapters")).containsText(CHAPTER_ONE);
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add Chapter")))
                    .hasCount(0);
            screenshots.take(page, "guest-work-page");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Entire Work"))
                    .click();
            assertThat(page.locator("#chapter-2")).containsText(CHAPTER_TWO);
            screenshots.take(page, "guest-entire-work");
        }
        // The same page on a phone-sized screen, to see the layout hold up.
        try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
            Page page = phone.newPage();
            page.navigate(url(workPath));
            assertThat(page.locator("h2.title.heading")).containsText(TITLE);
            screenshots.take(page, "guest-work-page-narrow");
        }
    }

    private static Locator workBlurb(Page page) {
        return page.locator("li.work.blurb.group#work_" + workPath.substring(workPath.lastIndexOf('/') + 1));
    }

    /** Reloads {@code page} until {@code blurb} is listed: the search index catches up asynchronously. */
    private static void reloadUntilListed(Page page, Locator blurb) {
        long deadline = System.nanoTime() + INDEX_WAIT.toNanos();
        while (blurb.count() == 0) {
            if (System.nanoTime() > deadline) {
                fail("the work was not listed at " + page.url() + " within " + INDEX_WAIT.toSeconds() + " s");
            }
            page.waitForTimeout(200);
            page.reload();
        }
    }

    private static String randomLetters(int n) {
        var random = ThreadLocalRandom.current();
        var letters = new StringBuilder(n);
        for (int i = 0; i < n; i++) letters.append((char) ('a' + random.nextInt(26)));
        return letters.toString().toLowerCase(Locale.ROOT);
    }
}
