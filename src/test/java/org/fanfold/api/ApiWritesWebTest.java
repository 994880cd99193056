package org.fanfold.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fanfold.api.ApiFixtures.read;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fanfold.accounts.Accounts;
import org.fanfold.search.WorkIndexer;
import org.fanfold.testing.SqliteTest;
import org.fanfold.testing.TestData;
import org.fanfold.works.WorkService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Posting works, adding chapters and bookmarking with a token: the forms' rules, 201 with Location, 403, 422. */
@SqliteTest
class ApiWritesWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    WorkService works;

    @Autowired
    WorkIndexer indexer;

    @Autowired
    JdbcClient jdbc;

    ApiFixtures api;
    ApiFixtures.Caller author;
    ApiFixtures.Caller reader;
    String fandom;

    @BeforeEach
    void callers() {
        api = new ApiFixtures(mvc, accounts, tokens, works);
        author = api.caller();
        reader = api.caller();
        fandom = TestData.unique("Write Fandom ");
    }

    private String work(String title, String extra) {
        return """
                {"title": "%s", "fandoms": ["%s"], "rating": "Mature",
                 "warnings": ["Creator Chose Not To Use Archive Warnings"], "categories": ["F/F", "Gen"],
                 "relationships": ["Ruth/Naomi"], "characters": ["Ruth", "Naomi"], "freeforms": ["Slow Burn"],
                 "language": "en", "summary": "Two <em>widows</em><script>x()</script>", "notes": "Thanks",
                 "expected_chapters": "?", "chapter_title": "The Road",
                 "body": "Whither thou goest.\\n\\nI will go."%s}""".formatted(title, fandom, extra);
    }

    @Test
    void aWorkPostedWithATokenIsCreatedAsTheFormWouldMakeIt() throws Exception {
        MvcResult created = mvc.perform(
                        api.postAs(author, "/api/v1/works", work("Gleaning", ", \"format\": \"plain\"")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.title").value("Gleaning"))
                .andExpect(jsonPath("$.creators[0].login").value(author.login()))
                .andExpect(jsonPath("$.rating").value("Mature"))
                .andExpect(jsonPath("$.categories.length()").value(2))
                .andExpect(jsonPath("$.summary").value("<p>Two <em>widows</em></p>"))
                .andExpect(jsonPath("$.expected_chapters").isEmpty())
                .andExpect(jsonPath("$.posted").value(true))
                .andExpect(jsonPath("$.chapters[0].title").value("The Road"))
                .andExpect(jsonPath("$.words").value(6))
                .andReturn();
        long id = ((Number) read(created, "$.id")).longValue();
        assertThat(created.getResponse().getHeader("Location")).isEqualTo("http://localhost/api/v1/works/" + id);
        assertThat(created.getRequest().getSession(false))
                .as("token calls are stateless")
                .isNull();
        long chapter = ((Number) read(created, "$.chapters[0].id")).longValue();
        mvc.perform(api.guestGet("/api/v1/works/" + id + "/chapters/" + chapter))
                .andExpect(jsonPath("$.text").value("<p>Whither thou goest.</p>\n<p>I will go.</p>"));
        indexer.drain();
        mvc.perform(api.guestGet("/api/v1/works?work_search[other_tag_names]=" + fandom))
                .andExpect(jsonPath("$.works[0].id").value(id));
    }

    @Test
    void aDraftStaysItsCreatorsOwn() throws Exception {
        MvcResult created = mvc.perform(api.postAs(author, "/api/v1/works", work("Draft Via Api", ", \"draft\": true")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.posted").value(false))
                .andReturn();
        long id = ((Number) read(created, "$.id")).longValue();
        mvc.perform(api.guestGet("/api/v1/works/" + id)).andExpect(status().isNotFound());
    }

    @Test
    void aWorkThatBreaksTheRulesIs422WithEachFieldAndNothingSaved() throws Exception {
        String title = TestData.unique("Nameless ");
        mvc.perform(api.postAs(
                        author,
                        "/api/v1/works",
                        "{\"title\": \"" + title + "\", \"fandoms\": [], \"rating\": \"Sort Of Rated\", \"body\": \"\","
                                + " \"expected_chapters\": \"several\", \"end_notes\": \"" + "x".repeat(5_001)
                                + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.error").value("unprocessable"))
                .andExpect(jsonPath("$.errors.expected_chapters").value(containsString("number or ?")));
        mvc.perform(api.postAs(
                        author,
                        "/api/v1/works",
                        "{\"title\": \"" + title + "\", \"fandoms\": [], \"body\": \"\", \"language\": \"xx\","
                                + " \"end_notes\": \"" + "x".repeat(5_001) + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.fandoms").value("Please add at least one fandom."))
                .andExpect(jsonPath("$.errors.rating").value("Please choose a rating."))
                .andExpect(jsonPath("$.errors.warnings").value("Please select at least one warning."))
                .andExpect(jsonPath("$.errors.language").value("Please select a language."))
                .andExpect(jsonPath("$.errors.end_notes").value(containsString("5,000")))
                .andExpect(jsonPath("$.errors.body").value(containsString("Brevity")));
        mvc.perform(api.postAs(author, "/api/v1/works", work(title, "").replace("\"Mature\"", "\"Sort Of Rated\"")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.rating").value(containsString("is not a rating")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM works WHERE title = ?")
                        .param(title)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aBodyThatIsNotTheJsonAskedForIs400() throws Exception {
        mvc.perform(api.postAs(author, "/api/v1/works", "{\"title\": \"Typo\", \"sumary\": \"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("\"sumary\"")));
        mvc.perform(api.postAs(author, "/api/v1/works", "{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("bad_request"));
        mvc.perform(api.postAs(author, "/api/v1/works", "")).andExpect(status().isBadRequest());
        mvc.perform(api.postAs(author, "/api/v1/works", "{\"fandoms\": \"not a list\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void writesNeedSomeoneSignedIn() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/works")
                        .contentType("application/json")
                        .content(work("Anonymous Poster", "")))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Bearer")))
                .andExpect(jsonPath("$.error").value("unauthorized"));
    }

    @Test
    void onlyTheCreatorsAddChapters() throws Exception {
        long id = api.posted(author, "Growing", fandom);
        MvcResult added = mvc.perform(api.postAs(
                        author,
                        "/api/v1/works/" + id + "/chapters",
                        "{\"title\": \"Three\", \"notes\": \"<p>More</p>\", \"body\": \"# Heading\\n\\nText *here*\","
                                + " \"format\": \"markdown\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.position").value(3))
                .andExpect(jsonPath("$.title").value("Three"))
                .andExpect(jsonPath("$.text").value("<h1>Heading</h1>\n<p>Text <em>here</em></p>"))
                .andReturn();
        long chapter = ((Number) read(added, "$.id")).longValue();
        assertThat(added.getResponse().getHeader("Location"))
                .isEqualTo("http://localhost/api/v1/works/" + id + "/chapters/" + chapter);
        mvc.perform(api.guestGet("/api/v1/works/" + id))
                .andExpect(jsonPath("$.chapter_count").value(3));

        mvc.perform(api.postAs(reader, "/api/v1/works/" + id + "/chapters", "{\"body\": \"Not mine\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("forbidden"));
        long draft = api.work(author, "Hidden Draft", fandom, false, false);
        mvc.perform(api.postAs(reader, "/api/v1/works/" + draft + "/chapters", "{\"body\": \"Not mine\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(api.postAs(
                        author,
                        "/api/v1/works/" + id + "/chapters",
                        "{\"title\": \"" + "t".repeat(256) + "\", \"body\": \"\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.body").exists())
                .andExpect(jsonPath("$.errors.title").value(containsString("255")));
    }

    @Test
    void bookmarkingMakesOneBookmarkPerWorkAndChecksTheForm() throws Exception {
        long id = api.posted(author, "Worth Keeping", fandom);
        String body = "{\"work_id\": " + id + ", \"notes\": \"So good\", \"tags\": [\"favourites\"], \"rec\": true}";
        MvcResult first = mvc.perform(api.postAs(reader, "/api/v1/bookmarks", body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.work.id").value(id))
                .andExpect(jsonPath("$.notes").value("<p>So good</p>"))
                .andExpect(jsonPath("$.rec").value(true))
                .andExpect(jsonPath("$.tags[0].name").value("favourites"))
                .andReturn();
        long bookmark = ((Number) read(first, "$.id")).longValue();
        assertThat(first.getResponse().getHeader("Location"))
                .isEqualTo("http://localhost/api/v1/bookmarks/" + bookmark);
        mvc.perform(api.postAs(
                        reader,
                        "/api/v1/bookmarks",
                        "{\"work_id\": " + id + ", \"private\": true, \"notes\": \"Mine\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(bookmark))
                .andExpect(jsonPath("$.private").value(true));
        mvc.perform(api.guestGet("/api/v1/works/" + id))
                .andExpect(jsonPath("$.bookmarks").value(0));

        mvc.perform(api.postAs(
                        reader,
                        "/api/v1/bookmarks",
                        "{\"work_id\": " + id + ", \"notes\": \"" + "n".repeat(5_001) + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.notes").value(containsString("5,000")));
        long draft = api.work(author, "Not Yet", fandom, false, false);
        mvc.perform(api.postAs(reader, "/api/v1/bookmarks", "{\"work_id\": " + draft + "}"))
                .andExpect(status().isNotFound());
        mvc.perform(api.postAs(reader, "/api/v1/bookmarks", "{\"notes\": \"of nothing\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(api.postAs(reader, "/api/v1/bookmarks", "{\"work_id\": " + id + ", \"pseud_id\": 999999999}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.pseud_id").exists());
    }
}
