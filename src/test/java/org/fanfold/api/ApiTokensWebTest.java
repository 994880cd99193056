package org.fanfold.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fanfold.testing.Web.csrf;
import static org.fanfold.testing.Web.html;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.fanfold.accounts.Accounts;
import org.fanfold.testing.ShownDays;
import org.fanfold.testing.SqliteTest;
import org.fanfold.testing.TestData;
import org.fanfold.testing.Web;
import org.fanfold.works.WorkService;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Personal API tokens: made on their page (with CSRF) and shown once, kept only as a hash, used as Bearer or as
 * Basic's password without a session, revoked at once; cookie-signed-in writes still need CSRF.
 */
@SqliteTest
class ApiTokensWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    WorkService works;

    @Autowired
    JdbcClient jdbc;

    ApiFixtures api;
    Web.Account user;
    String page;

    @BeforeEach
    void user() throws Exception {
        api = new ApiFixtures(mvc, accounts, tokens, works);
        user = Web.signUp(mvc);
        page = "/users/" + user.login() + "/api_tokens";
    }

    /** Makes a token through the page and returns it as the page shows it. */
    private String makeToken(String name) throws Exception {
        Document made =
                html(mvc.perform(post(page).with(csrf(mvc, user.session())).param("api_token[name]", name))
                        .andExpect(status().isOk())
                        .andExpect(header().string("Cache-Control", "no-store"))
                        .andReturn());
        String secret = made.select("input#new-token").val();
        assertThat(secret).startsWith("fft_").hasSize(47);
        return secret;
    }

    @Test
    void aTokenIsMadeOnItsPageShownOnceAndKeptOnlyAsItsHash() throws Exception {
        Document preferences =
                html(mvc.perform(get("/users/" + user.login() + "/preferences").session(user.session()))
                        .andExpect(status().isOk())
                        .andReturn());
        assertThat(preferences.select("a[href=" + page + "]")).isNotEmpty();
        Document empty = html(mvc.perform(get(page).session(user.session()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(empty.select("p.empty").text()).isEqualTo("You have no API tokens.");

        String secret = makeToken("My e-reader");
        Document later = html(mvc.perform(get(page).session(user.session()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(later.outerHtml()).doesNotContain(secret);
        assertThat(later.select("table.api-tokens tbody th").text()).isEqualTo("My e-reader");
        assertThat(later.select("table.api-tokens code").text()).isEqualTo("…" + secret.substring(43));
        assertThat(later.select("table.api-tokens td").eachText()).contains("Never");

        Map<String, Object> row = jdbc.sql(
                        "SELECT t.* FROM api_tokens t JOIN users u ON u.id = t.user_id" + " WHERE u.login = ?")
                .param(user.login())
                .query()
                .singleRow();
        assertThat(row.get("token_hash")).isEqualTo(ApiTokens.hash(secret));
        assertThat(row.values()).allSatisfy(v -> assertThat(String.valueOf(v)).doesNotContain(secret.substring(4)));
    }

    @Test
    void aTokenSaysWhenItWasMadeInItsOwnersZone() throws Exception {
        makeToken("Old reader");
        ShownDays days = new ShownDays(mvc);
        days.setToEvening(
                "UPDATE api_tokens SET created_at = ? WHERE user_id = (SELECT id FROM users WHERE login = ?)",
                user.login());

        days.inTheirZone(user, page, "table.api-tokens td.made");
    }

    @Test
    void aTokenSignsInAsItsHolderWithoutASessionAsBearerOrBasic() throws Exception {
        String secret = makeToken("script");
        ApiFixtures.Caller author = api.caller();
        long restricted = api.work(author, "Members", TestData.unique("Token Fandom "), true, true);
        MvcResult bearer = mvc.perform(get("/api/v1/works/" + restricted).header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(bearer.getRequest().getSession(false)).isNull();
        assertThat(bearer.getResponse().getCookies()).isEmpty();

        mvc.perform(get("/api/v1/works/" + restricted).header("Authorization", basic(user.login(), secret)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/works/" + restricted).header("Authorization", basic("", secret)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/works/" + restricted).header("Authorization", basic(author.login(), secret)))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/works/" + restricted).header("Authorization", basic(user.login(), Web.PASSWORD)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("unauthorized"));

        Map<String, Object> used = jdbc.sql("SELECT t.last_used_at FROM api_tokens t JOIN users u ON u.id = t.user_id"
                        + " WHERE u.login = ?")
                .param(user.login())
                .query()
                .singleRow();
        assertThat(used.get("last_used_at")).isNotNull();
    }

    @Test
    void aRevokedTokenIsRefusedAtOnce() throws Exception {
        String secret = makeToken("old laptop");
        mvc.perform(get("/api/v1/users/" + user.login()).header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk());
        long id = jdbc.sql("SELECT t.id FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE u.login = ?")
                .param(user.login())
                .query(Long.class)
                .single();
        mvc.perform(post(page + "/" + id + "/revoke").with(csrf(mvc, user.session())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/users/" + user.login()).header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Bearer realm=")))
                .andExpect(jsonPath("$.message").value(containsString("revoked")));
        Document after = html(mvc.perform(get(page).session(user.session())).andReturn());
        assertThat(after.select("p.flash").text()).contains("revoked");
        assertThat(after.select("table.api-tokens")).isEmpty();
    }

    @Test
    void aBadTokenIsRefusedEvenBesideASessionCookie() throws Exception {
        mvc.perform(get("/api/v1/users/" + user.login())
                        .session(user.session())
                        .header("Authorization", "Bearer fft_" + "A".repeat(43)))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/users/" + user.login()).header("Authorization", "Token abc"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void tokenPagesAreTheirOwnersOnly() throws Exception {
        Web.Account other = Web.signUp(mvc);
        mvc.perform(get(page).session(other.session())).andExpect(status().isForbidden());
        mvc.perform(get(page)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/users/login"));
        makeToken("mine");
        long id = jdbc.sql("SELECT t.id FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE u.login = ?")
                .param(user.login())
                .query(Long.class)
                .single();
        mvc.perform(post("/users/" + other.login() + "/api_tokens/" + id + "/revoke")
                        .with(csrf(mvc, other.session())))
                .andExpect(status().isNotFound());
        mvc.perform(post(page + "/" + id + "/revoke").with(csrf(mvc, other.session())))
                .andExpect(status().isForbidden());
        mvc.perform(post(page).session(user.session()).param("api_token[name]", "no csrf"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aTokenNeedsAName() throws Exception {
        Document page422 =
                html(mvc.perform(post(page).with(csrf(mvc, user.session())).param("api_token[name]", "  "))
                        .andExpect(status().isUnprocessableContent())
                        .andReturn());
        assertThat(page422.select("#name-error").text()).contains("Please name the token");
        mvc.perform(post(page).with(csrf(mvc, user.session())).param("api_token[name]", "n".repeat(101)))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void cookieSignedInWritesNeedTheCsrfTokenAndTokenWritesDoNot() throws Exception {
        ApiFixtures.Caller author = api.caller();
        long work = api.posted(author, "Csrf Target", TestData.unique("Csrf Fandom "));
        String body = "{\"work_id\": " + work + "}";
        mvc.perform(post("/api/v1/bookmarks")
                        .session(user.session())
                        .contentType("application/json")
                        .content(body))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message").value(containsString("CSRF")));
        String csrf = Web.token(mvc, user.session());
        mvc.perform(post("/api/v1/bookmarks")
                        .session(user.session())
                        .header("X-CSRF-TOKEN", csrf)
                        .contentType("application/json")
                        .content(body))
                .andExpect(status().isCreated());
        String secret = makeToken("writer");
        mvc.perform(post("/api/v1/bookmarks")
                        .header("Authorization", "Bearer " + secret)
                        .contentType("application/json")
                        .content(body))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/bookmarks")
                        .session(new MockHttpSession())
                        .contentType("application/json")
                        .content(body))
                .andExpect(status().isForbidden());
    }

    @Test
    void scriptsOnOtherSitesMayCallWithATokenButGetNoCookieCredentials() throws Exception {
        mvc.perform(options("/api/v1/works")
                        .header("Origin", "https://reader.example.org")
                        .header("Access-Control-Request-Method", "GET")
                        .header("Access-Control-Request-Headers", "Authorization"))
                .andExpect(status().isOk())
                .andExpect(header().string("Access-Control-Allow-Origin", "*"))
                .andExpect(header().string("Access-Control-Allow-Headers", containsString("Authorization")))
                .andExpect(header().doesNotExist("Access-Control-Allow-Credentials"));
        String secret = makeToken("web app");
        mvc.perform(get("/api/v1/users/" + user.login())
                        .header("Origin", "https://reader.example.org")
                        .header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk())
                .andExpect(header().string("Access-Control-Allow-Origin", "*"))
                .andExpect(header().string("Access-Control-Expose-Headers", containsString("ETag")));
        mvc.perform(options("/users/" + user.login() + "/api_tokens")
                        .header("Origin", "https://reader.example.org")
                        .header("Access-Control-Request-Method", "POST"))
                .andExpect(header().doesNotExist("Access-Control-Allow-Origin"));
    }

    @Test
    void theOpdsCatalogAsksE_readersForBasicCredentials() throws Exception {
        mvc.perform(get("/opds/users/" + user.login() + "/bookmarks"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"Fanfold\""));
        String secret = makeToken("KOReader");
        int status = mvc.perform(get("/opds/users/" + user.login() + "/bookmarks")
                        .header("Authorization", basic(user.login(), secret)))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isNotEqualTo(401);
    }

    private static String basic(String login, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
