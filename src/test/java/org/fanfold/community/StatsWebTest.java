package org.fanfold.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fanfold.testing.Web.html;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.fanfold.accounts.Accounts;
import org.fanfold.shared.Formats;
import org.fanfold.testing.SqliteTest;
import org.fanfold.testing.TestData;
import org.fanfold.testing.Web;
import org.fanfold.works.WorkService;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** A creator's statistics page: theirs only, with a table per work, totals and a chart of hits as inline SVG. */
@SqliteTest
class StatsWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    WorkService works;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SubscriptionStore subscriptions;

    Web.Account author;
    long first;
    long second;

    @BeforeEach
    void twoWorksWithHits() {
        try {
            author = Web.signUp(mvc);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        long authorId = accounts.byLogin(author.login()).orElseThrow().id();
        first = post(authorId, "Aardvark Stories", "one two three");
        second = post(authorId, "Zebra Tales", "one");
        long today = LocalDate.now(ZoneOffset.UTC).toEpochDay();
        hits(first, today, 7);
        hits(first, today - 3, 5);
        hits(first, today - 60, 11);
        hits(second, today, 2);
    }

    private long post(long authorId, String title, String text) {
        return works.create(
                accounts.defaultPseud(authorId),
                TestData.work(title, "Stats Fandom", "Fluff"),
                List.of(TestData.chapter(text)),
                WorkService.Mode.POST);
    }

    private void hits(long work, long day, long n) {
        jdbc.sql("INSERT INTO work_hits_daily (work_id, day, hits) VALUES (?, ?, ?)")
                .params(work, day, n)
                .update();
        jdbc.sql("UPDATE works SET hits = hits + ? WHERE id = ?")
                .params(n, work)
                .update();
    }

    private Document stats(String query) throws Exception {
        return html(
                mvc.perform(get("/users/" + author.login() + "/stats" + query).session(author.session()))
                        .andExpect(status().isOk())
                        .andReturn());
    }

    @Test
    void theOwnerSeesTheirWorksTotalsAndAChartOfHits() throws Exception {
        Document doc = stats("");
        assertThat(doc.select("table.statistics.index thead th").eachText())
                .containsExactly(
                        "Title", "Date", "Words", "Hits", "Kudos", "Comments", "Bookmarks", "Subscriptions", "Chart");
        assertThat(doc.select("table.statistics.index tbody th a").eachText())
                .as("sorted by hits, most first")
                .containsExactly("Aardvark Stories", "Zebra Tales");
        assertThat(doc.select("#stats_work_" + first + " td.hits").text()).isEqualTo("23");
        assertThat(doc.select("dl.statistics.meta dd.hits").text()).isEqualTo("25");
        assertThat(doc.select("dl.statistics.meta dd.words").text()).isEqualTo("4");
        assertThat(doc.select("table.statistics.index tfoot td.hits").text()).isEqualTo("25");

        var svg = doc.selectFirst("figure.statistics.chart svg");
        assertThat(svg).isNotNull();
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.select("desc").text()).startsWith("14 hits in all");
        assertThat(svg.select("rect.bar")).hasSize(2);
        assertThat(svg.select("rect.bar title").eachText()).anyMatch(t -> t.endsWith(": 9 hits"));
        assertThat(doc.select("ul.chart-range a").eachText()).containsExactly("Last 90 days", "Last 365 days");
        assertThat(doc.select("script"))
                .as("no script needed")
                .allMatch(s -> s.attr("src").matches("/js/fanfold-[0-9a-f]{32}\\.js")); // the site's own, by content

        Document year = stats("?range=365");
        assertThat(year.select("figure.statistics.chart desc").text()).startsWith("25 hits in all");
        Document oneWork = stats("?range=90&work_id=" + second);
        assertThat(oneWork.select("h3#hits-chart").text()).isEqualTo("Hits per day: Zebra Tales");
        assertThat(oneWork.select("figure.statistics.chart desc").text()).startsWith("2 hits in all");

        Document byTitle = stats("?sort_column=title&sort_direction=DESC");
        assertThat(byTitle.select("table.statistics.index tbody th a").eachText())
                .containsExactly("Zebra Tales", "Aardvark Stories");
        assertThat(doc.select("nav.user.navigation a").eachText()).contains("Statistics", "Bookmarks");
    }

    @Test
    void datesReadAsAo3ShowsADayAndEachWorksInTheOwnersZone() throws Exception {
        long evening = Instant.parse("2024-01-01T20:00:00Z").toEpochMilli();
        jdbc.sql("UPDATE works SET published_at = ? WHERE id = ?")
                .params(evening, first)
                .update();
        var date = stats("").selectFirst("#stats_work_" + first + " td.date time");
        assertThat(date).isNotNull();
        assertThat(date.text()).isEqualTo("01 Jan 2024");
        assertThat(date.attr("datetime")).isEqualTo("2024-01-01");

        mvc.perform(MockMvcRequestBuilders.post("/users/" + author.login() + "/preferences")
                        .with(Web.csrf(mvc, author.session()))
                        .param("timeZone", "Pacific/Kiritimati"))
                .andExpect(status().is3xxRedirection());
        date = stats("").selectFirst("#stats_work_" + first + " td.date time");
        assertThat(date.text()).isEqualTo("02 Jan 2024");
        assertThat(date.attr("datetime")).isEqualTo("2024-01-02");

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        var chart = stats("").selectFirst("figure.statistics.chart svg");
        assertThat(chart.select("text.tick").last().text())
                .as("the chart's days are UTC days, as its caption says, in the same words")
                .isEqualTo(Formats.blurbDate(today));
        assertThat(chart.select("rect.bar title").eachText())
                .contains(Formats.blurbDate(today) + ": 9 hits", Formats.blurbDate(today.minusDays(3)) + ": 5 hits");
    }

    @Test
    void eachWorksSubscriptionsAreCountedAndTotalled() throws Exception {
        for (int i = 0; i < 2; i++) {
            long reader =
                    accounts.byLogin(Web.signUp(mvc).login()).orElseThrow().id();
            subscriptions.subscribe(reader, SubscriptionTarget.work(first), 0);
            if (i == 0) {
                subscriptions.subscribe(reader, SubscriptionTarget.work(second), 0);
                // Following the creator is not a subscription to any one work.
                long authorId = accounts.byLogin(author.login()).orElseThrow().id();
                subscriptions.subscribe(reader, SubscriptionTarget.user(authorId), 0);
            }
        }
        Document doc = stats("?sort_column=subscriptions.count");
        assertThat(doc.select("#stats_work_" + first + " td.subscriptions").text())
                .isEqualTo("2");
        assertThat(doc.select("#stats_work_" + second + " td.subscriptions").text())
                .isEqualTo("1");
        assertThat(doc.select("dl.statistics.meta dd.subscriptions").text()).isEqualTo("3");
        assertThat(doc.select("table.statistics.index tfoot td.subscriptions").text())
                .isEqualTo("3");
        assertThat(doc.select("table.statistics.index tbody th a").eachText())
                .as("sorted by subscriptions, most first")
                .containsExactly("Aardvark Stories", "Zebra Tales");
    }

    @Test
    void nobodyElseSeesSomeonesStatistics() throws Exception {
        String url = "/users/" + author.login() + "/stats";
        mvc.perform(get(url)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/users/login"));
        Web.Account other = Web.signUp(mvc);
        mvc.perform(get(url).session(other.session())).andExpect(status().isForbidden());
        Document dashboard = html(mvc.perform(get("/users/" + author.login()).session(other.session()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(dashboard.select("nav.user.navigation a").eachText())
                .contains("Bookmarks")
                .doesNotContain("Statistics");
    }
}
