package org.fanfold.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Logs in through {@code /users/login} as a person would, for every browser test. The site allows five attempts in
 * twenty seconds from one address, and every test's browser comes from 127.0.0.1 into the one server the browser
 * tests share; so when the site says to wait, this waits as long as it says and tries again, as a person would.
 */
final class LoginForm {

    private static final Pattern THROTTLED = Pattern.compile("[?&]throttled=(\\d+)");
    private static final int TRIES = 4;

    private LoginForm() {}

    /** Logs {@code login} in on the site at {@code base} ({@code http://localhost:PORT}) and checks the greeting. */
    static void logIn(Page page, String base, String login, String password) {
        for (int tries = 1; ; tries++) {
            page.navigate(base + "/users/login");
            page.locator("#user_login").fill(login);
            page.locator("#user_password").fill(password);
            page.locator("form:has(#user_login) button[type=submit]").first().click();
            page.waitForURL(
                    u -> !u.contains("/users/login") || THROTTLED.matcher(u).find());
            Matcher throttled = THROTTLED.matcher(page.url());
            if (!throttled.find()) break;
            if (tries == TRIES) throw new AssertionError("still throttled after " + TRIES + " tries: " + page.url());
            page.waitForTimeout(Long.parseLong(throttled.group(1)) * 1000 + 250);
        }
        assertThat(page.locator("#greeting")).containsText("Hi, " + login);
    }
}
