package org.fanfold.works;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fanfold.testing.Web.html;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.List;
import org.fanfold.search.WorkIndexer;
import org.fanfold.tags.Tag;
import org.fanfold.tags.TagEdit;
import org.fanfold.tags.TagService;
import org.fanfold.tags.Wrangling;
import org.fanfold.testing.SqliteTest;
import org.fanfold.testing.TestData;
import org.fanfold.testing.Web;
import org.hamcrest.Matchers;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Finding works: tag listings with AO3's URL escapes, search, fandom autocomplete and series pages. */
@SqliteTest
class FindingWorksWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    WorkIndexer indexer;

    @Autowired
    TagService tags;

    @Autowired
    Wrangling wrangling;

    WorkForms forms;
    Web.Account author;

    @BeforeEach
    void author() throws Exception {
        forms = new WorkForms(mvc);
        author = Web.signUp(mvc);
    }

    private Document guest(URI url) throws Exception {
        return html(mvc.perform(get(url)).andExpect(status().isOk()).andReturn());
    }

    private Document guest(String url) throws Exception {
        return guest(URI.create(url));
    }

    private List<String> blurbTitles(Document doc) {
        return doc.select("li.work.blurb.group h4.heading > a[href^=/works/]").eachText();
    }

    private Document search(String query) throws Exception {
        indexer.drain();
        return html(mvc.perform(get("/works/search").param("work_search[query]", query))
                .andExpect(status().isOk())
                .andReturn());
    }

    @Test
    void aTagPageListsItsWorks() throws Exception {
        String fandom = TestData.unique("Listed Fandom ");
        String title = TestData.unique("Listed Work ");
        long id = forms.postWork(author, title, fandom);
        indexer.drain();

        Document work = guest("/works/" + id);
        String href = work.select("dd.fandom.tags a.tag").attr("href");
        assertThat(href).isEqualTo("/tags/" + fandom.replace(" ", "%20") + "/works");

        Document listing = guest(href);
        assertThat(listing.select("h2.heading").text()).startsWith("1 Work in").endsWith(fandom);
        assertThat(listing.select("li.work.blurb.group")).hasSize(1);
        assertThat(listing.select("li.work.blurb.group#work_" + id)).hasSize(1);
        assertThat(blurbTitles(listing)).containsExactly(title);
        assertThat(listing.select("li.work.blurb.group h5.fandoms a.tag").text())
                .isEqualTo(fandom);

        forms.submit(forms.valid("/works/" + id, author, title + " Revised", fandom));
        indexer.drain();
        assertThat(blurbTitles(guest(href)))
                .as("the listing shows the edit, though it showed the work before")
                .containsExactly(title + " Revised");
    }

    @Test
    void tagNamesWithSlashesUseAo3sStarEscapeInUrls() throws Exception {
        String ship = TestData.unique("Kirk/Spock ");
        String title = TestData.unique("Slash Work ");
        long id = forms.submit(forms.valid(author, title, "Star Trek", "relationships", ship));
        indexer.drain();

        String href = guest("/works/" + id).select("dd.relationship.tags a.tag").attr("href");
        assertThat(href).isEqualTo("/tags/" + ship.replace("/", "*s*").replace(" ", "%20") + "/works");
        Document listing = guest(href);
        assertThat(blurbTitles(listing)).containsExactly(title);
        assertThat(listing.select("h2.heading a.tag").text()).isEqualTo(ship);

        mvc.perform(get(URI.create(href.replace("/works", "")))).andExpect(status().isOk());
        mvc.perform(get(URI.create("/tags/" + TestData.unique("NoSuchTag") + "/works")))
                .andExpect(status().isNotFound());
    }

    @Test
    void searchFindsWorksByTitleTagAndCreator() throws Exception {
        String titleWord = TestData.unique("zanzibar").replace("_", "");
        String tagWord = TestData.unique("quokka").replace("_", "");
        long id = forms.submit(forms.valid(
                author, "The " + titleWord + " Affair", "Search Fandom", "freeforms", tagWord + " Feelings"));
        String title = "The " + titleWord + " Affair";

        Document byTitle = search(titleWord);
        assertThat(blurbTitles(byTitle)).containsExactly(title);
        assertThat(byTitle.select(".listing-main h3.heading").text()).isEqualTo("1 Found");
        assertThat(byTitle.select("input#work_search_query").val()).isEqualTo(titleWord);

        assertThat(blurbTitles(search(tagWord))).containsExactly(title);
        assertThat(blurbTitles(search(author.login()))).containsExactly(title);
        assertThat(blurbTitles(search(TestData.unique("nothingmatches").replace("_", ""))))
                .isEmpty();

        indexer.drain();
        Document byTitleField = html(mvc.perform(get("/works/search")
                        .param("work_search[title]", titleWord)
                        .param("work_search[creators]", author.login()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(blurbTitles(byTitleField)).containsExactly(title);
        assertThat(byTitleField
                        .select("form#work-filters input[name=work_search[title]]")
                        .val())
                .as("the sidebar keeps the title")
                .isEqualTo(titleWord);
        assertThat(byTitleField
                        .select("select[name=work_search[sort_column]] option[selected]")
                        .val())
                .as("a text search is ordered by best match, and says so")
                .isEqualTo("_score");
        assertThat(blurbTitles(html(mvc.perform(get("/works/search").param("work_search[title]", tagWord))
                        .andExpect(status().isOk())
                        .andReturn())))
                .as("a tag's word is not in the title")
                .isEmpty();

        Document form = guest("/works/search");
        assertThat(form.select("form#work-search input[name=work_search[query]]"))
                .hasSize(1);
        assertThat(form.select("form#work-search input[name=work_search[title]]"))
                .hasSize(1);
        assertThat(form.select("li.work.blurb.group")).isEmpty();
        assertThat(id).isPositive();
    }

    @Test
    void theSearchFormOffersTheFiltersAndNoIdTwiceBesideTheSidebar() throws Exception {
        String fandom = TestData.unique("Searched Fandom ");
        String title = TestData.unique("Searched Work ");
        forms.postWork(author, title, fandom);
        indexer.drain();

        Document form = guest("/works/search");
        assertThat(form.select("form#work-search details.search-options[open]")).hasSize(1);
        for (String name : List.of(
                "work_search[other_tag_names]",
                "work_search[excluded_tag_names]",
                "work_search[complete]",
                "work_search[words_from]",
                "work_search[kudos_count]",
                "work_search[posted_from]",
                "work_search[language_id]")) {
            assertThat(form.select("form#work-search [name=" + name + "]"))
                    .as(name)
                    .isNotEmpty();
        }

        Document found = guest("/works/search?work_search%5Bother_tag_names%5D="
                + java.net.URLEncoder.encode(fandom, java.nio.charset.StandardCharsets.UTF_8)
                        .replace("+", "%20")
                + "&work_search%5Bkudos_count%5D=%3C1");
        assertThat(blurbTitles(found)).containsExactly(title);
        assertThat(found.select("form#work-search input[name=work_search[kudos_count]]")
                        .attr("value"))
                .isEqualTo("<1");
        assertThat(found.select("form#work-filters input[name=work_search[kudos_count]]")
                        .attr("value"))
                .isEqualTo("<1");
        List<String> ids = found.select("[id]").eachAttr("id");
        assertThat(ids).doesNotHaveDuplicates();
        for (var label : found.select("label[for]")) {
            assertThat(found.getElementById(label.attr("for")))
                    .as(label.attr("for"))
                    .isNotNull();
        }
    }

    @Test
    void searchLeavesOutRestrictedWorksForGuests() throws Exception {
        String word = TestData.unique("membersword").replace("_", "");
        forms.submit(forms.valid(author, word, "F", "restricted", "true"));
        assertThat(blurbTitles(search(word))).isEmpty();

        var reader = Web.signUp(mvc);
        indexer.drain();
        Document found = html(mvc.perform(
                        get("/works/search").param("work_search[query]", word).session(reader.session()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(blurbTitles(found)).containsExactly(word);
        assertThat(found.select("li.work.blurb.group img[alt=(Restricted)]")).hasSize(1);
    }

    @Test
    void fandomAutocompleteOffersCanonicalFandoms() throws Exception {
        String prefix = TestData.unique("Autocompleted").replace("_", "");
        String fandom = prefix + " Saga";
        forms.postWork(author, "Any", fandom);
        mvc.perform(get("/autocomplete/fandom").param("term", prefix.toLowerCase()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$").isEmpty());
        Tag tag = tags.find(fandom).orElseThrow();
        wrangling.edit(tag.id(), new TagEdit(tag.name(), tag.type().dbName(), true, ""));

        mvc.perform(get("/autocomplete/fandom").param("term", prefix.toLowerCase()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", Matchers.contains(fandom)))
                .andExpect(jsonPath("$[0].id").value(fandom));
        mvc.perform(get("/autocomplete/fandom").param("term", "saga"))
                .andExpect(jsonPath("$[*].name", Matchers.hasItem(fandom)));
        mvc.perform(get("/autocomplete/character").param("term", prefix))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$").isEmpty());
        mvc.perform(get("/autocomplete/rating").param("term", "gen")).andExpect(status().isNotFound());
    }

    @Test
    void aSeriesPageListsItsPartsInOrder() throws Exception {
        String seriesTitle = TestData.unique("Saga ");
        long first = forms.submit(forms.valid(author, "Part One", "F", "newSeries", seriesTitle));
        Document work = guest("/works/" + first);
        var link = work.select("dd.series a[href^=/series/]");
        assertThat(link.text()).isEqualTo(seriesTitle);
        assertThat(work.select("dd.series span.position").text()).isEqualTo("Part 1 of " + seriesTitle);
        String seriesUrl = link.attr("href");
        String seriesId = seriesUrl.substring("/series/".length());

        long second = forms.submit(forms.valid(author, "Part Two", "F", "seriesId", seriesId));
        Document series = guest(seriesUrl);
        assertThat(series.select("h2.heading").text()).isEqualTo(seriesTitle);
        assertThat(blurbTitles(series)).containsExactly("Part One", "Part Two");
        assertThat(guest("/works/" + second).select("dd.series span.position").text())
                .isEqualTo("Part 2 of " + seriesTitle);
        assertThat(guest("/works/" + first).select("dd.series a.next").attr("href"))
                .isEqualTo("/works/" + second);

        mvc.perform(get("/series/987654321")).andExpect(status().isNotFound());
    }
}
