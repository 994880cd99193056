package org.fanfold.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fanfold.accounts.Accounts;
import org.fanfold.testing.ShownDays;
import org.fanfold.testing.SqliteTest;
import org.fanfold.testing.Web;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Subscribing from a work page, a creator's dashboard and a series page, and the subscriptions page. */
@SqliteTest
class SubscriptionWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    NoticeWeb web;
    Web.Account author;
    Web.Account reader;

    @BeforeEach
    void people() throws Exception {
        web = new NoticeWeb(mvc);
        author = Web.signUp(mvc);
        reader = Web.signUp(mvc);
    }

    private static String subscribeButton(Document page) {
        var button = page.selectFirst("ul.work.navigation li.subscribe button");
        return button == null ? null : button.text();
    }

    @Test
    void aReaderSubscribesToAWorkFromItsPageAndUnsubscribesAgain() throws Exception {
        long work = web.postWork(author, "Subscribable", 3);
        String workUrl = "/works/" + work;
        assertThat(subscribeButton(web.page(workUrl, reader.session()))).isEqualTo("Subscribe");

        String back = web.submit(
                reader,
                "/users/" + reader.login() + "/subscriptions",
                "type",
                "work",
                "id",
                String.valueOf(work),
                "return_to",
                workUrl);
        assertThat(back).isEqualTo(workUrl);
        assertThat(subscribeButton(web.page(workUrl, reader.session()))).isEqualTo("Unsubscribe");

        Document list = web.page("/users/" + reader.login() + "/subscriptions", reader.session());
        assertThat(list.select("ul.subscription.index li.work a").text()).isEqualTo("Subscribable");

        web.submit(
                reader,
                "/users/" + reader.login() + "/subscriptions/delete",
                "type",
                "work",
                "id",
                String.valueOf(work),
                "return_to",
                workUrl);
        assertThat(subscribeButton(web.page(workUrl, reader.session()))).isEqualTo("Subscribe");
        assertThat(web.page("/users/" + reader.login() + "/subscriptions", reader.session())
                        .select("ul.subscription.index li"))
                .isEmpty();
    }

    @Test
    void eachSubscriptionSaysSinceWhenInTheReadersZone() throws Exception {
        long work = web.postWork(author, "Followed Long", 2);
        web.submit(reader, "/users/" + reader.login() + "/subscriptions", "type", "work", "id", String.valueOf(work));
        ShownDays days = new ShownDays(mvc);
        days.setToEvening("UPDATE subscriptions SET created_at = ? WHERE work_id = ?", work);

        assertThat(days.inTheirZone(reader, "/users/" + reader.login() + "/subscriptions", "li.work span.datetime"))
                .isEqualTo("since 01 Jan 2024");
    }

    @Test
    void creatorsAndGuestsSeeNoSubscribeButton() throws Exception {
        long work = web.postWork(author, "My own", 1);
        assertThat(subscribeButton(web.page("/works/" + work, author.session())))
                .isNull();
        assertThat(subscribeButton(web.page("/works/" + work, new MockHttpSession())))
                .isNull();
    }

    @Test
    void nobodySubscribesToTheirOwnWork() throws Exception {
        long work = web.postWork(author, "Self", 1);
        web.submit(author, "/users/" + author.login() + "/subscriptions", "type", "work", "id", String.valueOf(work));
        assertThat(web.page("/users/" + author.login() + "/subscriptions", author.session())
                        .select("ul.subscription.index li"))
                .isEmpty();
    }

    @Test
    void aReaderSubscribesToACreatorFromTheirDashboard() throws Exception {
        Document dashboard = web.page("/users/" + author.login(), reader.session());
        var link = dashboard.selectFirst("nav.user.navigation a:containsOwn(Subscribe)");
        assertThat(link).isNotNull();

        Document ask = web.page(link.attr("href"), reader.session());
        assertThat(ask.select("h2.heading").text()).isEqualTo("Subscribe to creator " + author.login());
        var form = ask.selectFirst("form.subscription");
        web.submit(
                reader,
                form.attr("action"),
                "type",
                form.select("input[name=type]").val(),
                "id",
                form.select("input[name=id]").val(),
                "return_to",
                form.select("input[name=return_to]").val());

        assertThat(web.page("/users/" + author.login(), reader.session())
                        .select("nav.user.navigation a:containsOwn(Unsubscribe)"))
                .hasSize(1);
        assertThat(web.page(link.attr("href"), reader.session())
                        .select("form.subscription button")
                        .text())
                .isEqualTo("Unsubscribe");
        assertThat(web.page("/users/" + reader.login() + "/subscriptions", reader.session())
                        .select("ul.subscription.index li.user a")
                        .text())
                .isEqualTo(author.login());
    }

    @Test
    void theOwnNavigationLinksToSubscriptionsAndNotToSubscribe() throws Exception {
        Document own = web.page("/users/" + author.login(), author.session());
        assertThat(own.select("nav.user.navigation a").eachText())
                .contains("Subscriptions", "History", "Marked for Later")
                .doesNotContain("Subscribe");
        assertThat(own.select("nav.user.navigation a").eachText()).anyMatch(t -> t.startsWith("Inbox"));
        Document guest = web.page("/users/" + author.login(), new MockHttpSession());
        assertThat(guest.select("nav.user.navigation a").eachText())
                .doesNotContain("Subscriptions", "Subscribe", "History");
    }

    @Test
    void aReaderSubscribesToASeriesFromItsPage() throws Exception {
        long work = web.postWork(author, "Part one", 1, "The Long Tide");
        String seriesUrl = web.page("/works/" + work, reader.session())
                .select("dd.series a")
                .attr("href");
        assertThat(seriesUrl).startsWith("/series/");

        var link = web.page(seriesUrl, reader.session()).selectFirst("ul.series.navigation li.subscribe a");
        assertThat(link).isNotNull();
        Document ask = web.page(link.attr("href"), reader.session());
        assertThat(ask.select("h2.heading").text()).isEqualTo("Subscribe to series The Long Tide");
        web.submit(
                reader,
                "/users/" + reader.login() + "/subscriptions",
                "type",
                "series",
                "id",
                seriesUrl.substring("/series/".length()));
        assertThat(web.page("/users/" + reader.login() + "/subscriptions", reader.session())
                        .select("ul.subscription.index li.series a")
                        .text())
                .isEqualTo("The Long Tide");
        assertThat(web.page(seriesUrl, new MockHttpSession()).select("ul.series.navigation"))
                .isEmpty();
    }

    @Test
    void subscriptionsAreTheirOwnersOnly() throws Exception {
        mvc.perform(get("/users/" + reader.login() + "/subscriptions").session(author.session()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/users/" + reader.login() + "/subscriptions"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/users/login"));
        mvc.perform(post("/users/" + reader.login() + "/subscriptions")
                        .with(Web.csrf(mvc, author.session()))
                        .param("type", "user")
                        .param("id", "1"))
                .andExpect(status().isForbidden());
    }

    @Test
    void subscribingNeedsAValidToken() throws Exception {
        long work = web.postWork(author, "Tokens", 1);
        mvc.perform(post("/users/" + reader.login() + "/subscriptions")
                        .session(reader.session())
                        .param("type", "work")
                        .param("id", String.valueOf(work)))
                .andExpect(status().isForbidden());
    }

    @Test
    void unknownTargetsAreNotFound() throws Exception {
        mvc.perform(get("/users/" + reader.login() + "/subscriptions/new?type=series&id=999999")
                        .session(reader.session()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/users/" + reader.login() + "/subscriptions/new?type=planet&id=1")
                        .session(reader.session()))
                .andExpect(status().isNotFound());
    }
}
