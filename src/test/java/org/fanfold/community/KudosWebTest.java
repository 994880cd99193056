package org.fanfold.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fanfold.testing.Web.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.fanfold.accounts.Accounts;
import org.fanfold.testing.SqliteTest;
import org.fanfold.testing.Web;
import org.fanfold.works.WorkReader;
import org.fanfold.works.WorkService;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Kudos through the web: once per user and per guest address, never on one's own work, listed as AO3 lists them. */
@SqliteTest
class KudosWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    WorkService works;

    @Autowired
    WorkReader reader;

    @Autowired
    JdbcClient jdbc;

    FeedbackWeb web;
    Web.Account author;

    @BeforeEach
    void author() throws Exception {
        web = new FeedbackWeb(mvc, accounts, works, reader);
        author = Web.signUp(mvc);
    }

    ResultActions kudos(MockHttpSession session, long workId, String address) throws Exception {
        return mvc.perform(post("/works/" + workId + "/kudos")
                .with(csrf(mvc, session))
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })
                .param("returnTo", "/works/" + workId));
    }

    long kudosCount(long workId) {
        return jdbc.sql("SELECT kudos_count FROM works WHERE id = ?")
                .param(workId)
                .query(Long.class)
                .single();
    }

    @Test
    void aUserLeavesKudosOnceAndIsThankedOnTheWorkPage() throws Exception {
        long id = web.work(author, "Kudos Once");
        Web.Account fan = Web.signUp(mvc);
        kudos(fan.session(), id, "10.1.0.1")
                .andExpect(redirectedUrl("/works/" + id + "#kudos_message"))
                .andExpect(flash().attribute("kudos_notice", "Thank you for leaving kudos!"));
        kudos(fan.session(), id, "10.1.0.2").andExpect(flash().attribute("kudos_error", KudosService.ALREADY));
        assertThat(kudosCount(id)).isEqualTo(1);

        Document page = web.page("/works/" + id, fan.session());
        assertThat(page.select("#feedback #kudos p.kudos").text()).isEqualTo(fan.login() + " left kudos on this work!");
        assertThat(page.select("#kudos p.kudos a").attr("href")).isEqualTo("/users/" + fan.login());
        assertThat(page.select("dl.stats dd.kudos").text()).isEqualTo("1");
        assertThat(page.select("form#new_kudo button#kudo_submit").text()).isEqualTo("Kudos ♥");
    }

    @Test
    void guestsLeaveKudosOncePerAddress() throws Exception {
        long id = web.work(author, "Guest Kudos");
        kudos(new MockHttpSession(), id, "10.2.0.1")
                .andExpect(flash().attribute("kudos_notice", "Thank you for leaving kudos!"));
        kudos(new MockHttpSession(), id, "10.2.0.1").andExpect(flash().attribute("kudos_error", KudosService.ALREADY));
        kudos(new MockHttpSession(), id, "10.2.0.2")
                .andExpect(flash().attribute("kudos_notice", "Thank you for leaving kudos!"));
        Web.Account fan = Web.signUp(mvc);
        kudos(fan.session(), id, "10.2.0.1")
                .andExpect(flash().attribute("kudos_notice", "Thank you for leaving kudos!"));
        assertThat(kudosCount(id)).isEqualTo(3);
        assertThat(web.guestPage("/works/" + id).select("#kudos p.kudos").text())
                .isEqualTo(fan.login() + " and 2 guests left kudos on this work!");
    }

    @Test
    void nobodyLeavesKudosOnTheirOwnWork() throws Exception {
        long id = web.work(author, "Own Work");
        kudos(author.session(), id, "10.3.0.1")
                .andExpect(flash().attribute("kudos_error", "You can't leave kudos on your own work."));
        assertThat(kudosCount(id)).isZero();
        assertThat(web.page("/works/" + id, author.session()).select("#kudo_submit"))
                .isEmpty();
    }

    @Test
    void aBlockedUserCannotLeaveKudos() throws Exception {
        long id = web.work(author, "Blocked Kudos");
        Web.Account troll = Web.signUp(mvc);
        mvc.perform(post("/users/" + troll.login() + "/block").with(csrf(mvc, author.session())));
        kudos(troll.session(), id, "10.4.0.1")
                .andExpect(flash().attribute("kudos_error", CommentPolicy.BLOCKED_BY_CREATOR));
        assertThat(kudosCount(id)).isZero();
    }

    @Test
    void theListNamesTheMostRecentUsersAndLinksToTheRest() throws Exception {
        long id = web.work(author, "Popular Kudos");
        Web.Account first = Web.signUp(mvc);
        Web.Account second = Web.signUp(mvc);
        Web.Account third = Web.signUp(mvc);
        kudos(first.session(), id, "10.5.0.1");
        kudos(second.session(), id, "10.5.0.1");
        kudos(third.session(), id, "10.5.0.1");
        kudos(new MockHttpSession(), id, "10.5.0.9");
        Document page = web.guestPage("/works/" + id);
        assertThat(page.select("#kudos p.kudos").text())
                .isEqualTo(third.login() + ", " + second.login() + ", " + first.login()
                        + " and 1 guest left kudos on this work!");
        Document all = web.guestPage("/works/" + id + "/kudos");
        assertThat(all.select("ul#kudos li").eachText()).containsExactly(third.login(), second.login(), first.login());
        assertThat(all.select("h3.heading").eachText())
                .containsExactly("3 users left kudos", "1 guest has also left kudos");
    }

    @Test
    void theKudosListSaysHowManyMoreUsersThereAre() {
        var list = new KudosList(7, java.util.List.of("a", "b"), 5, 2);
        assertThat(list.parts().stream().map(KudosList.Part::text))
                .containsExactly("a", "b", "3 more users", "2 guests");
        assertThat(list.parts().get(2).href()).isEqualTo("/works/7/kudos");
        assertThat(KudosList.separator(0, 4)).isEqualTo(", ");
        assertThat(KudosList.separator(2, 4)).isEqualTo(" and ");
        assertThat(KudosList.separator(3, 4)).isEmpty();
    }
}
