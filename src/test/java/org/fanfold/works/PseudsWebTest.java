package org.fanfold.works;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fanfold.testing.Web.csrf;
import static org.fanfold.testing.Web.html;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import org.fanfold.search.WorkIndexer;
import org.fanfold.testing.SqliteTest;
import org.fanfold.testing.TestData;
import org.fanfold.testing.TestImages;
import org.fanfold.testing.Web;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** Pseuds through the web: making one with an icon, posting as it, its pages, and deleting it. */
@SqliteTest
class PseudsWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    WorkIndexer indexer;

    WorkForms forms;
    Web.Account author;

    @BeforeEach
    void author() throws Exception {
        forms = new WorkForms(mvc);
        author = Web.signUp(mvc);
    }

    /** The page at {@code url}, sent as it is (already encoded: pseud names have spaces). */
    private Document page(String url, MockHttpSession session) throws Exception {
        return html(mvc.perform(get(URI.create(url)).session(session))
                .andExpect(status().isOk())
                .andReturn());
    }

    private MockMultipartHttpServletRequestBuilder newPseud(String name, byte[] icon) throws Exception {
        var request = multipart("/users/" + author.login() + "/pseuds");
        if (icon != null) request.file(new MockMultipartFile("icon", "owl.png", "image/png", icon));
        request.param("name", name)
                .param("description", "Writes at <em>night</em>.")
                .param("iconAltText", "An owl on a branch")
                .param("iconComment", "hoot")
                .with(csrf(mvc, author.session()));
        return request;
    }

    @Test
    void aNewPseudWithAnIconGetsWorksPostedAsIt() throws Exception {
        String name = TestData.unique("Night Owl ");
        String pseudUrl = "/users/" + author.login() + "/pseuds/" + name.replace(" ", "%20");
        Document form = page("/users/" + author.login() + "/pseuds/new", author.session());
        assertThat(form.select("form#pseud-form[enctype=multipart/form-data] input#icon[type=file]"))
                .hasSize(1);

        byte[] png = TestImages.png();
        mvc.perform(newPseud(name, png)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(pseudUrl));

        Document pseudPage = page(pseudUrl, author.session());
        assertThat(pseudPage.select("h2.heading").text()).contains(name);
        assertThat(pseudPage.select(".flash").text()).isEqualTo("Pseud was successfully created.");
        assertThat(pseudPage.select("blockquote.userstuff em").text()).isEqualTo("night");
        var icon = pseudPage.selectFirst("img.icon");
        assertThat(icon).isNotNull();
        assertThat(icon.attr("alt")).isEqualTo("An owl on a branch");
        assertThat(icon.attr("title")).isEqualTo("hoot");
        mvc.perform(get(icon.attr("src")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"))
                .andExpect(content().bytes(png));

        Document newWork = page("/works/new", author.session());
        var choice = newWork.select("fieldset.byline input[name=pseudIds]");
        assertThat(choice).hasSize(2);
        assertThat(newWork.select("fieldset.byline input[name=pseudIds][checked]")
                        .val())
                .as("the default pseud is chosen")
                .isNotEqualTo(choice.stream()
                        .filter(i -> i.parent().text().equals(name))
                        .findFirst()
                        .orElseThrow()
                        .val());
        String pseudId = choice.stream()
                .filter(i -> i.parent().text().equals(name))
                .findFirst()
                .orElseThrow()
                .val();
        long id = forms.submit(forms.valid(author, "Owl Hours", TestData.unique("Fandom "), "pseudIds", pseudId));

        Document work = page("/works/" + id, new MockHttpSession());
        assertThat(work.select("h3.byline.heading a[rel=author]").attr("href")).isEqualTo(pseudUrl);
        assertThat(work.select("h3.byline.heading").text()).isEqualTo(name + " (" + author.login() + ")");

        indexer.drain();
        assertThat(page(pseudUrl, new MockHttpSession())
                        .select("li.work.blurb h4 a[href^=/works/]")
                        .eachText())
                .contains("Owl Hours");
        assertThat(page(pseudUrl + "/works", new MockHttpSession())
                        .select("li.work.blurb h4 a[href^=/works/]")
                        .eachText())
                .containsExactly("Owl Hours");
        assertThat(page("/users/" + author.login() + "/pseuds/" + author.login(), new MockHttpSession())
                        .select("li.work.blurb"))
                .isEmpty();
        Document profile = page("/users/" + author.login() + "/profile", new MockHttpSession());
        assertThat(profile.select(".pseuds li.pseud a").eachText()).contains(author.login(), name);
        assertThat(profile.select(".pseuds img.icon[alt=An owl on a branch]")).hasSize(1);
    }

    @Test
    void aPseudFormWithMistakesComesBackWithWhatWasTyped() throws Exception {
        Document doc = html(mvc.perform(newPseud("Bad/Name", "GIF? no".getBytes()))
                .andExpect(status().is(422))
                .andReturn());
        assertThat(doc.select("input#name").val()).isEqualTo("Bad/Name");
        assertThat(doc.select("textarea#description").text()).isEqualTo("Writes at <em>night</em>.");
        assertThat(doc.select("input#iconAltText").val()).isEqualTo("An owl on a branch");
        assertThat(doc.select("#name-error").text()).contains("letters, numbers, spaces, underscores, and dashes");
        assertThat(doc.select("#icon-error").text()).isEqualTo("Icon must be a PNG, JPEG, GIF or WebP image.");
        assertThat(page("/users/" + author.login() + "/pseuds", author.session())
                        .select("li.pseud"))
                .hasSize(1);
    }

    @Test
    void onlyTheOwnerManagesTheirPseuds() throws Exception {
        Web.Account other = Web.signUp(mvc);
        String base = "/users/" + author.login() + "/pseuds";
        mvc.perform(get(base + "/new")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/users/login"));
        mvc.perform(get(base + "/new").session(other.session())).andExpect(status().isForbidden());
        mvc.perform(post(base).with(csrf(mvc, other.session())).param("name", "Intruder"))
                .andExpect(status().isForbidden());
        mvc.perform(get(base + "/" + author.login() + "/edit").session(other.session()))
                .andExpect(status().isForbidden());
        Document index = page(base, other.session());
        assertThat(index.select("li.pseud")).hasSize(1);
        assertThat(index.select("a:containsOwn(Edit), a:containsOwn(New Pseud)"))
                .isEmpty();
    }

    @Test
    void deletingAPseudCreditsItsWorksToTheDefaultPseudButTheDefaultStays() throws Exception {
        String name = TestData.unique("Temp");
        mvc.perform(newPseud(name, null)).andExpect(status().is3xxRedirection());
        String pseudId = page("/works/new", author.session()).select("fieldset.byline input[name=pseudIds]").stream()
                .filter(i -> i.parent().text().equals(name))
                .findFirst()
                .orElseThrow()
                .val();
        long id = forms.submit(forms.valid(author, "Passed On", TestData.unique("Fandom "), "pseudIds", pseudId));
        String base = "/users/" + author.login() + "/pseuds/";

        Document confirm = page(base + name + "/delete", author.session());
        assertThat(confirm.select(".caution").text()).contains("credited to your default pseud, " + author.login());
        mvc.perform(post(base + name + "/delete").with(csrf(mvc, author.session())))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/users/" + author.login() + "/pseuds"));
        mvc.perform(get(base + name)).andExpect(status().isNotFound());
        assertThat(page("/works/" + id, new MockHttpSession())
                        .select("h3.byline.heading")
                        .text())
                .isEqualTo(author.login());

        Document refused =
                html(mvc.perform(post(base + author.login() + "/delete").with(csrf(mvc, author.session())))
                        .andExpect(status().is(422))
                        .andReturn());
        assertThat(refused.select("p.error").text()).isEqualTo("You cannot delete your default pseudonym, sorry!");
    }
}
