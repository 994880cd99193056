package org.fanfold.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.SignupForm;
import org.fanfold.testing.TestData;
import org.fanfold.works.WorkService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Personal API tokens in headless Chromium: a user finds "API tokens" on their preferences, makes a token, copies it
 * into a program (here Java's HTTP client, against the running server) that bookmarks a work with it, reads the API's
 * documentation page, and revokes the token, after which the program is refused. Screenshots in
 * {@code target/screenshots/}.
 */
class ApiTokensBrowserTest extends BrowserTest {

    private static final String PASSWORD = "token-flow-pass-42";
    private static final String LOGIN = "tokens" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);

    @Autowired
    Accounts accounts;

    @Autowired
    WorkService works;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aUserMakesATokenForAProgramAndRevokesIt() throws Exception {
        long userId = accounts.register(new SignupForm(LOGIN, LOGIN + "@example.org", PASSWORD, PASSWORD), false)
                .id();
        long work = works.create(
                accounts.defaultPseud(userId),
                TestData.work("Harbour Lights", "Coastal Tales", "Fluff"),
                List.of(TestData.chapter("The boats came home one by one.")),
                WorkService.Mode.POST);

        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            LoginForm.logIn(page, url(""), LOGIN, PASSWORD);

            page.navigate(url("/users/" + LOGIN + "/preferences"));
            page.locator("p.api-tokens a").click();
            page.waitForURL(url("/users/" + LOGIN + "/api_tokens"));
            assertThat(page.locator("p.empty")).hasText("You have no API tokens.");
            page.locator("#api_token_name").fill("My reading app");
            page.locator("form.api-token button[type=submit]").click();
            assertThat(page.locator("div.new-token")).containsText("Copy it now");
            String token = page.locator("input#new-token").inputValue();
            assertThat(token).startsWith("fft_");
            screenshots.take(page, "api-token-made");

            HttpResponse<String> bookmarked = http.send(
                    HttpRequest.newBuilder(URI.create(url("/api/v1/bookmarks")))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"work_id\": " + work + ", \"notes\": \"Read again\", \"rec\": true}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(bookmarked.statusCode()).isEqualTo(201);
            assertThat(bookmarked.headers().firstValue("Set-Cookie")).isEmpty();

            page.navigate(url("/users/" + LOGIN + "/api_tokens"));
            assertThat(page.locator("table.api-tokens tbody tr")).hasCount(1);
            assertThat(page.locator("table.api-tokens tbody tr")).not().containsText("Never");
            assertThat(page.locator("#main")).not().containsText(token);
            screenshots.take(page, "api-tokens-list");

            page.navigate(url("/users/" + LOGIN + "/bookmarks"));
            assertThat(page.locator("li.bookmark.blurb.group")).containsText("Harbour Lights");

            page.navigate(url("/api/v1/docs"));
            assertThat(page.locator("section#postWork h4")).hasText("POST /api/v1/works");
            screenshots.take(page, "api-docs");

            page.navigate(url("/users/" + LOGIN + "/api_tokens"));
            page.locator("table.api-tokens button").click();
            assertThat(page.locator("p.flash")).containsText("revoked");
            screenshots.take(page, "api-token-revoked");

            HttpResponse<String> refused = http.send(
                    HttpRequest.newBuilder(URI.create(url("/api/v1/users/" + LOGIN)))
                            .header("Authorization", "Bearer " + token)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).isEqualTo(401);
        }
    }
}
