package org.fanfold.tags;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.net.URI;
import org.fanfold.accounts.User;
import org.fanfold.testing.TestData;
import org.fanfold.testing.Web;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** What the tag pages' HTTP tests share: a wrangler and a reader to send requests as, and CSRF tokens. */
abstract class WranglingWeb extends WranglingFixture {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetails;

    RequestPostProcessor wrangler;
    RequestPostProcessor reader;

    @BeforeEach
    void people() {
        User w = TestData.user(accounts);
        accounts.setWrangler(w.id(), true);
        wrangler = as(w);
        reader = as(TestData.user(accounts));
    }

    RequestPostProcessor as(User u) {
        return user(userDetails.loadUserByUsername(u.login()));
    }

    static URI url(Tag tag, String suffix) {
        return URI.create(tag.url() + suffix);
    }

    Document html(RequestBuilder request) throws Exception {
        return Web.html(mvc.perform(request).andReturn());
    }

    String id(String tagName) {
        return Long.toString(tag(tagName).id());
    }

    /**
     * The archive's own CSRF token in a fresh session. Not spring-security-test's {@code csrf()}: that one swaps the
     * application's token repository in the shared context, after which every later test's real token fails.
     */
    RequestPostProcessor token() throws Exception {
        return Web.csrf(mvc, new MockHttpSession());
    }
}
