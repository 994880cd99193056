package org.fanfold.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
