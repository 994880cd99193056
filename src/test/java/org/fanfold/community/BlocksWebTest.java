package org.fanfold.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fanfold.testing.Web.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fanfold.accounts.Accounts;
import org.fanfold.testing.ShownDays;
import org.fanfold.testing.SqliteTest;
import org.fanfold.testing.Web;
import org.fanfold.works.WorkReader;
import org.fanfold.works.WorkService;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Blocking and unblocking users from their pages, their comments and the blocked-users page. */
@SqliteTest
class BlocksWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    WorkService works;

    @Autowired
    WorkReader reader;

    @Autowired
    Blocks blocks;

    FeedbackWeb web;
    Web.Account me;
    Web.Account other;

    @BeforeEach
    void people() throws Exception {
        web = new FeedbackWeb(mvc, accounts, works, reader);
        me = Web.signUp(mvc);
        other = Web.signUp(mvc);
    }

    @Test
    void aUserBlocksSomeoneFromTheirProfileAfterConfirmingAndUnblocksThemFromTheList() throws Exception {
        Document profile = web.page("/users/" + other.login() + "/profile", me.session());
        assertThat(profile.select("nav.user.navigation a[href=/users/" + other.login() + "/block]")
                        .text())
                .isEqualTo("Block");
        Document confirm = web.page("/users/" + other.login() + "/block", me.session());
        assertThat(confirm.select("h2.heading").text()).isEqualTo("Block " + other.login());
        assertThat(confirm.select("#main form button").text()).isEqualTo("Yes, Block User");

        mvc.perform(post("/users/" + other.login() + "/block").with(csrf(mvc, me.session())))
                .andExpect(redirectedUrl("/users/" + me.login() + "/blocked"));
        long meId = web.user(me).id();
        long otherId = web.user(other).id();
        assertThat(blocks.isBlocked(meId, otherId)).isTrue();
        assertThat(blocks.isBlocked(otherId, meId)).as("blocking goes one way").isFalse();

        Document list = web.page("/users/" + me.login() + "/blocked", me.session());
        assertThat(list.select("ul.blocked.users li a").eachText()).containsExactly(other.login());
        assertThat(web.page("/users/" + other.login(), me.session())
                        .select("nav.user.navigation a[href=/users/" + other.login() + "/block]")
                        .text())
                .isEqualTo("Unblock");

        mvc.perform(post("/users/" + other.login() + "/unblock").with(csrf(mvc, me.session())))
                .andExpect(redirectedUrl("/users/" + me.login() + "/blocked"));
        assertThat(blocks.isBlocked(meId, otherId)).isFalse();
    }

    @Test
    void theBlockedUsersPageSaysWhenEachWasBlockedInTheirZone() throws Exception {
        mvc.perform(post("/users/" + other.login() + "/block").with(csrf(mvc, me.session())))
                .andExpect(redirectedUrl("/users/" + me.login() + "/blocked"));
        ShownDays days = new ShownDays(mvc);
        days.setToEvening(
                "UPDATE blocked_users SET created_at = ? WHERE user_id = (SELECT id FROM users WHERE login = ?)",
                me.login());

        assertThat(days.inTheirZone(me, "/users/" + me.login() + "/blocked", "ul.blocked.users li span.datetime"))
                .isEqualTo("blocked 01 Jan 2024");
    }

    @Test
    void theBlockedUsersPageFindsSomeoneByNameAndIsPrivate() throws Exception {
        mvc.perform(get("/users/" + me.login() + "/blocked")
                        .param("block", other.login())
                        .session(me.session()))
                .andExpect(redirectedUrl("/users/" + other.login() + "/block"));
        Document missing = web.page("/users/" + me.login() + "/blocked?block=nobody_by_that_name", me.session());
        assertThat(missing.select("#block-error").text())
                .isEqualTo("Sorry, we couldn't find a user matching that name.");
        mvc.perform(get("/users/" + me.login() + "/blocked").session(other.session()))
                .andExpect(status().isForbidden());
        assertThat(web.page("/users/" + me.login(), me.session())
                        .select("nav.user.navigation a[href=/users/" + me.login() + "/blocked]")
                        .text())
                .isEqualTo("Blocked Users");
    }

    @Test
    void nobodyBlocksThemselvesAndGuestsSeeNoBlockLink() throws Exception {
        mvc.perform(post("/users/" + me.login() + "/block").with(csrf(mvc, me.session())))
                .andExpect(status().isForbidden());
        assertThat(web.guestPage("/users/" + other.login() + "/profile").select("a[href$=/block]"))
                .isEmpty();
    }

    @Test
    void aCommentOffersToBlockItsAuthor() throws Exception {
        long id = web.work(me, "Block From Comment");
        long c = FeedbackWeb.commentId(web.comment(other, "/works/" + id + "/comments", "Hello"));
        Document page = web.page("/works/" + id, me.session());
        assertThat(page.select("#block_link_" + c + " a").attr("href")).isEqualTo("/users/" + other.login() + "/block");
        assertThat(web.page("/works/" + id, other.session()).select("#block_link_" + c))
                .as("not one's own")
                .isEmpty();
    }
}
