package org.fanfold.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import org.fanfold.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * What every browser test stands on: the application on a random port over a SQLite archive (one context, shared by
 * all browser tests), headless Chromium for the class ({@link Chromium}: skipped with the reason when there is none,
 * except under {@code CI=true}), screenshots numbered in {@code target/screenshots/}, and the site's URLs.
 */
@Tag("browser")
@ExtendWith(Chromium.Present.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabases.Sqlite.class)
abstract class BrowserTest {

    private static Playwright playwright;
    static Browser browser;
    static Screenshots screenshots;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        var binary = Chromium.require();
        playwright = Playwright.create();
        browser = Chromium.launch(playwright, binary);
        screenshots = new Screenshots();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
        browser = null;
        playwright = null;
    }

    /** The absolute URL of {@code path} on the application under test. */
    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
