package org.fanfold.works;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fanfold.testing.Web.csrf;
import static org.fanfold.testing.Web.html;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Muting a user from their pages (AO3's "Mute" on a dashboard or profile, confirmed first), and a blocked user's
 * gift turned away by the work form with the reason beside the field.
 */
@SqliteTest
class MuteAndGiftBlockWebTest {

    @Autowired
    MockMvc mvc;

    WorkForms forms;
    Web.Account reader;
    Web.Account creator;

    @BeforeEach
    void people() throws Exception {
        forms = new WorkForms(mvc);
        reader = Web.signUp(mvc);
        creator = Web.signUp(mvc);
    }

    private Document page(String url, MockHttpSession session) throws Exception {
        return html(mvc.perform(get(url).session(session))
                .andExpect(status().isOk())
                .andReturn());
    }

    private String navLink(Document page, String label) {
        var link = page.select("nav.user.navigation a").stream()
                .filter(a -> a.text().equals(label))
                .findFirst();
        return link.map(a -> a.attr("href")).orElse(null);
    }

    @Test
    void aReaderMutesACreatorFromTheirDashboardAfterConfirmingAndUnmutesFromTheirProfile() throws Exception {
        String dashboard = "/users/" + creator.login();
        String mute = dashboard + "/mute";
        assertThat(navLink(page(dashboard, reader.session()), "Mute")).isEqualTo(mute);
        assertThat(navLink(page(dashboard, new MockHttpSession()), "Mute"))
                .as("guests")
                .isNull();
        assertThat(navLink(page(dashboard, creator.session()), "Mute"))
                .as("one's own")
                .isNull();

        Document confirm = page(mute, reader.session());
        assertThat(confirm.select("h2.heading").text()).isEqualTo("Mute " + creator.login());
        assertThat(confirm.select("form.mute.confirm").attr("action")).isEqualTo(mute);
        assertThat(confirm.select("form.mute.confirm button").text()).isEqualTo("Yes, Mute User");

        mvc.perform(post(mute).with(csrf(mvc, reader.session())))
                .andExpect(redirectedUrl("/users/" + reader.login() + "/exclusions"));
        assertThat(page("/users/" + reader.login() + "/exclusions", reader.session())
                        .select("ul.muted.users")
                        .text())
                .contains(creator.login());
        assertThat(navLink(page(dashboard + "/profile", reader.session()), "Unmute"))
                .isEqualTo(mute);
        assertThat(page(mute, reader.session()).select("form.mute.confirm").attr("action"))
                .isEqualTo(dashboard + "/unmute");

        mvc.perform(post(dashboard + "/unmute").with(csrf(mvc, reader.session())))
                .andExpect(status().is3xxRedirection());
        assertThat(navLink(page(dashboard, reader.session()), "Mute")).isEqualTo(mute);
    }

    @Test
    void theMuteConfirmationIsForSignedInUsersAndNotForThemselves() throws Exception {
        String mute = "/users/" + creator.login() + "/mute";
        mvc.perform(get(mute)).andExpect(redirectedUrl("/users/login"));
        mvc.perform(get(mute).session(creator.session())).andExpect(status().isForbidden());
        mvc.perform(get("/users/nobody_" + TestData.unique("x") + "/mute").session(reader.session()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aUserWhoBlockedThePosterIsRefusedAsAGiftRecipientBesideTheField() throws Exception {
        mvc.perform(post("/users/" + creator.login() + "/block").with(csrf(mvc, reader.session())))
                .andExpect(status().is3xxRedirection());

        var result = mvc.perform(forms.valid(
                        creator,
                        "Unwanted Present",
                        TestData.unique("Fandom "),
                        "gifts",
                        reader.login() + ", A Friend"))
                .andExpect(status().is(422))
                .andReturn();
        Document form = html(result);
        assertThat(form.select("#gifts-error").text()).isEqualTo(reader.login() + " does not accept gifts from you.");
        assertThat(form.select("#gifts").attr("value")).isEqualTo(reader.login() + ", A Friend");
        assertThat(form.select("#title").attr("value")).isEqualTo("Unwanted Present");

        // A name that is no account, or someone who did not block, is still a fine recipient.
        forms.submit(forms.valid(creator, "A Present After All", TestData.unique("Fandom "), "gifts", "A Friend"));
    }
}
