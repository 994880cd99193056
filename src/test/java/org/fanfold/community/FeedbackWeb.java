package org.fanfold.community;

import static org.fanfold.testing.Web.csrf;
import static org.fanfold.testing.Web.freshAddress;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.SignupForm;
import org.fanfold.accounts.User;
import org.fanfold.testing.TestData;
import org.fanfold.testing.Web;
import org.fanfold.works.ChapterInput;
import org.fanfold.works.WorkInput;
import org.fanfold.works.WorkReader;
import org.fanfold.works.WorkService;
import org.jsoup.nodes.Document;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Works, people and feedback through the web, for the community module's web tests. */
final class FeedbackWeb {

    private final MockMvc mvc;
    private final Accounts accounts;
    private final WorkService works;
    private final WorkReader reader;

    FeedbackWeb(MockMvc mvc, Accounts accounts, WorkService works, WorkReader reader) {
        this.mvc = mvc;
        this.accounts = accounts;
        this.works = works;
        this.reader = reader;
    }

    /** A posted work by {@code author} with one chapter per text; returns its id. */
    long work(Web.Account author, String title, String... chapterTexts) {
        return work(author, input(title, false, Math.max(1, chapterTexts.length)), chapterTexts);
    }

    /** A valid work's metadata: {@code restricted} to registered users or not, planned with {@code chapters}. */
    static WorkInput input(String title, boolean restricted, int chapters) {
        WorkInput w = TestData.work(title, "Feedback Fandom", "Fluff");
        return new WorkInput(
                w.title(),
                w.fandoms(),
                w.rating(),
                w.warnings(),
                w.categories(),
                w.relationships(),
                w.characters(),
                w.freeforms(),
                w.language(),
                w.summary(),
                w.notes(),
                w.endNotes(),
                chapters,
                restricted,
                w.importedAuthor(),
                w.series(),
                w.giftRecipients());
    }

    long work(Web.Account author, WorkInput input, String... chapterTexts) {
        User user = user(author);
        List<ChapterInput> chapters = new ArrayList<>();
        for (String text : chapterTexts.length == 0 ? new String[] {"The story."} : chapterTexts) {
            chapters.add(TestData.chapter(text));
        }
        return works.create(accounts.defaultPseud(user.id()), input, chapters, WorkService.Mode.POST);
    }

    /** The work's chapter ids, in order. */
    List<Long> chapterIds(long workId, Web.Account author) {
        User user = user(author);
        var viewer = TestData.viewer(user);
        var view = reader.view(workId, viewer).orElseThrow();
        return reader.chapters(view, viewer).stream().map(c -> c.id()).toList();
    }

    User user(Web.Account account) {
        return accounts.byLogin(account.login()).orElseThrow();
    }

    /** An admin, signed in through the login form. */
    Web.Account admin() throws Exception {
        String login = TestData.unique("admin");
        accounts.register(new SignupForm(login, login + "@example.com", Web.PASSWORD, Web.PASSWORD), true);
        var session = new MockHttpSession();
        mvc.perform(post("/users/login")
                        .with(csrf(mvc, session))
                        .with(freshAddress())
                        .param("user[login]", login)
                        .param("user[password]", Web.PASSWORD))
                .andExpect(status().is3xxRedirection());
        return new Web.Account(login, session);
    }

    /** Posts a comment as a signed-in user on {@code url} (a work's or chapter's {@code /comments}). */
    ResultActions comment(Web.Account who, String url, String body) throws Exception {
        return mvc.perform(post(url).with(csrf(mvc, who.session())).param("body", body));
    }

    /** Posts a guest comment from a fresh session and address. */
    ResultActions guestComment(String url, String name, String email, String body) throws Exception {
        return mvc.perform(post(url)
                .with(Web.guestCsrf(mvc))
                .with(freshAddress())
                .param("name", name)
                .param("email", email)
                .param("body", body));
    }

    Document page(String url, MockHttpSession session) throws Exception {
        return Web.html(mvc.perform(get(url).session(session))
                .andExpect(status().isOk())
                .andReturn());
    }

    Document guestPage(String url) throws Exception {
        return page(url, new MockHttpSession());
    }

    /** The id in a redirect to a page's "#comment_{id}", or else to "/comments/{id}". */
    static long commentId(ResultActions result) {
        String location = result.andReturn().getResponse().getRedirectedUrl();
        if (location == null) throw new AssertionError("no redirect");
        for (String pattern : List.of("#comment_(\\d+)", "/comments/(\\d+)")) {
            var m = Pattern.compile(pattern).matcher(location);
            if (m.find()) return Long.parseLong(m.group(1));
        }
        throw new AssertionError("no comment in " + location);
    }
}
