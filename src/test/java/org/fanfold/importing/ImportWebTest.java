package org.fanfold.importing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.fanfold.testing.Web.csrf;
import static org.fanfold.testing.Web.html;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fanfold.testing.SqliteTest;
import org.fanfold.testing.TestData;
import org.fanfold.testing.Web;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The upload form at /works/import: several files of any kind in, one result per file out. */
@SqliteTest
class ImportWebTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theFormTakesSeveralFilesAndShowsOneResultForEach() throws Exception {
        Web.Account me = Web.signUp(mvc);
        String fandom = TestData.unique("Lighthouse Stories ");
        byte[] oneShot = new String(Fixtures.resource("ao3/one-shot.html"), UTF_8)
                .replace("Original Work", fandom)
                .getBytes(UTF_8);
        byte[] broken = EpubParserTest.epub2().remove("OEBPS/content.opf").zip();

        Document page = html(mvc.perform(multipart("/works/import")
                        .file(new MockMultipartFile("files", "The_Lighthouse_Keepers_Tea.html", "text/html", oneShot))
                        .file(new MockMultipartFile("files", "broken.epub", "application/epub+zip", broken))
                        .with(csrf(mvc, me.session())))
                .andExpect(status().isOk())
                .andReturn());

        var results = page.select("div.import.results li");
        assertThat(results).hasSize(2);
        Element imported = results.get(0);
        assertThat(imported.hasClass("imported")).isTrue();
        assertThat(imported.text()).startsWith("The_Lighthouse_Keepers_Tea.html → The Lighthouse Keeper's Tea");
        String workUrl = imported.selectFirst("a").attr("href");
        assertThat(workUrl).matches("/works/\\d+");
        assertThat(results.get(1).hasClass("error")).isTrue();
        assertThat(results.get(1).text())
                .isEqualTo("broken.epub: the EPUB's package document OEBPS/content.opf is missing");
        assertThat(page.select("div.import.results p").text()).isEqualTo("1 of 2 files imported.");

        Document work =
                html(mvc.perform(get(workUrl)).andExpect(status().isOk()).andReturn());
        assertThat(work.select("h2.title.heading").text()).isEqualTo("The Lighthouse Keeper's Tea");
        assertThat(work.select("h3.byline.heading").text()).contains(me.login());
        assertThat(work.select("dd.fandom.tags a.tag").eachText()).containsExactly(fandom);
        assertThat(work.select("p.origin").text()).contains("https://archiveofourown.org/works/40001", "2021-06-14");
    }

    @Test
    void theFormOffersEveryKindOfFileAndAsksForOneWhenNoneCame() throws Exception {
        Web.Account me = Web.signUp(mvc);
        Document form = html(mvc.perform(get("/works/import").session(me.session()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(form.selectFirst("input#files").attr("accept")).contains(".txt", ".html", ".epub");
        assertThat(form.selectFirst("input#files").hasAttr("multiple")).isTrue();
        assertThat(form.selectFirst("form#import-form input[name=authenticity_token]"))
                .isNotNull();

        Document empty = html(mvc.perform(multipart("/works/import").with(csrf(mvc, me.session())))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(empty.select("p.error").text()).isEqualTo("Please choose at least one story file.");
    }

    @Test
    void guestsAreSentToLogIn() throws Exception {
        mvc.perform(get("/works/import")).andExpect(status().is3xxRedirection());
    }
}
