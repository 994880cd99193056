package org.fanfold.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.SignupForm;
import org.fanfold.search.WorkIndexer;
import org.fanfold.tags.TagPropagator;
import org.fanfold.tags.TagService;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Wrangling and filtering in headless Chromium: a wrangler merges a synonym into a canonical relationship, a reader
 * excludes a tag from a listing through the sidebar, saves that filter, and mutes a tag. Three works in one fandom:
 * <ul>
 *   <li>"Cherry" — relationship NaruSaku (to become a synonym), freeform Fluff;
 *   <li>"Ramen" — relationship Haruno Sakura/Uzumaki Naruto (to become canonical), freeform Angst;
 *   <li>"Sunset" — relationship Haruno Sakura/Uzumaki Naruto, freeform Fluff.
 * </ul>
 * Each step leaves a full-page screenshot in {@code target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FilteringBrowserTest extends BrowserTest {

    /** How long indexing and tag propagation may take before a listing shows the expected state. */
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static final String PASSWORD = "filter-flow-pass-42";

    /** Unique per run, so tag names never clash with another run's. */
    private static final String SUFFIX =
            String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));

    private static final String FANDOM = "Hidden Leaf Chronicles " + SUFFIX;
    private static final String SYNONYM = "NaruSaku " + SUFFIX;
    private static final String CANONICAL = "Haruno Sakura/Uzumaki Naruto " + SUFFIX;
    private static final String FLUFF = "Fluff " + SUFFIX;
    private static final String ANGST = "Angst " + SUFFIX;

    private static final String CHERRY = "Cherry Blossoms " + SUFFIX;
    private static final String RAMEN = "Ramen at Ichiraku " + SUFFIX;
    private static final String SUNSET = "Sunset over Konoha " + SUFFIX;

    private static final String AUTHOR = "author" + SUFFIX;
    private static final String WRANGLER = "wrangler" + SUFFIX;
    private static final String READER = "reader" + SUFFIX;
    private static final String FILTER_NAME = "No angst please " + SUFFIX;

    /** Work ids (the number in /works/{id}), set by the first test. */
    private static String cherry;

    private static String ramen;
    private static String sunset;

    /** The saved filter's listing URL (root-relative), set by the save-filter test. */
    private static String savedUrl;

    @Autowired
    Accounts accounts;

    @Autowired
    TagService tags;

    @Autowired
    WorkIndexer indexer;

    @Autowired
    TagPropagator propagator;

    @Test
    @Order(1)
    void aWranglerMergesASynonymIntoACanonicalRelationship() {
        accounts.register(new SignupForm(AUTHOR, AUTHOR + "@example.org", PASSWORD, PASSWORD), false);
        long wranglerId = accounts.register(
                        new SignupForm(WRANGLER, WRANGLER + "@example.org", PASSWORD, PASSWORD), false)
                .id();
        accounts.setWrangler(wranglerId, true);

        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            logIn(page, AUTHOR);
            cherry = post(page, CHERRY, SYNONYM, FLUFF);
            screenshots.take(page, "filtering-synonym-work-posted");
            ramen = post(page, RAMEN, CANONICAL, ANGST);
            sunset = post(page, SUNSET, CANONICAL, FLUFF);
        }

        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            logIn(page, WRANGLER);
            for (String name : new String[] {CANONICAL, FANDOM, FLUFF, ANGST}) {
                page.navigate(url(tagUrl(name) + "/edit"));
                assertThat(page.locator("h2.heading")).containsText(name);
                page.locator("#tag_canonical").check();
                if (name.equals(CANONICAL)) screenshots.take(page, "filtering-edit-canonical");
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes"))
                        .click();
                page.waitForURL(Pattern.compile(".*/edit\\?updated$"));
                assertThat(page.locator("p.notice")).containsText("Tag was updated");
                assertThat(page.locator("#tag_canonical")).isChecked();
            }

            page.navigate(url(tagUrl(SYNONYM) + "/edit"));
            page.locator("#tag_merger_string").fill(CANONICAL);
            screenshots.take(page, "filtering-edit-synonym-form");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes"))
                    .click();
            page.waitForURL(Pattern.compile(".*/edit\\?updated$"));
            assertThat(page.locator("p.notice")).containsText("Tag was updated");
            assertThat(page.locator("#tag_merger_string")).hasValue(CANONICAL);
            screenshots.take(page, "filtering-edit-synonym-saved");

            // The canonical tag's edit page lists the synonym.
            page.navigate(url(tagUrl(CANONICAL) + "/edit"));
            assertThat(page.locator("ul.synonyms")).containsText(SYNONYM);

            // Its works page lists the synonym's work too, once propagation and indexing catch up.
            page.navigate(url(tagUrl(CANONICAL) + "/works"));
            reloadUntil(
                    page,
                    () -> blurb(page, cherry).count() == 1 && blurb(page, ramen).count() == 1);
            assertThat(blurb(page, sunset)).hasCount(1);
            assertThat(page.locator("h2.heading").first()).containsText("3 Works in");
            screenshots.take(page, "filtering-canonical-lists-both");

            // The synonym's works page redirects to the canonical one.
            page.navigate(url(tagUrl(SYNONYM) + "/works"));
            page.waitForURL(url(tagUrl(CANONICAL) + "/works"));
            assertThat(page.locator("h2.heading").first()).containsText(CANONICAL);
            assertThat(blurb(page, cherry)).hasCount(1);
            screenshots.take(page, "filtering-synonym-redirected");
        }
    }

    @Test
    @Order(2)
    void aReaderExcludesATagThenSavesTheFilter() {
        assertNotNull(sunset, "the works were not posted; see the test before this one");
        accounts.register(new SignupForm(READER, READER + "@example.org", PASSWORD, PASSWORD), false);
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            logIn(page, READER);

            // The fandom's listing, with both freeforms offered in the sidebar.
            page.navigate(url(tagUrl(FANDOM) + "/works"));
            Locator angstFacet =
                    page.locator("fieldset.exclude details.facet", new Page.LocatorOptions().setHasText(ANGST));
            Locator excludeAngst = angstFacet
                    .locator("label", new Locator.LocatorOptions().setHasText(ANGST))
                    .locator("input[type=checkbox]");
            reloadUntil(page, () -> blurbs(page).count() == 3 && excludeAngst.count() == 1);
            assertThat(page.locator("h2.heading").first()).containsText("3 Works in");
            screenshots.take(page, "filtering-fandom-listing");

            // Exclude Angst in the sidebar.
            angstFacet.locator("summary").click();
            excludeAngst.check();
            // After filtering, Angst is no longer a facet of the results: the sidebar keeps it under "Excluding".
            Locator angstExcluded = page.locator(
                    "fieldset.exclude input[type=checkbox][value=\"" + excludeAngst.getAttribute("value") + "\"]");
            screenshots.take(page, "filtering-exclude-ticked");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sort and Filter"))
                    .first()
                    .click();
            page.waitForURL(Pattern.compile(".*exclude_work_search.*"));
            assertThat(page.locator("h2.heading").first()).containsText("2 Works in");
            assertThat(blurb(page, ramen)).hasCount(0);
            assertThat(blurb(page, cherry)).hasCount(1);
            assertThat(blurb(page, sunset)).hasCount(1);
            assertThat(angstExcluded).isChecked();
            screenshots.take(page, "filtering-excluded");
            String filteredUrl = page.url();

            // Save it.
            page.locator("#saved_filter_name").fill(FILTER_NAME);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save Filter"))
                    .click();
            Locator savedLink = page.locator("nav.saved-filters a", new Page.LocatorOptions().setHasText(FILTER_NAME));
            assertThat(savedLink).hasCount(1);
            assertThat(page.locator("h2.heading").first()).containsText("2 Works in");
            screenshots.take(page, "filtering-filter-saved");
            savedUrl = savedLink.getAttribute("href");

            // It is on the exclusions page, and its link gives the filtered listing back.
            page.navigate(url("/users/" + READER + "/exclusions"));
            Locator listed = page.locator("ul.saved-filters a", new Page.LocatorOptions().setHasText(FILTER_NAME));
            assertThat(listed).hasCount(1);
            screenshots.take(page, "filtering-exclusions-page-saved-filter");
            listed.click();
            page.waitForURL(url(savedUrl));
            assertThat(page.locator("h2.heading").first()).containsText("2 Works in");
            assertThat(blurb(page, ramen)).hasCount(0);
            assertThat(blurb(page, cherry)).hasCount(1);
            assertThat(angstExcluded).isChecked();
            if (!page.url().equals(filteredUrl)) {
                // Same listing whatever the URL's spelling; note it for the report.
                System.out.println("saved filter URL " + page.url() + " differs from " + filteredUrl);
            }
            screenshots.take(page, "filtering-saved-filter-followed");
        }
    }

    @Test
    @Order(3)
    void aReaderMutesATag() {
        assertNotNull(sunset, "the works were not posted; see the first test");
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            logIn(page, READER);

            page.navigate(url(tagUrl(FANDOM) + "/works"));
            reloadUntil(page, () -> blurbs(page).count() == 3);
            assertThat(page.locator("p.notice.exclusions")).hasCount(0);

            // Mute Fluff from its own page.
            page.navigate(url(tagUrl(FLUFF) + "/works"));
            assertThat(page.locator("h2.heading").first()).containsText("2 Works in");
            screenshots.take(page, "filtering-fluff-tag-page");
            page.waitForResponse(
                    r -> r.request().method().equals("GET") && r.url().contains("/works"),
                    () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mute this tag"))
                            .click());
            page.waitForLoadState();
            screenshots.take(page, "filtering-fluff-muted");
            System.out.println("after muting, back at " + page.url() + ": heading '"
                    + page.locator("h2.heading").first().textContent() + "', exclusions notice: "
                    + page.locator("p.notice.exclusions").allTextContents());

            // The fandom's listing drops both Fluff works and says so.
            page.navigate(url(tagUrl(FANDOM) + "/works"));
            assertThat(page.locator("h2.heading").first()).containsText("1 Work in");
            assertThat(blurb(page, ramen)).hasCount(1);
            assertThat(blurb(page, cherry)).hasCount(0);
            assertThat(blurb(page, sunset)).hasCount(0);
            assertThat(page.locator("p.notice.exclusions")).containsText("2 works are hidden by your exclusions");
            screenshots.take(page, "filtering-fandom-after-mute");

            page.navigate(url("/users/" + READER + "/exclusions"));
            assertThat(page.locator("ul.muted.tags")).containsText(FLUFF);
            screenshots.take(page, "filtering-exclusions-page-muted");
        }
    }

    @Test
    @Order(4)
    void aReaderFiltersByKudosAndIsToldWhatCouldNotBeRead() {
        assertNotNull(sunset, "the works were not posted; see the first test");
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(url(tagUrl(FANDOM) + "/works"));
            reloadUntil(page, () -> blurbs(page).count() == 3);
            Locator kudos = page.locator("#work_search_kudos_count");
            Locator filter = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sort and Filter"))
                    .first();

            kudos.fill("lots");
            filter.click();
            page.waitForURL(Pattern.compile(".*kudos_count.*lots.*"));
            assertThat(page.locator("form#work-filters [role=alert]")).containsText("Kudos: “lots” is not a number");
            assertThat(kudos).hasValue("lots");
            assertThat(blurbs(page)).hasCount(3);
            screenshots.take(page, "filtering-kudos-unreadable");

            kudos.fill("10-100");
            filter.click();
            page.waitForURL(Pattern.compile(".*kudos_count.*10-100.*"));
            assertThat(page.locator("form#work-filters [role=alert]")).hasCount(0);
            assertThat(blurbs(page)).hasCount(0);
            assertThat(kudos).hasValue("10-100");

            kudos.fill("<1");
            filter.click();
            page.waitForURL(Pattern.compile(".*kudos_count.*%3C1.*"));
            assertThat(blurbs(page)).hasCount(3);
            screenshots.take(page, "filtering-kudos-range");
        }
    }

    private String tagUrl(String name) {
        return tags.find(name)
                .orElseThrow(() -> new AssertionError("no tag " + name))
                .url();
    }

    private void logIn(Page page, String login) {
        LoginForm.logIn(page, url(""), login, PASSWORD);
    }

    /** Posts a single-chapter work through the form; returns its id. */
    private String post(Page page, String title, String relationship, String freeform) {
        page.navigate(url("/works/new"));
        page.locator("#rating").selectOption("General Audiences");
        page.getByLabel("No Archive Warnings Apply").check();
        page.locator("#fandoms").fill(FANDOM);
        page.locator("#relationships").fill(relationship);
        page.locator("#freeforms").fill(freeform);
        page.locator("#title").fill(title);
        page.locator("#summary").fill("A short piece for the filtering flows.");
        page.locator("input[name=format][value=plain]").check();
        page.locator("#body").fill("Words about " + title + ", enough of them to read.");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Post").setExact(true))
                .click();
        page.waitForURL(Pattern.compile(".*/works/\\d+$"));
        assertThat(page.locator("h2.title.heading")).containsText(title);
        return page.url().substring(page.url().lastIndexOf('/') + 1);
    }

    private static Locator blurbs(Page page) {
        return page.locator("li.work.blurb.group");
    }

    private static Locator blurb(Page page, String id) {
        return page.locator("li.work.blurb.group#work_" + id);
    }

    /** Reloads {@code page}, draining the background workers first, until {@code done} holds. */
    private void reloadUntil(Page page, BooleanSupplier done) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("the expected state did not show at " + page.url() + " within " + WAIT.toSeconds() + " s");
            }
            propagator.drain();
            indexer.drain();
            page.waitForTimeout(200);
            page.reload();
        }
    }
}
