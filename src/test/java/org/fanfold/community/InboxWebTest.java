package org.fanfold.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.fanfold.accounts.Accounts;
import org.fanfold.shared.Viewer;
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

/** The inbox page: a subscriber's notice of a new chapter, the header's unread count, bulk actions, filters. */
@SqliteTest
class InboxWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    NoticeFanout fanout;

    @Autowired
    Accounts accounts;

    @Autowired
    WorkService works;

    @Autowired
    JdbcClient jdbc;

    NoticeWeb web;
    Web.Account author;
    Web.Account reader;
    String inbox;

    @BeforeEach
    void people() throws Exception {
        web = new NoticeWeb(mvc);
        author = Web.signUp(mvc);
        reader = Web.signUp(mvc);
        inbox = "/users/" + reader.login() + "/inbox";
    }

    private long subscribedWorkWithANewChapter(String title) throws Exception {
        long work = web.postWork(author, title, 2);
        web.submit(reader, "/users/" + reader.login() + "/subscriptions", "type", "work", "id", String.valueOf(work));
        web.addChapter(author, work, "The Storm");
        fanout.drain();
        return work;
    }

    private static String headerInbox(Document page) {
        return page.select("#greeting a[href$=/inbox]").text();
    }

    @Test
    void aSubscriberFindsTheNewChapterInTheInboxUnreadAndCountedInTheHeader() throws Exception {
        long work = subscribedWorkWithANewChapter("Storm Season");

        Document page = web.page(inbox, reader.session());
        var notice = page.selectFirst("ol.notices li.notice.chapter");
        assertThat(notice).isNotNull();
        assertThat(notice.hasClass("unread")).isTrue();
        assertThat(notice.select("h4.heading").text())
                .isEqualTo("Unread " + author.login() + " posted a new chapter of Storm Season");
        assertThat(notice.select("h4.heading a").attr("href")).isEqualTo("/works/" + work);
        assertThat(notice.select("p.detail a").text()).isEqualTo("Chapter 2: The Storm");
        assertThat(notice.select("p.detail a").attr("href")).startsWith("/works/" + work + "/chapters/");
        assertThat(headerInbox(page)).isEqualTo("Inbox (1)");
        assertThat(headerInbox(web.page("/works", reader.session()))).isEqualTo("Inbox (1)");
        assertThat(page.select("nav.user.navigation a[aria-current=page]").text())
                .isEqualTo("Inbox (1)");

        assertThat(headerInbox(web.page("/works", author.session()))).isEqualTo("Inbox");
        assertThat(web.page("/works", new org.springframework.mock.web.MockHttpSession())
                        .select("#greeting a[href$=/inbox]"))
                .isEmpty();
    }

    @Test
    void noticesSayHowLongAgoTheyCameAsAo3sInboxDoesWithTheTimeInTheReadersZone() throws Exception {
        subscribedWorkWithANewChapter("Clock Season");
        var time = web.page(inbox, reader.session()).selectFirst("li.notice.chapter p.datetime time");
        assertThat(time).isNotNull();
        assertThat(time.text()).isEqualTo("less than 1 minute ago");

        Instant came = Instant.now().minus(Duration.ofDays(3).plusHours(2)).truncatedTo(ChronoUnit.SECONDS);
        long id = accounts.byLogin(reader.login()).orElseThrow().id();
        jdbc.sql("UPDATE notices SET created_at = ? WHERE user_id = ?")
                .params(came.toEpochMilli(), id)
                .update();
        web.submit(reader, "/users/" + reader.login() + "/preferences", "timeZone", "Asia/Tokyo");
        time = web.page(inbox, reader.session()).selectFirst("li.notice.chapter p.datetime time");
        assertThat(time.text()).isEqualTo("3 days ago");
        assertThat(time.attr("datetime")).as("for machines, the instant").isEqualTo(came.toString());
        assertThat(time.attr("title"))
                .as("the moment itself in the reader's zone")
                .isEqualTo(DateTimeFormatter.ofPattern("EEE dd MMM yyyy hh:mma z", Locale.ENGLISH)
                        .format(came.atZone(ZoneId.of("Asia/Tokyo"))))
                .endsWith("JST");
    }

    @Test
    void theSummaryCountsUnreadCommentsRepliesAndSubscriptionNewsApart() throws Exception {
        assertThat(web.page(inbox, reader.session()).select("p.inbox-summary").text())
                .startsWith("No unread notices.");
        long own = web.postWork(reader, "Reader's Own", 1);
        web.submit(author, "/works/" + own + "/comments", "body", "A comment for the reader.");
        web.submit(reader, "/works/" + own + "/comments", "body", "The reader's note on their own work.");
        long theirs = web.postWork(author, "Author's Work", 1);
        String mine = web.submit(reader, "/works/" + theirs + "/comments", "body", "Lovely!");
        long comment = Long.parseLong(mine.substring(mine.lastIndexOf('_') + 1));
        web.submit(author, "/comments/" + comment + "/comments", "body", "Thank you!");
        web.submit(author, "/comments/" + comment + "/comments", "body", "And welcome!");
        subscribedWorkWithANewChapter("Summary Season");
        fanout.drain();

        Document page = web.page(inbox, reader.session());
        var summary = page.selectFirst("p.inbox-summary");
        assertThat(summary).isNotNull();
        assertThat(summary.select("span.unread").eachText())
                .containsExactly(
                        "4 unread notices",
                        "1 comment on your works",
                        "2 replies to your comments",
                        "1 from your subscriptions");
        assertThat(summary.text())
                .startsWith("4 unread notices: 1 comment on your works, 2 replies to your comments, 1 from your"
                        + " subscriptions.");
        assertThat(headerInbox(page)).isEqualTo("Inbox (4)");

        var replies = page.select("ol.notices li.notice.reply input[name=ids]").eachAttr("value");
        assertThat(replies).hasSize(2);
        web.submit(reader, inbox, "ids", replies.get(0), "ids", replies.get(1), "commit", "read");
        page = web.page(inbox, reader.session());
        assertThat(page.select("p.inbox-summary span.unread").eachText())
                .containsExactly("2 unread notices", "1 comment on your works", "1 from your subscriptions");
        assertThat(headerInbox(page)).as("the header's count follows at once").isEqualTo("Inbox (2)");
    }

    @Test
    void noticesAreMarkedReadAndUnreadAndDeletedInBulk() throws Exception {
        subscribedWorkWithANewChapter("Bulk one");
        subscribedWorkWithANewChapter("Bulk two");
        Document page = web.page(inbox, reader.session());
        var ids = page.select("ol.notices input[name=ids]").eachAttr("value");
        assertThat(ids).hasSize(2);

        String back = web.submit(reader, inbox, "ids", ids.get(0), "ids", ids.get(1), "commit", "read");
        assertThat(back).isEqualTo(inbox);
        page = web.page(inbox, reader.session());
        assertThat(page.select("p.flash").text()).isEqualTo("2 notices marked read.");
        assertThat(page.select("ol.notices li.notice.unread")).isEmpty();
        assertThat(headerInbox(page)).isEqualTo("Inbox");

        web.submit(reader, inbox, "ids", ids.get(0), "commit", "unread");
        assertThat(web.page(inbox + "?filters[read]=false", reader.session())
                        .select("ol.notices input[name=ids]")
                        .eachAttr("value"))
                .containsExactly(ids.get(0));
        assertThat(web.page(inbox + "?filters[read]=true", reader.session())
                        .select("ol.notices input[name=ids]")
                        .eachAttr("value"))
                .containsExactly(ids.get(1));

        web.submit(reader, inbox, "ids", ids.get(1), "commit", "delete");
        page = web.page(inbox, reader.session());
        assertThat(page.select("p.flash").text()).isEqualTo("1 notice deleted.");
        assertThat(page.select("ol.notices input[name=ids]").eachAttr("value")).containsExactly(ids.get(0));
    }

    @Test
    void aBulkActionWithoutChoosingAnythingSaysSo() throws Exception {
        web.submit(reader, inbox, "commit", "read");
        assertThat(web.page(inbox, reader.session()).select("p.flash").text())
                .isEqualTo("Choose the notices first, with the boxes beside them.");
        assertThat(web.page(inbox, reader.session()).select("p.empty").text()).isEqualTo("Your inbox is empty.");
    }

    @Test
    void aNoticeAboutAWorkTheReaderCanNoLongerSeeShowsNothingOfIt() throws Exception {
        long work = subscribedWorkWithANewChapter("Soon hidden");
        var admin = TestData.user(accounts);
        accounts.setAdmin(admin.id(), true);
        works.setHidden(work, new Viewer(admin.id(), admin.login(), true, false), true);

        Document page = web.page(inbox, reader.session());
        assertThat(page.select("ol.notices li.notice").text())
                .contains("no longer available")
                .doesNotContain("Soon hidden");
    }

    @Test
    void theInboxIsItsOwnersOnly() throws Exception {
        mvc.perform(get(inbox).session(author.session())).andExpect(status().isForbidden());
        mvc.perform(get(inbox)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/users/login"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(inbox)
                        .with(Web.csrf(mvc, author.session()))
                        .param("ids", "1")
                        .param("commit", "delete"))
                .andExpect(status().isForbidden());
    }
}
