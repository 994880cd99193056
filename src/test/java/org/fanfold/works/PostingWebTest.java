package org.fanfold.works;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fanfold.testing.Web.csrf;
import static org.fanfold.testing.Web.guestCsrf;
import static org.fanfold.testing.Web.html;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.fanfold.testing.SqliteTest;
import org.fanfold.testing.TestData;
import org.fanfold.testing.Web;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Posting, editing and deleting works and chapters through the web forms. */
@SqliteTest
class PostingWebTest {

    @Autowired
    MockMvc mvc;

    WorkForms forms;
    Web.Account author;

    @BeforeEach
    void author() throws Exception {
        forms = new WorkForms(mvc);
        author = Web.signUp(mvc);
    }

    private Document page(String url, MockHttpSession session) throws Exception {
        return html(mvc.perform(get(url).session(session))
                .andExpect(status().isOk())
                .andReturn());
    }

    @Test
    void thePostFormNeedsALogin() throws Exception {
        mvc.perform(get("/works/new")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/users/login"));
        mvc.perform(post("/works").with(guestCsrf(mvc)).param("title", "Sneaky"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/users/login"));

        Document form = page("/works/new", author.session());
        assertThat(form.select("form#work-form[action=/works][method=post]")).hasSize(1);
        assertThat(form.select("select#rating option"))
                .extracting(o -> o.text())
                .contains("Mature", "Explicit");
    }

    @Test
    void aFormWithErrorsComesBackWithEverythingTypedAndEachProblemByItsField() throws Exception {
        var result = mvc.perform(post("/works")
                        .with(csrf(mvc, author.session()))
                        .param("title", "Kept Title")
                        .param("fandoms", "Bad^Fandom")
                        .param("relationships", "A/B")
                        .param("characters", "A, B")
                        .param("freeforms", "Fluff, Angst")
                        .param("summary", "A <b>summary</b> I typed")
                        .param("body", "The body I typed & hope to keep")
                        .param("commit", "post"))
                .andExpect(status().is(422))
                .andReturn();
        Document doc = html(result);
        assertThat(doc.select("input#title").val()).isEqualTo("Kept Title");
        assertThat(doc.select("input#fandoms").val()).isEqualTo("Bad^Fandom");
        assertThat(doc.select("input#relationships").val()).isEqualTo("A/B");
        assertThat(doc.select("input#characters").val()).isEqualTo("A, B");
        assertThat(doc.select("input#freeforms").val()).isEqualTo("Fluff, Angst");
        assertThat(doc.select("textarea#summary").text()).isEqualTo("A <b>summary</b> I typed");
        assertThat(doc.select("textarea#body").text()).isEqualTo("The body I typed & hope to keep");

        assertThat(doc.select("#rating-error").text()).isEqualTo("Please choose a rating.");
        assertThat(doc.select("#warnings-error").text()).isEqualTo("Please select at least one warning.");
        assertThat(doc.select("#fandoms-error").text()).contains("Bad^Fandom", "contains a character");
        assertThat(doc.select("select#rating + #rating-error"))
                .as("next to its field")
                .hasSize(1);
        assertThat(doc.select("#error li")).hasSize(3);
    }

    @Test
    void aBlankTitleAndBodyAreEachNamed() throws Exception {
        Document doc = html(mvc.perform(forms.valid(author, "", "Some Fandom", "body", " "))
                .andExpect(status().is(422))
                .andReturn());
        assertThat(doc.select("#title-error").text()).isEqualTo("Please enter a title.");
        assertThat(doc.select("#body-error").text()).startsWith("Brevity is the soul of wit");
        assertThat(doc.select("input#fandoms").val()).isEqualTo("Some Fandom");
        assertThat(doc.select("select#rating option[selected]").text()).isEqualTo("General Audiences");
        assertThat(doc.select("input[name=warnings][checked]").val()).isEqualTo("No Archive Warnings Apply");
    }

    @Test
    void anExpectedChapterCountThatIsNotANumberIsRefused() throws Exception {
        Document doc = html(mvc.perform(forms.valid(author, "Counting", "F", "expectedChapters", "lots"))
                .andExpect(status().is(422))
                .andReturn());
        assertThat(doc.select("#expectedChapters-error").text()).contains("must be a number or ?");
        assertThat(doc.select("input#expectedChapters").val()).isEqualTo("lots");
    }

    @Test
    void aValidFormPostsTheWorkAndGoesToIt() throws Exception {
        String title = TestData.unique("Posted ");
        String location = mvc.perform(forms.valid(author, title, TestData.unique("Fandom ")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/works/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        Document work = page(location, new MockHttpSession());
        assertThat(work.select("h2.title.heading").text()).isEqualTo(title);
    }

    @Test
    void draftsAreNotFoundByAnyoneButTheirCreator() throws Exception {
        long id = forms.submit(forms.valid(author, "Secret Draft", "F", "commit", "draft"));
        Document own = page("/works/" + id, author.session());
        assertThat(own.select("p.notice").text()).contains("draft");
        assertThat(own.select("form[action=/works/" + id + "/post]")).hasSize(1);

        var other = Web.signUp(mvc);
        mvc.perform(get("/works/" + id).session(other.session())).andExpect(status().isNotFound());
        mvc.perform(get("/works/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/works/" + id + "/navigate")).andExpect(status().isNotFound());
        mvc.perform(get("/works/" + id + "/edit").session(other.session())).andExpect(status().isNotFound());

        mvc.perform(post("/works/" + id + "/post").with(csrf(mvc, author.session())))
                .andExpect(redirectedUrl("/works/" + id));
        mvc.perform(get("/works/" + id)).andExpect(status().isOk());
    }

    @Test
    void onlyCreatorsMayEditOrDelete() throws Exception {
        long id = forms.postWork(author, "Mine Alone", "F");
        var other = Web.signUp(mvc);
        Document forbidden = html(mvc.perform(get("/works/" + id + "/edit").session(other.session()))
                .andExpect(status().isForbidden())
                .andReturn());
        assertThat(forbidden.select("h2.heading").text()).isEqualTo("Not allowed");
        mvc.perform(forms.valid("/works/" + id, other, "Hijacked", "F", "commit", "update"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/works/" + id + "/delete").session(other.session())).andExpect(status().isForbidden());
        mvc.perform(post("/works/" + id + "/delete").with(csrf(mvc, other.session())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/works/" + id + "/chapters/new").session(other.session()))
                .andExpect(status().isForbidden());

        Document work = page("/works/" + id, other.session());
        assertThat(work.select("h2.title.heading").text()).isEqualTo("Mine Alone");
        assertThat(work.select("a[href=/works/" + id + "/edit]")).isEmpty();
    }

    @Test
    void theCreatorEditsTheWork() throws Exception {
        long id = forms.postWork(author, "First Title", "F");
        Document edit = page("/works/" + id + "/edit", author.session());
        assertThat(edit.select("input#title").val()).isEqualTo("First Title");
        assertThat(edit.select("textarea#body").text()).contains("Once upon a time");

        mvc.perform(forms.valid("/works/" + id, author, "Second Title", "F", "commit", "update"))
                .andExpect(redirectedUrl("/works/" + id));
        assertThat(page("/works/" + id, author.session())
                        .select("h2.title.heading")
                        .text())
                .isEqualTo("Second Title");
    }

    @Test
    void deletingAsksFirstThenTheWorkIsGone() throws Exception {
        long id = forms.postWork(author, "Doomed", "F");
        Document confirm = page("/works/" + id + "/delete", author.session());
        assertThat(confirm.select("h2.heading").text()).contains("Doomed");
        assertThat(confirm.select("form[action=/works/" + id + "/delete][method=post] button"))
                .hasSize(1);
        mvc.perform(get("/works/" + id)).andExpect(status().isOk());

        mvc.perform(post("/works/" + id + "/delete").with(csrf(mvc, author.session())))
                .andExpect(redirectedUrl("/users/" + author.login() + "/works?deleted"));
        mvc.perform(get("/works/" + id).session(author.session())).andExpect(status().isNotFound());
    }

    @Test
    void chaptersAreAddedEditedAndReorderedThroughTheWeb() throws Exception {
        long id = forms.submit(forms.valid(author, "Growing", "F", "expectedChapters", "?"));
        Document form = page("/works/" + id + "/chapters/new", author.session());
        assertThat(form.select("form#chapter-form[action=/works/" + id + "/chapters]"))
                .hasSize(1);

        long second = forms.addChapter(author, id, "The Second", "<p>Second chapter text.</p>");
        long first = forms.chapterIds(id, author.session()).getFirst();
        Document chapter = page("/works/" + id + "/chapters/" + second, author.session());
        assertThat(chapter.select("div.userstuff.module").text()).contains("Second chapter text.");
        assertThat(chapter.select("dd.chapters").text()).isEqualTo("2/?");

        Document edit = page("/works/" + id + "/chapters/" + second + "/edit", author.session());
        assertThat(edit.select("input#title").val()).isEqualTo("The Second");
        mvc.perform(post("/works/" + id + "/chapters/" + second)
                        .with(csrf(mvc, author.session()))
                        .param("title", "The Second, Revised")
                        .param("body", "Revised text.")
                        .param("format", "plain"))
                .andExpect(redirectedUrl("/works/" + id + "/chapters/" + second));
        chapter = page("/works/" + id + "/chapters/" + second, author.session());
        assertThat(chapter.select("div.chapter.preface.group h3.title").text()).contains("The Second, Revised");
        assertThat(chapter.select("div.userstuff.module p").text()).isEqualTo("Revised text.");

        Document manage = page("/works/" + id + "/chapters/manage", author.session());
        assertThat(manage.select("input[name=position_" + first + "]").val()).isEqualTo("1");
        assertThat(manage.select("input[name=position_" + second + "]").val()).isEqualTo("2");
        mvc.perform(post("/works/" + id + "/chapters/manage")
                        .with(csrf(mvc, author.session()))
                        .param("position_" + first, "2")
                        .param("position_" + second, "1"))
                .andExpect(redirectedUrl("/works/" + id + "/navigate"));
        assertThat(forms.chapterIds(id, author.session())).containsExactly(second, first);
        assertThat(page("/works/" + id, new MockHttpSession())
                        .select("#chapters .userstuff.module")
                        .text())
                .contains("Revised text.");
    }

    @Test
    void aChapterWithoutTextIsRefusedWithTheFormKept() throws Exception {
        long id = forms.postWork(author, "Wordless", "F");
        Document doc = html(mvc.perform(post("/works/" + id + "/chapters")
                        .with(csrf(mvc, author.session()))
                        .param("title", "Empty One")
                        .param("body", ""))
                .andExpect(status().is(422))
                .andReturn());
        assertThat(doc.select("input#title").val()).isEqualTo("Empty One");
        assertThat(doc.select("#body-error").text()).startsWith("Brevity");
    }

    @Test
    void htmlInWorkAndChapterTextIsSanitized() throws Exception {
        long id = forms.submit(forms.valid(
                author,
                "Scripted",
                "F",
                "body",
                "<p>Safe words.</p><script>alert('work')</script><img src=\"x.png\" onerror=\"alert(1)\">",
                "summary",
                "<p onclick=\"alert(2)\">Sum</p>"));
        long chapter = forms.addChapter(
                author,
                id,
                "Two",
                "<p>More.</p><script>alert('chapter')</script><a href=\"javascript:alert(3)\">x</a>");

        for (String url : List.of("/works/" + id + "?view_full_work=true", "/works/" + id + "/chapters/" + chapter)) {
            var result = mvc.perform(get(url)).andExpect(status().isOk()).andReturn();
            Document doc = html(result);
            assertThat(doc.select("#chapters script")).isEmpty();
            assertThat(doc.select("[onerror], [onclick]")).isEmpty();
            assertThat(result.getResponse().getContentAsString())
                    .doesNotContain("alert('work')", "alert('chapter')", "javascript:");
        }
        Document full = page("/works/" + id + "?view_full_work=true", new MockHttpSession());
        assertThat(full.select("#chapter-1 .userstuff.module p").text()).isEqualTo("Safe words.");
        assertThat(full.select("blockquote.userstuff").first().text()).isEqualTo("Sum");
    }
}
