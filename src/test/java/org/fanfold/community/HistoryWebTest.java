package org.fanfold.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.PreferencesStore;
import org.fanfold.testing.ShownDays;
import org.fanfold.testing.SqliteTest;
import org.fanfold.testing.Web;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Reading history at /users/{login}/readings, Marked for Later from the work page, and the preferences. */
@SqliteTest
class HistoryWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    PreferencesStore preferences;

    @Autowired
    ReadingRecorder recorder;

    NoticeWeb web;
    Web.Account author;
    Web.Account reader;
    String readings;

    @BeforeEach
    void people() throws Exception {
        web = new NoticeWeb(mvc);
        author = Web.signUp(mvc);
        reader = Web.signUp(mvc);
        readings = "/users/" + reader.login() + "/readings";
    }

    private void prefer(Web.Account account, java.util.function.UnaryOperator<org.fanfold.accounts.Preferences> p) {
        long id = accounts.byLogin(account.login()).orElseThrow().id();
        preferences.save(id, p.apply(preferences.of(id)));
    }

    private static String markButton(Document page) {
        var b = page.selectFirst("ul.work.navigation li.mark button");
        return b == null ? null : b.text();
    }

    @Test
    void readingAWorkPutsItInTheHistoryWithTheChapterReached() throws Exception {
        long work = web.postWork(author, "Read Me", 2);
        long second = web.addChapter(author, work, "Two");
        web.page("/works/" + work, reader.session());
        web.page("/works/" + work + "/chapters/" + second, reader.session());
        web.page("/works/" + work, author.session()); // a creator's own reading is not history

        Document page = web.page(readings, reader.session());
        var entry = page.selectFirst("#reading_" + work);
        assertThat(entry).isNotNull();
        assertThat(entry.select("li.work.blurb h4.heading a").first().text()).isEqualTo("Read Me");
        assertThat(entry.select(".user.module h4").text())
                .contains("Last visited:")
                .contains("Visited 2 times")
                .contains("Last read: Chapter 2 of 2");
        assertThat(entry.select(".user.module h4 a").attr("href")).isEqualTo("/works/" + work + "/chapters/" + second);
        assertThat(web.page("/users/" + author.login() + "/readings", author.session())
                        .select("#reading_" + work))
                .isEmpty();
    }

    @Test
    void theLastVisitReadsAsAo3sDayInTheReadersZone() throws Exception {
        long work = web.postWork(author, "Read Long Ago", 1);
        web.page("/works/" + work, reader.session());
        recorder.flush();
        ShownDays days = new ShownDays(mvc);
        days.setToEvening("UPDATE readings SET last_visited_at = ? WHERE work_id = ?", work);

        assertThat(days.inTheirZone(reader, readings, "#reading_" + work + " .user.module h4"))
                .startsWith("Last visited: 01 Jan 2024 (Update available.) · Visited once");
    }

    @Test
    void markForLaterFromTheWorkPageAndMarkAsReadFromTheList() throws Exception {
        long work = web.postWork(author, "Later", 1);
        String workUrl = "/works/" + work;
        assertThat(markButton(web.page(workUrl, reader.session()))).isEqualTo("Mark for Later");
        assertThat(markButton(web.page(workUrl, author.session()))).isNull();

        web.submit(reader, workUrl + "/mark_for_later", "return_to", workUrl);
        assertThat(markButton(web.page(workUrl, reader.session()))).isEqualTo("Mark as Read");
        Document toRead = web.page(readings + "?show=to-read", reader.session());
        assertThat(toRead.select("#reading_" + work + " .marked").text()).contains("Marked for Later");
        assertThat(toRead.select("h2.heading").text()).startsWith("Marked for Later");

        web.submit(reader, workUrl + "/mark_as_read", "return_to", readings + "?show=to-read");
        assertThat(web.page(readings + "?show=to-read", reader.session()).select("#reading_" + work))
                .isEmpty();
        assertThat(web.page(readings, reader.session()).select("#reading_" + work))
                .hasSize(1);
    }

    @Test
    void anEntryIsDeletedAndTheHistoryClearedAfterAsking() throws Exception {
        long one = web.postWork(author, "One", 1);
        long two = web.postWork(author, "Two", 1);
        web.page("/works/" + one, reader.session());
        web.page("/works/" + two, reader.session());

        web.submit(reader, readings + "/" + one + "/delete");
        assertThat(web.page(readings, reader.session()).select("div.reading").eachAttr("id"))
                .containsExactly("reading_" + two);

        Document ask = web.page(readings + "/clear", reader.session());
        assertThat(ask.select("form.clear button").text()).isEqualTo("Yes, Clear History");
        web.submit(reader, readings + "/clear");
        assertThat(web.page(readings, reader.session()).select("p.empty").text())
                .isEqualTo("Your history is empty.");
    }

    @Test
    void withHistoryOffNothingIsRecordedAndThePageSaysSo() throws Exception {
        prefer(reader, NoticeTestData::noHistory);
        long work = web.postWork(author, "Private reading", 1);
        web.page("/works/" + work, reader.session());
        Document page = web.page(readings, reader.session());
        assertThat(page.select("#reading_" + work)).isEmpty();
        assertThat(page.select("p.notice").text()).contains("turned off");
        assertThat(markButton(web.page("/works/" + work, reader.session()))).isEqualTo("Mark for Later");
    }

    @Test
    void withMarkedForLaterOffThereIsNoButtonAndMarkingIsRefused() throws Exception {
        prefer(reader, NoticeTestData::noMarkedForLater);
        long work = web.postWork(author, "No later", 1);
        assertThat(markButton(web.page("/works/" + work, reader.session()))).isNull();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                "/works/" + work + "/mark_for_later")
                        .with(Web.csrf(mvc, reader.session())))
                .andExpect(status().isForbidden());
    }

    @Test
    void theHistoryIsItsOwnersOnly() throws Exception {
        mvc.perform(get(readings).session(author.session())).andExpect(status().isForbidden());
        mvc.perform(get(readings)).andExpect(redirectedUrl("/users/login"));
    }
}
