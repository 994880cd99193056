package org.fanfold.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.awaitility.Awaitility;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.SignupForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * An eFiction archive moves in, in headless Chromium: an admin uploads the test archive's dump and zipped story
 * files, follows the import to its report, and one of its authors signs up with the address they had there and
 * claims their works. Screenshots in {@code target/screenshots/}.
 */
@ExtendWith(OutputCaptureExtension.class)
class EfictionImportBrowserTest extends BrowserTest {

    private static final String TOKEN = randomLetters(6);
    private static final String PASSWORD = "open-doors-42";

    @Autowired
    Accounts accounts;

    @TempDir
    Path dir;

    @Test
    void anAdminImportsAnArchiveAndAnAuthorClaimsTheirWorks(CapturedOutput output) throws Exception {
        String admin = "archivist_" + TOKEN;
        accounts.register(new SignupForm(admin, admin + "@example.org", PASSWORD, PASSWORD), true);
        String authorEmail = "e-author-" + TOKEN + "@example.org";
        Path dump = dump(authorEmail);
        Path zip = storiesZip();

        try (BrowserContext adminBrowser = browser.newContext();
                BrowserContext authorBrowser = browser.newContext()) {
            Page page = adminBrowser.newPage();
            LoginForm.logIn(page, url(""), admin, PASSWORD);
            page.navigate(url("/users/" + admin));

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Archive Imports (Admin)"))
                    .click();
            page.locator("#dump").setInputFiles(dump);
            page.locator("#stories").setInputFiles(zip);
            screenshots.take(page, "efiction-upload");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import"))
                    .click();

            assertThat(page.locator("div.import.report"))
                    .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(180_000));
            assertThat(page.locator("p.status")).containsText("Finished.");
            assertThat(page.locator("dd.stories")).hasText("14");
            assertThat(page.locator("ul.skipped li")).hasText("story 4 \"Email story\": it has no chapters");
            screenshots.take(page, "efiction-report");

            Page author = authorBrowser.newPage();
            String login = "eauthor_" + TOKEN;
            author.navigate(url("/signup"));
            author.locator("#login").fill(login);
            author.locator("#email").fill(authorEmail);
            author.locator("#password").fill(PASSWORD);
            author.locator("#passwordConfirmation").fill(PASSWORD);
            author.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create Account"))
                    .click();
            author.waitForURL(Pattern.compile(".*/users/" + login + "\\?welcome$"));
            author.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Claim your imported works"))
                    .click();
            assertThat(author.locator("fieldset.claim li")).hasCount(6);
            screenshots.take(author, "efiction-claims");
            String bacon =
                    author.locator("fieldset.claim a:text-is('Bacon ipsum')").getAttribute("href");
            author.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send me the link to claim them"))
                    .click();
            assertThat(author.locator("p.flash")).containsText("We've sent a link to " + authorEmail);
            author.navigate(url(mailedLink(output, login)));
            assertThat(author.locator("fieldset.claim li")).hasCount(6);
            author.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Claim these works"))
                    .click();
            assertThat(author.locator("p.flash")).containsText("You have claimed 6 works");

            author.navigate(url(bacon));
            assertThat(author.locator("h3.byline")).hasText("B Author 2 [archived by " + admin + "], " + login);
            screenshots.take(author, "efiction-claimed-work");
        }
    }

    /** The path of the claim link mailed to {@code login} (logged: the test has no SMTP server). */
    private static String mailedLink(CapturedOutput output, String login) {
        Pattern link = Pattern.compile("(/users/" + login + "/claims/confirm\\?token=[A-Za-z0-9_.-]+)");
        String[] found = new String[1];
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            Matcher m = link.matcher(output.getOut());
            if (!m.find()) return false;
            found[0] = m.group(1);
            return true;
        });
        return found[0];
    }

    /** The test archive's dump, its fifth author's address made this test's own. */
    private Path dump(String email) throws IOException, URISyntaxException {
        Path dump = dir.resolve("efiction.sql");
        Files.writeString(
                dump,
                Files.readString(resource("efiction.sql"), StandardCharsets.UTF_8)
                        .replace("E5@example.com", email));
        return dump;
    }

    private Path storiesZip() throws IOException, URISyntaxException {
        Path folder = resource("efiction.sql").resolveSibling("storiesef");
        Path zip = dir.resolve("stories.zip");
        try (var out = new ZipOutputStream(Files.newOutputStream(zip));
                Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new ZipEntry(
                        "storiesef/" + folder.relativize(f).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(f));
                out.closeEntry();
            }
        }
        return zip;
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(
                EfictionImportBrowserTest.class.getResource("/efiction/" + name).toURI());
    }

    private static String randomLetters(int n) {
        var random = ThreadLocalRandom.current();
        var letters = new StringBuilder(n);
        for (int i = 0; i < n; i++) letters.append((char) ('a' + random.nextInt(26)));
        return letters.toString();
    }
}
