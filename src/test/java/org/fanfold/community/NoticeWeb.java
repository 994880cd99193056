package org.fanfold.community;

import static org.fanfold.testing.Web.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fanfold.testing.Web;
import org.jsoup.nodes.Document;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** What the subscription, inbox and history web tests do through the pages, as a person would. */
final class NoticeWeb {

    private static final Pattern WORK_URL = Pattern.compile("/works/(\\d+)");
    private static final Pattern CHAPTER_URL = Pattern.compile("/works/\\d+/chapters/(\\d+)");

    private final MockMvc mvc;

    NoticeWeb(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** Posts a General Audiences work through the form; {@code expected} chapters (the first one posted now). */
    long postWork(Web.Account author, String title, int expected) throws Exception {
        return postWork(author, title, expected, "");
    }

    /** The same, in a new series named {@code newSeries} (none when blank). */
    long postWork(Web.Account author, String title, int expected, String newSeries) throws Exception {
        String location = mvc.perform(post("/works")
                        .with(csrf(mvc, author.session()))
                        .param("title", title)
                        .param("fandoms", "Notice Web Fandom")
                        .param("rating", "General Audiences")
                        .param("warnings", "No Archive Warnings Apply")
                        .param("categories", "Gen")
                        .param("freeforms", "Fluff")
                        .param("language", "en")
                        .param("summary", "The summary of " + title + ".")
                        .param("expectedChapters", String.valueOf(expected))
                        .param("body", "<p>The first chapter of " + title + ".</p>")
                        .param("format", "html")
                        .param("newSeries", newSeries)
                        .param("commit", "post"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return id(WORK_URL, location);
    }

    /** Adds a chapter through the chapter form; returns its id. */
    long addChapter(Web.Account author, long workId, String title) throws Exception {
        String location = mvc.perform(post("/works/" + workId + "/chapters")
                        .with(csrf(mvc, author.session()))
                        .param("title", title)
                        .param("body", "<p>" + title + ", the text.</p>")
                        .param("format", "html"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return id(CHAPTER_URL, location);
    }

    /** A page that must answer 200, parsed. */
    Document page(String url, MockHttpSession session) throws Exception {
        return Web.html(mvc.perform(get(url).session(session))
                .andExpect(status().isOk())
                .andReturn());
    }

    /** Sends a form as {@code account}; returns where it redirects to. */
    String submit(Web.Account account, String url, String... params) throws Exception {
        var request = post(url).with(csrf(mvc, account.session()));
        for (int i = 0; i + 1 < params.length; i += 2) request.param(params[i], params[i + 1]);
        return mvc.perform(request)
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    static long id(Pattern pattern, String url) {
        Matcher m = pattern.matcher(url == null ? "" : url);
        if (!m.find()) throw new AssertionError("not the expected URL: " + url);
        return Long.parseLong(m.group(1));
    }
}
