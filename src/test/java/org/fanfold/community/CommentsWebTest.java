package org.fanfold.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fanfold.testing.Web.html;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
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
import org.springframework.test.web.servlet.MockMvc;

/** Commenting on works and chapters through the web, with AO3's markup, rules and messages. */
@SqliteTest
class CommentsWebTest {

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
    void aGuestCommentsWithANameAndAnEmailAddressAndItShowsOnTheWorkPage() throws Exception {
        long id = web.work(author, "Guestbook");
        var result = web.guestComment(
                        "/works/" + id + "/comments", "Wren", "wren@example.org", "Loved the <b>ending</b>!")
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/works/" + id + "#comment_*"))
                .andExpect(flash().attribute("comment_notice", "Comment created!"));
        long commentId = FeedbackWeb.commentId(result);

        Document page = web.guestPage("/works/" + id);
        assertThat(page.select("#feedback h3.comments.heading").text()).isEqualTo("Comments (1)");
        var li = page.selectFirst("#comments_placeholder ol.thread li.comment#comment_" + commentId);
        assertThat(li).isNotNull();
        assertThat(li.select("h4.heading.byline").text()).contains("Wren (Guest)");
        assertThat(li.select("blockquote.userstuff").html()).contains("<b>ending</b>");
        assertThat(li.select("p.email"))
                .as("guests' addresses are not published")
                .isEmpty();
        assertThat(page.select("dl.stats dd.comments").text()).isEqualTo("1");
        assertThat(commentsCount(id)).isEqualTo(1);
    }

    @Test
    void aGuestCommentWithoutANameOrAddressComesBackWithTheTextKept() throws Exception {
        long id = web.work(author, "Forgetful");
        var result = web.guestComment("/works/" + id + "/comments", "", "not-an-address", "My long thoughts")
                .andExpect(status().is(422))
                .andReturn();
        Document form = html(result);
        assertThat(form.select("textarea#comment_content").text()).isEqualTo("My long thoughts");
        assertThat(form.select("#name-error").text()).isEqualTo("Please enter your name.");
        assertThat(form.select("#email-error").text()).contains("doesn't look like an email address");
        assertThat(form.select("input#comment_email").val()).isEqualTo("not-an-address");
        assertThat(commentsCount(id)).isZero();
    }
}
