package org.fanfold.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fanfold.api.ApiFixtures.read;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.fanfold.accounts.Accounts;
import org.fanfold.community.BookmarkForm;
import org.fanfold.community.BookmarkItem;
import org.fanfold.community.Bookmarking;
import org.fanfold.search.WorkIndexer;
import org.fanfold.tags.Tag;
import org.fanfold.tags.TagEdit;
import org.fanfold.tags.TagService;
import org.fanfold.tags.TagType;
import org.fanfold.tags.Wrangling;
import org.fanfold.testing.SqliteTest;
import org.fanfold.testing.TestData;
import org.fanfold.works.Exclusions;
import org.fanfold.works.WorkService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Tags, users, bookmarks through the API, and the caching headers every read carries. */
@SqliteTest
class ApiTagsUsersBookmarksWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    WorkService works;

    @Autowired
    WorkIndexer indexer;

    @Autowired
    TagService tags;

    @Autowired
    Wrangling wrangling;

    @Autowired
    Bookmarking bookmarking;

    @Autowired
    Exclusions exclusions;

    ApiFixtures api;
    ApiFixtures.Caller author;
    ApiFixtures.Caller reader;
    String fandom;

    @BeforeEach
    void archive() {
        api = new ApiFixtures(mvc, accounts, tokens, works);
        author = api.caller();
        reader = api.caller();
        fandom = TestData.unique("Tag Fandom ");
    }

    @Test
    void aTagShowsItsWranglingAndItsWorks() throws Exception {
        String canonical = TestData.unique("Haruno Sakura/Uzumaki Naruto ");
        String synonym = TestData.unique("NaruSaku ");
        long work = works.create(
                author.viewer(),
                org.fanfold.works.Credits.DEFAULT,
                new org.fanfold.works.WorkInput(
                        "Team Seven",
                        List.of(fandom),
                        "General Audiences",
                        List.of("No Archive Warnings Apply"),
                        List.of(),
                        List.of(synonym),
                        List.of(),
                        List.of(),
                        "en",
                        "",
                        "",
                        "",
                        1,
                        false,
                        null,
                        org.fanfold.works.SeriesChoice.NONE,
                        List.of()),
                List.of(TestData.chapter("Words.")),
                WorkService.Mode.POST);
        Tag fandomTag = tags.find(fandom).orElseThrow();
        wrangling.edit(fandomTag.id(), new TagEdit(fandom, "Fandom", true, ""));
        Tag canonicalTag = tags.findOrCreate(canonical, TagType.RELATIONSHIP);
        wrangling.edit(canonicalTag.id(), new TagEdit(canonical, "Relationship", true, ""));
        wrangling.addParent(canonicalTag.id(), fandom);
        Tag synonymTag = tags.find(synonym).orElseThrow();
        wrangling.edit(synonymTag.id(), new TagEdit(synonym, "Relationship", false, canonical));

        String canonicalPath = "/api/v1/tags/" + canonical.replace("/", "*s*");
        mvc.perform(api.guestGet(canonicalPath))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(canonical))
                .andExpect(jsonPath("$.type").value("relationship"))
                .andExpect(jsonPath("$.canonical").value(true))
                .andExpect(jsonPath("$.merger").isEmpty())
                .andExpect(jsonPath("$.synonyms[*].name").value(contains(synonym)))
                .andExpect(jsonPath("$.parents[0].name").value(fandom))
                .andExpect(jsonPath("$.parents[0].type").value("fandom"))
                .andExpect(jsonPath("$.works_url")
                        .value("http://localhost/api/v1/tags/"
                                + canonical.replace("/", "*s*").replace(" ", "%20") + "/works"));
        mvc.perform(api.guestGet("/api/v1/tags/" + synonym))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.canonical").value(false))
                .andExpect(jsonPath("$.merger.name").value(canonical))
                .andExpect(jsonPath("$.merger.type").value("relationship"));

        indexer.drain();
        awaitReindexed(canonicalPath + "/works");
        mvc.perform(api.guestGet(canonicalPath + "/works"))
                .andExpect(jsonPath("$.works[*].id").value(contains((int) work)));
        mvc.perform(api.guestGet("/api/v1/tags/" + synonym + "/works"))
                .andExpect(jsonPath("$.works[*].id").value(contains((int) work)));

        String prefix = canonical.substring(0, 12);
        mvc.perform(api.guestGet("/api/v1/tags?q=" + prefix + "&type=relationship"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tags[*].name").value(hasItem(canonical)))
                .andExpect(jsonPath("$.tags[*].name").value(not(hasItem(synonym))));
        mvc.perform(api.guestGet("/api/v1/tags?q=" + fandom.substring(0, 10)))
                .andExpect(jsonPath("$.tags[*].name").value(hasItem(fandom)));
        mvc.perform(api.guestGet("/api/v1/tags/No Such Tag Here"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("not_found"));
        mvc.perform(api.guestGet("/api/v1/tags?q=a&type=nonsense")).andExpect(status().isBadRequest());
    }

    /** The tag's works are reindexed in the background after wrangling; wait until the listing has them. */
    private void awaitReindexed(String url) throws Exception {
        for (int i = 0; i < 100; i++) {
            indexer.drain();
            MvcResult r = mvc.perform(api.guestGet(url)).andReturn();
            if (((Number) read(r, "$.total")).intValue() > 0) return;
            Thread.sleep(100);
        }
    }

    @Test
    void aUserHasTheirPseudsAndWorks() throws Exception {
        long work = api.posted(author, "Dashboard Work", fandom);
        long draft = api.work(author, "Dashboard Draft", fandom, false, false);
        indexer.drain();
        mvc.perform(api.guestGet("/api/v1/users/" + author.login().toUpperCase()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.login").value(author.login()))
                .andExpect(jsonPath("$.url").value("http://localhost/users/" + author.login()))
                .andExpect(jsonPath("$.joined").value(org.hamcrest.Matchers.startsWith("20")))
                .andExpect(jsonPath("$.pseuds[0].name").value(author.login()))
                .andExpect(jsonPath("$.pseuds[0].is_default").value(true))
                .andExpect(jsonPath("$.email").doesNotExist());
        mvc.perform(api.getAs(author, "/api/v1/users/" + author.login() + "/works"))
                .andExpect(jsonPath("$.works[*].id").value(contains((int) work)));
        mvc.perform(api.guestGet("/api/v1/users/" + author.login() + "/works?pseud=" + author.login()))
                .andExpect(jsonPath("$.works[*].id").value(contains((int) work)));
        mvc.perform(api.guestGet("/api/v1/users/" + author.login() + "/works?pseud=nobody"))
                .andExpect(status().isNotFound());
        mvc.perform(api.guestGet("/api/v1/users/no_such_user_here")).andExpect(status().isNotFound());
        assertThat(draft).isPositive();
    }

    @Test
    void privateBookmarksAreTheirOwnersOnly() throws Exception {
        long work = api.posted(author, "Bookmarked", fandom);
        long restricted = api.work(author, "Bookmarked Restricted", fandom, true, true);
        long open = bookmarking
                .bookmark(
                        reader.viewer(),
                        BookmarkItem.Kind.WORK,
                        work,
                        new BookmarkForm("<p>Loved it<script>x</script></p>", "comfort, reread", false, true, null))
                .id();
        long hidden = bookmarking
                .bookmark(
                        reader.viewer(),
                        BookmarkItem.Kind.WORK,
                        restricted,
                        new BookmarkForm("secret notes", "", true, false, null))
                .id();

        String mine = "/api/v1/users/" + reader.login() + "/bookmarks";
        mvc.perform(api.guestGet(mine))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.bookmarks[0].id").value(open))
                .andExpect(jsonPath("$.bookmarks[0].notes").value("<p>Loved it</p>"))
                .andExpect(jsonPath("$.bookmarks[0].rec").value(true))
                .andExpect(jsonPath("$.bookmarks[0].private").value(false))
                .andExpect(jsonPath("$.bookmarks[0].tags[*].name").value(contains("comfort", "reread")))
                .andExpect(jsonPath("$.bookmarks[0].bookmarker.login").value(reader.login()))
                .andExpect(jsonPath("$.bookmarks[0].item_type").value("work"))
                .andExpect(jsonPath("$.bookmarks[0].work.id").value(work))
                .andExpect(jsonPath("$.bookmarks[0].work.title").value("Bookmarked"));
        mvc.perform(api.getAs(author, mine)).andExpect(jsonPath("$.total").value(1));
        mvc.perform(api.getAs(reader, mine))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.bookmarks[0].id").value(hidden))
                .andExpect(jsonPath("$.bookmarks[0].private").value(true));
        mvc.perform(api.guestGet(mine + "?rec=true"))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(api.guestGet(mine + "?tags=reread"))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(api.guestGet(mine + "?tags=never used tag"))
                .andExpect(jsonPath("$.total").value(0));

        mvc.perform(api.guestGet("/api/v1/bookmarks/" + hidden)).andExpect(status().isNotFound());
        mvc.perform(api.getAs(author, "/api/v1/bookmarks/" + hidden)).andExpect(status().isNotFound());
        mvc.perform(api.getAs(reader, "/api/v1/bookmarks/" + hidden))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.notes").value("<p>secret notes</p>"));
        mvc.perform(api.guestGet("/api/v1/bookmarks/" + open)).andExpect(status().isOk());

        mvc.perform(api.guestGet("/api/v1/works/" + work + "/bookmarks"))
                .andExpect(jsonPath("$.bookmarks[*].id").value(contains((int) open)));
        mvc.perform(api.getAs(author, "/api/v1/works/" + restricted + "/bookmarks"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(api.guestGet("/api/v1/works/" + restricted + "/bookmarks")).andExpect(status().isNotFound());

        exclusions.muteUser(author.user().id(), reader.user().id());
        mvc.perform(api.getAs(author, "/api/v1/works/" + work + "/bookmarks"))
                .andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.hidden_by_mutes").value(1));
    }

    @Test
    void readsCarryAnETagAndAreNotModifiedWhileTheyAreTheSame() throws Exception {
        long work = api.posted(author, "Polled", fandom);
        MvcResult first = mvc.perform(api.guestGet("/api/v1/works/" + work))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "max-age=60, public"))
                .andExpect(
                        header().stringValues("Vary", hasItem(org.hamcrest.Matchers.containsString("Authorization"))))
                .andReturn();
        String etag = first.getResponse().getHeader("ETag");
        assertThat(etag).startsWith("W/\"");
        MvcResult again = mvc.perform(api.guestGet("/api/v1/works/" + work).header("If-None-Match", etag))
                .andExpect(status().isNotModified())
                .andReturn();
        assertThat(again.getResponse().getContentAsByteArray()).isEmpty();

        mvc.perform(api.getAs(author, "/api/v1/works/" + work))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-cache, private"));
        long other = api.posted(author, "Another Polled", fandom);
        mvc.perform(api.guestGet("/api/v1/works/" + other).header("If-None-Match", etag))
                .andExpect(status().isOk());
        bookmarking.bookmark(reader.viewer(), BookmarkItem.Kind.WORK, work, BookmarkForm.blank());
        mvc.perform(api.guestGet("/api/v1/works/" + work).header("If-None-Match", etag))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.bookmarks").value(1));
    }
}
