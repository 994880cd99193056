package org.fanfold.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.SignupForm;
import org.fanfold.accounts.User;
import org.fanfold.testing.TestData;
import org.fanfold.works.ChapterInput;
import org.fanfold.works.WorkInput;
import org.fanfold.works.WorkService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Muting and blocking in headless Chromium. A reader mutes a creator from the creator's dashboard: the creator's work
 * leaves the fandom's listing, its count and its facet counts (its category's disappears, the shared rating's drops), and the creator's comment and bookmark leave the
 * reader's own work; unmuting from the profile brings them back. Then the reader blocks the creator, who can no
 * longer comment on or leave kudos on the reader's work, reply to the reader's comment, or give the reader a work.
 * Screenshots in {@code target/screenshots/}.
 */
class BlockAndMuteBrowserTest extends BrowserTest {

    private static final String PASSWORD = "quiet-harbour-7";
    /** How long the background indexer may take on a loaded machine. */
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    Accounts accounts;

    @Autowired
    WorkService works;

    @Test
    void aReaderMutesThenBlocksACreator() {
        User creator = user("signal");
        User reader = user("harbour");
        String fandom = "Harbour Lights " + TestData.unique("f") + " (Original Work)";
        String listing = "/tags/" + fandom.replace(" ", "%20") + "/works";
        long readersWork = works.create(
                accounts.defaultPseud(reader.id()),
                teen(TestData.work("The Breakwater", fandom, "Fog")),
                List.of(ChapterInput.of("", "", "", "", "<p>The fog rolled over the breakwater.</p>")),
                WorkService.Mode.POST);
        String readersWorkPath = "/works/" + readersWork;

        try (BrowserContext creatorBrowser = browser.newContext();
                BrowserContext readerBrowser = browser.newContext()) {
            Page a = creatorBrowser.newPage();
            Page b = readerBrowser.newPage();
            logIn(a, creator);
            logIn(b, reader);

            // The creator posts a work in the fandom, comments on the reader's work and bookmarks it.
            String creatorsWorkPath = post(a, "Signal Fires on the Point", fandom, "Signal Fires", "");
            a.navigate(url(readersWorkPath));
            a.locator("#comment_content").fill("The breakwater scene is wonderful.");
            a.locator("#comment_submit").click();
            assertThat(a.locator(".comment_notice")).hasText("Comment created!");
            a.navigate(url(readersWorkPath + "/bookmarks/new"));
            a.locator("#bookmark_notes").fill("A favourite foggy read.");
            a.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create"))
                    .click();
            a.waitForURL(Pattern.compile(".*/bookmarks/\\d+$"));

            // The reader comments on the creator's work (to be replied to later).
            b.navigate(url(creatorsWorkPath));
            b.locator("#comment_content").fill("Those fires! I could see them.");
            b.locator("#comment_submit").click();
            assertThat(b.locator(".comment_notice")).hasText("Comment created!");
            String readersCommentPath = "/comments/" + b.url().replaceAll(".*#comment_", "");

            // The reader sees both works in the fandom's listing, counted.
            Locator blurbs = b.locator("li.work.blurb");
            b.navigate(url(listing));
            reloadUntil(b, () -> blurbs.count() == 2);
            assertThat(b.locator("h2.heading")).containsText("2 Works");
            assertThat(facet(b, "Teen And Up Audiences")).hasText("(2)");
            assertThat(facet(b, "F/M")).hasText("(1)");
            screenshots.take(b, "mute-listing-before");

            // The reader mutes the creator from the creator's dashboard, confirming first.
            b.navigate(url("/users/" + creator.login()));
            userNav(b, "Mute").click();
            assertThat(b.locator("h2.heading")).hasText("Mute " + creator.login());
            screenshots.take(b, "mute-confirm");
            b.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, Mute User"))
                    .click();
            assertThat(b.locator("p.flash")).containsText("You muted " + creator.login());
            assertThat(b.locator("ul.muted.users")).containsText(creator.login());

            // The creator's work is gone from the listing, from its count and from its facet counts.
            b.navigate(url(listing));
            assertThat(blurbs).hasCount(1);
            assertThat(blurbs).containsText("The Breakwater");
            assertThat(b.locator("h2.heading")).containsText("1 Work");
            assertThat(facet(b, "Teen And Up Audiences")).hasText("(1)");
            assertThat(facet(b, "F/M")).hasCount(0);
            assertThat(b.locator("p.notice.exclusions")).containsText("1 work is hidden by your exclusions.");
            screenshots.take(b, "mute-listing-after");

            // So are the creator's comment and bookmark on the reader's work.
            b.navigate(url(readersWorkPath));
            assertThat(b.locator("#comments_placeholder")).not().containsText("The breakwater scene is wonderful.");
            assertThat(b.locator("#comments_placeholder p.notice.muted"))
                    .hasText("1 comment is hidden because you muted their authors.");
            screenshots.take(b.locator("#feedback"), "mute-comment-hidden");
            b.navigate(url(readersWorkPath + "/bookmarks"));
            assertThat(b.locator("ol.bookmark.index")).not().containsText("A favourite foggy read.");
            assertThat(b.locator("p.notice.exclusions")).containsText("1 bookmark is by users you muted and hidden.");

            // Unmuting, from the creator's profile, brings everything back.
            b.navigate(url("/users/" + creator.login() + "/profile"));
            userNav(b, "Unmute").click();
            b.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, Unmute User"))
                    .click();
            assertThat(b.locator("p.flash")).containsText("You unmuted " + creator.login());
            b.navigate(url(listing));
            assertThat(blurbs).hasCount(2);
            assertThat(facet(b, "F/M")).hasText("(1)");
            b.navigate(url(readersWorkPath));
            assertThat(b.locator("#comments_placeholder")).containsText("The breakwater scene is wonderful.");
            b.navigate(url(readersWorkPath + "/bookmarks"));
            assertThat(b.locator("ol.bookmark.index")).containsText("A favourite foggy read.");

            // The reader blocks the creator, from the creator's profile.
            b.navigate(url("/users/" + creator.login() + "/profile"));
            userNav(b, "Block").click();
            screenshots.take(b, "block-confirm");
            b.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, Block User"))
                    .click();
            assertThat(b.locator("p.flash")).hasText("You have blocked the user " + creator.login() + ".");

            // The creator can no longer comment on or leave kudos on the reader's work…
            a.navigate(url(readersWorkPath));
            assertThat(a.locator("#comments_closed"))
                    .hasText("Sorry, you have been blocked by one or more of this work's creators.");
            assertThat(a.locator("#comment_content")).hasCount(0);
            assertThat(a.locator("#kudo_submit")).hasCount(0);
            screenshots.take(a.locator("#feedback"), "block-no-comments-or-kudos");

            // …nor reply to the reader's comment…
            a.navigate(url(creatorsWorkPath));
            Locator readersComment = a.locator(
                    "#comments_placeholder li.comment",
                    new Page.LocatorOptions().setHasText("Those fires! I could see them."));
            assertThat(readersComment).hasCount(1);
            assertThat(readersComment.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Reply")))
                    .hasCount(0);
            a.navigate(url(readersCommentPath + "/reply"));
            assertThat(a.locator("#comment_refused")).hasText("Sorry, you have been blocked by that user.");
            assertThat(a.locator("#comment_content")).hasCount(0);
            screenshots.take(a, "block-no-reply");

            // …nor give the reader a work: the form comes back saying so, with everything typed kept.
            post(a, "A Lantern for the Harbour", fandom, "Lanterns", reader.login());
            assertThat(a.locator("#gifts-error")).hasText(reader.login() + " does not accept gifts from you.");
            assertThat(a.locator("#title")).hasValue("A Lantern for the Harbour");
            assertThat(a.locator("#gifts")).hasValue(reader.login());
            screenshots.take(a, "block-no-gift");
        }
    }

    /** Posts a Teen F/M work through the form; returns its path, or "" when the form came back with mistakes. */
    private String post(Page page, String title, String fandom, String freeform, String giftTo) {
        page.navigate(url("/works/new"));
        page.locator("#rating").selectOption("Teen And Up Audiences");
        page.getByLabel("No Archive Warnings Apply").check();
        page.getByLabel("F/M", new Page.GetByLabelOptions().setExact(true)).check();
        page.locator("#fandoms").fill(fandom);
        page.locator("#freeforms").fill(freeform);
        page.locator("#title").fill(title);
        page.locator("#gifts").fill(giftTo);
        page.locator("input[name=format][value=plain]").check();
        page.locator("#body").fill("The fires burned on the point all night.");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Post").setExact(true))
                .click();
        page.waitForLoadState();
        return page.url().matches(".*/works/\\d+$") ? page.url().substring(url("").length()) : "";
    }

    /** The count beside a tag in the listing's "Include" filters. */
    private static Locator facet(Page page, String tag) {
        return page.locator("#work-filters fieldset.include li", new Page.LocatorOptions().setHasText(tag + " ("))
                .locator("span.count");
    }

    private static Locator userNav(Page page, String label) {
        return page.locator(
                "nav.user.navigation a", new Page.LocatorOptions().setHasText(Pattern.compile("^" + label + "$")));
    }

    private static WorkInput teen(WorkInput w) {
        return new WorkInput(
                w.title(),
                w.fandoms(),
                "Teen And Up Audiences",
                w.warnings(),
                w.categories(),
                w.relationships(),
                w.characters(),
                w.freeforms(),
                w.language(),
                w.summary(),
                w.notes(),
                w.endNotes(),
                w.expectedChapters(),
                w.restricted(),
                w.importedAuthor(),
                w.series(),
                w.giftRecipients());
    }

    private User user(String prefix) {
        String login = TestData.unique(prefix);
        return accounts.register(new SignupForm(login, login + "@example.org", PASSWORD, PASSWORD), false);
    }

    private void logIn(Page page, User user) {
        LoginForm.logIn(page, url(""), user.login(), PASSWORD);
    }

    /** Reloads {@code page} until {@code done}: new works reach the listings through the background indexer. */
    private static void reloadUntil(Page page, BooleanSupplier done) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) fail("waited " + WAIT.toSeconds() + " s for the listing");
            page.waitForTimeout(200);
            page.reload();
        }
    }
}
