package org.fanfold.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.fanfold.accounts.Accounts;
import org.fanfold.testing.TestData;
import org.fanfold.works.WorkService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A creator takes their works away in Chromium: "Download my works and bookmarks" on the preferences page saves
 * one zip with their works' EPUBs and JSON. A screenshot of the preferences page goes to {@code target/screenshots/}.
 */
class ExportBrowserTest extends BrowserTest {

    @Autowired
    Accounts accounts;

    @Autowired
    WorkService works;

    @Test
    void aCreatorSavesTheirWorksAndBookmarksFromThePreferencesPage() throws Exception {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true))) {
            Page page = context.newPage();
            String login = "exporter_" + System.nanoTime() % 1_000_000;
            page.navigate(url("/signup"));
            page.locator("#login").fill(login);
            page.locator("#email").fill(login + "@example.org");
            page.locator("#password").fill("lantern-light-42");
            page.locator("#passwordConfirmation").fill("lantern-light-42");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create Account"))
                    .click();
            page.waitForURL(Pattern.compile(".*/users/" + login + "\\?welcome$"));
            var user = accounts.byLogin(login).orElseThrow();
            long id = works.create(
                    accounts.defaultPseud(user.id()),
                    TestData.work("The Lamp Room", "Lantern Keepers (Original Work)", "Lighthouses"),
                    List.of(TestData.chapter("The lamp was lit at dusk.")),
                    WorkService.Mode.POST);

            page.navigate(url("/users/" + login + "/preferences"));
            var button = page.getByRole(
                    AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Download my works and bookmarks"));
            assertThat(button).isVisible();
            button.scrollIntoViewIfNeeded();
            screenshots.take(page, "preferences-export");

            Download download = page.waitForDownload(button::click);
            assertThat(download.suggestedFilename()).matches(login + "-works-and-bookmarks-\\d{4}-\\d\\d-\\d\\d\\.zip");
            Path file = Files.createDirectories(Screenshots.DIR.resolve("downloads"))
                    .resolve(download.suggestedFilename());
            download.saveAs(file);
            try (var zip = new ZipFile(file.toFile())) {
                assertThat(zip.getEntry("works/" + id + "-The_Lamp_Room.epub")).isNotNull();
                assertThat(zip.getEntry("works.json")).isNotNull();
                assertThat(zip.getEntry("bookmarks.json")).isNotNull();
            }
        }
    }
}
