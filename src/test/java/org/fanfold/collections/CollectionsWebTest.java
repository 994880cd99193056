package org.fanfold.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fanfold.search.WorkIndexer;
import org.fanfold.testing.ShownDays;
import org.fanfold.testing.SqliteTest;
import org.fanfold.testing.TestData;
import org.fanfold.testing.Web;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Collections on the web: creating one, adding works from the work page, moderating, and what readers see. */
@SqliteTest
class CollectionsWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    WorkIndexer indexer;

    Posting posting;
    Web.Account owner;
    Web.Account author;

    @BeforeEach
    void people() throws Exception {
        posting = new Posting(mvc);
        owner = Web.signUp(mvc);
        author = Web.signUp(mvc);
    }

    String create(String... settings) throws Exception {
        String name = TestData.unique("web_");
        String[] fields = new String[6 + settings.length];
        System.arraycopy(
                new String[] {"name", name, "title", "Title " + name, "description", "<p>Hi</p>"}, 0, fields, 0, 6);
        System.arraycopy(settings, 0, fields, 6, settings.length);
        posting.send(owner, "/collections", fields).andExpect(redirectedUrl("/collections/" + name));
        return name;
    }

    Document listing(String name, MockHttpSession session) throws Exception {
        indexer.drain();
        return posting.page("/collections/" + name + "/works", session);
    }

    @Test
    void aCollectionFormWithMistakesComesBackWithWhatWasTyped() throws Exception {
        var result = posting.send(
                        owner, "/collections", "name", "bad name!", "title", "Kept Title", "moderated", "true")
                .andExpect(status().is(422))
                .andReturn();
        Document form = Web.html(result);
        assertThat(form.select("#name-error").text()).contains("letters, numbers and underscores");
        assertThat(form.select("input#name").val()).isEqualTo("bad name!");
        assertThat(form.select("input#title").val()).isEqualTo("Kept Title");
        assertThat(form.select("input[name=moderated]").hasAttr("checked")).isTrue();
        assertThat(form.select("input[name=closed]").hasAttr("checked")).isFalse();
    }

    @Test
    void aWorkAddedToAModeratedCollectionWaitsUntilTheOwnerApprovesIt() throws Exception {
        String name = create("moderated", "true");
        Document profile = posting.asGuest("/collections/" + name);
        assertThat(profile.select("div.collection.header h2.heading").text()).isEqualTo("Title " + name);
        assertThat(profile.select("p.type").text()).isEqualTo("(Open, Moderated)");

        long work = posting.work(author, TestData.unique("Offering"), "F");
        Document workPage = posting.page("/works/" + work, author);
        assertThat(workPage.select("ul.work.navigation.actions li.collections a")
                        .attr("href"))
                .isEqualTo("/works/" + work + "/collection_items/new");
        assertThat(posting.asGuest("/works/" + work).select("li.collections")).isEmpty();

        posting.send(author, "/works/" + work + "/collection_items", "collection_names", name)
                .andExpect(redirectedUrl("/works/" + work + "/collection_items/new"));
        assertThat(posting.page("/works/" + work + "/collection_items/new", author)
                        .select("li.collection.item span.status")
                        .text())
                .isEqualTo("Awaiting the collection's approval");
        assertThat(listing(name, new MockHttpSession()).select("li.work.blurb")).isEmpty();

        Document queue = posting.page("/collections/" + name + "/items", owner);
        var row = queue.selectFirst("li.collection.item");
        assertThat(row.select("h4.heading a").first().attr("href")).isEqualTo("/works/" + work);
        String approve = row.select("form[action*=/approve]").attr("action");
        posting.send(owner, approve).andExpect(status().is3xxRedirection());

        Document listed = listing(name, new MockHttpSession());
        assertThat(listed.select("li.work.blurb h4.heading a").first().attr("href"))
                .isEqualTo("/works/" + work);
        assertThat(listed.select("div.listing-main > h2.heading").text()).isEqualTo("1 Work in Title " + name);
        assertThat(listed.select("form#work-filters").attr("action")).isEqualTo("/collections/" + name + "/works");
        assertThat(posting.asGuest("/works/" + work)
                        .select("div.collections dd.collections a")
                        .attr("href"))
                .isEqualTo("/collections/" + name);
    }

    @Test
    void onlyMaintainersModerateAndGuestsAreAskedToLogIn() throws Exception {
        String name = create();
        assertThat(posting.statusOf("/collections/" + name + "/items", author.session()))
                .isEqualTo(403);
        assertThat(posting.statusOf("/collections/" + name + "/edit", author.session()))
                .isEqualTo(403);
        assertThat(posting.statusOf("/collections/" + name + "/participants", author.session()))
                .isEqualTo(403);
        mvc.perform(get("/collections/" + name + "/items")).andExpect(redirectedUrl("/users/login"));
        mvc.perform(post("/collections/" + name + "/participants").param("login", author.login()))
                .andExpect(status().isForbidden());
        posting.send(author, "/collections/" + name + "/participants", "login", author.login(), "role", "owner")
                .andExpect(status().isForbidden());
    }

    @Test
    void aClosedCollectionRefusesNewWorksWithAClearMessage() throws Exception {
        String name = create("closed", "true");
        long work = posting.work(author, TestData.unique("Late"), "F");
        var result = posting.send(author, "/works/" + work + "/collection_items", "collection_names", name)
                .andExpect(status().is(422))
                .andReturn();
        Document page = Web.html(result);
        assertThat(page.select("div#error").text()).contains("is closed");
        assertThat(page.select("input#collection_names").val()).isEqualTo(name);
        assertThat(page.select("li.collection.item")).isEmpty();
    }

    @Test
    void anAnonymousCollectionShowsItsWorksAsAnonymousToReaders() throws Exception {
        String name = create("anonymous", "true");
        String title = TestData.unique("Unsigned");
        long work = posting.work(author, title, "F");
        posting.send(author, "/works/" + work + "/collection_items", "collection_names", name);

        Document page = posting.asGuest("/works/" + work);
        assertThat(page.select("h3.byline.heading").text()).isEqualTo("Anonymous");
        assertThat(page.select("h3.byline.heading a")).isEmpty();
        assertThat(page.html()).doesNotContain(author.login());
        assertThat(posting.page("/works/" + work, author)
                        .select("h3.byline.heading")
                        .text())
                .isEqualTo("Anonymous [" + author.login() + "]");

        Document listed = listing(name, new MockHttpSession());
        assertThat(listed.select("li.work.blurb h4.heading").text()).contains(title + " by Anonymous");
        assertThat(listed.html()).doesNotContain(author.login());
        indexer.drain();
        assertThat(posting.asGuest("/users/" + author.login() + "/works").select("li.work.blurb"))
                .isEmpty();
        Document search = Web.html(mvc.perform(get("/works/search").param("work_search[query]", author.login()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(search.select("li.work.blurb")).isEmpty();
        Document byTitle = Web.html(mvc.perform(get("/works/search").param("work_search[query]", title))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(byTitle.select("li.work.blurb")).hasSize(1);
    }

    @Test
    void anUnrevealedCollectionsWorksAreNeitherShownNorCountedUntilRevealed() throws Exception {
        String name = create("unrevealed", "true");
        long work = posting.work(author, TestData.unique("Mystery"), "F");
        posting.send(author, "/works/" + work + "/collection_items", "collection_names", name);

        assertThat(mvc.perform(get("/works/" + work)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        Document listed = listing(name, new MockHttpSession());
        assertThat(listed.select("li.work.blurb")).isEmpty();
        assertThat(listed.select("div.listing-main > h2.heading").text()).startsWith("0 Works");
        assertThat(listed.select("span.count")).isEmpty();
        assertThat(posting.asGuest("/collections/" + name).select("dd.works").text())
                .isEqualTo("0");
        assertThat(listing(name, owner.session()).select("li.work.blurb")).hasSize(1);

        posting.send(owner, "/collections/" + name + "/reveal", "works", "true").andExpect(status().is3xxRedirection());
        assertThat(listing(name, new MockHttpSession()).select("li.work.blurb")).hasSize(1);
        assertThat(posting.asGuest("/collections/" + name).select("p.type").text())
                .isEqualTo("(Open, Unmoderated)");
        assertThat(posting.asGuest("/works/" + work).select("h2.title").text()).isNotEmpty();
    }

    @Test
    void maintainersInviteWorksAndTheirCreatorsAccept() throws Exception {
        String name = create();
        long work = posting.work(author, TestData.unique("Asked For"), "F");
        posting.send(owner, "/collections/" + name + "/items", "work", "/works/" + work)
                .andExpect(redirectedUrl("/collections/" + name + "/items?status=unreviewed_by_user"));
        assertThat(listing(name, new MockHttpSession()).select("li.work.blurb")).isEmpty();

        Document invitations = posting.page("/users/" + author.login() + "/collection_items", author);
        var row = invitations.selectFirst("li.collection.item");
        assertThat(row.select("span.collection a").attr("href")).isEqualTo("/collections/" + name);
        posting.send(author, row.select("form[action*=/approve]").attr("action"))
                .andExpect(status().is3xxRedirection());
        assertThat(listing(name, new MockHttpSession()).select("li.work.blurb")).hasSize(1);

        var bad = posting.send(owner, "/collections/" + name + "/items", "work", "https://elsewhere.example/works/1")
                .andExpect(status().is(422))
                .andReturn();
        assertThat(Web.html(bad).select("#work-error").text()).contains("URL here");
        assertThat(posting.statusOf("/users/" + author.login() + "/collection_items", owner.session()))
                .isEqualTo(403);
    }

    @Test
    void itemPagesSayWhenEachWorkWasAddedInTheViewersZone() throws Exception {
        String name = create();
        long work = posting.work(author, TestData.unique("Asked Long Ago"), "F");
        posting.send(owner, "/collections/" + name + "/items", "work", "/works/" + work)
                .andExpect(status().is3xxRedirection());
        ShownDays days = new ShownDays(mvc);
        days.setToEvening("UPDATE collection_items SET created_at = ? WHERE work_id = ?", work);

        String queue = "/collections/" + name + "/items?status=unreviewed_by_user";
        assertThat(days.inTheirZone(owner, queue, "li.collection.item p.datetime"))
                .isEqualTo("Added 01 Jan 2024");
        days.inTheirZone(author, "/users/" + author.login() + "/collection_items", "li.collection.item p.datetime");
    }

    @Test
    void ownersManageMembershipAndTheCollectionIndexListsCollections() throws Exception {
        String name = create("moderated", "true");
        posting.send(owner, "/collections/" + name + "/participants", "login", author.login(), "role", "member")
                .andExpect(status().is3xxRedirection());
        Document members = posting.page("/collections/" + name + "/participants", owner);
        assertThat(members.select("table.participants th a").eachText()).contains(owner.login(), author.login());
        var unknown = posting.send(
                        owner, "/collections/" + name + "/participants", "login", "nobody_x_y", "role", "member")
                .andExpect(status().is(422))
                .andReturn();
        assertThat(Web.html(unknown).select("#login-error").text()).contains("nobody_x_y");

        long work = posting.work(author, TestData.unique("Member Work"), "F");
        posting.send(author, "/works/" + work + "/collection_items", "collection_names", name);
        assertThat(listing(name, new MockHttpSession()).select("li.work.blurb"))
                .as("members need no approval")
                .hasSize(1);

        var blurb = inIndex(name);
        assertThat(blurb.select("dd.works").text()).isEqualTo("1");
        assertThat(posting.asGuest("/users/" + author.login() + "/collections").select("li.collection.blurb"))
                .hasSize(1);

        posting.send(author, "/collections/" + name + "/participants/" + idOf(members, author.login()) + "/remove")
                .andExpect(redirectedUrl("/collections/" + name));
        assertThat(posting.asGuest("/users/" + author.login() + "/collections").select("li.collection.blurb"))
                .isEmpty();
    }

    /**
     * The collection's blurb on the index, on whichever page it is: the index goes by title, and the other tests
     * sharing this database add collections of their own.
     */
    private org.jsoup.nodes.Element inIndex(String name) throws Exception {
        for (int page = 1; page <= 1000; page++) {
            var blurbs = posting.asGuest("/collections?page=" + page).select("li.collection.blurb");
            if (blurbs.isEmpty()) break;
            for (var li : blurbs) {
                if (li.select("h4.heading a").first().attr("href").equals("/collections/" + name)) return li;
            }
        }
        throw new AssertionError("no " + name + " on the collections index");
    }

    private static String idOf(Document members, String login) {
        for (var row : members.select("table.participants tr[id^=participant_]")) {
            if (row.select("th a").text().equals(login)) return row.id().substring("participant_".length());
        }
        throw new AssertionError("no participant " + login);
    }
}
