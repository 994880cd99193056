package org.fanfold.works;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fanfold.testing.Web.csrf;
import static org.fanfold.testing.Web.html;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** "Add co-creators?" through the web: invitations, accepting and rejecting them, and removing oneself. */
@SqliteTest
class CoCreatorsWebTest {

    @Autowired
    MockMvc mvc;

    WorkForms forms;
    Web.Account author;
    Web.Account friend;

    @BeforeEach
    void people() throws Exception {
        forms = new WorkForms(mvc);
        author = Web.signUp(mvc);
        friend = Web.signUp(mvc);
    }

    private Document page(String url, MockHttpSession session) throws Exception {
        return html(mvc.perform(get(url).session(session))
                .andExpect(status().isOk())
                .andReturn());
    }

    private String byline(long id) throws Exception {
        return page("/works/" + id, new MockHttpSession())
                .select("h3.byline.heading")
                .text();
    }

    private long invite(String title) throws Exception {
        return forms.submit(forms.valid(author, title, TestData.unique("Fandom "), "coCreators", friend.login()));
    }

    private void answer(long id, String button) throws Exception {
        mvc.perform(post("/users/" + friend.login() + "/creatorships")
                        .with(csrf(mvc, friend.session()))
                        .param("selected", String.valueOf(id))
                        .param(button, "1"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/users/" + friend.login() + "/creatorships"));
    }

    @Test
    void anInvitedCoCreatorIsNamedOnlyOnceTheyAccept() throws Exception {
        long id = invite("Written Together");
        assertThat(byline(id)).isEqualTo(author.login());
        mvc.perform(get("/works/" + id + "/edit").session(friend.session())).andExpect(status().isForbidden());

        Document edit = page("/works/" + id + "/edit", author.session());
        assertThat(edit.select("fieldset.byline dd").text()).contains(friend.login());
        assertThat(edit.select("form.remove-me"))
                .as("nobody else is credited yet")
                .isEmpty();

        Document requests = page("/users/" + friend.login() + "/creatorships", friend.session());
        assertThat(requests.select("table.creatorships tbody tr")).hasSize(1);
        assertThat(requests.select("table.creatorships a[href=/works/" + id + "]")
                        .text())
                .isEqualTo("Written Together");
        assertThat(requests.select("table.creatorships").text()).contains(author.login());
        mvc.perform(get("/users/" + friend.login() + "/creatorships").session(author.session()))
                .andExpect(status().isForbidden());

        answer(id, "accept");
        assertThat(page("/users/" + friend.login() + "/creatorships", friend.session())
                        .select(".flash")
                        .text())
                .isEqualTo("You are now listed as a co-creator on that work.");
        assertThat(byline(id)).isEqualTo(author.login() + ", " + friend.login());

        Document friendsEdit = page("/works/" + id + "/edit", friend.session());
        assertThat(friendsEdit.select("fieldset.byline dd").text()).contains(author.login());
        assertThat(friendsEdit.select("form.remove-me button").text()).isEqualTo("Remove Me As Co-Creator");
    }

    @Test
    void aRequestShowsTheDayItWasMadeInTheInviteesZone() throws Exception {
        long id = invite("Asked Long Ago");
        ShownDays days = new ShownDays(mvc);
        days.setToEvening("UPDATE creatorship_invitations SET created_at = ? WHERE work_id = ?", id);

        days.inTheirZone(friend, "/users/" + friend.login() + "/creatorships", "table.creatorships td.datetime");
    }

    @Test
    void aRejectedInvitationNamesNobody() throws Exception {
        long id = invite("Not Together");
        answer(id, "reject");
        assertThat(page("/users/" + friend.login() + "/creatorships", friend.session())
                        .select(".flash")
                        .text())
                .isEqualTo("Requests rejected.");
        assertThat(page("/users/" + friend.login() + "/creatorships", friend.session())
                        .select("table.creatorships"))
                .isEmpty();
        assertThat(byline(id)).isEqualTo(author.login());
        assertThat(page("/works/" + id + "/edit", author.session())
                        .select("fieldset.byline")
                        .text())
                .doesNotContain(friend.login());
    }

    @Test
    void anUnknownCoCreatorSendsTheFormBackWithWhatWasTyped() throws Exception {
        String nobody = TestData.unique("nobody_");
        Document doc = html(mvc.perform(forms.valid(author, "Typo", "F", "coCreators", nobody))
                .andExpect(status().is(422))
                .andReturn());
        assertThat(doc.select("#coCreators-error").text()).isEqualTo("Could not find a pseud " + nobody + ".");
        assertThat(doc.select("details.coauthors[open] input#coCreators").val()).isEqualTo(nobody);
        assertThat(doc.select("input#title").val()).isEqualTo("Typo");
    }

    @Test
    void aCoCreatorRemovesThemselves() throws Exception {
        long id = invite("Parting Ways");
        answer(id, "accept");
        mvc.perform(post("/works/" + id + "/remove_me").with(csrf(mvc, friend.session())))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/users/" + friend.login() + "/works?removed"));
        assertThat(byline(id)).isEqualTo(author.login());
        mvc.perform(get("/works/" + id + "/edit").session(friend.session())).andExpect(status().isForbidden());

        Document refused = html(mvc.perform(post("/works/" + id + "/remove_me").with(csrf(mvc, author.session())))
                .andExpect(status().is(422))
                .andReturn());
        assertThat(refused.select("#error").text()).contains("because you are the only listed creator");
    }
}
