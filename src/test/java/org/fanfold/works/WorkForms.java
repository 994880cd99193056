package org.fanfold.works;

import static org.fanfold.testing.Web.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fanfold.testing.Web;
import org.jsoup.nodes.Document;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Posting works and chapters through the web forms, as an author would, for the web tests. */
final class WorkForms {

    private static final Pattern WORK_URL = Pattern.compile("/works/(\\d+)");
    private static final Pattern CHAPTER_URL = Pattern.compile("/works/\\d+/chapters/(\\d+)");

    private final MockMvc mvc;

    WorkForms(MockMvc mvc) {
        this.mvc = mvc;
    }

    /**
     * The post form filled in validly: a General Audiences one-shot in {@code fandom}, posted straight away.
     * {@code overrides} are name/value pairs that replace (or, with a new name, add to) those fields.
     */
    MockHttpServletRequestBuilder valid(Web.Account author, String title, String fandom, String... overrides)
            throws Exception {
        return valid("/works", author, title, fandom, overrides);
    }

    /** The same form sent to {@code url}: {@code /works/{id}} for the edit form. */
    MockHttpServletRequestBuilder valid(
            String url, Web.Account author, String title, String fandom, String... overrides) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("fandoms", fandom);
        fields.put("rating", "General Audiences");
        fields.put("warnings", "No Archive Warnings Apply");
        fields.put("categories", "Gen");
        fields.put("freeforms", "Fluff");
        fields.put("language", "en");
        fields.put("summary", "The summary of " + title + ".");
        fields.put("expectedChapters", "1");
        fields.put("body", "<p>Once upon a time in " + title + ".</p>");
        fields.put("format", "html");
        fields.put("commit", "post");
        for (int i = 0; i + 1 < overrides.length; i += 2) fields.put(overrides[i], overrides[i + 1]);
        var request = post(url).with(csrf(mvc, author.session()));
        fields.forEach(request::param);
        return request;
    }

    /** Sends a filled form and returns the new work's id from the redirect. */
    long submit(MockHttpServletRequestBuilder form) throws Exception {
        String location = mvc.perform(form)
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return id(WORK_URL, location);
    }

    long postWork(Web.Account author, String title, String fandom) throws Exception {
        return submit(valid(author, title, fandom));
    }

    /** Adds a chapter through the chapter form; returns its id. */
    long addChapter(Web.Account author, long workId, String title, String body) throws Exception {
        String location = mvc.perform(post("/works/" + workId + "/chapters")
                        .with(csrf(mvc, author.session()))
                        .param("title", title)
                        .param("body", body)
                        .param("format", "html"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return id(CHAPTER_URL, location);
    }

    /** The chapter ids in the order the chapter index lists them. */
    List<Long> chapterIds(long workId, MockHttpSession session) throws Exception {
        Document index =
                Web.html(mvc.perform(get("/works/" + workId + "/navigate").session(session))
                        .andExpect(status().isOk())
                        .andReturn());
        List<Long> ids = new ArrayList<>();
        for (var a : index.select("ol.chapter.index a")) ids.add(id(CHAPTER_URL, a.attr("href")));
        return ids;
    }

    private static long id(Pattern pattern, String url) {
        Matcher m = pattern.matcher(url == null ? "" : url);
        if (!m.find()) throw new AssertionError("not the expected URL: " + url);
        return Long.parseLong(m.group(1));
    }
}
