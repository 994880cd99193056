package org.fanfold.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fanfold.testing.SqliteTest;
import org.fanfold.testing.TestData;
import org.fanfold.testing.Web;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Series on the web: AO3's navigation on work pages, the series page, and its creators' edit and reorder pages. */
@SqliteTest
class SeriesWebTest {

    @Autowired
    MockMvc mvc;

    Posting posting;
    Web.Account author;
    String title;
    long first;
    long second;
    String seriesUrl;

    @BeforeEach
    void twoParts() throws Exception {
        posting = new Posting(mvc);
        author = Web.signUp(mvc);
        title = TestData.unique("Saga ");
        first = posting.work(author, "Part One", "F", "newSeries", title);
        seriesUrl = posting.asGuest("/works/" + first)
                .select("dd.series a[href^=/series/]")
                .attr("href");
        second = posting.work(author, "Part Two", "F", "seriesId", seriesUrl.substring("/series/".length()));
    }

    @Test
    void aWorkPageNavigatesItsSeriesWithPreviousAndNextWork() throws Exception {
        Document one = posting.asGuest("/works/" + first);
        assertThat(one.select("dd.series span.position").text()).isEqualTo("Part 1 of " + title);
        var nav = one.selectFirst("div#series span.series");
        assertThat(nav).isNotNull();
        assertThat(nav.select("span.position").text()).isEqualTo("Part 1 of " + title);
        assertThat(nav.select("span.position a").attr("href")).isEqualTo(seriesUrl);
        assertThat(nav.select("a.previous")).isEmpty();
        assertThat(nav.select("a.next").attr("href")).isEqualTo("/works/" + second);
        assertThat(nav.select("a.next").text()).isEqualTo("Next Work »");

        Document two = posting.asGuest("/works/" + second);
        var nav2 = two.selectFirst("div#series span.series");
        assertThat(nav2.select("span.position").text()).isEqualTo("Part 2 of " + title);
        assertThat(nav2.select("a.previous").attr("href")).isEqualTo("/works/" + first);
        assertThat(nav2.select("a.previous").text()).isEqualTo("« Previous Work");
        assertThat(nav2.select("a.next")).isEmpty();
    }

    @Test
    void neighboursAndPartNumbersCountOnlyWorksTheReaderMaySee() throws Exception {
        long draft = posting.work(
                author,
                "Part Three Draft",
                "F",
                "seriesId",
                seriesUrl.substring("/series/".length()),
                "seriesPosition",
                "2",
                "commit",
                "draft");
        Document guestView = posting.asGuest("/works/" + first);
        assertThat(guestView.select("div#series a.next").attr("href")).isEqualTo("/works/" + second);
        assertThat(posting.asGuest("/works/" + second)
                        .select("div#series span.position")
                        .text())
                .isEqualTo("Part 2 of " + title);

        Document authorsView = posting.page("/works/" + first, author);
        assertThat(authorsView.select("div#series a.next").attr("href")).isEqualTo("/works/" + draft);
    }

    @Test
    void theSeriesPageShowsItsMetadataAndPartsInOrder() throws Exception {
        Document page = posting.asGuest(seriesUrl);
        assertThat(page.select("h2.heading").text()).isEqualTo(title);
        var meta = page.selectFirst("dl.series.meta.group");
        assertThat(meta.select("dt").eachText()).contains("Creator:", "Series Begun:", "Series Updated:", "Stats:");
        assertThat(meta.select("dd.works").text()).isEqualTo("2");
        assertThat(page.select("ul.series.work.index li.work.blurb h4.heading a[href^=/works/]")
                        .eachAttr("href"))
                .containsExactly("/works/" + first, "/works/" + second);
        assertThat(page.select("a[href$=/edit]")).as("no edit link for guests").isEmpty();
    }

    @Test
    void creatorsEditTheSeriesAndMistakesComeBackWithWhatWasTyped() throws Exception {
        assertThat(posting.page(seriesUrl, author).select("a[href=" + seriesUrl + "/edit]"))
                .isNotEmpty();
        Document form = posting.page(seriesUrl + "/edit", author);
        assertThat(form.select("input#title").val()).isEqualTo(title);

        var rejected = posting.send(author, seriesUrl, "title", "", "summary", "<p>Kept text</p>")
                .andExpect(status().is(422))
                .andReturn();
        Document again = Web.html(rejected);
        assertThat(again.select("#title-error").text()).contains("title");
        assertThat(again.select("textarea#summary").text()).isEqualTo("<p>Kept text</p>");

        posting.send(
                        author,
                        seriesUrl,
                        "title",
                        title + " Renamed",
                        "summary",
                        "<p>Two parts.</p><script>alert(1)</script>",
                        "notes",
                        "Thanks",
                        "complete",
                        "true")
                .andExpect(status().is3xxRedirection());
        Document page = posting.asGuest(seriesUrl);
        assertThat(page.select("h2.heading").text()).isEqualTo(title + " Renamed");
        assertThat(page.select("dl.series.meta blockquote.userstuff").first().html())
                .isEqualTo("<p>Two parts.</p>");
        assertThat(page.select("dl.series.meta").text())
                .contains("Complete: Yes")
                .contains("Thanks");
        assertThat(posting.asGuest("/works/" + first)
                        .select("div#series span.position")
                        .text())
                .isEqualTo("Part 1 of " + title + " Renamed");
    }

    @Test
    void creatorsReorderPartsAndTakeAWorkOut() throws Exception {
        posting.send(author, seriesUrl + "/manage", "position[" + first + "]", "2", "position[" + second + "]", "1")
                .andExpect(status().is3xxRedirection());
        assertThat(posting.asGuest(seriesUrl)
                        .select("li.work.blurb h4.heading a[href^=/works/]")
                        .eachAttr("href"))
                .containsExactly("/works/" + second, "/works/" + first);
        assertThat(posting.asGuest("/works/" + first)
                        .select("div#series span.position")
                        .text())
                .isEqualTo("Part 2 of " + title);

        posting.send(author, seriesUrl + "/works/" + second + "/remove").andExpect(status().is3xxRedirection());
        assertThat(posting.asGuest(seriesUrl).select("li.work.blurb").size()).isEqualTo(1);
        assertThat(posting.asGuest("/works/" + second).select("div#series")).isEmpty();
        assertThat(posting.asGuest("/works/" + first)
                        .select("div#series span.position")
                        .text())
                .isEqualTo("Part 1 of " + title);

        posting.send(author, seriesUrl + "/works/" + first + "/remove").andExpect(redirectedUrlPattern("/works/*"));
        assertThat(mvc.perform(get(seriesUrl)).andReturn().getResponse().getStatus())
                .as("an empty series is gone")
                .isEqualTo(404);
    }

    @Test
    void othersCannotChangeASeriesAndGuestsAreAskedToLogIn() throws Exception {
        Web.Account other = Web.signUp(mvc);
        assertThat(posting.statusOf(seriesUrl + "/edit", other.session())).isEqualTo(403);
        posting.send(other, seriesUrl, "title", "Mine now").andExpect(status().isForbidden());
        posting.send(other, seriesUrl + "/works/" + first + "/remove").andExpect(status().isForbidden());
        mvc.perform(get(seriesUrl + "/manage").session(new MockHttpSession())).andExpect(redirectedUrl("/users/login"));
        assertThat(posting.asGuest(seriesUrl).select("h2.heading").text()).isEqualTo(title);
    }
}
