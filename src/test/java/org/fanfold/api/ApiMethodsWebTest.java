package org.fanfold.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fanfold.accounts.Accounts;
import org.fanfold.testing.SqliteTest;
import org.fanfold.testing.TestData;
import org.fanfold.works.WorkService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** A method an API address does not take: 405 with the methods it does take, as JSON; the site's pages as before. */
@SqliteTest
class ApiMethodsWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    WorkService works;

    ApiFixtures api;

    @BeforeEach
    void fixtures() {
        api = new ApiFixtures(mvc, accounts, tokens, works);
    }

    @Test
    void aMethodAnAddressDoesNotTakeIs405WithAllowAndTheApisErrorBody() throws Exception {
        var caller = api.caller();
        long work = api.posted(caller, "Methods", TestData.unique("Method Fandom "));

        mvc.perform(delete("/api/v1/works/" + work).with(caller.bearer()))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", "GET, HEAD, OPTIONS"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.error").value("method_not_allowed"))
                .andExpect(jsonPath("$.message").value("This address takes GET, not DELETE."));
        mvc.perform(post("/api/v1/tags/Fluff").with(caller.bearer()).contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", "GET, HEAD, OPTIONS"))
                .andExpect(jsonPath("$.error").value("method_not_allowed"));
        mvc.perform(put("/api/v1/works").with(caller.bearer()).contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", "GET, HEAD, OPTIONS, POST"))
                .andExpect(jsonPath("$.message").value("This address takes GET, POST, not PUT."));
    }

    @Test
    void guestsAreToldTheMethodToo() throws Exception {
        mvc.perform(delete("/api/v1/tags/Fluff"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", "GET, HEAD, OPTIONS"))
                .andExpect(jsonPath("$.error").value("method_not_allowed"));
    }

    @Test
    void optionsListsTheMethodsAndUnknownAddressesStay404() throws Exception {
        mvc.perform(options("/api/v1/works/1"))
                .andExpect(status().isOk())
                .andExpect(header().string("Allow", "GET,HEAD,OPTIONS"));
        mvc.perform(delete("/api/v1/no-such-thing").with(api.caller().bearer()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("not_found"));
        mvc.perform(get("/api/v1/no-such-thing"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("not_found"));
    }

    @Test
    void theSitesPagesKeepTheirOwnAnswers() throws Exception {
        mvc.perform(get("/works/999999999")).andExpect(status().isNotFound());
        mvc.perform(get("/no-such-page-here")).andExpect(status().isNotFound());
    }
}
