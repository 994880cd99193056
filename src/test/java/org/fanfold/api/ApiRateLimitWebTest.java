package org.fanfold.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fanfold.accounts.Accounts;
import org.fanfold.testing.SqliteTest;
import org.fanfold.testing.TestData;
import org.fanfold.testing.Web;
import org.fanfold.works.WorkService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Rate limits, with budgets made tiny for this application context: per address, per token, reads and writes apart. */
@SqliteTest
@TestPropertySource(
        properties = {
            "fanfold.api.reads-per-minute=3",
            "fanfold.api.writes-per-minute=2",
            "fanfold.api.anonymous-reads-per-minute=2"
        })
class ApiRateLimitWebTest {

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

    private static MockHttpServletRequestBuilder from(String address, String url) {
        return MockMvcRequestBuilders.get(url).with(request -> {
            request.setRemoteAddr(address);
            return request;
        });
    }

    @Test
    void aGuestAddressGetsItsBudgetThen429WithRetryAfter() throws Exception {
        String address = "192.0.2." + (TestData.unique("").hashCode() & 127);
        mvc.perform(from(address, "/api/v1/works"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-RateLimit-Limit", "2"))
                .andExpect(header().string("X-RateLimit-Remaining", "1"));
        mvc.perform(from(address, "/api/v1/works")).andExpect(header().string("X-RateLimit-Remaining", "0"));
        MvcResult refused = mvc.perform(from(address, "/api/v1/works"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("X-RateLimit-Remaining", "0"))
                .andExpect(jsonPath("$.error").value("rate_limited"))
                .andExpect(jsonPath("$.message").value(containsString("at most 2 a minute")))
                .andReturn();
        int retryAfter = Integer.parseInt(refused.getResponse().getHeader("Retry-After"));
        assertThat(retryAfter).isBetween(1, 60);

        mvc.perform(from("198.51.100.7", "/api/v1/works")).andExpect(status().isOk());
        mvc.perform(MockMvcRequestBuilders.get("/works").with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }))
                .andExpect(status().isOk());
    }

    @Test
    void aTokenHasItsOwnBudgetsForReadsAndWrites() throws Exception {
        ApiFixtures.Caller caller = api.caller();
        ApiFixtures.Caller author = api.caller();
        long work = api.posted(author, "Limited", TestData.unique("Limit Fandom "));
        for (int i = 0; i < 3; i++) {
            mvc.perform(api.getAs(caller, "/api/v1/works/" + work).with(Web.freshAddress()))
                    .andExpect(status().isOk())
                    .andExpect(header().string("X-RateLimit-Limit", "3"));
        }
        mvc.perform(api.getAs(caller, "/api/v1/works/" + work).with(Web.freshAddress()))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
        mvc.perform(api.getAs(author, "/api/v1/works/" + work)).andExpect(status().isOk());

        String bookmark = "{\"work_id\": " + work + "}";
        mvc.perform(api.postAs(caller, "/api/v1/bookmarks", bookmark))
                .andExpect(status().isCreated())
                .andExpect(header().string("X-RateLimit-Limit", "2"));
        mvc.perform(api.postAs(caller, "/api/v1/bookmarks", bookmark)).andExpect(status().isOk());
        mvc.perform(api.postAs(caller, "/api/v1/bookmarks", bookmark))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.message").value(containsString("Too many writes")));
    }
}
