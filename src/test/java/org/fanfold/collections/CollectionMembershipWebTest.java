package org.fanfold.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fanfold.testing.ShownDays;
import org.fanfold.testing.SqliteTest;
import org.fanfold.testing.TestData;
import org.fanfold.testing.Web;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Joining a moderated collection with AO3's "Join" and its owners' answer; deleting a collection. */
@SqliteTest
class CollectionMembershipWebTest {

    @Autowired
    MockMvc mvc;

    Posting posting;
    Web.Account owner;
    Web.Account reader;

    @BeforeEach
    void people() throws Exception {
        posting = new Posting(mvc);
        owner = Web.signUp(mvc);
        reader = Web.signUp(mvc);
    }

    private String create(String... settings) throws Exception {
        String name = TestData.unique("join_");
        String[] fields = new String[4 + settings.length];
        // titled to sort after other tests' collections: the index pages by title, and they look on its first page
        System.arraycopy(new String[] {"name", name, "title", "Zephyr " + name}, 0, fields, 0, 4);
        System.arraycopy(settings, 0, fields, 4, settings.length);
        posting.send(owner, "/collections", fields).andExpect(redirectedUrl("/collections/" + name));
        return name;
    }

    private static String header(Document page) {
        return page.select("div.collection.primary.header").text();
    }

    @Test
    void aReaderAsksToJoinAndAnOwnerApprovesThemFromTheMembershipPage() throws Exception {
        String name = create("moderated", "true");
        String url = "/collections/" + name;
        assertThat(posting.page(url, reader).select("form.join").attr("action")).isEqualTo(url + "/join");
        assertThat(posting.asGuest(url).select("form.join")).as("guests").isEmpty();

        posting.send(reader, url + "/join")
                .andExpect(redirectedUrl(url))
                .andExpect(flash().attribute(
                                "flash",
                                "You have applied to join Zephyr " + name
                                        + ". Its moderators will approve or decline you."));
        Document applied = posting.page(url, reader);
        assertThat(header(applied)).contains("Join request sent.");
        assertThat(applied.select("form.join.withdraw button").text()).isEqualTo("Withdraw Request");

        assertThat(header(posting.page(url, owner))).contains("Membership (1 request)");
        Document membership = posting.page(url + "/participants", owner);
        assertThat(membership.select("ul.join.requests li").text()).contains(reader.login());
        String approve = membership.select("ul.join.requests form").first().attr("action");

        posting.send(owner, approve)
                .andExpect(redirectedUrl(url + "/participants"))
                .andExpect(flash().attribute("flash", reader.login() + " is now a member."));
        Document after = posting.page(url + "/participants", owner);
        assertThat(after.select("ul.join.requests")).isEmpty();
        assertThat(after.select("table.participants").text()).contains(reader.login());
        Document asMember = posting.page(url, reader);
        assertThat(asMember.select("form.leave button").text()).isEqualTo("Leave");
        assertThat(asMember.select("form.join")).isEmpty();
    }

    @Test
    void aJoinRequestShowsTheDayItWasSentInTheOwnersZone() throws Exception {
        String url = "/collections/" + create("moderated", "true");
        posting.send(reader, url + "/join").andExpect(redirectedUrl(url));
        ShownDays days = new ShownDays(mvc);
        days.setToEvening(
                "UPDATE collection_join_requests SET created_at = ? WHERE user_id = (SELECT id FROM users WHERE login = ?)",
                reader.login());

        assertThat(days.inTheirZone(owner, url + "/participants", "ul.join.requests li span.datetime"))
                .isEqualTo("(01 Jan 2024)");
    }

    @Test
    void onlyMaintainersAnswerRequestsAndAnUnmoderatedCollectionHasNoJoinButton() throws Exception {
        String name = create("moderated", "true");
        String url = "/collections/" + name;
        posting.send(reader, url + "/join");
        var other = Web.signUp(mvc);
        String readerId = posting.page(url + "/participants", owner)
                .select("ul.join.requests li")
                .attr("id")
                .replace("join_request_", "");
        posting.send(other, url + "/join_requests/" + readerId + "/approve").andExpect(status().isForbidden());
        posting.send(owner, url + "/join_requests/" + readerId + "/decline")
                .andExpect(flash().attribute("flash", "You declined " + reader.login() + "'s request to join."));
        posting.send(owner, url + "/join_requests/" + readerId + "/decline").andExpect(status().isNotFound());

        String open = "/collections/" + create();
        assertThat(posting.page(open, reader).select("form.join")).isEmpty();
    }

    @Test
    void anOwnerDeletesACollectionAfterConfirmingAndItsWorksStay() throws Exception {
        String name = create();
        String url = "/collections/" + name;
        long work = posting.work(reader, "Stays Put", TestData.unique("F"));
        posting.send(reader, "/works/" + work + "/collection_items", "collection_names", name);

        assertThat(posting.page(url, owner).select("a[href=" + url + "/delete]").text())
                .isEqualTo("Delete");
        assertThat(posting.page(url, reader).select("a[href=" + url + "/delete]"))
                .isEmpty();
        assertThat(posting.statusOf(url + "/delete", reader.session())).isEqualTo(403);
        Document confirm = posting.page(url + "/delete", owner);
        assertThat(confirm.select("form.delete.collection").text()).contains("Yes, Delete Collection");

        posting.send(reader, url + "/delete").andExpect(status().isForbidden());
        posting.send(owner, url + "/delete")
                .andExpect(redirectedUrl("/collections"))
                .andExpect(flash().attribute(
                                "flash",
                                "The collection Zephyr " + name + " was deleted. Its works stay on the archive."));

        mvc.perform(get(url)).andExpect(status().isNotFound());
        assertThat(posting.asGuest("/works/" + work).select("h2.title").text()).isEqualTo("Stays Put");
    }
}
