package org.fanfold.downloads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fanfold.testing.Web.csrf;
import static org.fanfold.testing.Web.html;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.SignupForm;
import org.fanfold.accounts.User;
import org.fanfold.shared.Viewer;
import org.fanfold.testing.SqliteTest;
import org.fanfold.testing.TestData;
import org.fanfold.testing.Web;
import org.fanfold.works.WorkService;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Downloading works over HTTP: the menu, AO3's URLs, who may download what, fresh files after edits, the switch. */
@SqliteTest
class DownloadsWebTest {

    private static final Pattern WORK_URL = Pattern.compile("/works/(\\d+)");
    private static final Pattern CHAPTER_URL = Pattern.compile("/works/\\d+/chapters/(\\d+)");

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    WorkService works;

    @Autowired
    UserDetailsService userDetails;

    Web.Account author;

    @BeforeEach
    void author() throws Exception {
        author = Web.signUp(mvc);
    }

    /** The posting form filled in validly; {@code overrides} are name/value pairs replacing fields. */
    private MockHttpServletRequestBuilder workForm(String url, String title, String... overrides) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("fandoms", "Download Fandom");
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

    private long postWork(String title, String... overrides) throws Exception {
        String location = mvc.perform(workForm("/works", title, overrides))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return id(WORK_URL, location);
    }

    private static long id(Pattern pattern, String url) {
        Matcher m = pattern.matcher(url == null ? "" : url);
        if (!m.find()) throw new AssertionError("not the expected URL: " + url);
        return Long.parseLong(m.group(1));
    }

    private MockHttpServletResponse download(String url, MockHttpSession session) throws Exception {
        return mvc.perform(get(url).session(session)).andReturn().getResponse();
    }

    private MockHttpServletResponse asGuest(String url) throws Exception {
        return download(url, new MockHttpSession());
    }

    private User newAdmin() {
        String login = TestData.unique("admin");
        return accounts.register(new SignupForm(login, login + "@example.com", "password1", "password1"), true);
    }

    private RequestPostProcessor as(User u) {
        return user(userDetails.loadUserByUsername(u.login()));
    }

    @Test
    void theWorkPageOffersEpubPdfAndHtmlAndEachDownloadsWithAo3sFileName() throws Exception {
        long id = postWork("Lanterns & Lights");
        Document page =
                html(mvc.perform(get("/works/" + id)).andExpect(status().isOk()).andReturn());
        var links = page.select("ul.work.navigation.actions li.download details ul.expandable a");
        assertThat(links.eachText()).containsExactly("EPUB", "PDF", "HTML");
        assertThat(links.eachAttr("href"))
                .allMatch(href ->
                        href.matches("/downloads/" + id + "/Lanterns_Lights\\.(epub|pdf|html)\\?updated_at=\\d+"));

        MockHttpServletResponse epub = asGuest(links.get(0).attr("href"));
        assertThat(epub.getStatus()).isEqualTo(200);
        assertThat(epub.getContentType()).isEqualTo("application/epub+zip");
        assertThat(epub.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"Lanterns_Lights.epub\"");
        assertThat(new String(epub.getContentAsByteArray(), 0, 2, StandardCharsets.US_ASCII))
                .isEqualTo("PK");
        assertThat(epub.getContentLength()).isEqualTo(epub.getContentAsByteArray().length);

        MockHttpServletResponse pdf = asGuest(links.get(1).attr("href"));
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");

        MockHttpServletResponse html = asGuest(links.get(2).attr("href"));
        assertThat(html.getStatus()).isEqualTo(200);
        assertThat(html.getContentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(html.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"Lanterns_Lights.html\"");
        Document file = org.jsoup.Jsoup.parse(html.getContentAsString(StandardCharsets.UTF_8));
        assertThat(file.select("#preface h1").text()).isEqualTo("Lanterns & Lights");
        assertThat(file.select("#preface p.message a").eachAttr("href")).contains("http://localhost/works/" + id);
        assertThat(file.select("#chapters .userstuff").text()).contains("Once upon a time in Lanterns & Lights.");
        assertThat(file.select("link[rel=stylesheet], script[src]"))
                .as("self-contained")
                .isEmpty();
    }

    @Test
    void anyTitleInTheAddressServesTheWorkUnderItsOwnFileName() throws Exception {
        long id = postWork("Right Title");
        MockHttpServletResponse r = asGuest("/downloads/" + id + "/Something_Else.html");
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"Right_Title.html\"");
    }

    @Test
    void unknownFormatsAndWorksAreNotFound() throws Exception {
        long id = postWork("Formats");
        assertThat(asGuest("/downloads/" + id + "/Formats.mobi").getStatus()).isEqualTo(404);
        assertThat(asGuest("/downloads/" + id + "/Formats").getStatus()).isEqualTo(404);
        assertThat(asGuest("/downloads/nope/Formats.epub").getStatus()).isEqualTo(404);
        assertThat(asGuest("/downloads/999999999/Formats.epub").getStatus()).isEqualTo(404);
    }

    @Test
    void aDraftIsNotFoundForOthersButItsCreatorDownloadsIt() throws Exception {
        long id = postWork("Secret Draft", "commit", "draft");
        assertThat(asGuest("/downloads/" + id + "/Secret_Draft.epub").getStatus())
                .isEqualTo(404);
        Web.Account other = Web.signUp(mvc);
        assertThat(download("/downloads/" + id + "/Secret_Draft.epub", other.session())
                        .getStatus())
                .isEqualTo(404);
        MockHttpServletResponse own = download("/downloads/" + id + "/Secret_Draft.html", author.session());
        assertThat(own.getStatus()).isEqualTo(200);
        assertThat(own.getContentAsString(StandardCharsets.UTF_8)).contains("Once upon a time in Secret Draft.");
    }

    @Test
    void guestsAreAskedToLogInForRestrictedWorksAndSignedInReadersDownloadThem() throws Exception {
        long id = postWork("Members Only", "restricted", "true");
        MockHttpServletResponse guest = asGuest("/downloads/" + id + "/Members_Only.epub");
        assertThat(guest.getStatus()).isEqualTo(200);
        assertThat(guest.getContentType()).startsWith("text/html");
        Document page = org.jsoup.Jsoup.parse(guest.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.text()).contains("This work is only available to registered users of the Archive.");
        assertThat(page.select("form#loginform input[name=return_to]").attr("value"))
                .isEqualTo("/downloads/" + id + "/Members_Only.epub");

        Web.Account reader = Web.signUp(mvc);
        MockHttpServletResponse member = download("/downloads/" + id + "/Members_Only.epub", reader.session());
        assertThat(member.getStatus()).isEqualTo(200);
        assertThat(member.getContentType()).isEqualTo("application/epub+zip");
    }

    @Test
    void aHiddenWorkIsNotFoundExceptForAdminsAndItsCreator() throws Exception {
        long id = postWork("Hidden Away");
        User admin = newAdmin();
        works.setHidden(id, new Viewer(admin.id(), admin.login(), true, true), true);
        String url = "/downloads/" + id + "/Hidden_Away.html";
        assertThat(asGuest(url).getStatus()).isEqualTo(404);
        assertThat(download(url, Web.signUp(mvc).session()).getStatus()).isEqualTo(404);
        assertThat(download(url, author.session()).getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get(url).with(as(admin)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void anEditToTheTitleOrAChapterIsInTheNextDownload() throws Exception {
        long id = postWork("First Title", "expectedChapters", "2");
        String location = mvc.perform(post("/works/" + id + "/chapters")
                        .with(csrf(mvc, author.session()))
                        .param("title", "Second")
                        .param("body", "<p>The second chapter as first written.</p>")
                        .param("format", "html"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long chapter = id(CHAPTER_URL, location);
        String html = "/downloads/" + id + "/x.html";
        String epub = "/downloads/" + id + "/x.epub";
        assertThat(asGuest(html).getContentAsString(StandardCharsets.UTF_8))
                .contains("First Title", "The second chapter as first written.");
        byte[] firstEpub = asGuest(epub).getContentAsByteArray();
        assertThat(asGuest(epub).getContentAsByteArray())
                .as("served again from the cache")
                .isEqualTo(firstEpub);

        mvc.perform(workForm("/works/" + id, "Second Title", "expectedChapters", "2", "commit", "update"))
                .andExpect(status().is3xxRedirection());
        Document afterTitle = org.jsoup.Jsoup.parse(asGuest(html).getContentAsString(StandardCharsets.UTF_8));
        assertThat(afterTitle.select("#preface h1").text()).isEqualTo("Second Title");
        assertThat(afterTitle.title()).startsWith("Second Title - ");
        assertThat(asGuest(epub).getContentAsByteArray()).isNotEqualTo(firstEpub);

        mvc.perform(post("/works/" + id + "/chapters/" + chapter)
                        .with(csrf(mvc, author.session()))
                        .param("title", "Second")
                        .param("body", "<p>The second chapter, revised.</p>")
                        .param("format", "html"))
                .andExpect(status().is3xxRedirection());
        assertThat(asGuest(html).getContentAsString(StandardCharsets.UTF_8))
                .contains("The second chapter, revised.")
                .doesNotContain("as first written");
        assertThat(asGuest("/works/" + id).getContentAsString(StandardCharsets.UTF_8))
                .as("the menu's links change with the title")
                .contains("/downloads/" + id + "/Second_Title.epub?updated_at=");
    }

    @Test
    void anUnchangedFileIsNotSentAgain() throws Exception {
        long id = postWork("Same Again");
        MockHttpServletResponse first = asGuest("/downloads/" + id + "/Same_Again.epub");
        String etag = first.getHeader("ETag");
        assertThat(etag).isNotBlank();
        assertThat(mvc.perform(get("/downloads/" + id + "/Same_Again.epub").header("If-None-Match", etag))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(304);
    }

    @Test
    void adminsSwitchDownloadsOffAndTheLinksGoAndTheAddressesAnswerNotFound() throws Exception {
        long id = postWork("Switchable");
        User admin = newAdmin();
        var session = new MockHttpSession();
        try {
            Document settings = html(mvc.perform(get("/admin/downloads").with(as(admin)))
                    .andExpect(status().isOk())
                    .andReturn());
            assertThat(settings.select("input[name=enabled]").hasAttr("checked"))
                    .isTrue();
            mvc.perform(post("/admin/downloads").with(as(admin)).with(csrf(mvc, session)))
                    .andExpect(status().is3xxRedirection());

            Document page = html(
                    mvc.perform(get("/works/" + id)).andExpect(status().isOk()).andReturn());
            assertThat(page.select("li.download")).isEmpty();
            MockHttpServletResponse off = asGuest("/downloads/" + id + "/Switchable.epub");
            assertThat(off.getStatus()).isEqualTo(404);
            assertThat(off.getContentAsString(StandardCharsets.UTF_8))
                    .contains("Sorry, downloads are currently disabled.");
        } finally {
            mvc.perform(post("/admin/downloads")
                            .with(as(admin))
                            .with(csrf(mvc, session))
                            .param("enabled", "true"))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(asGuest("/downloads/" + id + "/Switchable.epub").getStatus()).isEqualTo(200);
        assertThat(html(mvc.perform(get("/works/" + id)).andReturn()).select("li.download"))
                .hasSize(1);
    }

    @Test
    void onlyAdminsReachTheDownloadsSwitch() throws Exception {
        assertThat(download("/admin/downloads", author.session()).getStatus()).isEqualTo(403);
        // admin pages send guests to log in first (SecurityConfig: /admin/** needs a login)
        MockHttpServletResponse guest = asGuest("/admin/downloads");
        assertThat(guest.getStatus()).isEqualTo(302);
        assertThat(guest.getRedirectedUrl()).contains("/users/login");
        mvc.perform(post("/admin/downloads").with(csrf(mvc, author.session())).param("enabled", "false"))
                .andExpect(status().isForbidden());
    }
}
