package org.fanfold.importing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.User;
import org.fanfold.search.WorkIndexer;
import org.fanfold.testing.SqliteTest;
import org.fanfold.testing.TestData;
import org.fanfold.testing.Web;
import org.fanfold.works.WorkService;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Works imported from AO3 downloads and EPUBs keep the dates they had where they were first posted. */
@SqliteTest
class ImportedDatesTest {

    @Autowired
    ImportService imports;

    @Autowired
    Accounts accounts;

    @Autowired
    WorkService works;

    @Autowired
    WorkIndexer indexer;

    @Autowired
    MockMvc mvc;

    private static byte[] threeChapters(String fandom) {
        return new String(Fixtures.resource("ao3/three-chapters.html"), UTF_8)
                .replace("The Harbour Saga", fandom)
                .replace("The Harbour Cycle", TestData.unique("Harbour Cycle "))
                .getBytes(UTF_8);
    }

    private Document workPage(long id) throws Exception {
        return Web.html(mvc.perform(get("/works/" + id)).andReturn());
    }

    @Test
    void anAo3HtmlDownloadIsPublishedAndUpdatedOnItsOriginalDates() throws Exception {
        User me = TestData.user(accounts);
        String fandom = TestData.unique("Harbour Saga ");

        var result = imports.importFile("salt.html", threeChapters(fandom), new ImportService.Options(me, null, false));

        assertThat(result.line()).isEqualTo("salt.html -> /works/" + result.workId());
        Document page = workPage(result.workId());
        assertThat(page.select("dl.stats dd.published").text()).isEqualTo("2019-02-03");
        assertThat(page.select("dl.stats dt.status").text()).isEqualTo("Updated:");
        assertThat(page.select("dl.stats dd.status").text()).isEqualTo("2019-04-05");
    }

    @Test
    void anAo3EpubDownloadIsPublishedOnItsOriginalDate() throws Exception {
        User me = TestData.user(accounts);
        String fandom = TestData.unique("Harbour Saga ");
        byte[] epub = CalibreAo3Epub.epub()
                .add(
                        "index_split_000.html",
                        CalibreAo3Epub.page(CalibreAo3Epub.PREFACE.replace("The Harbour Saga", fandom)))
                .zip();

        var result = imports.importFile("salt.epub", epub, new ImportService.Options(me, null, true));

        assertThat(result.error()).isNull();
        Document page = workPage(result.workId());
        assertThat(page.select("dl.stats dd.published").text()).isEqualTo("2019-02-03");
        assertThat(page.select("dl.stats dd.status").text()).isEqualTo("2019-04-05");
    }

    @Test
    void aGenericEpubIsPublishedOnItsDcDate() throws Exception {
        User me = TestData.user(accounts);
        byte[] epub = EpubParserTest.epub2().zip();

        var result = imports.importFile(
                "book.epub", epub, new ImportService.Options(me, TestData.unique("Epub Fandom "), false));

        assertThat(result.error()).isNull();
        assertThat(workPage(result.workId()).select("dl.stats dd.published").text())
                .isEqualTo("2017-09-01");
    }

    @Test
    void anImportedWorkSortsByItsOriginalDateAmongWorksPostedHere() throws Exception {
        User me = TestData.user(accounts);
        String fandom = TestData.unique("Harbour Saga ");
        long postedToday = works.create(
                accounts.defaultPseud(me.id()),
                TestData.work("Posted Today", fandom, "Fresh"),
                List.of(TestData.chapter("New words.")),
                WorkService.Mode.POST);
        var imported =
                imports.importFile("salt.html", threeChapters(fandom), new ImportService.Options(me, null, false));
        indexer.drain();

        for (String column : List.of("created_at", "revised_at")) {
            Document listing = Web.html(mvc.perform(get("/tags/{tag}/works", fandom)
                            .param("work_search[sort_column]", column)
                            .param("work_search[sort_direction]", "desc"))
                    .andReturn());
            assertThat(listing.select("li.work.blurb.group").eachAttr("id"))
                    .as("sorted by %s", column)
                    .containsExactly("work_" + postedToday, "work_" + imported.workId());
        }
    }

    @Test
    void aDateInTheFutureOrUnreadableFallsBackToNowAndTheLineSaysSo() throws Exception {
        User me = TestData.user(accounts);
        byte[] future = new String(threeChapters(TestData.unique("Harbour Saga ")), UTF_8)
                .replace("Published: 2019-02-03", "Published: 2999-02-03")
                .getBytes(UTF_8);
        byte[] unreadable = new String(threeChapters(TestData.unique("Harbour Saga ")), UTF_8)
                .replace("Updated: 2019-04-05", "Updated: 5th-April")
                .getBytes(UTF_8);

        var later = imports.importFile("future.html", future, new ImportService.Options(me, null, false));
        var odd = imports.importFile("odd.html", unreadable, new ImportService.Options(me, null, false));

        assertThat(later.line())
                .isEqualTo("future.html -> /works/" + later.workId() + " (the published date 2999-02-03 is in the"
                        + " future, so the work is dated today)");
        String today = workPage(later.workId()).select("dl.stats dd.published").text();
        assertThat(today).isNotEqualTo("2999-02-03").startsWith("20");
        assertThat(odd.line())
                .isEqualTo("odd.html -> /works/" + odd.workId() + " (the date \"Updated: 5th-April\" could not be"
                        + " read, so its last update is dated today)");
        Document page = workPage(odd.workId());
        assertThat(page.select("dl.stats dd.published").text()).isEqualTo("2019-02-03");
        assertThat(page.select("dl.stats dd.status").text()).isEqualTo(today);
    }
}
