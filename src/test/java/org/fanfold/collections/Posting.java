package org.fanfold.collections;

import static org.fanfold.testing.Web.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fanfold.testing.Web;
import org.jsoup.nodes.Document;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Posting works and reading pages through the web, as the collections web tests need it. */
final class Posting {

    private static final Pattern WORK_URL = Pattern.compile("/works/(\\d+)");

    private final MockMvc mvc;

    Posting(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** Posts a valid one-shot through {@code POST /works}; {@code extra} are name/value pairs to add or replace. */
    long work(Web.Account author, String title, String fandom, String... extra) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("fandoms", fandom);
        fields.put("rating", "General Audiences");
        fields.put("warnings", "No Archive Warnings Apply");
        fields.put("language", "en");
        fields.put("expectedChapters", "1");
        fields.put("body", "<p>Once upon a time in " + title + ".</p>");
        fields.put("format", "html");
        fields.put("commit", "post");
        for (int i = 0; i + 1 < extra.length; i += 2) fields.put(extra[i], extra[i + 1]);
        var request = post("/works").with(csrf(mvc, author.session()));
        fields.forEach(request::param);
        String location = mvc.perform(request)
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        Matcher m = WORK_URL.matcher(location == null ? "" : location);
        if (!m.find()) throw new AssertionError("not a work: " + location);
        return Long.parseLong(m.group(1));
    }

    /** Sends a form as {@code account} (a valid CSRF token added); {@code fields} are name/value pairs. */
    ResultActions send(Web.Account account, String url, String... fields) throws Exception {
        var request = post(url).with(csrf(mvc, account.session()));
        for (int i = 0; i + 1 < fields.length; i += 2) request.param(fields[i], fields[i + 1]);
        return mvc.perform(request);
    }

    Document page(String url, MockHttpSession session) throws Exception {
        return Web.html(mvc.perform(get(url).session(session))
                .andExpect(status().isOk())
                .andReturn());
    }

    Document page(String url, Web.Account account) throws Exception {
        return page(url, account.session());
    }

    Document asGuest(String url) throws Exception {
        return page(url, new MockHttpSession());
    }

    int statusOf(String url, MockHttpSession session) throws Exception {
        return mvc.perform(get(url).session(session)).andReturn().getResponse().getStatus();
    }
}
