package org.fanfold.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fanfold.testing.Web.csrf;
import static org.fanfold.testing.Web.html;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
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

/** Commenting on works and chapters through the web: guests and users, threads, chapters, paging, AO3 markup. */
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

    @Test
    void aCommentTooLongOrEmptyIsRefusedWithAo3sLimit() throws Exception {
        long id = web.work(author, "Limits");
        String tooLong = "x".repeat(CommentText.MAX + 1);
        Document form = html(web.comment(reader1, "/works/" + id + "/comments", tooLong)
                .andExpect(status().is(422))
                .andReturn());
        assertThat(form.select("#body-error").text())
                .isEqualTo("Comment must be at most 10,000 characters (it has 10,001).");
        assertThat(form.select("textarea#comment_content").text()).hasSize(CommentText.MAX + 1);
        Document empty = html(web.comment(reader1, "/works/" + id + "/comments", "  <p> </p> ")
                .andExpect(status().is(422))
                .andReturn());
        assertThat(empty.select("#body-error").text()).startsWith("Brevity is the soul of wit");
        web.comment(reader1, "/works/" + id + "/comments", "x".repeat(CommentText.MAX))
                .andExpect(status().is3xxRedirection());
        // A line break counts once, as in the browser's text box, though the form sends it as "\r\n".
        String paragraphs = ("y".repeat(99) + "\r\n").repeat(CommentText.MAX / 100);
        web.comment(reader1, "/works/" + id + "/comments", paragraphs).andExpect(status().is3xxRedirection());
        Document over = html(web.comment(reader1, "/works/" + id + "/comments", paragraphs + "z")
                .andExpect(status().is(422))
                .andReturn());
        assertThat(over.select("#body-error").text())
                .isEqualTo("Comment must be at most 10,000 characters (it has 10,001).");
    }

    @Test
    void aCommentIsSanitizedAndAGuestsImagesAreRemoved() throws Exception {
        long id = web.work(author, "Sanitized");
        web.comment(
                        reader1,
                        "/works/" + id + "/comments",
                        "<script>alert(1)</script><p onclick=\"x()\">Nice <img src=\"https://example.org/a.png\" alt=\"a\"></p>")
                .andExpect(status().is3xxRedirection());
        web.guestComment(
                        "/works/" + id + "/comments",
                        "Guest",
                        "g@example.org",
                        "<p>Look <img src=\"https://example.org/track.png\"></p>")
                .andExpect(status().is3xxRedirection());
        Document page = web.guestPage("/works/" + id);
        var bodies = page.select("li.comment blockquote.userstuff");
        assertThat(bodies.html()).doesNotContain("script").doesNotContain("onclick");
        assertThat(bodies.get(0).select("img")).hasSize(1);
        assertThat(bodies.get(1).select("img")).isEmpty();
        assertThat(bodies.get(1).text()).isEqualTo("Look");
    }

    @Test
    void aChaptersCommentsShowOnItsPageAndAllShowOnTheEntireWork() throws Exception {
        long id = web.work(author, "Two Chapters", "First.", "Second.");
        List<Long> chapters = web.chapterIds(id, author);
        String second = "/works/" + id + "/chapters/" + chapters.get(1);
        web.comment(reader1, second + "/comments", "About chapter two")
                .andExpect(redirectedUrlPattern(second + "#comment_*"));
        web.comment(reader1, "/works/" + id + "/chapters/" + chapters.get(0) + "/comments", "About chapter one");

        Document two = web.guestPage(second);
        assertThat(two.select("h3.comments.heading").text()).isEqualTo("Comments (1)");
        assertThat(two.select("li.comment blockquote").text()).isEqualTo("About chapter two");
        assertThat(two.select("li.comment span.parent a").attr("href")).isEqualTo(second);
        assertThat(two.select("#add_comment form").attr("action")).isEqualTo(second + "/comments");

        Document first = web.guestPage("/works/" + id);
        assertThat(first.select("li.comment blockquote").text()).isEqualTo("About chapter one");

        Document whole = web.guestPage("/works/" + id + "?view_full_work=true");
        assertThat(whole.select("h3.comments.heading").text()).isEqualTo("Comments (2)");
        assertThat(whole.select("li.comment span.parent").eachText()).containsExactly("on Chapter 2", "on Chapter 1");
        assertThat(whole.select("#add_comment form input[name=view_full_work]").val())
                .isEqualTo("true");

        // A comment on the entire work goes to its last chapter and comes back to the entire work, as on AO3.
        mvc.perform(post("/works/" + id + "/comments")
                        .with(csrf(mvc, reader1.session()))
                        .param("body", "About the whole thing")
                        .param("view_full_work", "true"))
                .andExpect(redirectedUrlPattern("/works/" + id + "?view_full_work=true#comment_*"));
        assertThat(web.guestPage(second).select("h3.comments.heading").text()).isEqualTo("Comments (2)");
        assertThat(commentsCount(id)).isEqualTo(3);
    }

    @Test
    void repliesNestUnderTheCommentAndTheirPermalinkShowsTheThread() throws Exception {
        long id = web.work(author, "Threads");
        long top = FeedbackWeb.commentId(web.comment(reader1, "/works/" + id + "/comments", "First!"));
        var replied = web.comment(author, "/comments/" + top + "/comments", "Thank you!")
                .andExpect(redirectedUrlPattern("/works/" + id + "#comment_*"));
        long reply = FeedbackWeb.commentId(replied);
        web.guestComment("/comments/" + reply + "/comments", "Passerby", "p@example.org", "Agreed")
                .andExpect(status().is3xxRedirection());

        Document page = web.guestPage("/works/" + id);
        assertThat(page.select("#comments_placeholder > ol.thread > li.comment"))
                .hasSize(1);
        var nested =
                page.selectFirst("#comments_placeholder > ol.thread > li > ol.thread > li.comment#comment_" + reply);
        assertThat(nested).isNotNull();
        assertThat(nested.hasClass("creator"))
                .as("the creator's reply is marked")
                .isTrue();
        assertThat(page.select("ol.thread ol.thread ol.thread li.comment blockquote")
                        .text())
                .isEqualTo("Agreed");
        assertThat(page.select("h3.comments.heading").text()).isEqualTo("Comments (3)");

        Document thread = web.guestPage("/comments/" + reply);
        assertThat(thread.select("li.comment blockquote").eachText()).containsExactly("Thank you!", "Agreed");
        assertThat(thread.select("#navigation_for_comment_" + reply + " a").eachText())
                .contains("Reply", "Parent Thread");
        Document replyForm = web.guestPage("/comments/" + top + "/reply");
        assertThat(replyForm.select("li.comment blockquote").text()).isEqualTo("First!");
        assertThat(replyForm.select("form.comment").attr("action")).isEqualTo("/comments/" + top + "/comments");
    }

    @Test
    void commentsByMutedUsersAreHiddenFromWhoMutedThem() throws Exception {
        long id = web.work(author, "Muted");
        Web.Account noisy = Web.signUp(mvc);
        web.comment(noisy, "/works/" + id + "/comments", "Noise");
        web.comment(reader1, "/works/" + id + "/comments", "Signal");
        mvc.perform(post("/users/" + noisy.login() + "/mute").with(csrf(mvc, reader1.session())));

        Document muted = web.page("/works/" + id, reader1.session());
        assertThat(muted.select("li.comment blockquote").eachText()).containsExactly("Signal");
        assertThat(muted.select("p.notice.muted").text())
                .isEqualTo("1 comment is hidden because you muted their authors.");
        assertThat(web.guestPage("/works/" + id).select("li.comment blockquote").eachText())
                .containsExactly("Noise", "Signal");
    }

    @Test
    void mutingLeavesCommentsOutOfTheQuerySoPagesAndCountsStayRight() throws Exception {
        long id = web.work(author, "Muted In The Query");
        String comments = "/works/" + id + "/comments";
        Web.Account noisy = Web.signUp(mvc);
        Web.Account muter = Web.signUp(mvc);
        web.comment(noisy, comments, "Noise");
        long answered = FeedbackWeb.commentId(web.comment(noisy, comments, "Noise with an answer"));
        web.comment(author, "/comments/" + answered + "/comments", "An answer to the noise");
        long firstSignal = FeedbackWeb.commentId(web.comment(reader1, comments, "Signal 1"));
        for (int i = 2; i <= 19; i++) web.comment(reader1, comments, "Signal " + i);
        web.comment(noisy, "/comments/" + firstSignal + "/comments", "A noisy reply");
        mvc.perform(post("/users/" + noisy.login() + "/mute").with(csrf(mvc, muter.session())));

        Document guest = web.guestPage("/works/" + id);
        assertThat(guest.select("h3.comments.heading").text()).isEqualTo("Comments (23)");
        assertThat(guest.select("#comments_placeholder ol.pagination")).isNotEmpty();

        // 21 threads for a guest; for the muter one left out, and one kept for its answer: 20, a single page.
        Document page = web.page("/works/" + id, muter.session());
        assertThat(page.select("h3.comments.heading").text()).isEqualTo("Comments (20)");
        assertThat(page.select("#comments_placeholder > ol.thread > li.comment"))
                .hasSize(20);
        assertThat(page.select("#comments_placeholder ol.pagination")).isEmpty();
        assertThat(page.select("li.comment blockquote").eachText())
                .hasSize(20)
                .first()
                .isEqualTo("An answer to the noise");
        assertThat(page.text()).doesNotContain("Noise", "noisy reply");
        assertThat(page.select("li.comment.muted#comment_" + answered).text())
                .isEqualTo("(A comment by a user you muted.)");
        assertThat(page.select("p.notice.muted").text())
                .isEqualTo("3 comments are hidden because you muted their authors.");
        assertThat(web.page("/comments/" + firstSignal, muter.session())
                        .select("li.comment blockquote")
                        .eachText())
                .containsExactly("Signal 1");
    }

    @Test
    void guestsSeeNoCommentsOnARestrictedWorkAndCannotPostThere() throws Exception {
        long id = web.work(author, FeedbackWeb.input("Locked", true, 1));
        long c = FeedbackWeb.commentId(web.comment(reader1, "/works/" + id + "/comments", "Members' chat"));
        Document permalink = web.guestPage("/comments/" + c);
        assertThat(permalink.text())
                .contains("This work is only available to registered users of the Archive.")
                .doesNotContain("Members' chat");
        web.guestComment("/works/" + id + "/comments", "Guest", "g@example.org", "Let me in")
                .andExpect(status().isNotFound());
        mvc.perform(post("/works/" + id + "/kudos").with(Web.guestCsrf(mvc))).andExpect(status().isNotFound());
        assertThat(web.page("/comments/" + c, reader1.session())
                        .select("li.comment blockquote")
                        .text())
                .isEqualTo("Members' chat");
    }

    @Test
    void threadsArePagedTwentyTopLevelCommentsAtATime() throws Exception {
        long id = web.work(author, "Popular");
        for (int i = 1; i <= 21; i++) web.comment(reader1, "/works/" + id + "/comments", "Comment number " + i);
        var last = web.comment(author, "/works/" + id + "/comments", "Twenty-second");
        last.andExpect(redirectedUrlPattern("/works/" + id + "?page=2#comment_*"));
        Document first = web.guestPage("/works/" + id);
        assertThat(first.select("#comments_placeholder > ol.thread > li.comment"))
                .hasSize(20);
        assertThat(first.select("h3.comments.heading").text()).isEqualTo("Comments (22)");
        assertThat(first.select("#comments_placeholder ol.pagination li.next a")
                        .first()
                        .attr("href"))
                .isEqualTo("/works/" + id + "?page=2#comments");
        Document second = web.guestPage("/works/" + id + "?page=2");
        assertThat(second.select("li.comment blockquote").eachText())
                .containsExactly("Comment number 21", "Twenty-second");
    }

    @Test
    void aGuestWhoCommentsTooOftenIsAskedToWaitWithTheTextKept() throws Exception {
        long id = web.work(author, "Flooded");
        var address = Web.freshAddress();
        for (int i = 0; i < GuestCommentThrottle.COMMENTS; i++) {
            mvc.perform(post("/works/" + id + "/comments")
                            .with(Web.guestCsrf(mvc))
                            .with(address)
                            .param("name", "Flood")
                            .param("email", "flood@example.org")
                            .param("body", "Comment " + i))
                    .andExpect(status().is3xxRedirection());
        }
        Document refused = html(mvc.perform(post("/works/" + id + "/comments")
                        .with(Web.guestCsrf(mvc))
                        .with(address)
                        .param("name", "Flood")
                        .param("email", "flood@example.org")
                        .param("body", "One too many"))
                .andExpect(status().isTooManyRequests())
                .andReturn());
        assertThat(refused.select("#comment_refused").text())
                .startsWith("You've left a lot of comments in a short time.");
        assertThat(refused.select("textarea#comment_content").text()).isEqualTo("One too many");
        web.comment(reader1, "/works/" + id + "/comments", "Users are not limited")
                .andExpect(status().is3xxRedirection());
        assertThat(commentsCount(id)).isEqualTo(GuestCommentThrottle.COMMENTS + 1);
    }

    @Test
    void aUserWithSeveralPseudsChoosesWhichOneComments() throws Exception {
        long id = web.work(author, "Pseuds");
        long userId = web.user(reader1).id();
        jdbc.sql("INSERT INTO pseuds (user_id, name, name_key, is_default, created_at) VALUES (?, 'Nightowl',"
                        + " 'nightowl', 0, 0)")
                .param(userId)
                .update();
        long pseudId = jdbc.sql("SELECT id FROM pseuds WHERE user_id = ? AND name_key = 'nightowl'")
                .param(userId)
                .query(Long.class)
                .single();
        Document page = web.page("/works/" + id, reader1.session());
        assertThat(page.select("select#comment_pseud_id option").eachText())
                .containsExactly(reader1.login(), "Nightowl");
        assertThat(page.select("select#comment_pseud_id option[selected]").text())
                .isEqualTo(reader1.login());

        mvc.perform(post("/works/" + id + "/comments")
                        .with(csrf(mvc, reader1.session()))
                        .param("body", "Under my other name")
                        .param("pseudId", String.valueOf(pseudId)))
                .andExpect(status().is3xxRedirection());
        assertThat(web.guestPage("/works/" + id)
                        .select("li.comment h4.byline a")
                        .first()
                        .text())
                .isEqualTo("Nightowl (" + reader1.login() + ")");
        long someoneElses = accounts.defaultPseud(web.user(author).id()).id();
        mvc.perform(post("/works/" + id + "/comments")
                        .with(csrf(mvc, reader1.session()))
                        .param("body", "As somebody else")
                        .param("pseudId", String.valueOf(someoneElses)))
                .andExpect(status().is(422));
    }

    @Test
    void repliesDeeperThanTheWorkPageShowsAreOneClickAwayOnTheirThreadsPage() throws Exception {
        long id = web.work(author, "Deep Thread");
        long parent = FeedbackWeb.commentId(web.comment(reader1, "/works/" + id + "/comments", "Depth 0"));
        long deepest = parent;
        for (int depth = 1; depth <= CommentThreads.MAX_DEPTH + 2; depth++) {
            var replied = web.comment(
                    depth % 2 == 0 ? reader1 : author, "/comments/" + deepest + "/comments", "Depth " + depth);
            long next = FeedbackWeb.commentId(replied);
            if (depth > CommentThreads.MAX_DEPTH) {
                replied.andExpect(redirectedUrl("/comments/" + deepest + "#comment_" + next));
            }
            parent = deepest;
            deepest = next;
        }
        Document page = web.guestPage("/works/" + id);
        assertThat(page.select("li.comment blockquote").eachText())
                .hasSize(CommentThreads.MAX_DEPTH + 1)
                .last()
                .isEqualTo("Depth 5");
        var more = page.selectFirst("li.comment.more a");
        assertThat(more).isNotNull();
        assertThat(more.text()).isEqualTo("2 more comments in this thread");
        assertThat(page.select("h3.comments.heading").text()).isEqualTo("Comments (8)");
        Document rest = web.guestPage(more.attr("href"));
        assertThat(rest.select("li.comment blockquote").eachText()).containsExactly("Depth 5", "Depth 6", "Depth 7");
    }
}
