package org.fanfold.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.SignupForm;
import org.fanfold.accounts.User;
import org.fanfold.search.WorkIndexer;
import org.fanfold.tags.MediaTags;
import org.fanfold.tags.Tag;
import org.fanfold.tags.TagEdit;
import org.fanfold.tags.TagService;
import org.fanfold.tags.TagType;
import org.fanfold.tags.Wrangling;
import org.fanfold.testing.TestData;
import org.fanfold.works.WorkService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Browsing in Chromium: a reader opens the header's "Fandoms" menu by pointer and by keyboard and picks a medium
 * from it, follows "Fandoms" to the menu as a page and "All Fandoms" to the media, goes on to a medium's fandoms, jumps to a letter and opens
 * a fandom's works; a wrangler ticks every tag of the mass-wrangle page with "All" and clears them with "None",
 * without the page being loaded again. Screenshots in {@code target/screenshots/}.
 */
class BrowseBrowserTest extends BrowserTest {

    private static final String PASSWORD = "browse-pass-42";

    @Autowired
    Accounts accounts;

    @Autowired
    WorkService works;

    @Autowired
    TagService tags;

    @Autowired
    Wrangling wrangling;

    @Autowired
    WorkIndexer indexer;

    @Test
    void aReaderFindsAFandomThroughItsMediumAndAWranglerTicksAllItsTags() {
        String medium = TestData.unique("Radio Dramas ");
        String fandom = TestData.unique("Quiet Frequencies ");
        canonical(medium, TagType.MEDIA);
        Tag f = canonical(fandom, TagType.FANDOM);
        wrangling.addParent(f.id(), medium);
        User author = TestData.user(accounts);
        List<String> loose = List.of(TestData.unique("static "), TestData.unique("night shift "));
        works.create(
                accounts.defaultPseud(author.id()),
                TestData.work("Dead Air", List.of(fandom), loose, false),
                List.of(TestData.chapter("The signal came at three.")),
                WorkService.Mode.POST);
        indexer.drain();

        try (var context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(url("/"));
            Locator opener = page.locator("#header nav.primary .dropdown > a");
            Locator inMenu = page.locator("#header .dropdown ul.menu a", new Page.LocatorOptions().setHasText(medium));
            assertThat(inMenu).not().isInViewport();
            opener.hover();
            assertThat(inMenu).isInViewport();
            screenshots.take(page, "fandoms-menu");
            page.mouse().move(0, 0);
            assertThat(inMenu).not().isInViewport();

            // by keyboard: the menu opens with the focus on "Fandoms", Tab goes through it, Escape closes it
            opener.focus();
            assertThat(inMenu).isInViewport();
            page.keyboard().press("Escape");
            assertThat(inMenu).not().isInViewport();
            assertThat(opener).isFocused();
            for (int i = 0;
                    i < 40
                            && !inMenu.evaluate("a => a === document.activeElement")
                                    .equals(true);
                    i++) {
                page.keyboard().press("Tab");
                assertThat(page.locator("#header .dropdown ul.menu a:focus")).isInViewport();
            }
            assertThat(inMenu).isFocused();
            page.keyboard().press("Enter");
            page.waitForURL(url(MediaTags.fandomsUrl(medium)));
            assertThat(page.locator("h2.heading")).hasText("Fandoms > " + medium);

            // following "Fandoms" itself: the menu as a page, as on AO3, whose "All Fandoms" leads to the media
            opener.click();
            page.waitForURL(url("/menu/fandoms"));
            assertThat(page.locator("#main ul.menu a", new Page.LocatorOptions().setHasText(medium)))
                    .isVisible();
            screenshots.take(page, "fandoms-menu-page");
            page.locator("#main ul.menu a", new Page.LocatorOptions().setHasText("All Fandoms"))
                    .click();
            page.waitForURL(url("/media"));
            page.locator("li.medium h3 a", new Page.LocatorOptions().setHasText(medium))
                    .click();
            assertThat(page.locator("h2.heading")).hasText("Fandoms > " + medium);
            page.locator("ul#alphabet a", new Page.LocatorOptions().setHasText("Q"))
                    .click();
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*#letter-Q$"));
            screenshots.take(page, "medium-fandoms");
            page.locator("li#letter-Q a.tag", new Page.LocatorOptions().setHasText(fandom))
                    .click();
            page.waitForURL(url(f.worksUrl()));
            assertThat(page.locator("li.work.blurb")).hasCount(1);
        }

        String login = "browse" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        User wrangler = accounts.register(new SignupForm(login, login + "@example.org", PASSWORD, PASSWORD), false);
        accounts.setWrangler(wrangler.id(), true);
        try (var context = browser.newContext()) {
            Page page = context.newPage();
            LoginForm.logIn(page, url(""), login, PASSWORD);
            String wrangle = url(f.url() + "/wrangle?show=freeform");
            page.navigate(wrangle);
            var boxes = page.locator("input[name=selected_tags]");
            assertThat(boxes).hasCount(2);
            page.locator("a#wrangle_all_select").click();
            for (int i = 0; i < 2; i++) assertThat(boxes.nth(i)).isChecked();
            assertThat(page).hasURL(wrangle);
            screenshots.take(page, "wrangle-all-selected");
            page.locator("a#wrangle_all_deselect").click();
            for (int i = 0; i < 2; i++) assertThat(boxes.nth(i)).not().isChecked();
            assertThat(page.url()).isEqualTo(wrangle);
        }
    }

    private Tag canonical(String name, TagType type) {
        Tag t = tags.findOrCreate(name, type);
        return wrangling.edit(t.id(), new TagEdit(t.name(), type.dbName(), true, ""));
    }
}
