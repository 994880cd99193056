package org.fanfold.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fanfold.api.ApiFixtures.read;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.fanfold.accounts.Accounts;
import org.fanfold.search.WorkIndexer;
import org.fanfold.testing.SqliteTest;
import org.fanfold.testing.TestData;
import org.fanfold.works.ChapterInput;
import org.fanfold.works.Credits;
import org.fanfold.works.SeriesChoice;
import org.fanfold.works.WorkService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Reading works through the API: every field, sanitized HTML, lists with AO3's filters and paging, series, errors. */
@SqliteTest
class ApiWorksWebTest {

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

    ApiFixtures api;
    ApiFixtures.Caller author;
    ApiFixtures.Caller reader;
    String fandom;

    @BeforeEach
    void archive() {
        api = new ApiFixtures(mvc, accounts, tokens, works);
        author = api.caller();
        reader = api.caller();
        fandom = TestData.unique("Api Fandom ");
    }

    @Test
    void aWorkHasEveryFieldClientsNeed() throws Exception {
        long id = works.create(
                author.viewer(),
                Credits.DEFAULT,
                ApiFixtures.input(
                        "Lanterns <b>lit</b>", fandom, false, new SeriesChoice(null, "The Lantern Cycle", null)),
                List.of(
                        ChapterInput.of("Beginnings", "", "<p>Start notes.</p>", "", "<p>One two three.</p>"),
                        ChapterInput.of("Endings", "", "", "", "<p>Four five.</p>")),
                WorkService.Mode.POST);

        MvcResult result = mvc.perform(api.guestGet("/api/v1/works/" + id))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("application/json")))
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.url").value("http://localhost/works/" + id))
                .andExpect(jsonPath("$.title").value("Lanterns <b>lit</b>"))
                .andExpect(jsonPath("$.anonymous").value(false))
                .andExpect(jsonPath("$.creators[0].pseud").value(author.login()))
                .andExpect(jsonPath("$.creators[0].login").value(author.login()))
                .andExpect(jsonPath("$.creators[0].url")
                        .value("http://localhost/users/" + author.login() + "/pseuds/" + author.login()))
                .andExpect(jsonPath("$.rating").value("Teen And Up Audiences"))
                .andExpect(jsonPath("$.warnings[0]").value("No Archive Warnings Apply"))
                .andExpect(jsonPath("$.categories[0]").value("F/M"))
                .andExpect(jsonPath("$.tags[?(@.type == 'fandom')].name").value(hasItem(fandom)))
                .andExpect(jsonPath("$.tags[?(@.type == 'relationship')].name").value(hasItem("Alpha/Beta")))
                .andExpect(jsonPath("$.tags[?(@.type == 'character')].name").value(hasItem("Beta")))
                .andExpect(jsonPath("$.tags[?(@.type == 'freeform')].name").value(hasItem("Fluff")))
                .andExpect(jsonPath("$.tags[?(@.type == 'rating')].name").value(hasItem("Teen And Up Audiences")))
                .andExpect(jsonPath("$.tags[?(@.type == 'archive_warning')].name")
                        .value(hasItem("No Archive Warnings Apply")))
                .andExpect(jsonPath("$.summary").value("<p>A summary of Lanterns <b>lit</b>.</p>"))
                .andExpect(jsonPath("$.notes").value("<p>Some notes.</p>"))
                .andExpect(jsonPath("$.end_notes").value(""))
                .andExpect(jsonPath("$.language").value("en"))
                .andExpect(jsonPath("$.words").value(5))
                .andExpect(jsonPath("$.chapter_count").value(2))
                .andExpect(jsonPath("$.expected_chapters").value(3))
                .andExpect(jsonPath("$.complete").value(false))
                .andExpect(jsonPath("$.restricted").value(false))
                .andExpect(jsonPath("$.posted").value(true))
                .andExpect(jsonPath("$.published").value(startsWith("20")))
                .andExpect(jsonPath("$.updated").value(containsString("T")))
                .andExpect(jsonPath("$.kudos").value(0))
                .andExpect(jsonPath("$.hits").value(0))
                .andExpect(jsonPath("$.comments").value(0))
                .andExpect(jsonPath("$.bookmarks").value(0))
                .andExpect(jsonPath("$.series[0].title").value("The Lantern Cycle"))
                .andExpect(jsonPath("$.series[0].position").value(1))
                .andExpect(jsonPath("$.gifts").isArray())
                .andExpect(jsonPath("$.chapters.length()").value(2))
                .andExpect(jsonPath("$.chapters[0].position").value(1))
                .andExpect(jsonPath("$.chapters[0].title").value("Beginnings"))
                .andExpect(jsonPath("$.chapters[0].words").value(3))
                .andExpect(jsonPath("$.chapters[1].title").value("Endings"))
                .andExpect(jsonPath("$.chapters[1].words").value(2))
                .andReturn();
        assertThat(ApiFixtures.<String>read(result, "$.published"))
                .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
        assertThat(result.getRequest().getSession(false))
                .as("a guest's read makes no session")
                .isNull();
        assertThat(result.getResponse().getCookies()).isEmpty();

        long second = ((Number) read(result, "$.chapters[1].id")).longValue();
        long first = ((Number) read(result, "$.chapters[0].id")).longValue();
        mvc.perform(api.guestGet("/api/v1/works/" + id + "/chapters/" + second))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(second))
                .andExpect(jsonPath("$.work_id").value(id))
                .andExpect(jsonPath("$.position").value(2))
                .andExpect(jsonPath("$.title").value("Endings"))
                .andExpect(jsonPath("$.text").value("<p>Four five.</p>"))
                .andExpect(jsonPath("$.words").value(2))
                .andExpect(jsonPath("$.previous_chapter_id").value(first))
                .andExpect(jsonPath("$.next_chapter_id").doesNotExist());
        mvc.perform(api.guestGet("/api/v1/works/" + id + "/chapters/" + first))
                .andExpect(jsonPath("$.notes").value("<p>Start notes.</p>"))
                .andExpect(jsonPath("$.next_chapter_id").value(second));
    }

    @Test
    void userHtmlComesSanitized() throws Exception {
        long id = works.create(
                author.viewer(),
                Credits.DEFAULT,
                new org.fanfold.works.WorkInput(
                        "Sanitized",
                        List.of(fandom),
                        "General Audiences",
                        List.of("No Archive Warnings Apply"),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        "en",
                        org.fanfold.shared.UserHtml.sanitize("<p onclick=\"x()\">Hi<script>alert(1)</script></p>"),
                        "",
                        "",
                        1,
                        false,
                        null,
                        SeriesChoice.NONE,
                        List.of()),
                List.of(ChapterInput.of(
                        "",
                        "",
                        "",
                        "",
                        org.fanfold.shared.TextFormat.HTML.toHtml("<p>Text<script>bad()</script></p>"))),
                WorkService.Mode.POST);
        MvcResult result = mvc.perform(api.guestGet("/api/v1/works/" + id)).andReturn();
        assertThat(ApiFixtures.<String>read(result, "$.summary")).isEqualTo("<p>Hi</p>");
        long chapter = ((Number) read(result, "$.chapters[0].id")).longValue();
        mvc.perform(api.guestGet("/api/v1/works/" + id + "/chapters/" + chapter))
                .andExpect(jsonPath("$.text").value(not(containsString("script"))));
    }

    @Test
    void listsFilterWithAo3sParametersAndPageWithLinks() throws Exception {
        for (int i = 1; i <= 21; i++) api.posted(author, String.format("Listed %02d", i), fandom);
        api.posted(reader, "Someone Else's", fandom);
        indexer.drain();
        String filter = "/api/v1/users/" + author.login()
                + "/works?work_search[sort_column]=title_to_sort_on&work_search[other_tag_names]=" + fandom
                + "&facets=true";
        MvcResult first = mvc.perform(api.guestGet(filter))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(21))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.pages").value(2))
                .andExpect(jsonPath("$.per_page").value(20))
                .andExpect(jsonPath("$.works.length()").value(20))
                .andExpect(jsonPath("$.works[0].title").value("Listed 01"))
                .andExpect(jsonPath("$.works[0].chapters").doesNotExist())
                .andExpect(jsonPath("$.works[0].creators[0].login").value(author.login()))
                .andExpect(jsonPath("$.previous").isEmpty())
                .andExpect(jsonPath("$.facets.fandom").isArray())
                .andExpect(jsonPath("$.facets.rating[0].name").value("Teen And Up Audiences"))
                .andExpect(jsonPath("$.facets.rating[0].count").value(21))
                .andExpect(jsonPath("$.facets.category[0].name").value("F/M"))
                .andReturn();
        String next = read(first, "$.next");
        assertThat(next)
                .startsWith("http://localhost/api/v1/users/" + author.login() + "/works?")
                .contains("work_search%5Bsort_column%5D=title_to_sort_on")
                .endsWith("page=2");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(java.net.URI.create(next))
                        .with(org.fanfold.testing.Web.freshAddress()))
                .andExpect(jsonPath("$.page").value(2))
                .andExpect(jsonPath("$.works.length()").value(1))
                .andExpect(jsonPath("$.works[0].title").value("Listed 21"))
                .andExpect(jsonPath("$.next").isEmpty())
                .andExpect(jsonPath("$.previous").value(containsString("page=1")))
                .andExpect(jsonPath("$.facets.rating[0].count").value(21));

        mvc.perform(api.guestGet("/api/v1/works?work_search[other_tag_names]=" + fandom
                        + "&work_search[excluded_tag_names]=Nothing Like It&work_search[query]=Someone"))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.works[0].creators[0].login").value(reader.login()));
        mvc.perform(api.guestGet("/api/v1/works?work_search[other_tag_names]=No Such Tag Anywhere"))
                .andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.unknown_tags[0]").value("No Such Tag Anywhere"));
        mvc.perform(api.guestGet("/api/v1/works?facets=lots"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("bad_request"));
        mvc.perform(api.guestGet("/api/v1/works?work_search[kudos_count]=lots&work_search[words_from]=10k"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("Words from: “10k” is not a number.")))
                .andExpect(jsonPath("$.message").value(containsString("Kudos: “lots” is not a number or a range")));
        mvc.perform(api.guestGet("/api/v1/works?work_search[kudos_count]=<100&work_search[words_from]=1,000"))
                .andExpect(status().isOk());
    }

    @Test
    void aSeriesShowsThePartsTheCallerMaySee() throws Exception {
        long one = works.create(
                author.viewer(),
                Credits.DEFAULT,
                ApiFixtures.input("Part One", fandom, false, new SeriesChoice(null, "Seasons", null)),
                List.of(TestData.chapter("Spring words here.")),
                WorkService.Mode.POST);
        long seriesId = ((Number) read(
                        mvc.perform(api.getAs(author, "/api/v1/works/" + one)).andReturn(), "$.series[0].id"))
                .longValue();
        long two = works.create(
                author.viewer(),
                Credits.DEFAULT,
                ApiFixtures.input("Part Two", fandom, true, new SeriesChoice(seriesId, null, null)),
                List.of(TestData.chapter("Summer words.")),
                WorkService.Mode.POST);
        mvc.perform(api.guestGet("/api/v1/series/" + seriesId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Seasons"))
                .andExpect(jsonPath("$.creators[0].login").value(author.login()))
                .andExpect(jsonPath("$.works_count").value(1))
                .andExpect(jsonPath("$.words").value(3))
                .andExpect(jsonPath("$.works[*].id").value(contains((int) one)))
                .andExpect(jsonPath("$.begun").value(startsWith("20")));
        mvc.perform(api.getAs(reader, "/api/v1/series/" + seriesId))
                .andExpect(jsonPath("$.works_count").value(2))
                .andExpect(jsonPath("$.works[*].id").value(contains((int) one, (int) two)));
        mvc.perform(api.guestGet("/api/v1/series/999999999")).andExpect(status().isNotFound());
    }

    @Test
    void errorsAreJsonWithTheRightStatus() throws Exception {
        mvc.perform(api.guestGet("/api/v1/works/999999999"))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", startsWith("application/json")))
                .andExpect(jsonPath("$.error").value("not_found"));
        mvc.perform(api.guestGet("/api/v1/works/abc"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("bad_request"));
        mvc.perform(api.guestGet("/api/v1/no/such/thing"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value(containsString("/api/v1/docs")));
        long id = api.posted(author, "Chapterless Lookup", fandom);
        mvc.perform(api.guestGet("/api/v1/works/" + id + "/chapters/999999999"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("not_found"));
    }
}
