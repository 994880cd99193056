package org.fanfold.importing.efiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fanfold.testing.Web.csrf;
import static org.fanfold.testing.Web.html;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.SignupForm;
import org.fanfold.accounts.User;
import org.fanfold.testing.SqliteTest;
import org.fanfold.testing.TestData;
import org.fanfold.testing.Web;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockPart;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SqliteTest
class EfictionAdminWebTest {

    private static final String PATH = "/admin/imports/efiction";

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    UserDetailsService userDetails;

    private User newAdmin() {
        String login = TestData.unique("admin");
        return accounts.register(new SignupForm(login, login + "@example.com", "password1", "password1"), true);
    }

    private RequestPostProcessor as(User u) {
        return user(userDetails.loadUserByUsername(u.login()));
    }

    private static MockMultipartFile dump() throws Exception {
        return new MockMultipartFile(
                "dump",
                "efiction.sql",
                "application/sql",
                Files.readAllBytes(EfictionFixtures.resource("efiction.sql")));
    }

    /** The archive's story folder as an archivist would zip it: {@code storiesef/{uid}/{chapid}.txt}. */
    private static MockMultipartFile storiesZip() throws Exception {
        Path folder = EfictionFixtures.resource("efiction.sql").resolveSibling("storiesef");
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes);
                Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                zip.putNextEntry(new ZipEntry(
                        "storiesef/" + folder.relativize(f).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(f));
                zip.closeEntry();
            }
        }
        return new MockMultipartFile("stories", "stories.zip", "application/zip", bytes.toByteArray());
    }

    private Document finished(String url, User admin) throws Exception {
        long deadline = System.currentTimeMillis() + 180_000;
        while (true) {
            Document page = html(mvc.perform(get(url).with(as(admin)))
                    .andExpect(status().isOk())
                    .andReturn());
            if (page.select("progress").isEmpty()) return page;
            assertThat(System.currentTimeMillis()).as("the import ends").isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    @Test
    void anAdminUploadsADumpAndItsStoryFilesAndReadsTheReportWhenTheImportIsDone() throws Exception {
        User admin = newAdmin();
        var session = new MockHttpSession();
        Document form = html(mvc.perform(get(PATH).with(as(admin)))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(form.select("form#efiction-import input[type=file][name=dump]"))
                .hasSize(1);
        assertThat(form.select("form#efiction-import input[name=authenticity_token]"))
                .hasSize(1);

        String run = mvc.perform(multipart(PATH)
                        .file(dump())
                        .file(storiesZip())
                        .with(as(admin))
                        .with(csrf(mvc, session)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(run).matches(PATH + "/\\d+");

        Document report = finished(run, admin);
        assertThat(report.select("p.status").text()).startsWith("Finished.");
        assertThat(report.select("div.import.report h3").text()).isEqualTo("Report: Efiction Test");
        assertThat(report.select("dd.stories").text()).isEqualTo("14");
        assertThat(report.select("dd.chapters").text()).isEqualTo("17");
        assertThat(report.select("dd.authors").text()).isEqualTo("4");
        assertThat(report.select("dd.series").text()).isEqualTo("3");
        assertThat(report.select("dd.reviews").text()).isEqualTo("5");
        assertThat(report.select("ul.skipped li").eachText())
                .containsExactly("story 4 \"Email story\": it has no chapters");

        Document again = html(mvc.perform(get(PATH).with(as(admin)))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(again.select("table.imports a[href=" + run + "]").text()).isEqualTo("efiction.sql");
    }

    @Test
    void aFormWithoutADumpComesBackWithTheMistakesBesideTheirFields() throws Exception {
        User admin = newAdmin();
        var notZip = new MockMultipartFile("stories", "stories.tar", "application/x-tar", "not a zip".getBytes());
        Document page = html(mvc.perform(multipart(PATH)
                        .file(notZip)
                        .param("prefix", "bad prefix;")
                        .param("fandom", "Stargate")
                        .with(as(newAdmin()))
                        .with(csrf(mvc, new MockHttpSession())))
                .andExpect(status().is(422))
                .andReturn());
        assertThat(page.select("#dump-error").text()).isEqualTo("Please choose the archive's database dump (.sql).");
        assertThat(page.select("#stories-error").text()).startsWith("The story files must be one .zip file");
        assertThat(page.select("#prefix-error").text()).startsWith("A table prefix has only letters");
        assertThat(page.select("input[name=fandom]").val()).isEqualTo("Stargate");
    }

    @Test
    void aDumpOverTheUploadLimitBringsBackTheFormWith413NamingTheLimit() throws Exception {
        Document page = html(mvc.perform(multipart(PATH)
                        .part(new MockPart("dump", "huge.sql", new byte[20 * 1024 * 1024 + 1]))
                        .with(as(newAdmin())))
                .andExpect(status().isPayloadTooLarge())
                .andReturn());

        assertThat(page.select("#dump-error").text())
                .startsWith("The file is larger than the 20 MB this archive accepts.")
                .contains("./fanfold import-efiction");
        assertThat(page.selectFirst("form#efiction-import input#dump")).isNotNull();
    }

    @Test
    void onlyAdminsImportArchivesAndEveryUploadNeedsItsToken() throws Exception {
        Web.Account reader = Web.signUp(mvc);
        assertThat(mvc.perform(get(PATH).session(reader.session()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        mvc.perform(multipart(PATH).file(dump()).with(csrf(mvc, reader.session())))
                .andExpect(status().isForbidden());

        var guest = mvc.perform(get(PATH)).andReturn().getResponse();
        assertThat(guest.getStatus()).isEqualTo(302);
        assertThat(guest.getRedirectedUrl()).contains("/users/login");

        mvc.perform(multipart(PATH).file(dump()).with(as(newAdmin()))).andExpect(status().isForbidden());
        assertThat(mvc.perform(get(PATH + "/999999").with(as(newAdmin())))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }
}
