package org.fanfold.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fanfold.testing.Web.csrf;
import static org.fanfold.testing.Web.freshAddress;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.SignupForm;
import org.fanfold.testing.SqliteTest;
import org.fanfold.testing.TestData;
import org.fanfold.testing.Web;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The admin area's index: every admin page linked from {@code /admin}, for admins, and "Admin" in their header. */
@SqliteTest
class AdminWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    private MockHttpSession admin() throws Exception {
        String login = TestData.unique("admin");
        accounts.register(new SignupForm(login, login + "@example.com", Web.PASSWORD, Web.PASSWORD), true);
        var session = new MockHttpSession();
        mvc.perform(post("/users/login")
                        .with(csrf(mvc, session))
                        .with(freshAddress())
                        .param("user[login]", login)
                        .param("user[password]", Web.PASSWORD))
                .andExpect(status().is3xxRedirection());
        return session;
    }

    private Document page(String url, MockHttpSession session) throws Exception {
        return Web.html(mvc.perform(get(url).session(session))
                .andExpect(status().isOk())
                .andReturn());
    }

    @Test
    void theAdminIndexLinksEveryAdminPageAndEachOfThemOpens() throws Exception {
        MockHttpSession admin = admin();
        Document index = page("/admin", admin);
        List<String> links = index.select("dl.admin.pages dt a").eachAttr("href");
        assertThat(links).containsExactly("/admin/settings/comments", "/admin/downloads", "/tag_wranglings");
        assertThat(index.select("dl.admin.pages dd"))
                .allSatisfy(d -> assertThat(d.text()).isNotBlank());
        for (String link : links) page(link, admin);
    }

    @Test
    void theHeaderLinksTheAdminAreaForAdminsOnly() throws Exception {
        Element adminLink = page("/works", admin()).selectFirst("#greeting a[href=/admin]");
        assertThat(adminLink).isNotNull();
        assertThat(adminLink.text()).isEqualTo("Admin");
        var user = Web.signUp(mvc);
        assertThat(page("/works", user.session()).select("#greeting a[href=/admin]"))
                .isEmpty();
        assertThat(page("/works", new MockHttpSession()).select("#greeting a[href=/admin]"))
                .isEmpty();
    }

    @Test
    void othersAreRefusedAndGuestsAskedToLogIn() throws Exception {
        mvc.perform(get("/admin")).andExpect(redirectedUrl("/users/login"));
        var user = Web.signUp(mvc);
        mvc.perform(get("/admin").session(user.session())).andExpect(status().isForbidden());
    }
}
