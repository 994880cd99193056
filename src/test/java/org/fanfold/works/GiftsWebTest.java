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

/** A recipient's gifts page, and refusing a gift. */
@SqliteTest
class GiftsWebTest {

    @Autowired
    MockMvc mvc;

    WorkForms forms;
    Web.Account author;
    Web.Account recipient;

    @BeforeEach
    void people() throws Exception {
        forms = new WorkForms(mvc);
        author = Web.signUp(mvc);
        recipient = Web.signUp(mvc);
    }

    private Document page(String url, MockHttpSession session) throws Exception {
        return html(mvc.perform(get(url).session(session))
                .andExpect(status().isOk())
                .andReturn());
    }

    @Test
    void aRecipientRefusesAGiftAndTheWorkNoLongerNamesThem() throws Exception {
        long id = forms.submit(forms.valid(
                author, "A Present", TestData.unique("Fandom "), "gifts", recipient.login() + ", My Old Friend"));
        String gifts = "/users/" + recipient.login() + "/gifts";

        Document work = page("/works/" + id, new MockHttpSession());
        assertThat(work.select("p.gifts a[href=/users/" + recipient.login() + "]"))
                .hasSize(1);
        assertThat(work.select("p.gifts").text()).contains("My Old Friend");

        Document asGuest = page(gifts, new MockHttpSession());
        assertThat(asGuest.select("li.work.blurb h4 a[href^=/works/]").eachText())
                .containsExactly("A Present");
        assertThat(asGuest.select("button:containsOwn(Refuse Gift)")).isEmpty();
        mvc.perform(get(gifts + "?refused=true")).andExpect(status().isForbidden());
        mvc.perform(post(gifts + "/" + id + "/refuse").with(csrf(mvc, author.session())))
                .andExpect(status().isForbidden());

        Document own = page(gifts, recipient.session());
        assertThat(own.select("form[action=" + gifts + "/" + id + "/refuse] button")
                        .text())
                .isEqualTo("Refuse Gift");
        mvc.perform(post(gifts + "/" + id + "/refuse").with(csrf(mvc, recipient.session())))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(gifts));

        work = page("/works/" + id, new MockHttpSession());
        assertThat(work.select("p.gifts a[href=/users/" + recipient.login() + "]"))
                .isEmpty();
        assertThat(work.select("p.gifts").text()).isEqualTo("For My Old Friend.");
        assertThat(page(gifts, recipient.session()).select("li.work.blurb")).isEmpty();
        Document refused = page(gifts + "?refused=true", recipient.session());
        assertThat(refused.select("li.work.blurb h4 a[href^=/works/]").eachText())
                .containsExactly("A Present");
        assertThat(refused.select("form[action=" + gifts + "/" + id + "/accept] button")
                        .text())
                .isEqualTo("Accept Gift");

        Document edit = page("/works/" + id + "/edit", author.session());
        assertThat(edit.select("input#gifts").val()).isEqualTo("My Old Friend");
        mvc.perform(forms.valid(
                        "/works/" + id,
                        author,
                        "A Present",
                        "Some Fandom",
                        "gifts",
                        recipient.login() + ", My Old Friend",
                        "commit",
                        "update"))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/works/" + id, new MockHttpSession()).select("p.gifts").text())
                .as("a refused gift stays refused")
                .isEqualTo("For My Old Friend.");
    }
}
