package org.fanfold.works;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fanfold.testing.Web.html;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.fanfold.testing.SqliteTest;
import org.fanfold.testing.TestData;
import org.fanfold.testing.Web;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Reading works with the markup and URLs tools built for AO3 expect (DESIGN.md §4). */
@SqliteTest
class ReadingWebTest {

    private static final String DATE = "\\d{4}-\\d{2}-\\d{2}";

    @Autowired
    MockMvc mvc;

    WorkForms forms;
    Web.Account author;

    @BeforeEach
    void author() throws Exception {
        forms = new WorkForms(mvc);
        author = Web.signUp(mvc);
    }

    private Document page(String url, MockHttpSession session) throws Exception {
        return html(mvc.perform(get(url).session(session))
                .andExpect(status().isOk())
                .andReturn());
    }

    private Document asGuest(String url) throws Exception {
        return page(url, new MockHttpSession());
    }

    private static String dd(Element stats, String dt) {
        for (Element d : stats.select("> dt")) {
            if (d.text().equals(dt)) return d.nextElementSibling().text();
        }
        throw new AssertionError("no <dt>" + dt + "</dt> in " + stats);
    }

    @Test
    void aWorkPageHasAo3Markup() throws Exception {
        String fandom = TestData.unique("Markup Fandom ");
        long id = forms.postWork(author, "Lanterns", fandom);
        Document doc = asGuest("/works/" + id);

        Element meta = doc.selectFirst("dl.work.meta.group");
        assertThat(meta).isNotNull();
        assertThat(meta.select("dd.rating.tags a.tag").text()).isEqualTo("General Audiences");
        assertThat(meta.select("dd.warning.tags a.tag").text()).isEqualTo("No Archive Warnings Apply");
        assertThat(meta.select("dd.category.tags a.tag").text()).isEqualTo("Gen");
        assertThat(meta.select("dd.fandom.tags a.tag").text()).isEqualTo(fandom);
        assertThat(meta.select("dd.fandom.tags a.tag").attr("href"))
                .startsWith("/tags/")
                .endsWith("/works");
        assertThat(meta.select("dd.freeform.tags a.tag").text()).isEqualTo("Fluff");
        assertThat(meta.select("dd.language").text()).isEqualTo("English");

        Element stats = meta.selectFirst("dl.stats");
        assertThat(stats).isNotNull();
        assertThat(stats.select("> dt").eachText()).contains("Published:", "Words:", "Chapters:", "Hits:");
        assertThat(dd(stats, "Published:")).matches(DATE);
        assertThat(dd(stats, "Words:")).isEqualTo("6");
        assertThat(dd(stats, "Chapters:")).isEqualTo("1/1");
        assertThat(stats.select("dd.published").text()).matches(DATE);
        assertThat(stats.select("dd.words").text()).isEqualTo("6");
        assertThat(stats.select("dd.chapters").text()).isEqualTo("1/1");

        assertThat(doc.select("h2.title.heading").text()).isEqualTo("Lanterns");
        String pseudUrl = "/users/" + author.login() + "/pseuds/" + author.login();
        assertThat(doc.select("h3.byline.heading a[href=" + pseudUrl + "]").text())
                .isEqualTo(author.login());
        assertThat(doc.selectFirst("blockquote.userstuff").text()).isEqualTo("The summary of Lanterns.");
        assertThat(doc.select("div.summary blockquote.userstuff").text()).isEqualTo("The summary of Lanterns.");
        assertThat(doc.select("div#chapters")).hasSize(1);
        assertThat(doc.select("div[class=preface group]")).isNotEmpty();
        Element text = doc.selectFirst("div[class=userstuff module]");
        assertThat(text).isNotNull();
        assertThat(text.text()).contains("Once upon a time in Lanterns.");
        assertThat(doc.select("a[href^=http]")).as("links are root-relative").isEmpty();
        assertThat(doc.select("img[alt=(Restricted)]")).isEmpty();
    }

    @Test
    void aChapteredWorkReadsByChapterInFullAndThroughItsIndex() throws Exception {
        long id = forms.submit(forms.valid(author, "Two Parter", "F", "expectedChapters", "2"));
        long second = forms.addChapter(author, id, "Second Part", "<p>The second chapter.</p>");
        long first = forms.chapterIds(id, author.session()).getFirst();

        Document work = asGuest("/works/" + id);
        assertThat(work.select("div#chapters .userstuff.module").text())
                .contains("Once upon a time")
                .doesNotContain("The second chapter.");
        assertThat(work.select("li.chapter.next a").attr("href")).isEqualTo("/works/" + id + "/chapters/" + second);
        assertThat(work.select("li.chapter.entire a").attr("href")).isEqualTo("/works/" + id + "?view_full_work=true");
        assertThat(work.select("dd.chapters").text()).isEqualTo("2/2");
        assertThat(work.select("div[class=preface group]")).isNotEmpty();
        assertThat(work.select("div[class=userstuff module]")).hasSize(1);

        Document chapter = asGuest("/works/" + id + "/chapters/" + second);
        assertThat(chapter.select("div#chapters .userstuff.module").text()).contains("The second chapter.");
        assertThat(chapter.select("li.chapter.previous a").attr("href"))
                .isEqualTo("/works/" + id + "/chapters/" + first);
        assertThat(chapter.select("div[class=userstuff module]")).hasSize(1);

        Document full = asGuest("/works/" + id + "?view_full_work=true");
        assertThat(full.select("div#chapter-1 .userstuff.module").text()).contains("Once upon a time");
        assertThat(full.select("div#chapter-2 .userstuff.module").text()).contains("The second chapter.");

        Document index = asGuest("/works/" + id + "/navigate");
        var links = index.select("#main a");
        assertThat(links.first().attr("href")).isEqualTo("/works/" + id);
        assertThat(links.first().text()).isEqualTo("Two Parter");
        var chapterLinks = index.select("#main a[href^=/works/" + id + "/chapters/]");
        assertThat(chapterLinks.eachAttr("href"))
                .containsExactly("/works/" + id + "/chapters/" + first, "/works/" + id + "/chapters/" + second);
        for (Element a : chapterLinks) {
            Element date = a.nextElementSibling();
            assertThat(date).isNotNull();
            assertThat(date.outerHtml()).matches("<span class=\"datetime\">\\(" + DATE + "\\)</span>");
        }
        assertThat(index.select("#main a[href=/users/" + author.login() + "/pseuds/" + author.login() + "]"))
                .hasSize(1);
    }

    @Test
    void aMatureWorkAsksBeforeShowingItsTextAndRemembersTheAnswer() throws Exception {
        long id = forms.submit(forms.valid(author, "Grown Up", "F", "rating", "Mature", "body", "Adult text."));
        var session = new MockHttpSession();

        Document notice = page("/works/" + id, session);
        assertThat(notice.select(".caution.notice").text()).contains("adult content");
        assertThat(notice.select("div#chapters")).isEmpty();
        assertThat(notice.text()).doesNotContain("Adult text.");
        var proceed = notice.select("a:containsOwn(Proceed)").stream()
                .filter(a -> a.text().equals("Proceed"))
                .toList();
        assertThat(proceed).hasSize(1);
        assertThat(proceed.getFirst().attr("href")).isEqualTo("/works/" + id + "?view_adult=true");

        Document work = page("/works/" + id + "?view_adult=true", new MockHttpSession());
        assertThat(work.select("div#chapters .userstuff.module").text()).contains("Adult text.");
        assertThat(work.select(".caution.notice")).isEmpty();

        page("/works/" + id + "?view_adult=true", session);
        Document later = page("/works/" + id, session);
        assertThat(later.select("div#chapters .userstuff.module").text())
                .as("the answer is remembered for the session")
                .contains("Adult text.");

        assertThat(page("/works/" + id, author.session()).select("div#chapters").text())
                .as("creators are never asked")
                .contains("Adult text.");
    }

    @Test
    void guestsAreToldARestrictedWorkNeedsAnAccount() throws Exception {
        long id = forms.submit(forms.valid(author, "Members Only", "F", "restricted", "true", "body", "Hidden text."));

        var response =
                mvc.perform(get("/works/" + id)).andExpect(status().isOk()).andReturn();
        Document guest = html(response);
        assertThat(guest.text()).contains("This work is only available to registered users of the Archive.");
        assertThat(guest.text()).doesNotContain("Hidden text.");
        assertThat(guest.select("div#chapters")).isEmpty();
        assertThat(guest.select("form#loginform input[name=return_to]").val()).isEqualTo("/works/" + id);

        var reader = Web.signUp(mvc);
        Document signedIn = page("/works/" + id, reader.session());
        assertThat(signedIn.select("div#chapters .userstuff.module").text()).contains("Hidden text.");
        assertThat(signedIn.select("h2.title.heading img[alt=(Restricted)]")).hasSize(1);
    }

    @Test
    void anUnknownWorkOrChapterIsNotFound() throws Exception {
        Document doc = html(mvc.perform(get("/works/987654321"))
                .andExpect(status().isNotFound())
                .andReturn());
        assertThat(doc.select("h2.heading").text()).isEqualTo("Page not found");

        long id = forms.postWork(author, "Real", "F");
        mvc.perform(get("/works/" + id + "/chapters/987654321")).andExpect(status().isNotFound());
        mvc.perform(get("/works/987654321/navigate")).andExpect(status().isNotFound());
    }

    @Test
    void theChapterMenuWithoutScriptsRedirectsToTheChapter() throws Exception {
        long id = forms.postWork(author, "Menu", "F");
        List<Long> ids = forms.chapterIds(id, author.session());
        mvc.perform(get("/works/" + id + "/chapters").param("selected_id", String.valueOf(ids.getFirst())))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl())
                        .isEqualTo("/works/" + id + "/chapters/" + ids.getFirst()));
    }

    @Test
    void aPageIsSentWholeWithItsLengthInUtf8AndGzippedForBrowsersThatAsk() throws Exception {
        String title = "Café au lait — 東京の夜 🌙";
        long id = forms.postWork(author, title, TestData.unique("Length Fandom "));
        var response = mvc.perform(get("/works/" + id).session(new MockHttpSession()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        byte[] body = response.getContentAsByteArray();
        assertThat(response.getContentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(response.getHeader("Content-Length")).isEqualTo(Integer.toString(body.length));
        String text = new String(body, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(text).select("h2.title.heading").text()).isEqualTo(title);
        assertThat(text.strip()).startsWith("<!DOCTYPE html>").endsWith("</html>");

        var zipped = mvc.perform(get("/works/" + id)
                        .session(new MockHttpSession())
                        .header("Accept-Encoding", "gzip, deflate, br"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(zipped.getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(zipped.getHeaders("Vary")).contains("Accept-Encoding");
        byte[] packed = zipped.getContentAsByteArray();
        assertThat(zipped.getHeader("Content-Length")).isEqualTo(Integer.toString(packed.length));
        assertThat(packed.length).isLessThan(body.length);
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(packed))) {
            String unpacked = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(Jsoup.parse(unpacked).select("h2.title.heading").text()).isEqualTo(title);
        }
    }
}
