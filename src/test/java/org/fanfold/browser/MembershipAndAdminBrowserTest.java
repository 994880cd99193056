package org.fanfold.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.SignupForm;
import org.fanfold.accounts.User;
import org.fanfold.testing.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In headless Chromium: a reader asks to join a moderated collection, its owner approves them from the membership
 * page, then deletes the collection; an admin finds every admin page from "Admin" in the header. Screenshots in
 * {@code target/screenshots/}.
 */
class MembershipAndAdminBrowserTest extends BrowserTest {

    private static final String PASSWORD = "membership-card-3";

    @Autowired
    Accounts accounts;

    @Test
    void aReaderJoinsAModeratedCollectionAndItsOwnerDeletesIt() {
        User owner = user("warden", false);
        User reader = user("joiner", false);
        String name = TestData.unique("lighthouse_club_");
        String url = "/collections/" + name;
        try (BrowserContext ownerContext = browser.newContext();
                BrowserContext readerContext = browser.newContext()) {
            Page o = ownerContext.newPage();
            logIn(o, owner);
            o.navigate(url("/collections/new"));
            o.locator("#name").fill(name);
            o.locator("#title").fill("Zephyr Lighthouse Club");
            o.getByLabel("This collection is moderated").check();
            o.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create Collection"))
                    .click();
            o.waitForURL(url(url));

            Page r = readerContext.newPage();
            logIn(r, reader);
            r.navigate(url(url));
            r.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join"))
                    .click();
            assertThat(r.locator("div.collection.header p.flash"))
                    .hasText(
                            "You have applied to join Zephyr Lighthouse Club. Its moderators will approve or decline you.");
            assertThat(r.locator("form.join.withdraw")).containsText("Join request sent.");
            screenshots.take(r, "collection-join-requested");

            o.reload();
            o.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Membership (1 request)"))
                    .click();
            assertThat(o.locator("ul.join.requests li")).containsText(reader.login());
            screenshots.take(o, "collection-join-requests");
            o.locator("ul.join.requests li")
                    .getByRole(
                            AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Approve"))
                    .click();
            assertThat(o.locator("div.collection.header p.flash")).hasText(reader.login() + " is now a member.");
            assertThat(o.locator("table.participants")).containsText(reader.login());

            r.reload();
            assertThat(r.locator("form.leave button")).hasText("Leave");

            o.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Delete").setExact(true))
                    .click();
            screenshots.take(o, "collection-delete-confirm");
            o.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, Delete Collection"))
                    .click();
            o.waitForURL(url("/collections"));
            assertThat(o.locator("p.flash"))
                    .hasText("The collection Zephyr Lighthouse Club was deleted. Its works stay on the archive.");
        }
    }

    @Test
    void anAdminFindsEveryAdminPageFromTheHeader() {
        User admin = user("keeper", true);
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            logIn(page, admin);
            page.locator("#greeting a[href='/admin']").click();
            page.waitForURL(url("/admin"));
            assertThat(page.locator("dl.admin.pages dt a"))
                    .hasText(new String[] {"Comment settings", "Downloads", "Tag wrangling"});
            screenshots.take(page, "admin-index");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Downloads"))
                    .click();
            assertThat(page.locator("h2.heading")).hasText("Downloads");
        }
    }

    private User user(String prefix, boolean admin) {
        String login = TestData.unique(prefix);
        return accounts.register(new SignupForm(login, login + "@example.org", PASSWORD, PASSWORD), admin);
    }

    private void logIn(Page page, User user) {
        LoginForm.logIn(page, url(""), user.login(), PASSWORD);
    }
}
