package org.fanfold.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fanfold.testing.Web.csrf;
import static org.fanfold.testing.Web.html;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fanfold.accounts.Accounts;
import org.fanfold.testing.SqliteTest;
import org.fanfold.testing.TestData;
import org.fanfold.testing.Web;
import org.fanfold.works.WorkService;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Bookmarking through the web pages, with AO3's URLs, markup and form fields. */
@SqliteTest
class BookmarkWebTest {

    private static final Pattern BOOKMARK_URL = Pattern.compile("/bookmarks/(\\d+)$");

    @Autowired
    MockMvc mvc;

    @Autowired
    WorkService works;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    Web.Account author;
    Web.Account reader;
    long work;

    @BeforeEach
    void aWorkAndAReader() throws Exception {
        author = Web.signUp(mvc);
        reader = Web.signUp(mvc);
        work = postWork("Lantern Festival");
    }

    private long postWork(String title) {
        long authorId = accounts.byLogin(author.login()).orElseThrow().id();
        return works.create(
                accounts.defaultPseud(authorId),
                TestData.work(title, "Web Bookmark Fandom", "Fluff"),
                List.of(TestData.chapter("The lanterns rose.")),
                WorkService.Mode.POST);
    }

    private MockHttpServletRequestBuilder form(String url, Web.Account who, String... fields) throws Exception {
        var request = post(url).with(csrf(mvc, who.session()));
        for (int i = 0; i + 1 < fields.length; i += 2) request.param(fields[i], fields[i + 1]);
        return request;
    }

    /** Creates a bookmark through the form; returns its id. */
    private long bookmark(Web.Account who, long workId, String... fields) throws Exception {
        String location = mvc.perform(form("/works/" + workId + "/bookmarks", who, fields))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        Matcher m = BOOKMARK_URL.matcher(location == null ? "" : location);
        assertThat(m.find()).as("redirected to the bookmark: " + location).isTrue();
        return Long.parseLong(m.group(1));
    }

    private Document page(String url, MockHttpSession session) throws Exception {
        // As a URI, so the percent-escapes of links taken from pages are not escaped again.
        return html(mvc.perform(get(URI.create(url)).session(session))
                .andExpect(status().isOk())
                .andReturn());
    }

    private Document asGuest(String url) throws Exception {
        return page(url, new MockHttpSession());
    }

    @Test
    void aSeriesIsBookmarkedFromItsPageWhichCountsItsBookmarksAsItsBookmarksPageLists() throws Exception {
        long part = new NoticeWeb(mvc).postWork(author, "Lantern Saga, Part One", 1, TestData.unique("Lantern Saga "));
        long series = jdbc.sql("SELECT series_id FROM series_works WHERE work_id = ?")
                .param(part)
                .query(Long.class)
                .single();
        String url = "/series/" + series;
        Document before = page(url, reader.session());
        var action = before.selectFirst("ul.series.navigation.actions li.bookmark a");
        assertThat(action).isNotNull();
        assertThat(action.text()).isEqualTo("Bookmark Series");
        assertThat(action.attr("href")).isEqualTo(url + "/bookmarks/new");
        assertThat(before.select("dl.series.meta dd.bookmarks")).isEmpty();
        assertThat(asGuest(url).select("li.bookmark"))
                .as("guests are not offered it")
                .isEmpty();
        assertThat(page(url + "/bookmarks/new", reader.session()).select("form#bookmark_form"))
                .hasSize(1);

        mvc.perform(form(
                        url + "/bookmarks",
                        reader,
                        "bookmark[bookmarker_notes]",
                        "The whole saga",
                        "bookmark[rec]",
                        "1"))
                .andExpect(status().is3xxRedirection());
        Web.Account secret = Web.signUp(mvc);
        mvc.perform(form(url + "/bookmarks", secret, "bookmark[private]", "1")).andExpect(status().is3xxRedirection());

        Document guest = asGuest(url);
        assertThat(guest.select("dl.series.meta dd.bookmarks").text()).isEqualTo("1");
        assertThat(guest.select("dl.series.meta dd.bookmarks a").attr("href")).isEqualTo(url + "/bookmarks");
        assertThat(asGuest(url + "/bookmarks").select("ol.bookmark.index li.short.blurb"))
                .hasSize(1);
        // Whoever bookmarked it privately finds theirs counted and listed too.
        assertThat(page(url, secret.session())
                        .select("dl.series.meta dd.bookmarks")
                        .text())
                .isEqualTo("2");
        assertThat(page(url + "/bookmarks", secret.session()).select("ol.bookmark.index li.short.blurb"))
                .hasSize(2);
        assertThat(page(url, reader.session())
                        .select("ul.series.navigation.actions li.bookmark a")
                        .attr("href"))
                .as("a second bookmark opens the first")
                .isEqualTo(url + "/bookmarks/new");
        mvc.perform(get(url + "/bookmarks/new").session(reader.session()))
                .andExpect(redirectedUrlPattern("/bookmarks/*/edit"));

        Document list = asGuest("/users/" + author.login() + "/series");
        assertThat(list.select("li#series_" + series + " dd.bookmarks").text()).isEqualTo("1");
        assertThat(list.select("li#series_" + series + " p.datetime").text()).matches("\\d{2} [A-Z][a-z]{2} \\d{4}");
        assertThat(list.select("li#series_" + series + " dd.bookmarks a").attr("href"))
                .isEqualTo(url + "/bookmarks");
    }

    @Test
    void aReaderBookmarksAWorkEditsTheBookmarkAndDeletesIt() throws Exception {
        Document workPage = page("/works/" + work, reader.session());
        assertThat(workPage.select("ul.work.navigation.actions li.bookmark a").attr("href"))
                .isEqualTo("/works/" + work + "/bookmarks/new");
        Document blank = page("/works/" + work + "/bookmarks/new", reader.session());
        assertThat(blank.select("form#bookmark_form textarea[name=bookmark[bookmarker_notes]]"))
                .hasSize(1);
        assertThat(blank.select("li.work.blurb h4.heading a").first().text()).isEqualTo("Lantern Festival");

        long id = bookmark(
                reader,
                work,
                "bookmark[bookmarker_notes]",
                "Read this <b>twice</b><script>alert(1)</script>",
                "bookmark[tag_string]",
                "comfort read, lanterns",
                "bookmark[rec]",
                "1");
        Document shown = page("/bookmarks/" + id, reader.session());
        assertThat(shown.select("p.flash").text()).isEqualTo("Bookmark was successfully created.");
        Element blurb = shown.selectFirst("li.bookmark.blurb.group");
        assertThat(blurb).isNotNull();
        assertThat(blurb.select("li.work.blurb h4.heading a").first().text()).isEqualTo("Lantern Festival");
        Element user = blurb.selectFirst("div.user.module");
        assertThat(user.select("h5.byline a").text()).isEqualTo(reader.login());
        assertThat(user.select("blockquote.userstuff.notes").html())
                .contains("<b>twice</b>")
                .doesNotContain("script");
        assertThat(user.select("ul.meta.tags a.tag").eachText()).containsExactly("comfort read", "lanterns");
        assertThat(user.select("p.status span.rec").text()).isEqualTo("Rec");
        assertThat(user.select("p.datetime").text())
                .as("AO3's blurb date, as on work blurbs")
                .matches("\\d{2} [A-Z][a-z]{2} \\d{4}");

        // The work page now offers to edit it, and counts it in dl.stats with a link to its bookmarks.
        workPage = page("/works/" + work, reader.session());
        assertThat(workPage.select("li.bookmark a").attr("href")).isEqualTo("/bookmarks/" + id + "/edit");
        assertThat(workPage.select("dl.stats dd.bookmarks a").attr("href")).isEqualTo("/works/" + work + "/bookmarks");
        assertThat(workPage.select("dl.stats dd.bookmarks").text()).isEqualTo("1");
        // A second "Bookmark" opens the edit form.
        mvc.perform(get("/works/" + work + "/bookmarks/new").session(reader.session()))
                .andExpect(redirectedUrl("/bookmarks/" + id + "/edit"));

        Document edit = page("/bookmarks/" + id + "/edit", reader.session());
        assertThat(edit.select("#bookmark_tag_string").val()).isEqualTo("comfort read, lanterns");
        assertThat(edit.select("#bookmark_rec").hasAttr("checked")).isTrue();
        mvc.perform(form(
                        "/bookmarks/" + id,
                        reader,
                        "bookmark[bookmarker_notes]",
                        "Changed my mind",
                        "bookmark[tag_string]",
                        "lanterns",
                        "bookmark[private]",
                        "1"))
                .andExpect(redirectedUrl("/bookmarks/" + id));
        shown = page("/bookmarks/" + id, reader.session());
        assertThat(shown.select("blockquote.notes").text()).isEqualTo("Changed my mind");
        assertThat(shown.select("p.status span.private").text()).isEqualTo("Private Bookmark");
        assertThat(asGuest("/works/" + work).select("dl.stats dd.bookmarks")).isEmpty();

        assertThat(page("/bookmarks/" + id + "/delete", reader.session())
                        .select("form[action=/bookmarks/" + id + "/delete] button")
                        .text())
                .isEqualTo("Yes, Delete Bookmark");
        mvc.perform(form("/bookmarks/" + id + "/delete", reader))
                .andExpect(redirectedUrl("/users/" + reader.login() + "/bookmarks"));
        mvc.perform(get("/bookmarks/" + id).session(reader.session())).andExpect(status().isNotFound());
    }

    @Test
    void tooLongNotesComeBackWith422AndEverythingTyped() throws Exception {
        String notes = "n".repeat(5_001);
        Document doc = html(mvc.perform(form(
                        "/works/" + work + "/bookmarks",
                        reader,
                        "bookmark[bookmarker_notes]",
                        notes,
                        "bookmark[tag_string]",
                        "keep me, and me",
                        "bookmark[private]",
                        "1",
                        "bookmark[rec]",
                        "1"))
                .andExpect(status().is(422))
                .andReturn());
        assertThat(doc.select("#notes-error").text()).contains("5,000");
        assertThat(doc.select("div#error")).hasSize(1);
        assertThat(doc.select("#bookmark_notes").text()).isEqualTo(notes);
        assertThat(doc.select("#bookmark_tag_string").val()).isEqualTo("keep me, and me");
        assertThat(doc.select("#bookmark_private").hasAttr("checked")).isTrue();
        assertThat(doc.select("#bookmark_rec").hasAttr("checked")).isTrue();
        mvc.perform(get("/works/" + work + "/bookmarks/new").session(reader.session()))
                .andExpect(status().isOk());
    }

    @Test
    void aPrivateBookmarkIsHiddenFromOthersAndGuests() throws Exception {
        long other = postWork("Second Work");
        long hidden = bookmark(reader, work, "bookmark[bookmarker_notes]", "just for me", "bookmark[private]", "1");
        long shown = bookmark(reader, other, "bookmark[bookmarker_notes]", "for everyone");
        String list = "/users/" + reader.login() + "/bookmarks";

        Document own = page(list, reader.session());
        assertThat(own.select("h2.heading").first().text()).startsWith("2 Bookmarks by " + reader.login());
        assertThat(own.select("li.bookmark.blurb.group"))
                .extracting(e -> e.id())
                .containsExactly("bookmark_" + shown, "bookmark_" + hidden);
        assertThat(own.select("#bookmark_" + hidden + " span.private").text()).isEqualTo("Private Bookmark");

        for (MockHttpSession someoneElse : List.of(new MockHttpSession(), author.session())) {
            Document theirs = page(list, someoneElse);
            assertThat(theirs.select("h2.heading").first().text()).startsWith("1 Bookmark by " + reader.login());
            assertThat(theirs.select("li.bookmark.blurb.group"))
                    .extracting(e -> e.id())
                    .containsExactly("bookmark_" + shown);
            assertThat(theirs.text()).doesNotContain("just for me");
            mvc.perform(get("/bookmarks/" + hidden).session(someoneElse)).andExpect(status().isNotFound());
            Document ofWork = page("/works/" + work + "/bookmarks", someoneElse);
            assertThat(ofWork.select("li.short.blurb")).isEmpty();
            assertThat(ofWork.text()).doesNotContain("just for me");
        }
        Document ofOther = asGuest("/works/" + other + "/bookmarks");
        assertThat(ofOther.select("h2.heading").text()).startsWith("1 Bookmark for Second Work");
        assertThat(ofOther.select("li.user.short.blurb.group blockquote.notes").text())
                .isEqualTo("for everyone");
        // Someone else cannot edit or delete it.
        mvc.perform(get("/bookmarks/" + shown + "/edit").session(author.session()))
                .andExpect(status().isNotFound());
        mvc.perform(form("/bookmarks/" + shown + "/delete", author)).andExpect(status().isNotFound());
    }

    @Test
    void guestsAreAskedToLogInToBookmarkAndSeeNoBookmarkButton() throws Exception {
        mvc.perform(get("/works/" + work + "/bookmarks/new"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/users/login"));
        assertThat(asGuest("/works/" + work).select("li.bookmark")).isEmpty();
        mvc.perform(post("/works/" + work + "/bookmarks")
                        .with(Web.guestCsrf(mvc))
                        .param("bookmark[bookmarker_notes]", "sneaky"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/users/" + reader.login() + "/bookmarks")).andExpect(status().isOk());
    }

    @Test
    void theBookmarkersTagsFilterTheirBookmarksPage() throws Exception {
        long other = postWork("Untagged Work");
        String tag = TestData.unique("Cozy & Warm ");
        long tagged = bookmark(reader, work, "bookmark[tag_string]", tag);
        bookmark(reader, other);
        Document all = asGuest("/users/" + reader.login() + "/bookmarks");
        String link = all.select("#bookmark_" + tagged + " ul.meta.tags a.tag").attr("href");
        Document filtered = asGuest(link);
        assertThat(filtered.select("li.bookmark.blurb.group"))
                .extracting(e -> e.id())
                .containsExactly("bookmark_" + tagged);
        assertThat(filtered.select("#bookmark_search_other_bookmark_tag_names").val())
                .isEqualTo(tag);
        assertThat(all.select("nav.bookmark-tags a.tag").eachText()).contains(tag);
        Document unknown = asGuest("/users/" + reader.login()
                + "/bookmarks?bookmark_search%5Bother_bookmark_tag_names%5D=Nope%20One%2CNope%20Two");
        assertThat(unknown.select("p.notice").text())
                .isEqualTo("No bookmarks found: there are no tags called “Nope One” and “Nope Two” here.");
    }
}
