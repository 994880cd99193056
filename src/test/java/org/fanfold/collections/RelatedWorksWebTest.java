package org.fanfold.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fanfold.testing.SqliteTest;
import org.fanfold.testing.TestData;
import org.fanfold.testing.Web;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Related works on the web: the child shows "Inspired by" or "A translation of" at once; the parent shows its
 * children only after its creator approves, and never one the reader may not see.
 */
@SqliteTest
class RelatedWorksWebTest {

    @Autowired
    MockMvc mvc;

    Posting posting;
    Web.Account parentAuthor;
    Web.Account childAuthor;
    long parent;
    String parentTitle;

    @BeforeEach
    void parent() throws Exception {
        posting = new Posting(mvc);
        parentAuthor = Web.signUp(mvc);
        childAuthor = Web.signUp(mvc);
        parentTitle = TestData.unique("Original ");
        parent = posting.work(parentAuthor, parentTitle, "F");
    }

    @Test
    void aChildShowsItsParentAtOnceAndTheParentShowsTheChildOnceApproved() throws Exception {
        String childTitle = TestData.unique("Remix ");
        long child = posting.work(childAuthor, childTitle, "F");
        assertThat(posting.page("/works/" + child, childAuthor)
                        .select("li.related a")
                        .attr("href"))
                .isEqualTo("/works/" + child + "/related_works/new");

        posting.send(childAuthor, "/works/" + child + "/related_works", "url", "http://localhost/works/" + parent)
                .andExpect(redirectedUrl("/works/" + child));

        Document childPage = posting.asGuest("/works/" + child);
        assertThat(childPage.select("ul.associations li.parent").text())
                .isEqualTo("Inspired by " + parentTitle + " by " + parentAuthor.login() + ".");
        assertThat(childPage.select("ul.associations li.parent a").first().attr("href"))
                .isEqualTo("/works/" + parent);
        assertThat(posting.asGuest("/works/" + parent).select("div#children")).isEmpty();

        Document pending = posting.page("/users/" + parentAuthor.login() + "/related_works", parentAuthor);
        var row = pending.selectFirst("dl#inspiredbyme");
        assertThat(row.select("dt.child a").first().text()).isEqualTo(childTitle);
        assertThat(row.select("dd.parent .status").text()).contains("Not approved yet");
        assertThat(posting.asGuest("/users/" + parentAuthor.login() + "/related_works")
                        .select("dl.inspired button"))
                .isEmpty();
        posting.send(childAuthor, row.select("form").attr("action")).andExpect(status().isForbidden());
        posting.send(parentAuthor, row.select("form").attr("action")).andExpect(status().is3xxRedirection());

        Document parentPage = posting.asGuest("/works/" + parent);
        assertThat(parentPage.select("div#children h3.heading").text()).isEqualTo("Works inspired by this one:");
        assertThat(parentPage.select("div#children li").text()).isEqualTo(childTitle + " by " + childAuthor.login());

        String remove = posting.page("/users/" + parentAuthor.login() + "/related_works", parentAuthor)
                .select("dl#inspiredbyme form")
                .attr("action");
        assertThat(remove).endsWith("/remove");
        posting.send(parentAuthor, remove).andExpect(status().is3xxRedirection());
        assertThat(posting.asGuest("/works/" + parent).select("div#children")).isEmpty();
        assertThat(posting.asGuest("/works/" + child).select("ul.associations li.parent"))
                .hasSize(1);
    }

    @Test
    void anExternalTranslationNeedsItsTitleAndCreatorAndShowsThem() throws Exception {
        long child = posting.work(childAuthor, TestData.unique("Traduction "), "F", "language", "fr");
        var rejected = posting.send(
                        childAuthor,
                        "/works/" + child + "/related_works",
                        "url",
                        "https://elsewhere.example/story/1",
                        "translation",
                        "true")
                .andExpect(status().is(422))
                .andReturn();
        Document form = Web.html(rejected);
        assertThat(form.select("#title-error").text()).contains("title");
        assertThat(form.select("#author-error").text()).contains("creator");
        assertThat(form.select("input#url").val()).isEqualTo("https://elsewhere.example/story/1");
        assertThat(form.select("input[name=translation]").hasAttr("checked")).isTrue();

        posting.send(
                        childAuthor,
                        "/works/" + child + "/related_works",
                        "url",
                        "javascript:alert(1)",
                        "title",
                        "T",
                        "author",
                        "A")
                .andExpect(status().is(422));

        posting.send(
                        childAuthor,
                        "/works/" + child + "/related_works",
                        "url",
                        "https://elsewhere.example/story/1",
                        "title",
                        "The <Story>",
                        "author",
                        "Someone",
                        "language",
                        "en",
                        "translation",
                        "true")
                .andExpect(status().is3xxRedirection());
        Document page = posting.asGuest("/works/" + child);
        var li = page.selectFirst("ul.associations li.parent");
        assertThat(li.text()).isEqualTo("A translation of The <Story> by Someone (English).");
        assertThat(li.select("a").attr("href")).isEqualTo("https://elsewhere.example/story/1");
        assertThat(li.select("a").attr("rel")).isEqualTo("nofollow");
    }

    @Test
    void anApprovedTranslationIsOfferedOnTheOriginal() throws Exception {
        String title = TestData.unique("Übersetzung ");
        long child = posting.work(childAuthor, title, "F", "language", "de");
        posting.send(
                        childAuthor,
                        "/works/" + child + "/related_works",
                        "url",
                        "/works/" + parent,
                        "translation",
                        "true")
                .andExpect(status().is3xxRedirection());
        assertThat(posting.asGuest("/works/" + child)
                        .select("ul.associations li.parent")
                        .text())
                .startsWith("A translation of " + parentTitle);

        String approve = posting.page("/users/" + parentAuthor.login() + "/related_works", parentAuthor)
                .select("dl#translationsofme form")
                .attr("action");
        posting.send(parentAuthor, approve).andExpect(status().is3xxRedirection());
        assertThat(posting.asGuest("/works/" + parent)
                        .select("ul.associations li.translation")
                        .text())
                .isEqualTo("Translation into Deutsch available: " + title + " by " + childAuthor.login());
    }

    @Test
    void onlyTheChildsCreatorsRelateItAndNeverToItselfOrAWorkTheyCannotSee() throws Exception {
        long child = posting.work(childAuthor, TestData.unique("Child "), "F");
        long draft = posting.work(parentAuthor, TestData.unique("Hidden Draft "), "F", "commit", "draft");

        posting.send(parentAuthor, "/works/" + child + "/related_works", "url", "/works/" + parent)
                .andExpect(status().isForbidden());
        assertThat(posting.statusOf("/works/" + child + "/related_works/new", parentAuthor.session()))
                .isEqualTo(403);
        var self = posting.send(childAuthor, "/works/" + child + "/related_works", "url", "/works/" + child)
                .andExpect(status().is(422))
                .andReturn();
        assertThat(Web.html(self).select("#url-error").text()).contains("itself");
        posting.send(childAuthor, "/works/" + child + "/related_works", "url", "/works/" + draft)
                .andExpect(status().is(422));
        mvc.perform(post("/works/" + child + "/related_works").param("url", "/works/" + parent))
                .andExpect(status().isForbidden());
        assertThat(posting.asGuest("/works/" + child).select("ul.associations")).isEmpty();
    }

    @Test
    void aLinkToOnesOwnWorkIsApprovedAtOnce() throws Exception {
        long sequel = posting.work(parentAuthor, TestData.unique("Sequel "), "F");
        posting.send(parentAuthor, "/works/" + sequel + "/related_works", "url", "/works/" + parent)
                .andExpect(status().is3xxRedirection());
        assertThat(posting.asGuest("/works/" + parent)
                        .select("div#children li a")
                        .attr("href"))
                .isEqualTo("/works/" + sequel);
    }
}
