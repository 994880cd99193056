package org.fanfold.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.List;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.User;
import org.fanfold.search.WorkIndexer;
import org.fanfold.tags.TagEdit;
import org.fanfold.tags.TagService;
import org.fanfold.tags.TagType;
import org.fanfold.tags.Wrangling;
import org.fanfold.testing.TestData;
import org.fanfold.works.WorkService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Finding the feeds in Chromium: a canonical tag's works page offers "Subscribe to the feed", which serves the
 * tag's Atom feed, and the footer leads to the OPDS catalog. Screenshots go to {@code target/screenshots/}.
 */
class FeedsBrowserTest extends BrowserTest {

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
    void aReaderSubscribesToATagsFeedAndFindsTheCatalog() {
        String fandom = TestData.unique("Lighthouse Keepers ");
        var tag = tags.findOrCreate(fandom, TagType.FANDOM);
        wrangling.edit(tag.id(), new TagEdit(tag.name(), "Fandom", true, ""));
        User author = TestData.user(accounts);
        works.create(
                accounts.defaultPseud(author.id()),
                TestData.work("The Keeper's Logbook", fandom, "Lighthouses"),
                List.of(TestData.chapter("The lamp was lit at dusk.")),
                WorkService.Mode.POST);
        indexer.drain();

        try (var context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(url(tag.worksUrl()));
            var subscribe = page.locator("p.feed a.rss");
            assertThat(subscribe).hasText("Subscribe to the feed");
            assertThat(page.locator("head link[rel=alternate][type='application/atom+xml']"))
                    .hasAttribute("href", tag.url() + "/feed.atom");
            screenshots.take(page, "tag-works-feed-link");

            Response feed = page.waitForResponse(r -> r.url().endsWith("/feed.atom"), subscribe::click);
            assertThat(feed.status()).isEqualTo(200);
            assertThat(feed.headers().get("content-type")).startsWith("application/atom+xml");
            assertThat(feed.text()).contains("<title>The Keeper's Logbook</title>");

            page.navigate(url("/works"));
            Response catalog = page.waitForResponse(
                    r -> r.url().endsWith("/opds"),
                    () -> page.locator("#footer a.opds").click());
            assertThat(catalog.headers().get("content-type"))
                    .isEqualTo("application/atom+xml;profile=opds-catalog;kind=navigation");
            assertThat(catalog.text()).contains("<title>Recent works</title>");
        }
    }
}
