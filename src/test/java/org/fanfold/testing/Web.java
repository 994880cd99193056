package org.fanfold.testing;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Helpers for web tests: signed-in sessions made through the real sign-up form, real CSRF tokens, HTML parsing.
 *
 * <p>Tests take their CSRF tokens from {@code /token_dispenser.json} rather than spring-security-test's
 * {@code csrf()}: that one swaps the application's token repository for a default one (parameter {@code _csrf}) in
 * the shared context, and the archive's own {@code authenticity_token} would stop working for every later test.
 */
public final class Web {

    public static final String PASSWORD = "password1";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private Web() {}

    /** Someone signed in: their login and the browser session that carries the sign-in. */
    public record Account(String login, MockHttpSession session) {}

    /** Signs up a new user with a unique login through {@code POST /signup}; the session is signed in. */
    public static Account signUp(MockMvc mvc) throws Exception {
        String login = TestData.unique("web");
        var session = new MockHttpSession();
        mvc.perform(post("/signup")
                        .with(csrf(mvc, session))
                        .param("login", login)
                        .param("email", login + "@example.com")
                        .param("password", PASSWORD)
                        .param("passwordConfirmation", PASSWORD))
                .andExpect(status().is3xxRedirection());
        return new Account(login, session);
    }

    /**
     * A request from an address no other request used. Login attempts are throttled per address, and every MockMvc
     * request comes from 127.0.0.1, so tests that log in through the form each come from their own address.
     */
    public static RequestPostProcessor freshAddress() {
        int n = ADDRESSES.incrementAndGet();
        String address = "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** A CSRF token for {@code session}, as AO3 tools get one: from {@code /token_dispenser.json}. */
    public static String token(MockMvc mvc, MockHttpSession session) throws Exception {
        String json = mvc.perform(get("/token_dispenser.json").session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(json, "$.token");
    }

    /** Sends the request in {@code session} with a valid {@code authenticity_token}. */
    public static RequestPostProcessor csrf(MockMvc mvc, MockHttpSession session) throws Exception {
        String token = token(mvc, session);
        return request -> {
            request.setSession(session);
            request.addParameter("authenticity_token", token);
            return request;
        };
    }

    /** Sends the request as a guest with a fresh session and a valid {@code authenticity_token}. */
    public static RequestPostProcessor guestCsrf(MockMvc mvc) throws Exception {
        return csrf(mvc, new MockHttpSession());
    }

    /** The response body parsed as HTML. */
    public static Document html(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
