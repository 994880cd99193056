package org.fanfold.works;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fanfold.testing.Web.csrf;
import static org.fanfold.testing.Web.html;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Instant;
import org.fanfold.search.WorkIndexer;
import org.fanfold.testing.SqliteTest;
import org.fanfold.testing.TestData;
import org.fanfold.testing.Web;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The reading preferences taking effect: the adult notice, hidden warnings and tags, dates in one's time zone. */
@SqliteTest
class ReadingPreferencesWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    WorkIndexer indexer;

    @Autowired
    JdbcClient jdbc;

    WorkForms forms;
    Web.Account author;
    Web.Account reader;

    @BeforeEach
    void people() throws Exception {
        forms = new WorkForms(mvc);
        author = Web.signUp(mvc);
        reader = Web.signUp(mvc);
    }

    private Document page(String url, MockHttpSession session) throws Exception {
        return html(mvc.perform(get(URI.create(url)).session(session))
                .andExpect(status().isOk())
                .andReturn());
    }

    /** Saves the reader's preferences: the given switches on, the rest off, and {@code zone}. */
    private void prefer(String zone, String... switches) throws Exception {
        var request = post("/users/" + reader.login() + "/preferences")
                .with(csrf(mvc, reader.session()))
                .param("timeZone", zone);
        for (String s : switches) request.param(s, "true");
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    @Test
    void adultWorksOpenWithoutTheNoticeForReadersWhoSaidSo() throws Exception {
        long id = forms.submit(forms.valid(author, "Mature Themes", TestData.unique("Fandom "), "rating", "Mature"));
        assertThat(page("/works/" + id, reader.session()).select("a:containsOwn(Proceed)"))
                .isNotEmpty();

        prefer("UTC", "adultWithoutAsking");
        Document work = page("/works/" + id, reader.session());
        assertThat(work.select("a:containsOwn(Proceed)")).isEmpty();
        assertThat(work.select("#chapters").text()).contains("Once upon a time in Mature Themes.");
        assertThat(page("/works/" + id, new MockHttpSession()).select("a:containsOwn(Proceed)"))
                .as("guests are still asked")
                .isNotEmpty();
    }

    @Test
    void hiddenWarningsAndAdditionalTagsWaitBehindAToggle() throws Exception {
        String fandom = TestData.unique("Fandom ");
        long id = forms.submit(forms.valid(
                author,
                "Grim",
                fandom,
                "warnings",
                "Graphic Depictions Of Violence",
                "freeforms",
                "Angst, Hurt/Comfort"));
        prefer("UTC", "hideWarnings", "hideFreeform");

        Document work = page("/works/" + id, reader.session());
        var warnings = work.selectFirst("dd.warning.tags details.hidden-tags");
        assertThat(warnings).isNotNull();
        assertThat(warnings.selectFirst("summary").text()).isEqualTo("Show warnings");
        assertThat(warnings.select("a.tag").text()).isEqualTo("Graphic Depictions Of Violence");
        var freeforms = work.selectFirst("dd.freeform.tags details.hidden-tags");
        assertThat(freeforms).isNotNull();
        assertThat(freeforms.selectFirst("summary").text()).isEqualTo("Show additional tags");
        assertThat(freeforms.select("a.tag").eachText()).containsExactly("Angst", "Hurt/Comfort");
        assertThat(work.select("dd.relationship.tags details, dd.fandom.tags details"))
                .isEmpty();

        indexer.drain();
        Document listing = page("/users/" + author.login() + "/works", reader.session());
        var blurb = listing.selectFirst("li#work_" + id);
        assertThat(blurb).isNotNull();
        assertThat(blurb.select("li.warnings details.hidden-tags summary").text())
                .isEqualTo("Show warnings");
        assertThat(blurb.select("li.freeforms details.hidden-tags summary").text())
                .isEqualTo("Show additional tags");
        assertThat(blurb.select("ul.required-tags span.warnings").text()).isEqualTo("Warnings hidden");

        assertThat(page("/works/" + id, author.session()).select("details.hidden-tags"))
                .as("creators always see their own tags")
                .isEmpty();
        assertThat(page("/works/" + id, new MockHttpSession()).select("details.hidden-tags"))
                .isEmpty();
    }

    @Test
    void datesAreShownInTheReadersTimeZone() throws Exception {
        String fandom = TestData.unique("Fandom ");
        long id = forms.submit(forms.valid(author, "Late Evening", fandom));
        long evening = Instant.parse("2024-01-01T20:00:00Z").toEpochMilli();
        jdbc.sql("UPDATE works SET published_at = ?, updated_at = ? WHERE id = ?")
                .params(evening, evening, id)
                .update();
        jdbc.sql("UPDATE chapters SET published_at = ? WHERE work_id = ?")
                .params(evening, id)
                .update();

        assertThat(page("/works/" + id, reader.session()).select("dd.published").text())
                .isEqualTo("2024-01-01");
        indexer.drain();
        String listing = "/tags/" + fandom.replace(" ", "%20") + "/works";
        assertThat(page(listing, reader.session())
                        .select("li#work_" + id + " p.datetime")
                        .text())
                .as("blurbs show AO3's day month year, the work's page ISO")
                .isEqualTo("01 Jan 2024");
        prefer("Pacific/Kiritimati");
        assertThat(page("/works/" + id, reader.session()).select("dd.published").text())
                .isEqualTo("2024-01-02");
        assertThat(page(listing, reader.session())
                        .select("li#work_" + id + " p.datetime")
                        .text())
                .as("a listed work's blurb, too, though the same blurb was shown in UTC before")
                .isEqualTo("02 Jan 2024");
        assertThat(page(listing, reader.session())
                        .select("li#work_" + id + " p.datetime time")
                        .attr("datetime"))
                .isEqualTo("2024-01-02");
        assertThat(page(listing, new MockHttpSession())
                        .select("li#work_" + id + " p.datetime")
                        .text())
                .as("while a guest, reading the same blurb, sees it in UTC")
                .isEqualTo("01 Jan 2024");
        assertThat(page("/works/" + id + "/navigate", reader.session())
                        .select("span.datetime")
                        .text())
                .isEqualTo("(2024-01-02)");
        assertThat(page("/works/" + id, new MockHttpSession())
                        .select("dd.published")
                        .text())
                .as("guests see UTC")
                .isEqualTo("2024-01-01");
        prefer("America/Los_Angeles");
        assertThat(page("/works/" + id, reader.session()).select("dd.published").text())
                .isEqualTo("2024-01-01");
    }
}
