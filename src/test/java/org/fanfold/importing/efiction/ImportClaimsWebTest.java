package org.fanfold.importing.efiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fanfold.testing.Web.csrf;
import static org.fanfold.testing.Web.html;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.User;
import org.fanfold.testing.SqliteTest;
import org.fanfold.testing.TestData;
import org.fanfold.testing.Web;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Claiming imported works: the test archive's "E Author 5" comes to an account with that author's address. */
@SqliteTest
@ExtendWith(OutputCaptureExtension.class)
class ImportClaimsWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    EfictionImporter importer;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    String archive;
    String email;
    User archivist;

    @BeforeEach
    void importTheArchiveWithAnAddressOfThisTestsOwn() throws Exception {
        archive = TestData.unique("claims");
        email = archive.replace("_", "-") + "@example.org";
        Path dump = EfictionFixtures.copy(dir, "efiction.sql");
        Files.writeString(dump, Files.readString(dump, StandardCharsets.UTF_8).replace("E5@example.com", email));
        archivist = TestData.user(accounts);
        ImportReport report = importer.run(
                dump, null, new EfictionOptions(archivist, null, null, false, archive), EfictionImporter.Listener.NONE);
        assertThat(report.count(ImportReport.Kind.STORIES)).isEqualTo(14);
    }

    private Web.Account signUp(String address) throws Exception {
        String login = TestData.unique("author");
        var session = new MockHttpSession();
        mvc.perform(post("/signup")
                        .with(csrf(mvc, session))
                        .param("login", login)
                        .param("email", address)
                        .param("password", Web.PASSWORD)
                        .param("passwordConfirmation", Web.PASSWORD))
                .andExpect(status().is3xxRedirection());
        return new Web.Account(login, session);
    }

    private long workOf(long sid) {
        return jdbc.sql("SELECT target_id FROM import_sources WHERE source_archive = ? AND kind = 'story'"
                        + " AND source_id = ?")
                .params(archive, String.valueOf(sid))
                .query(Long.class)
                .single();
    }

    private long seriesOf(long seriesid) {
        return jdbc.sql("SELECT target_id FROM import_sources WHERE source_archive = ? AND kind = 'series'"
                        + " AND source_id = ?")
                .params(archive, String.valueOf(seriesid))
                .query(Long.class)
                .single();
    }

    private List<String> seriesCreators(long seriesId) {
        return jdbc.sql("SELECT u.login FROM series_creators c JOIN users u ON u.id = c.user_id WHERE c.series_id = ?"
                        + " ORDER BY u.login")
                .param(seriesId)
                .query(String.class)
                .list();
    }

    /** The claim link mailed to {@code login} (logged: the tests have no SMTP server). */
    private static String mailedLink(CapturedOutput output, String login) {
        Pattern link =
                Pattern.compile("http://localhost:\\d+(/users/" + login + "/claims/confirm\\?token=[A-Za-z0-9_.-]+)");
        String[] found = new String[1];
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            Matcher m = link.matcher(output.getOut());
            if (!m.find()) return false;
            found[0] = m.group(1);
            return true;
        });
        return found[0];
    }

    private Document page(String url, MockHttpSession session) throws Exception {
        return html(mvc.perform(get(url).session(session))
                .andExpect(status().isOk())
                .andReturn());
    }

    @Test
    void theAuthorWithTheImportedAddressClaimsTheirWorksThroughAMailedLinkAndTheArchivistStepsAside(
            CapturedOutput output) throws Exception {
        Document before = page("/works/" + workOf(741), new MockHttpSession());
        assertThat(before.select("h3.byline").text()).isEqualTo("E Author 5 [archived by " + archivist.login() + "]");

        Web.Account author = signUp(email);
        Document dashboard = page("/users/" + author.login(), author.session());
        assertThat(dashboard
                        .select("nav.user.navigation a[href=/users/" + author.login() + "/claims]")
                        .text())
                .isEqualTo("Claim your imported works");

        Document claims = page("/users/" + author.login() + "/claims", author.session());
        assertThat(claims.select("fieldset.claim legend").text()).isEqualTo("E Author 5 from Efiction Test");
        assertThat(claims.select("fieldset.claim li a").eachText())
                .containsExactlyInAnyOrder(
                        "A lot of cakes",
                        "Actually a bookmark",
                        "Another story in series",
                        "Bacon ipsum",
                        "Japanese",
                        "Windows 1252 Story");
        String creatorId = claims.select("input[name=creators]").val();

        mvc.perform(post("/users/" + author.login() + "/claims")
                        .session(author.session())
                        .param("creators", creatorId))
                .andExpect(status().isForbidden()); // no token
        Web.Account other = Web.signUp(mvc);
        mvc.perform(post("/users/" + author.login() + "/claims")
                        .with(csrf(mvc, other.session()))
                        .param("creators", creatorId))
                .andExpect(status().isForbidden());
        mvc.perform(post("/users/" + other.login() + "/claims")
                        .with(csrf(mvc, other.session()))
                        .param("creators", creatorId))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/works/" + workOf(741), new MockHttpSession())
                        .select("h3.byline")
                        .text())
                .as("someone with another address is sent nothing to claim with")
                .contains("archived by");

        // choosing sends a link to the account's address; only the link claims
        mvc.perform(post("/users/" + author.login() + "/claims")
                        .with(csrf(mvc, author.session()))
                        .param("creators", creatorId))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/users/" + author.login() + "/claims", author.session())
                        .select("p.flash")
                        .text())
                .isEqualTo("We've sent a link to " + email + ". Open it to claim the works; it works for 3 days.");
        assertThat(page("/works/" + workOf(741), new MockHttpSession())
                        .select("h3.byline")
                        .text())
                .contains("archived by");
        String link = mailedLink(output, author.login());
        String token = link.substring(link.indexOf("token=") + "token=".length());

        assertThat(mvc.perform(get(link).session(other.session()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        mvc.perform(post("/users/" + author.login() + "/claims/confirm")
                        .with(csrf(mvc, author.session()))
                        .param("token", token.substring(0, token.length() - 2) + "xx"))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/users/" + author.login() + "/claims", author.session())
                        .select("p.flash")
                        .text())
                .startsWith("That link has expired, was made for another account");

        Document confirm = page(link, author.session());
        assertThat(confirm.select("fieldset.claim li")).hasSize(6);
        assertThat(page("/works/" + workOf(741), new MockHttpSession())
                        .select("h3.byline")
                        .text())
                .as("opening the link claims nothing yet")
                .contains("archived by");
        mvc.perform(post("/users/" + author.login() + "/claims/confirm")
                        .session(author.session())
                        .param("token", token))
                .andExpect(status().isForbidden()); // no CSRF token
        mvc.perform(post("/users/" + author.login() + "/claims/confirm")
                        .with(csrf(mvc, author.session()))
                        .param("token", confirm.select("input[name=token]").val()))
                .andExpect(status().is3xxRedirection());
        Document done = page("/users/" + author.login() + "/claims", author.session());
        assertThat(done.select("p.flash").text())
                .isEqualTo("You have claimed 6 works: they are now credited to you as " + author.login() + ".");
        assertThat(done.select("p.empty").text()).startsWith("There are no imported works waiting for you.");
        assertThat(done.select("nav.user.navigation a[href$=/claims]")).isEmpty();

        // a work of theirs alone: theirs now, the archivist no longer credited
        Document solo = page("/works/" + workOf(741), new MockHttpSession());
        assertThat(solo.select("h3.byline").text()).isEqualTo(author.login());
        assertThat(solo.select("h3.byline a[rel=author]").attr("href"))
                .isEqualTo("/users/" + author.login() + "/pseuds/" + author.login());
        mvc.perform(get("/works/" + workOf(741) + "/edit").session(author.session()))
                .andExpect(status().isOk());

        // a work with a co-author nobody claimed yet: the archivist keeps it for them
        assertThat(page("/works/" + workOf(1), new MockHttpSession())
                        .select("h3.byline")
                        .text())
                .isEqualTo("B Author 2 [archived by " + archivist.login() + "], " + author.login());

        // the series of their works alone passes to them; a series with others' works is shared
        assertThat(seriesCreators(seriesOf(118))).containsExactly(author.login());
        assertThat(seriesCreators(seriesOf(169))).containsExactlyInAnyOrder(archivist.login(), author.login());
    }

    @Test
    void nobodyElseSeesTheClaimsPage() throws Exception {
        Web.Account someone = Web.signUp(mvc);
        Web.Account other = Web.signUp(mvc);
        assertThat(page("/users/" + someone.login() + "/claims", someone.session())
                        .select("fieldset.claim"))
                .isEmpty();
        assertThat(mvc.perform(get("/users/" + someone.login() + "/claims").session(other.session()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        var guest = mvc.perform(get("/users/" + someone.login() + "/claims"))
                .andReturn()
                .getResponse();
        assertThat(guest.getStatus()).isEqualTo(302);
        assertThat(guest.getRedirectedUrl()).contains("/users/login");
    }
}
