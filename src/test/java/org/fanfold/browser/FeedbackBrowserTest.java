package org.fanfold.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
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
 * Feedback in headless Chromium: one reader comments on chapter 2 of a work, another replies to that comment, the
 * first leaves kudos as a user and someone else as a guest; the work page then shows the thread and the kudos. Each
 * step leaves a screenshot in {@code target/screenshots/}.
 */
class FeedbackBrowserTest extends BrowserTest {

    private static final String PASSWORD = "kudos-and-comments-1";
    private static final String COMMENT =
            "The storm scene in this chapter gave me chills. Tobias keeping the lamp lit!";
    private static final String REPLY = "Same here! I reread it twice.";

    @Autowired
    Accounts accounts;

    @Autowired
    WorkService works;

    @Test
    void readersCommentReplyAndLeaveKudosAsUsersAndGuests() {
        User author = user("keeper");
        User commenter = user("mira");
        User replier = user("tobias");
        long workId = works.create(
                accounts.defaultPseud(author.id()),
                twoChapters(TestData.work("The Lantern Keeper", "Lantern Keepers (Original Work)", "Lighthouses")),
                List.of(
                        ChapterInput.of("The Steps", "", "", "", "<p>Mira climbed the hundred and twelve steps.</p>"),
                        ChapterInput.of(
                                "Sideways Weather", "", "", "", "<p>The storm came in sideways all night.</p>")),
                WorkService.Mode.POST);
        String work = "/works/" + workId;

        String chapterTwo;
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            logIn(page, commenter);
            page.navigate(url(work));
            page.locator("li.chapter.next a").first().click();
            page.waitForURL(Pattern.compile(".*" + work + "/chapters/\\d+$"));
            chapterTwo = page.url().substring(url("").length());
            assertThat(page.locator("h3.comments.heading")).hasText("Comments (0)");
            page.locator("#comment_content").fill(COMMENT);
            screenshots.take(page, "feedback-comment-form");
            page.locator("#comment_submit").click();
            page.waitForURL(Pattern.compile(".*" + chapterTwo + "#comment_\\d+$"));
            assertThat(page.locator(".comment_notice")).hasText("Comment created!");
            Locator mine = page.locator("#comments_placeholder li.comment").first();
            assertThat(mine.locator("h4.byline a").first()).hasText(commenter.login());
            assertThat(mine.locator("blockquote.userstuff")).hasText(COMMENT);

            page.locator("#kudo_submit").click();
            page.waitForURL(Pattern.compile(".*#kudos_message$"));
            assertThat(page.locator(".kudos_notice")).hasText("Thank you for leaving kudos!");
            assertThat(page.locator("#kudos p.kudos")).hasText(commenter.login() + " left kudos on this work!");
        }

        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            logIn(page, replier);
            page.navigate(url(chapterTwo));
            page.locator("#comments_placeholder li.comment")
                    .first()
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Reply"))
                    .click();
            page.waitForURL(Pattern.compile(".*/comments/\\d+/reply$"));
            assertThat(page.locator("li.comment blockquote")).hasText(COMMENT);
            page.locator("#comment_content").fill(REPLY);
            screenshots.take(page, "feedback-reply-form");
            page.locator("#comment_submit").click();
            page.waitForURL(Pattern.compile(".*" + chapterTwo + "#comment_\\d+$"));
            Locator nested = page.locator("#comments_placeholder > ol.thread > li > ol.thread > li.comment");
            assertThat(nested.locator("blockquote.userstuff")).hasText(REPLY);
            assertThat(nested.locator("h4.byline a").first()).hasText(replier.login());
            assertThat(page.locator("h3.comments.heading")).hasText("Comments (2)");
        }

        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(url(chapterTwo));
            page.locator("#kudo_submit").click();
            page.waitForURL(Pattern.compile(".*#kudos_message$"));
            assertThat(page.locator("#kudos p.kudos"))
                    .hasText(commenter.login() + " and 1 guest left kudos on this work!");
            assertThat(page.locator("#comment_name")).isVisible();
            assertThat(page.locator("dl.stats dd.comments")).hasText("2");
            assertThat(page.locator("dl.stats dd.kudos")).hasText("2");
            page.locator("#kudos").scrollIntoViewIfNeeded();
            screenshots.take(page, "feedback-chapter-with-comments-guest");

            page.navigate(url(work + "?view_full_work=true"));
            assertThat(page.locator("#comments_placeholder li.comment span.parent")
                            .first())
                    .hasText("on Chapter 2");
            screenshots.take(page, "feedback-entire-work-with-comments");
        }

        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            logIn(page, author);
            page.navigate(url(chapterTwo));
            Locator first = page.locator("#comments_placeholder li.comment").first();
            assertThat(first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Freeze Thread")))
                    .isVisible();
            assertThat(first.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Delete")))
                    .isVisible();
            assertThat(page.locator("#kudo_submit")).hasCount(0);
            page.locator("#comments").scrollIntoViewIfNeeded();
            screenshots.take(page, "feedback-creator-sees-comments");
        }
    }

    /** The work planned with two chapters ("2/2"). */
    private static WorkInput twoChapters(WorkInput w) {
        return new WorkInput(
                w.title(),
                w.fandoms(),
                w.rating(),
                w.warnings(),
                w.categories(),
                w.relationships(),
                w.characters(),
                w.freeforms(),
                w.language(),
                w.summary(),
                w.notes(),
                w.endNotes(),
                2,
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
}
