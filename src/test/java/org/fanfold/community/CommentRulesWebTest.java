package org.fanfold.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fanfold.testing.Web.csrf;
import static org.fanfold.testing.Web.html;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

/** Who may comment, and what creators, commenters and admins do with comments: AO3's rules through the web. */
@SqliteTest
class CommentRulesWebTest {

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
    Web.Account reader1;

    @BeforeEach
    void people() throws Exception {
        web = new FeedbackWeb(mvc, accounts, works, reader);
        author = Web.signUp(mvc);
        reader1 = Web.signUp(mvc);
    }

    long commentsCount(long workId) {
        return jdbc.sql("SELECT comments_count FROM works WHERE id = ?")
                .param(workId)
                .query(Long.class)
                .single();
    }

    @Test
    void onlyRegisteredUsersMayCommentWhenTheCreatorSaysSo() throws Exception {
        long id = web.work(author, "Members Only");
        mvc.perform(post("/works/" + id + "/comment_settings")
                        .with(csrf(mvc, author.session()))
                        .param("who", "users"))
                .andExpect(redirectedUrl("/works/" + id + "#comments"));

        Document guestView = web.guestPage("/works/" + id);
        assertThat(guestView.select("#comments_closed").text())
                .isEqualTo(
                        "Sorry, this work doesn't allow non-Archive users to comment. You can however still leave Kudos!");
        assertThat(guestView.select("#add_comment")).isEmpty();
        Document refused = html(web.guestComment("/works/" + id + "/comments", "Wren", "w@example.org", "Hello")
                .andExpect(status().isForbidden())
                .andReturn());
        assertThat(refused.select("#comment_refused").text())
                .isEqualTo("Sorry, this work doesn't allow non-Archive users to comment.");
        assertThat(refused.select("textarea#comment_content").text())
                .as("the text is kept")
                .isEqualTo("Hello");

        web.comment(reader1, "/works/" + id + "/comments", "Hello from a user").andExpect(status().is3xxRedirection());
        assertThat(commentsCount(id)).isEqualTo(1);
    }

    @Test
    void noOneMayCommentWhenCommentsAreOffButKudosStillWork() throws Exception {
        long id = web.work(author, "Closed");
        mvc.perform(post("/works/" + id + "/comment_settings")
                .with(csrf(mvc, author.session()))
                .param("who", "none"));
        web.comment(reader1, "/works/" + id + "/comments", "Hi").andExpect(status().isForbidden());
        web.comment(author, "/works/" + id + "/comments", "Hi").andExpect(status().isForbidden());
        Document page = web.page("/works/" + id, reader1.session());
        assertThat(page.select("#comments_closed").text()).isEqualTo("Sorry, this work doesn't allow comments.");
        assertThat(page.select("#kudo_submit")).hasSize(1);
    }

    @Test
    void onlyTheCreatorChangesCommentSettings() throws Exception {
        long id = web.work(author, "Settings");
        mvc.perform(get("/works/" + id + "/comment_settings").session(reader1.session()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/works/" + id + "/comment_settings")
                        .with(csrf(mvc, reader1.session()))
                        .param("who", "none"))
                .andExpect(status().isForbidden());
        Document form = web.page("/works/" + id + "/comment_settings", author.session());
        assertThat(form.select("input[name=who][checked]").val()).isEqualTo("everyone");
        Document page = web.page("/works/" + id, author.session());
        assertThat(page.select("ul.work.navigation.actions li.comment.settings a")
                        .attr("href"))
                .isEqualTo("/works/" + id + "/comment_settings");
        assertThat(web.page("/works/" + id, reader1.session()).select("li.comment.settings"))
                .isEmpty();
    }

    @Test
    void moderatedCommentsWaitForTheCreatorsApproval() throws Exception {
        long id = web.work(author, "Moderated");
        mvc.perform(post("/works/" + id + "/comment_settings")
                .with(csrf(mvc, author.session()))
                .param("who", "everyone")
                .param("moderated", "true"));
        assertThat(web.page("/works/" + id, reader1.session())
                        .select("#add_comment p.notice")
                        .text())
                .contains("Your comment will not appear until it has been approved by the creator.");

        var posted = web.comment(reader1, "/works/" + id + "/comments", "Please approve me")
                .andExpect(redirectedUrlPattern("/comments/*"))
                .andExpect(flash().attribute("comment_notice", CommentPostingController.MODERATED));
        long commentId = FeedbackWeb.commentId(posted);
        web.guestComment("/works/" + id + "/comments", "Guest", "g@example.org", "Me too")
                .andExpect(redirectedUrl("/works/" + id + "#comments"));
        assertThat(commentsCount(id)).isZero();
        assertThat(web.guestPage("/works/" + id).select("li.comment")).isEmpty();
        mvc.perform(get("/comments/" + commentId).session(new MockHttpSession()))
                .andExpect(status().isNotFound());
        Document own = web.page("/comments/" + commentId, reader1.session());
        assertThat(own.select("p.notice.unreviewed")).hasSize(1);

        Document queue = web.page("/works/" + id + "/unreviewed_comments", author.session());
        assertThat(queue.select("li.comment blockquote").eachText()).containsExactly("Please approve me", "Me too");
        assertThat(web.page("/works/" + id, author.session())
                        .select("li.comment.unreviewed a")
                        .text())
                .isEqualTo("Unreviewed Comments (2)");
        mvc.perform(get("/works/" + id + "/unreviewed_comments").session(reader1.session()))
                .andExpect(status().isForbidden());
        web.comment(author, "/works/" + id + "/comments", "The creator's own comment shows at once");
        assertThat(commentsCount(id)).isEqualTo(1);

        mvc.perform(post("/comments/" + commentId + "/approve").with(csrf(mvc, reader1.session())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/comments/" + commentId + "/approve")
                        .with(csrf(mvc, author.session()))
                        .param("returnTo", "/works/" + id + "/unreviewed_comments"))
                .andExpect(redirectedUrl("/works/" + id + "/unreviewed_comments"));
        assertThat(commentsCount(id)).isEqualTo(2);
        assertThat(web.guestPage("/works/" + id).select("li.comment blockquote").eachText())
                .containsExactly("Please approve me", "The creator's own comment shows at once");
        mvc.perform(post("/works/" + id + "/unreviewed_comments/approve_all").with(csrf(mvc, author.session())));
        assertThat(commentsCount(id)).isEqualTo(3);
        assertThat(web.page("/works/" + id + "/unreviewed_comments", author.session())
                        .select("p.empty"))
                .hasSize(1);
    }

    @Test
    void aFrozenThreadTakesNoRepliesOrEditsUntilUnfrozen() throws Exception {
        long id = web.work(author, "Frozen");
        long top = FeedbackWeb.commentId(web.comment(reader1, "/works/" + id + "/comments", "Hot take"));
        long reply = FeedbackWeb.commentId(web.comment(reader1, "/comments/" + top + "/comments", "Hotter take"));
        mvc.perform(post("/comments/" + top + "/freeze").with(csrf(mvc, reader1.session())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/comments/" + top + "/freeze").with(csrf(mvc, author.session())))
                .andExpect(flash().attribute("comment_notice", "Comment thread successfully frozen!"));

        Document page = web.page("/works/" + id, reader1.session());
        assertThat(page.select("li.comment.frozen")).hasSize(2);
        assertThat(page.select("#navigation_for_comment_" + reply + " span.frozen")
                        .text())
                .isEqualTo("Frozen");
        assertThat(page.select("#add_comment_reply_link_" + reply)).isEmpty();
        assertThat(page.select("#edit_comment_link_" + reply)).isEmpty();
        Document refused = html(web.comment(reader1, "/comments/" + reply + "/comments", "Can I?")
                .andExpect(status().isForbidden())
                .andReturn());
        assertThat(refused.select("#comment_refused").text()).isEqualTo("Sorry, you cannot reply to a frozen comment.");
        mvc.perform(post("/comments/" + reply)
                        .with(csrf(mvc, reader1.session()))
                        .param("body", "Edited"))
                .andExpect(status().isForbidden());

        mvc.perform(post("/comments/" + top + "/unfreeze").with(csrf(mvc, author.session())));
        web.comment(reader1, "/comments/" + reply + "/comments", "Now I can").andExpect(status().is3xxRedirection());
    }

    @Test
    void editingACommentMarksItEditedButNotOnceItHasReplies() throws Exception {
        long id = web.work(author, "Edits");
        long mine = FeedbackWeb.commentId(web.comment(reader1, "/works/" + id + "/comments", "Tpyo"));
        Document form = web.page("/comments/" + mine + "/edit", reader1.session());
        assertThat(form.select("textarea#comment_content").text()).isEqualTo("<p>Tpyo</p>");
        mvc.perform(get("/comments/" + mine + "/edit").session(author.session()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/comments/" + mine).with(csrf(mvc, author.session())).param("body", "Hijacked"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/comments/" + mine).with(csrf(mvc, reader1.session())).param("body", ""))
                .andExpect(status().is(422));
        mvc.perform(post("/comments/" + mine).with(csrf(mvc, reader1.session())).param("body", "Typo"))
                .andExpect(redirectedUrl("/works/" + id + "#comment_" + mine))
                .andExpect(flash().attribute("comment_notice", "Comment was successfully updated."));

        Document page = web.guestPage("/works/" + id);
        assertThat(page.select("#comment_" + mine + " blockquote").text()).isEqualTo("Typo");
        assertThat(page.select("#comment_" + mine + " p.edited.datetime").text())
                .startsWith("Last Edited ");

        web.comment(author, "/comments/" + mine + "/comments", "A reply");
        assertThat(web.page("/works/" + id, reader1.session()).select("#edit_comment_link_" + mine))
                .isEmpty();
        mvc.perform(post("/comments/" + mine).with(csrf(mvc, reader1.session())).param("body", "Changed"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theCreatorDeletesACommentAndOneWithRepliesStaysAsAPlaceholder() throws Exception {
        long id = web.work(author, "Deletions");
        long rude = FeedbackWeb.commentId(web.comment(reader1, "/works/" + id + "/comments", "Rude"));
        long answered = FeedbackWeb.commentId(web.comment(reader1, "/works/" + id + "/comments", "Question?"));
        long answer = FeedbackWeb.commentId(web.comment(author, "/comments/" + answered + "/comments", "Answer."));
        Web.Account stranger = Web.signUp(mvc);
        mvc.perform(post("/comments/" + rude + "/delete").with(csrf(mvc, stranger.session())))
                .andExpect(status().isForbidden());
        assertThat(web.page("/comments/" + rude + "/delete", author.session())
                        .select("#main button")
                        .text())
                .isEqualTo("Yes, delete!");
        mvc.perform(post("/comments/" + rude + "/delete").with(csrf(mvc, author.session())))
                .andExpect(flash().attribute("comment_notice", "Comment deleted."));
        mvc.perform(post("/comments/" + answered + "/delete").with(csrf(mvc, reader1.session())))
                .andExpect(status().is3xxRedirection());
        assertThat(commentsCount(id)).isEqualTo(1);

        Document page = web.guestPage("/works/" + id);
        assertThat(page.select("li.comment.deleted").text()).isEqualTo("(Previous comment deleted.)");
        assertThat(page.select("li.comment blockquote").eachText()).containsExactly("Answer.");
        assertThat(page.text()).doesNotContain("Rude").doesNotContain("Question?");

        mvc.perform(post("/comments/" + answer + "/delete").with(csrf(mvc, author.session())));
        assertThat(web.guestPage("/works/" + id).select("li.comment"))
                .as("the placeholder goes with its last reply")
                .isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM comments WHERE work_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(commentsCount(id)).isZero();
    }

    @Test
    void aBlockedUserCannotCommentOnTheBlockersWorksNorReplyToTheirComments() throws Exception {
        long id = web.work(author, "Blocker's Work");
        Web.Account troll = Web.signUp(mvc);
        long other = web.work(reader1, "Someone Else's Work");
        long authorsComment = FeedbackWeb.commentId(web.comment(author, "/works/" + other + "/comments", "Nice work!"));
        mvc.perform(post("/users/" + troll.login() + "/block").with(csrf(mvc, author.session())))
                .andExpect(redirectedUrl("/users/" + author.login() + "/blocked"));

        Document page = web.page("/works/" + id, troll.session());
        assertThat(page.select("#comments_closed").text()).isEqualTo(CommentPolicy.BLOCKED_BY_CREATOR);
        assertThat(page.select("#kudo_submit")).isEmpty();
        Document refused = html(web.comment(troll, "/works/" + id + "/comments", "Hi")
                .andExpect(status().isForbidden())
                .andReturn());
        assertThat(refused.select("#comment_refused").text()).isEqualTo(CommentPolicy.BLOCKED_BY_CREATOR);

        assertThat(web.page("/works/" + other, troll.session()).select("#add_comment_reply_link_" + authorsComment))
                .isEmpty();
        Document noReply = html(web.comment(troll, "/comments/" + authorsComment + "/comments", "Reply")
                .andExpect(status().isForbidden())
                .andReturn());
        assertThat(noReply.select("#comment_refused").text()).isEqualTo("Sorry, you have been blocked by that user.");
        web.comment(troll, "/works/" + other + "/comments", "Still fine elsewhere")
                .andExpect(status().is3xxRedirection());
        assertThat(commentsCount(id)).isZero();
    }

    @Test
    void anAdminTurnsGuestCommentsOffAcrossTheArchive() throws Exception {
        long id = web.work(author, "Quiet Archive");
        Web.Account admin = web.admin();
        mvc.perform(get("/admin/settings/comments").session(reader1.session())).andExpect(status().isForbidden());
        try {
            mvc.perform(post("/admin/settings/comments")
                            .with(csrf(mvc, admin.session()))
                            .param("guest_comments_off", "true"))
                    .andExpect(redirectedUrl("/admin/settings/comments"));
            assertThat(web.guestPage("/works/" + id).select("#comments_closed").text())
                    .isEqualTo("Sorry, the Archive doesn't allow guests to comment right now.");
            web.guestComment("/works/" + id + "/comments", "Guest", "g@example.org", "Hi")
                    .andExpect(status().isForbidden());
            web.comment(reader1, "/works/" + id + "/comments", "Users still may")
                    .andExpect(status().is3xxRedirection());
        } finally {
            mvc.perform(post("/admin/settings/comments").with(csrf(mvc, admin.session())));
        }
        web.guestComment("/works/" + id + "/comments", "Guest", "g@example.org", "Hi again")
                .andExpect(status().is3xxRedirection());
    }
}
