package org.fanfold.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Series and collections in headless Chromium: a creator posts a series of two works and a reader walks it with
 * "Next Work" and "Previous Work"; a creator adds a work to a moderated collection, where it waits until the
 * collection's owner approves it and it is listed; a remix names its original, whose creator approves the link.
 * Screenshots go to {@code target/screenshots/}.
 */
class CollectionsBrowserTest extends BrowserTest {

    /** How long the asynchronous indexer may take before a change shows in listings. */
    private static final Duration INDEX_WAIT = Duration.ofSeconds(30);

    @Test
    void aReaderWalksASeriesOfTwoWorksWithNextAndPrevious() {
        String series = "The Tidewater Cycle " + letters(5);
        try (BrowserContext author = browser.newContext();
                BrowserContext reader = browser.newContext()) {
            Page page = author.newPage();
            signUp(page, "tide_" + letters(6));
            String first = post(page, "Low Tide", series, null);
            String second = post(page, "High Tide", null, series);

            Page guest = reader.newPage();
            guest.navigate(url(first));
            Locator nav = guest.locator("div#series span.series");
            assertThat(nav.locator("span.position")).hasText("Part 1 of " + series);
            assertThat(nav.locator("a.previous")).hasCount(0);
            screenshots.take(guest, "series-part-one");

            nav.locator("a.next").click();
            guest.waitForURL(url(second));
            assertThat(guest.locator("h2.title.heading")).containsText("High Tide");
            assertThat(guest.locator("div#series span.position")).hasText("Part 2 of " + series);
            assertThat(guest.locator("div#series a.next")).hasCount(0);
            screenshots.take(guest, "series-part-two");

            guest.locator("div#series a.previous").click();
            guest.waitForURL(url(first));
            assertThat(guest.locator("h2.title.heading")).containsText("Low Tide");

            guest.locator("div#series span.position a").click();
            guest.waitForURL(Pattern.compile(".*/series/\\d+$"));
            assertThat(guest.locator("h2.heading").first()).hasText(series);
            assertThat(guest.locator("ul.series.work.index li.work.blurb h4.heading a:first-child"))
                    .hasText(new String[] {"Low Tide", "High Tide"});
            screenshots.take(guest, "series-page");
        }
    }

    @Test
    void aWorkInAModeratedCollectionWaitsForTheOwnersApproval() {
        String name = "harbour_" + letters(6);
        String title = "Lanterns on the Quay " + letters(5);
        try (BrowserContext ownerContext = browser.newContext();
                BrowserContext authorContext = browser.newContext();
                BrowserContext guestContext = browser.newContext()) {
            Page owner = ownerContext.newPage();
            signUp(owner, "keeper_" + letters(6));
            owner.locator("nav.primary a[href='/collections']").click();
            owner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New Collection"))
                    .click();
            owner.locator("#name").fill(name);
            owner.locator("#title").fill("Harbour Lights Exchange");
            owner.locator("#description").fill("Stories of harbours at night.");
            owner.getByLabel("This collection is moderated").check();
            screenshots.take(owner, "collection-new-form");
            owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create Collection"))
                    .click();
            owner.waitForURL(url("/collections/" + name));
            assertThat(owner.locator("p.type")).hasText("(Open, Moderated)");
            screenshots.take(owner, "collection-profile");

            Page author = authorContext.newPage();
            signUp(author, "sailor_" + letters(6));
            String work = post(author, title, null, null);
            author.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add to Collections"))
                    .click();
            author.waitForURL(url(work + "/collection_items/new"));
            author.locator("#collection_names").fill(name);
            author.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Add").setExact(true))
                    .click();
            assertThat(author.locator("li.collection.item span.status")).hasText("Awaiting the collection's approval");
            screenshots.take(author, "collection-item-waiting");

            Page guest = guestContext.newPage();
            guest.navigate(url("/collections/" + name + "/works"));
            assertThat(guest.locator("li.work.blurb")).hasCount(0);

            owner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Manage Items"))
                    .click();
            owner.waitForURL(url("/collections/" + name + "/items"));
            Locator item = owner.locator("li.collection.item");
            assertThat(item.locator("h4.heading a").first()).hasText(title);
            screenshots.take(owner, "collection-moderation-queue");
            item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Approve"))
                    .click();
            assertThat(owner.locator("li.collection.item")).hasCount(0);

            guest.navigate(url("/collections/" + name + "/works"));
            reloadUntilListed(guest, guest.locator("li.work.blurb"));
            assertThat(guest.locator("li.work.blurb h4.heading a").first()).hasText(title);
            assertThat(guest.locator("form#work-filters")).isVisible();
            screenshots.take(guest, "collection-works-listing");

            owner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Membership"))
                    .click();
            owner.locator("#participant_login")
                    .fill(author.locator("#greeting .user a").textContent());
            owner.locator("#participant_role").selectOption("moderator");
            owner.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Add").setExact(true))
                    .click();
            assertThat(owner.locator("table.participants tbody tr")).hasCount(2);
            screenshots.take(owner, "collection-membership");
            guest.navigate(url("/collections"));
            assertThat(guest.locator("li.collection.blurb", new Page.LocatorOptions().setHasText(name))
                            .locator("dd.works"))
                    .hasText("1");
            screenshots.take(guest, "collection-index");

            guest.navigate(url("/collections/" + name + "/works"));
            guest.locator("li.work.blurb h4.heading a").first().click();
            guest.waitForURL(url(work));
            assertThat(guest.locator("div.collections dd.collections a")).hasText("Harbour Lights Exchange");
            screenshots.take(guest, "collection-work-page");
        }
    }

    @Test
    void aRemixShowsItsInspirationAndTheOriginalShowsItOnceApproved() {
        String original = "The Lamplighter " + letters(5);
        String remix = "The Lamplighter, Retold " + letters(5);
        try (BrowserContext first = browser.newContext();
                BrowserContext second = browser.newContext()) {
            Page writer = first.newPage();
            String writerLogin = "lamp_" + letters(6);
            signUp(writer, writerLogin);
            String originalPath = post(writer, original, null, null);

            Page remixer = second.newPage();
            signUp(remixer, "echo_" + letters(6));
            String remixPath = post(remixer, remix, null, null);
            remixer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add Related Work"))
                    .click();
            remixer.locator("#url").fill(url(originalPath));
            screenshots.take(remixer, "related-work-form");
            remixer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add Related Work"))
                    .click();
            remixer.waitForURL(url(remixPath));
            assertThat(remixer.locator("ul.associations li.parent")).containsText("Inspired by " + original);
            screenshots.take(remixer, "related-work-child");

            writer.navigate(url("/users/" + writerLogin + "/related_works"));
            assertThat(writer.locator("dl#inspiredbyme dt.child")).containsText(remix);
            screenshots.take(writer, "related-works-pending");
            writer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve"))
                    .click();
            writer.navigate(url(originalPath));
            assertThat(writer.locator("div#children li")).containsText(remix);
            screenshots.take(writer, "related-work-parent");
        }
    }

    private void signUp(Page page, String login) {
        page.navigate(url("/signup"));
        page.locator("#login").fill(login);
        page.locator("#email").fill(login + "@example.org");
        page.locator("#password").fill("harbour-lights-42");
        page.locator("#passwordConfirmation").fill("harbour-lights-42");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create Account"))
                .click();
        page.waitForURL(Pattern.compile(".*/users/" + login + "\\?welcome$"));
    }

    /** Posts a one-shot; into a new series ({@code newSeries}) or an existing one by title; returns its path. */
    private String post(Page page, String title, String newSeries, String existingSeries) {
        page.navigate(url("/works/new"));
        page.locator("#rating").selectOption("General Audiences");
        page.getByLabel("No Archive Warnings Apply").check();
        page.locator("#fandoms").fill("Original Work");
        page.locator("#title").fill(title);
        if (newSeries != null) page.locator("#newSeries").fill(newSeries);
        if (existingSeries != null)
            page.locator("#seriesId")
                    .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(existingSeries));
        page.locator("input[name=format][value=plain]").check();
        page.locator("#body").fill("The water rose over the quay as " + title + " began.");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Post").setExact(true))
                .click();
        page.waitForURL(Pattern.compile(".*/works/\\d+$"));
        return page.url().substring(url("").length());
    }

    /** Reloads {@code page} until {@code blurb} is listed: the search index catches up asynchronously. */
    private static void reloadUntilListed(Page page, Locator blurb) {
        long deadline = System.nanoTime() + INDEX_WAIT.toNanos();
        while (blurb.count() == 0) {
            if (System.nanoTime() > deadline) {
                fail("nothing was listed at " + page.url() + " within " + INDEX_WAIT.toSeconds() + " s");
            }
            page.waitForTimeout(200);
            page.reload();
        }
    }

    private static String letters(int n) {
        var random = ThreadLocalRandom.current();
        var s = new StringBuilder(n);
        for (int i = 0; i < n; i++) s.append((char) ('a' + random.nextInt(26)));
        return s.toString();
    }
}
