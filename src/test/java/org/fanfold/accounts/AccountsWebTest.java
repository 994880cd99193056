package org.fanfold.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fanfold.testing.Web.csrf;
import static org.fanfold.testing.Web.freshAddress;
import static org.fanfold.testing.Web.guestCsrf;
import static org.fanfold.testing.Web.html;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.fanfold.testing.SqliteTest;
import org.fanfold.testing.TestData;
import org.fanfold.testing.Web;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Signing up, logging in and out the way AO3 tools do, and editing one's profile, through the web. */
@SqliteTest
class AccountsWebTest {

    @Autowired
    MockMvc mvc;

    private Document page(String url, MockHttpSession session) throws Exception {
        return html(mvc.perform(get(url).session(session))
                .andExpect(status().isOk())
                .andReturn());
    }

    private ResultActions logIn(MockHttpSession session, String login, String password, String... extra)
            throws Exception {
        var request = post("/users/login")
                .with(csrf(mvc, session))
                .with(freshAddress())
                .param("user[login]", login)
                .param("user[password]", password);
        for (int i = 0; i + 1 < extra.length; i += 2) request.param(extra[i], extra[i + 1]);
        return mvc.perform(request);
    }

    private static boolean signedIn(Document page) {
        return !page.select("a[href=/users/logout]").isEmpty();
    }

    @Test
    void signingUpSignsTheNewUserIn() throws Exception {
        String login = TestData.unique("newbie");
        var session = new MockHttpSession();
        mvc.perform(post("/signup")
                        .with(csrf(mvc, session))
                        .param("login", login)
                        .param("email", login + "@example.com")
                        .param("password", "secret123")
                        .param("passwordConfirmation", "secret123"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/users/" + login + "?welcome"));

        Document dashboard = page("/users/" + login, session);
        assertThat(signedIn(dashboard)).isTrue();
        assertThat(dashboard.select("#greeting .user a").text()).isEqualTo(login);
    }

    @Test
    void signUpErrorsKeepWhatWasTypedExceptPasswordsAndNameEachProblem() throws Exception {
        var result = mvc.perform(post("/signup")
                        .with(guestCsrf(mvc))
                        .param("login", "no spaces allowed")
                        .param("email", "not-an-email")
                        .param("password", "abc")
                        .param("passwordConfirmation", "abc"))
                .andExpect(status().is(422))
                .andReturn();
        Document doc = html(result);
        assertThat(doc.select("input#login").val()).isEqualTo("no spaces allowed");
        assertThat(doc.select("input#email").val()).isEqualTo("not-an-email");
        assertThat(doc.select("input#password").val()).isEmpty();
        assertThat(doc.select("input#passwordConfirmation").val()).isEmpty();
        assertThat(doc.select("#login-error").text()).contains("User name must be 3 to 40 characters");
        assertThat(doc.select("#email-error").text()).contains("doesn't look like an email address");
        assertThat(doc.select("#password-error").text()).contains("6 to 40 characters");
        assertThat(doc.select("#error li")).hasSize(3);
        assertThat(signedIn(doc)).isFalse();
    }

    @Test
    void mismatchedPasswordsAreNeverEchoedBack() throws Exception {
        String login = TestData.unique("mismatch");
        var result = mvc.perform(post("/signup")
                        .with(guestCsrf(mvc))
                        .param("login", login)
                        .param("email", login + "@example.com")
                        .param("password", "firstSecret1")
                        .param("passwordConfirmation", "secondSecret2"))
                .andExpect(status().is(422))
                .andReturn();
        String body = result.getResponse().getContentAsString();
        assertThat(body).doesNotContain("firstSecret1", "secondSecret2");
        Document doc = html(result);
        assertThat(doc.select("input#login").val()).isEqualTo(login);
        assertThat(doc.select("#passwordConfirmation-error").text()).isEqualTo("The passwords don't match.");
    }

    @Test
    void aTakenLoginIsRefusedWhateverItsCase() throws Exception {
        var existing = Web.signUp(mvc);
        String shouted = existing.login().toUpperCase();
        Document doc = html(mvc.perform(post("/signup")
                        .with(guestCsrf(mvc))
                        .param("login", shouted)
                        .param("email", TestData.unique("other") + "@example.com")
                        .param("password", "password1")
                        .param("passwordConfirmation", "password1"))
                .andExpect(status().is(422))
                .andReturn());
        assertThat(doc.select("#login-error").text()).contains("is already taken");
    }

    @Test
    void toolsLogInWithTheTokenDispenserAndAo3FieldNames() throws Exception {
        var account = Web.signUp(mvc);
        var session = new MockHttpSession();
        String json = mvc.perform(get("/token_dispenser.json").session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.token").isString())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String token = JsonPath.read(json, "$.token");
        assertThat(token).isNotBlank();

        mvc.perform(post("/users/login")
                        .session(session)
                        .with(freshAddress())
                        .param("authenticity_token", token)
                        .param("user[login]", account.login())
                        .param("user[password]", Web.PASSWORD)
                        .param("user[remember_me]", "1")
                        .param("commit", "Log in"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"))
                .andExpect(cookie().exists("remember_user_token"));

        assertThat(signedIn(page("/", session))).isTrue();
    }

    @Test
    void aWrongPasswordGoesBackToTheLoginPageWhichSaysSo() throws Exception {
        var account = Web.signUp(mvc);
        var session = new MockHttpSession();
        logIn(session, account.login(), "wrong-password")
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/users/login?error"));

        // a browser follows the redirect to "?error"; MockMvc reads a bare "?error" as no parameter at all
        Document doc = html(mvc.perform(get("/users/login").param("error", "").session(session))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(doc.select(".flash.error").text())
                .isEqualTo("The password or user name you entered doesn't match our records.");
        assertThat(signedIn(doc)).isFalse();
    }

    @Test
    void theSixthLoginAttemptForOneLoginWithinTheWindowIsThrottledEvenWithTheRightPassword() throws Exception {
        var account = Web.signUp(mvc);
        var session = new MockHttpSession();
        for (int i = 0; i < LoginThrottle.ATTEMPTS; i++) {
            logIn(session, account.login(), "wrong-" + i).andExpect(redirectedUrl("/users/login?error"));
        }
        // each attempt came from its own address: the limit is on the login, from anywhere
        logIn(session, account.login().toUpperCase(), Web.PASSWORD)
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/users/login?throttled=*"));

        assertThat(signedIn(page("/", session))).isFalse();
        Document doc = page("/users/login?throttled=20", session);
        assertThat(doc.select(".flash.error").text()).startsWith("Too many login attempts. Please wait 20 seconds");
    }

    @Test
    void returnToIsFollowedForLocalPathsOnly() throws Exception {
        var account = Web.signUp(mvc);
        logIn(new MockHttpSession(), account.login(), Web.PASSWORD, "return_to", "/works/12345?view_adult=true")
                .andExpect(redirectedUrl("/works/12345?view_adult=true"));
        logIn(new MockHttpSession(), account.login(), Web.PASSWORD, "return_to", "//evil.example/steal")
                .andExpect(redirectedUrl("/"));
        logIn(new MockHttpSession(), account.login(), Web.PASSWORD, "return_to", "https://evil.example/steal")
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aGuestSentToLogInIsTakenBackToThePageThatAskedForIt() throws Exception {
        var account = Web.signUp(mvc);
        var session = new MockHttpSession();
        String asked = "/users/" + account.login() + "/preferences";
        mvc.perform(get(asked + "?tab=display").session(session)).andExpect(redirectedUrl("/users/login"));
        String back = logIn(session, account.login(), Web.PASSWORD)
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(back).startsWith("http://localhost" + asked + "?tab=display").contains("continue");
        String saved = "SPRING_SECURITY_SAVED_REQUEST"; // HttpSessionRequestCache's: matched once, then dropped
        page("/?other=query", session);
        assertThat(session.getAttribute(saved)).isNotNull();
        assertThat(signedIn(page(back.substring("http://localhost".length()), session)))
                .isTrue();
        assertThat(session.getAttribute(saved)).isNull();
    }

    @Test
    void postsWithoutACsrfTokenAreForbidden() throws Exception {
        String login = TestData.unique("nocsrf");
        mvc.perform(post("/signup")
                        .param("login", login)
                        .param("email", login + "@example.com")
                        .param("password", "password1")
                        .param("passwordConfirmation", "password1"))
                .andExpect(status().isForbidden());
        var account = Web.signUp(mvc);
        mvc.perform(post("/users/login")
                        .with(freshAddress())
                        .param("user[login]", account.login())
                        .param("user[password]", Web.PASSWORD))
                .andExpect(status().isForbidden());
        mvc.perform(post("/users/" + account.login() + "/profile")
                        .session(account.session())
                        .param("about", "changed"))
                .andExpect(status().isForbidden());
    }

    @Test
    void loggingOutByLinkAsksFirstAndThePostLogsOut() throws Exception {
        var account = Web.signUp(mvc);
        Document confirm = page("/users/logout", account.session());
        assertThat(confirm.select("form[action=/users/logout][method=post] button[type=submit]"))
                .hasSize(1);
        assertThat(signedIn(page("/", account.session())))
                .as("GET alone does not log out")
                .isTrue();

        mvc.perform(post("/users/logout").with(csrf(mvc, account.session())))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/?logged_out"));
        Document after = page("/", new MockHttpSession());
        assertThat(signedIn(after)).isFalse();
        assertThat(account.session().isInvalid()).isTrue();
    }

    @Test
    void guestsAreSentAwayFromTheLogoutPage() throws Exception {
        mvc.perform(get("/users/logout")).andExpect(redirectedUrl("/"));
    }

    @Test
    void onlyTheOwnerMayEditAProfile() throws Exception {
        var owner = Web.signUp(mvc);
        var other = Web.signUp(mvc);
        mvc.perform(get("/users/" + owner.login() + "/profile/edit").session(other.session()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/users/" + owner.login() + "/profile")
                        .with(csrf(mvc, other.session()))
                        .param("about", "Defaced"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/users/" + owner.login() + "/profile/edit"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/users/login"));

        assertThat(page("/users/" + owner.login() + "/profile", other.session()).text())
                .doesNotContain("Defaced");
        Document edit = page("/users/" + owner.login() + "/profile/edit", owner.session());
        assertThat(edit.select("form[action=/users/" + owner.login() + "/profile] textarea#about"))
                .hasSize(1);
    }

    @Test
    void theAboutTextIsSanitized() throws Exception {
        var owner = Web.signUp(mvc);
        mvc.perform(post("/users/" + owner.login() + "/profile")
                        .with(csrf(mvc, owner.session()))
                        .param(
                                "about",
                                "<p onclick=\"steal()\">I write <em>fluff</em>.</p><script>alert('x')</script>"
                                        + "<a href=\"javascript:alert(1)\">me</a>"))
                .andExpect(redirectedUrl("/users/" + owner.login() + "/profile"));

        Document profile = page("/users/" + owner.login() + "/profile", new MockHttpSession());
        var about = profile.select(".bio blockquote.userstuff");
        assertThat(about.select("p").text()).isEqualTo("I write fluff.");
        assertThat(about.select("em").text()).isEqualTo("fluff");
        assertThat(about.html()).doesNotContain("onclick", "javascript", "alert");
        assertThat(profile.select("script:containsData(alert)")).isEmpty();

        Document dashboard = page("/users/" + owner.login(), new MockHttpSession());
        assertThat(dashboard.select(".bio blockquote.userstuff em").text()).isEqualTo("fluff");
        assertThat(dashboard.select(".bio").html()).doesNotContain("onclick", "javascript");
    }
}
