package org.fanfold.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fanfold.api.ApiFixtures.read;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.fanfold.accounts.Accounts;
import org.fanfold.search.WorkIndexer;
import org.fanfold.testing.SqliteTest;
import org.fanfold.testing.TestData;
import org.fanfold.works.CollectionFlags;
import org.fanfold.works.WorkService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

/** The API shows exactly what the pages show: drafts, restricted, hidden, unrevealed and anonymous works. */
@SqliteTest
class ApiVisibilityWebTest {

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
    CollectionFlags flags;

    @Autowired
    TransactionTemplate transactions;

    ApiFixtures api;
    ApiFixtures.Caller author;
    ApiFixtures.Caller reader;
    String fandom;

    @BeforeEach
    void archive() {
        api = new ApiFixtures(mvc, accounts, tokens, works);
        author = api.caller();
        reader = api.caller();
        fandom = TestData.unique("Api Fandom ");
    }

    @Test
    void draftsAreTheirCreatorsOnly() throws Exception {
        long draft = api.work(author, "Unfinished", fandom, false, false);
        mvc.perform(api.guestGet("/api/v1/works/" + draft))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("not_found"))
                .andExpect(jsonPath("$.message").value(containsString("not visible to you")));
        mvc.perform(api.getAs(reader, "/api/v1/works/" + draft)).andExpect(status().isNotFound());
        mvc.perform(api.getAs(author, "/api/v1/works/" + draft))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.posted").value(false))
                .andExpect(jsonPath("$.published").isEmpty());
    }

    @Test
    void restrictedWorksAreForSignedInCallersOnly() throws Exception {
        long restricted = api.work(author, "Members Only", fandom, true, true);
        long chapter = chapterId(author, restricted);
        mvc.perform(api.guestGet("/api/v1/works/" + restricted)).andExpect(status().isNotFound());
        mvc.perform(api.guestGet("/api/v1/works/" + restricted + "/chapters/" + chapter))
                .andExpect(status().isNotFound());
        mvc.perform(api.getAs(reader, "/api/v1/works/" + restricted))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.restricted").value(true));
        mvc.perform(api.getAs(reader, "/api/v1/works/" + restricted + "/chapters/" + chapter))
                .andExpect(status().isOk());
        indexer.drain();
        mvc.perform(api.guestGet("/api/v1/works?work_search[other_tag_names]=" + fandom))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(api.getAs(reader, "/api/v1/works?work_search[other_tag_names]=" + fandom))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.works[0].id").value(restricted));
    }

    @Test
    void hiddenWorksAreForAdminsAndCreatorsOnly() throws Exception {
        ApiFixtures.Caller admin = api.caller(true);
        long hidden = api.posted(author, "Taken Down", fandom);
        works.setHidden(hidden, admin.viewer(), true);
        mvc.perform(api.getAs(reader, "/api/v1/works/" + hidden)).andExpect(status().isNotFound());
        mvc.perform(api.guestGet("/api/v1/works/" + hidden)).andExpect(status().isNotFound());
        mvc.perform(api.getAs(author, "/api/v1/works/" + hidden)).andExpect(status().isOk());
        mvc.perform(api.getAs(admin, "/api/v1/works/" + hidden)).andExpect(status().isOk());
    }

    @Test
    void anUnrevealedWorkIsNotFoundAndAnAnonymousOneNamesNoCreator() throws Exception {
        long unrevealed = api.posted(author, "Secret Santa Gift", fandom);
        long anonymous = api.posted(author, "Anonymous Entry", fandom);
        transactions.executeWithoutResult(t -> {
            flags.set(unrevealed, false, true);
            flags.set(anonymous, true, false);
        });
        mvc.perform(api.guestGet("/api/v1/works/" + unrevealed)).andExpect(status().isNotFound());
        mvc.perform(api.getAs(reader, "/api/v1/works/" + unrevealed)).andExpect(status().isNotFound());
        mvc.perform(api.getAs(author, "/api/v1/works/" + unrevealed)).andExpect(status().isOk());

        MvcResult guest = mvc.perform(api.guestGet("/api/v1/works/" + anonymous))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.anonymous").value(true))
                .andExpect(jsonPath("$.creators.length()").value(1))
                .andExpect(jsonPath("$.creators[0].pseud").value("Anonymous"))
                .andExpect(jsonPath("$.creators[0].login").isEmpty())
                .andReturn();
        assertThat(ApiFixtures.body(guest)).doesNotContain(author.login());
        mvc.perform(api.getAs(author, "/api/v1/works/" + anonymous))
                .andExpect(jsonPath("$.creators[0].login").value(author.login()));

        indexer.drain();
        MvcResult listing = mvc.perform(api.guestGet("/api/v1/users/" + author.login() + "/works"))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(ApiFixtures.<List<Integer>>read(listing, "$.works[*].id"))
                .doesNotContain((int) unrevealed, (int) anonymous);
        MvcResult search = mvc.perform(api.guestGet("/api/v1/works?work_search[other_tag_names]=" + fandom))
                .andReturn();
        assertThat(ApiFixtures.<List<Integer>>read(search, "$.works[*].id"))
                .contains((int) anonymous)
                .doesNotContain((int) unrevealed);
        assertThat(ApiFixtures.body(search)).doesNotContain(author.login());
    }

    private long chapterId(ApiFixtures.Caller caller, long workId) throws Exception {
        MvcResult r = mvc.perform(api.getAs(caller, "/api/v1/works/" + workId)).andReturn();
        return ((Number) read(r, "$.chapters[0].id")).longValue();
    }
}
