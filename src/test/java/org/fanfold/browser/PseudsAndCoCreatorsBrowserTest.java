package org.fanfold.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.fanfold.testing.TestImages;
import org.junit.jupiter.api.Test;

/**
 * Two writers in headless Chromium: one makes a second pseud with an icon and posts a work under it, inviting the
 * other as co-creator; the work names only the poster until the other accepts on their co-creator requests page,
 * and both after. Then the profile, pseuds and preferences pages. Screenshots in {@code target/screenshots/}.
 */
class PseudsAndCoCreatorsBrowserTest extends BrowserTest {

    private static final String RUN =
            Integer.toString(ThreadLocalRandom.current().nextInt(10_000, 99_999));
    private static final String POSTER = "quill_" + RUN;
    private static final String FRIEND = "inkwell_" + RUN;
    private static final String PSEUD = "Lamplighter " + RUN;
    private static final String TITLE = "The Night Ferry " + RUN;

    @Test
    void aWorkPostedUnderASecondPseudNamesItsCoCreatorOnceTheyAccept() {
        try (BrowserContext posterContext = browser.newContext();
                BrowserContext friendContext = browser.newContext()) {
            Page friend = friendContext.newPage();
            signUp(friend, FRIEND);
            Page poster = posterContext.newPage();
            signUp(poster, POSTER);

            // A second pseud, with an icon.
            poster.navigate(url("/users/" + POSTER + "/pseuds"));
            poster.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New Pseud"))
                    .click();
            poster.locator("#name").fill(PSEUD);
            poster.locator("#description").fill("Keeps the harbour lights. Writes ferry stories.");
            poster.locator("#icon").setInputFiles(new FilePayload("lamp.png", "image/png", TestImages.png()));
            poster.locator("#iconAltText").fill("A maroon square");
            screenshots.take(poster, "new-pseud-form");
            poster.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create"))
                    .click();
            poster.waitForURL(Pattern.compile(".*/users/" + POSTER + "/pseuds/Lamplighter%20" + RUN + "$"));
            assertThat(poster.locator(".flash")).hasText("Pseud was successfully created.");
            assertThat(poster.locator("img.icon[alt='A maroon square']")).isVisible();
            screenshots.take(poster, "pseud-page");

            // Post under it, inviting the friend.
            poster.locator("#greeting a.post").click();
            poster.locator("#rating").selectOption("General Audiences");
            poster.getByLabel("No Archive Warnings Apply").check();
            poster.locator("#fandoms").fill("Harbour Lights (Original Work)");
            poster.locator("fieldset.byline")
                    .getByLabel(POSTER, new Locator.GetByLabelOptions().setExact(true))
                    .uncheck();
            poster.locator("fieldset.byline").getByLabel(PSEUD).check();
            poster.locator("details.coauthors summary").click();
            poster.locator("#coCreators").fill(FRIEND);
            poster.locator("#title").fill(TITLE);
            poster.locator("input[name=format][value=plain]").check();
            poster.locator("#body").fill("The last ferry left at midnight, lamps swinging.");
            screenshots.take(poster, "post-as-pseud-with-co-creator");
            poster.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Post").setExact(true))
                    .click();
            poster.waitForURL(Pattern.compile(".*/works/\\d+$"));
            String workUrl = poster.url();
            assertThat(poster.locator("h3.byline.heading")).hasText(PSEUD + " (" + POSTER + ")");
            screenshots.take(poster, "work-before-acceptance");

            // The friend accepts.
            friend.navigate(url("/users/" + FRIEND));
            friend.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Co-Creator Requests"))
                    .click();
            assertThat(friend.locator("table.creatorships")).containsText(TITLE);
            friend.getByLabel("Select " + TITLE).check();
            screenshots.take(friend, "co-creator-requests");
            friend.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept"))
                    .click();
            assertThat(friend.locator(".flash")).hasText("You are now listed as a co-creator on that work.");

            poster.navigate(workUrl);
            assertThat(poster.locator("h3.byline.heading")).hasText(PSEUD + " (" + POSTER + "), " + FRIEND);
            screenshots.take(poster, "work-after-acceptance");

            // The poster's profile, pseuds and preferences.
            poster.navigate(url("/users/" + POSTER + "/profile"));
            assertThat(poster.locator(".pseuds")).containsText(PSEUD);
            screenshots.take(poster, "profile");
            poster.navigate(url("/users/" + POSTER + "/pseuds"));
            assertThat(poster.locator("li.pseud")).hasCount(2);
            screenshots.take(poster, "pseuds");
            poster.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Preferences"))
                    .click();
            poster.getByLabel("Hide warnings").check();
            poster.locator("#timeZone").selectOption("Europe/Lisbon");
            poster.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Update"))
                    .click();
            assertThat(poster.locator(".flash")).hasText("Your preferences were successfully updated.");
            assertThat(poster.locator("#timeZone")).hasValue("Europe/Lisbon");
            screenshots.take(poster, "preferences");
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
}
