package org.fanfold.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * Downloading a work in Chromium: the Download menu opens without scripts, the browser saves each format under
 * AO3's file name, and the HTML file reads on its own. Screenshots of the menu and of the saved HTML file go to
 * {@code target/screenshots/}.
 */
class DownloadBrowserTest extends BrowserTest {

    @Test
    void aReaderOpensTheDownloadMenuAndSavesEachFormat() throws IOException {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true))) {
            Page page = context.newPage();
            String login = "downloader_" + System.nanoTime() % 1_000_000;
            page.navigate(url("/signup"));
            page.locator("#login").fill(login);
            page.locator("#email").fill(login + "@example.org");
            page.locator("#password").fill("lantern-light-42");
            page.locator("#passwordConfirmation").fill("lantern-light-42");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create Account"))
                    .click();
            page.waitForURL(Pattern.compile(".*/users/" + login + "\\?welcome$"));

            page.navigate(url("/works/new"));
            page.locator("#rating").selectOption("General Audiences");
            page.getByLabel("No Archive Warnings Apply").check();
            page.locator("#fandoms").fill("Lantern Keepers (Original Work)");
            page.locator("#freeforms").fill("Lighthouses, 灯台");
            page.locator("#title").fill("The Keeper's Logbook");
            page.locator("#summary").fill("Every night, one line in the logbook.");
            page.locator("input[name=format][value=html]").check();
            page.locator("#body")
                    .fill("<p>The <em>lamp</em> was lit at dusk.<sup><a href=\"#n1\" name=\"r1\">1</a></sup></p>"
                            + "<hr /><p>灯台守の日誌。</p><p><a name=\"n1\">1.</a> Dusk was at 17:42.</p>");
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Post").setExact(true))
                    .click();
            page.waitForURL(Pattern.compile(".*/works/\\d+$"));

            var menu = page.locator("ul.work.navigation.actions li.download");
            assertThat(menu.locator("summary")).hasText("Download");
            assertThat(menu.locator("ul.expandable")).isHidden();
            menu.locator("summary").click();
            assertThat(menu.locator("ul.expandable a")).hasText(new String[] {"EPUB", "PDF", "HTML"});
            screenshots.take(page, "download-menu-open");

            Path dir = Files.createDirectories(Screenshots.DIR.resolve("downloads"));
            Download epub = page.waitForDownload(() -> menu.getByText("EPUB").click());
            assertThat(epub.suggestedFilename()).isEqualTo("The_Keepers_Logbook.epub");
            Path epubFile = dir.resolve(epub.suggestedFilename());
            epub.saveAs(epubFile);
            try (var zip = new ZipFile(epubFile.toFile())) {
                assertThat(zip.getEntry("EPUB/chapter-001.xhtml")).isNotNull();
            }

            Download pdf = page.waitForDownload(() -> menu.getByText("PDF").click());
            assertThat(pdf.suggestedFilename()).isEqualTo("The_Keepers_Logbook.pdf");
            pdf.saveAs(dir.resolve(pdf.suggestedFilename()));

            Download html = page.waitForDownload(() -> menu.getByText("HTML").click());
            assertThat(html.suggestedFilename()).isEqualTo("The_Keepers_Logbook.html");
            Path htmlFile = dir.resolve(html.suggestedFilename());
            html.saveAs(htmlFile);

            Page file = context.newPage();
            file.navigate(htmlFile.toAbsolutePath().toUri().toString());
            assertThat(file.locator("#preface h1")).hasText("The Keeper's Logbook");
            assertThat(file.locator("#chapters .userstuff")).containsText("灯台守の日誌。");
            file.locator("a[href='#u1-n1']").click();
            assertThat(file).hasURL(Pattern.compile(".*#u1-n1$"));
            screenshots.take(file, "downloaded-html-file");
        }
    }
}
