package org.fanfold.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Importing files in Chromium: an AO3 download and a broken EPUB through the upload form, one result each, and the
 * imported work with where it was first posted. Screenshots go to {@code target/screenshots/}.
 */
class ImportBrowserTest extends BrowserTest {

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = ImportBrowserTest.class.getResourceAsStream("/" + path)) {
            return in.readAllBytes();
        }
    }

    @Test
    void anAuthorUploadsTwoFilesAndReadsTheImportedWork() throws IOException {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            String login = "importer_" + System.nanoTime() % 1_000_000;
            page.navigate(url("/signup"));
            page.locator("#login").fill(login);
            page.locator("#email").fill(login + "@example.org");
            page.locator("#password").fill("harbour-bell-42");
            page.locator("#passwordConfirmation").fill("harbour-bell-42");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create Account"))
                    .click();
            page.waitForURL(Pattern.compile(".*/users/" + login + "\\?welcome$"));

            page.navigate(url("/works/import"));
            screenshots.take(page, "import-form");
            page.locator("#files").setInputFiles(new FilePayload[] {
                new FilePayload("Salt_and_Iron.html", "text/html", resource("ao3/three-chapters.html")),
                new FilePayload("notes.epub", "application/epub+zip", "not a zip".getBytes(StandardCharsets.UTF_8))
            });
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import"))
                    .click();

            var results = page.locator("div.import.results li");
            assertThat(results).hasCount(2);
            assertThat(results.nth(0)).hasText("Salt_and_Iron.html → Salt and Iron");
            assertThat(results.nth(1)).hasText("notes.epub: not an EPUB: the file is not a zip archive");
            screenshots.take(page, "import-results");

            results.nth(0).locator("a").click();
            page.waitForURL(Pattern.compile(".*/works/\\d+$"));
            assertThat(page.locator("h2.title.heading")).hasText("Salt and Iron");
            assertThat(page.locator("p.origin"))
                    .hasText("Originally posted on the Archive of Our Own at https://archiveofourown.org/works/40002"
                            + " on 2019-02-03, last updated there on 2019-04-05.");
            assertThat(page.locator("dd.chapters")).hasText("3/5");
            screenshots.take(page, "imported-work");

            page.navigate(url("/works/import"));
            page.locator("#files")
                    .setInputFiles(new FilePayload("huge.epub", "application/epub+zip", new byte[21 * 1024 * 1024]));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import"))
                    .click();
            // the form comes back (413), saying what the archive accepts
            assertThat(page.locator("h2.heading")).hasText("Import Works from Files");
            assertThat(page.locator("p.error[role=alert]"))
                    .hasText("The file is larger than the 20 MB this archive accepts.");
            assertThat(page.locator("#files")).isVisible();
            screenshots.take(page, "import-too-large");
        }
    }
}
