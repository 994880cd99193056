package org.fanfold.works;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import org.fanfold.tags.Tag;
import org.fanfold.tags.TagEdit;
import org.fanfold.tags.TagService;
import org.fanfold.tags.Wrangling;
import org.fanfold.testing.SqliteTest;
import org.fanfold.testing.TestData;
import org.fanfold.testing.Web;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * AO3's filter form sends a tag's or a creator's listing to {@code /works} with {@code tag_id} or {@code user_id}:
 * such links lead to the same listing here with their filters; so does a synonym's.
 */
@SqliteTest
class Ao3FilterLinksWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TagService tags;

    @Autowired
    Wrangling wrangling;

    private String redirect(String url, String... params) throws Exception {
        var request = get(URI.create(url));
        for (int i = 0; i + 1 < params.length; i += 2) request.param(params[i], params[i + 1]);
        return mvc.perform(request)
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    @Test
    void aTagsOrACreatorsFilteredListingByAo3sParameters() throws Exception {
        var forms = new WorkForms(mvc);
        Web.Account author = Web.signUp(mvc);
        String fandom = TestData.unique("Links Fandom ");
        forms.submit(forms.valid(author, "Linked", fandom));
        String fandomPath = tags.find(fandom).orElseThrow().worksUrl();

        assertThat(redirect("/works", "work_search[complete]", "T", "tag_id", fandom, "commit", "Sort and Filter"))
                .isEqualTo(fandomPath + "?work_search%5Bcomplete%5D=T&commit=Sort+and+Filter");
        assertThat(redirect("/works", "tag_id", fandom)).isEqualTo(fandomPath);
        assertThat(redirect("/works", "user_id", author.login(), "work_search[sort_column]", "kudos_count"))
                .isEqualTo("/users/" + author.login() + "/works?work_search%5Bsort_column%5D=kudos_count");
        assertThat(redirect("/works", "user_id", author.login(), "pseud_id", author.login()))
                .isEqualTo("/users/" + author.login() + "/pseuds/" + author.login() + "/works");
        mvc.perform(get("/works").param("tag_id", TestData.unique("No Such Tag ")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aSynonymsListingKeepsItsFiltersOnTheWayToTheCanonical() throws Exception {
        var forms = new WorkForms(mvc);
        Web.Account author = Web.signUp(mvc);
        String canonical = TestData.unique("Canon Fandom ");
        String synonym = TestData.unique("Syn Fandom ");
        forms.submit(forms.valid(author, "Canon", canonical));
        forms.submit(forms.valid(author, "Syn", synonym));
        Tag c = tags.find(canonical).orElseThrow();
        wrangling.edit(c.id(), new TagEdit(c.name(), c.type().dbName(), true, ""));
        Tag s = tags.find(synonym).orElseThrow();
        wrangling.edit(s.id(), new TagEdit(s.name(), s.type().dbName(), false, canonical));

        assertThat(redirect(s.worksUrl(), "work_search[complete]", "T"))
                .isEqualTo(c.worksUrl() + "?work_search%5Bcomplete%5D=T");
    }
}
