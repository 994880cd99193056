package org.fanfold.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.SignupForm;
import org.fanfold.accounts.User;
import org.fanfold.shared.Viewer;
import org.fanfold.testing.TestData;
import org.fanfold.testing.Web;
import org.fanfold.works.ChapterInput;
import org.fanfold.works.Credits;
import org.fanfold.works.SeriesChoice;
import org.fanfold.works.WorkInput;
import org.fanfold.works.WorkService;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Users with API tokens, works made through the services, and API calls as them or as guests. */
final class ApiFixtures {

    /** A user with a personal API token. */
    record Caller(User user, Viewer viewer, String token) {
        String login() {
            return user.login();
        }

        /** Sends the request with this caller's token. */
        RequestPostProcessor bearer() {
            return request -> {
                request.addHeader("Authorization", "Bearer " + token);
                return request;
            };
        }
    }

    private final MockMvc mvc;
    private final Accounts accounts;
    private final ApiTokens tokens;
    private final WorkService works;

    ApiFixtures(MockMvc mvc, Accounts accounts, ApiTokens tokens, WorkService works) {
        this.mvc = mvc;
        this.accounts = accounts;
        this.tokens = tokens;
        this.works = works;
    }

    Caller caller() {
        return caller(false);
    }

    Caller caller(boolean admin) {
        String login = TestData.unique("api");
        User user = accounts.register(new SignupForm(login, login + "@example.com", "password1", "password1"), admin);
        return new Caller(
                user, TestData.viewer(user), tokens.create(user.id(), "tests").secret());
    }

    /** A work with two chapters in a fandom, posted (or a draft), restricted or not. */
    long work(Caller author, String title, String fandom, boolean post, boolean restricted) {
        WorkInput input = input(title, fandom, restricted, SeriesChoice.NONE);
        return works.create(
                author.viewer(),
                Credits.DEFAULT,
                input,
                List.of(
                        ChapterInput.of("Beginnings", "", "<p>Start notes.</p>", "", "<p>One two three.</p>"),
                        ChapterInput.of("Endings", "", "", "", "<p>Four five.</p>")),
                post ? WorkService.Mode.POST : WorkService.Mode.DRAFT);
    }

    long posted(Caller author, String title, String fandom) {
        return work(author, title, fandom, true, false);
    }

    static WorkInput input(String title, String fandom, boolean restricted, SeriesChoice series) {
        return new WorkInput(
                title,
                List.of(fandom),
                "Teen And Up Audiences",
                List.of("No Archive Warnings Apply"),
                List.of("F/M"),
                List.of("Alpha/Beta"),
                List.of("Alpha", "Beta"),
                List.of("Fluff"),
                "en",
                "<p>A summary of " + title + ".</p>",
                "<p>Some notes.</p>",
                "",
                3,
                restricted,
                null,
                series,
                List.of());
    }

    /** A GET as a guest, from an address of its own (guests' budgets are per address). */
    MockHttpServletRequestBuilder guestGet(String url) {
        return get(url).with(Web.freshAddress());
    }

    MockHttpServletRequestBuilder getAs(Caller caller, String url) {
        return get(url).with(caller.bearer());
    }

    MockHttpServletRequestBuilder postAs(Caller caller, String url, String json) {
        return post(url)
                .with(caller.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json);
    }

    static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    static <T> T read(MvcResult result, String path) throws Exception {
        return JsonPath.read(body(result), path);
    }

    MockMvc mvc() {
        return mvc;
    }
}
