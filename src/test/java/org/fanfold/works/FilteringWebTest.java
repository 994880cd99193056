package org.fanfold.works;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fanfold.testing.Web.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.fanfold.search.WorkIndexer;
import org.fanfold.tags.Tag;
import org.fanfold.tags.TagEdit;
import org.fanfold.tags.TagPropagator;
import org.fanfold.tags.TagService;
import org.fanfold.tags.Wrangling;
import org.fanfold.testing.SqliteTest;
import org.fanfold.testing.TestData;
import org.fanfold.testing.Web;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Filtering listings as a reader does: AO3's parameters, the sidebar's facets, exclusions, mutes, saved filters. */
@SqliteTest
class FilteringWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    WorkIndexer indexer;

    @Autowired
    TagService tags;

    @Autowired
    Wrangling wrangling;

    @Autowired
    TagPropagator propagator;

    @Autowired
    SavedFilters savedFilters;

    @Autowired
    org.fanfold.accounts.Accounts accounts;

    WorkForms forms;
    Web.Account author;
    String fandom;
    long fluff;
    long angst;
    long explicit;

    @BeforeEach
    void threeWorksInOneFandom() throws Exception {
        forms = new WorkForms(mvc);
        author = Web.signUp(mvc);
        fandom = TestData.unique("Filter Fandom ");
        fluff = forms.submit(forms.valid(author, "Soft", fandom, "freeforms", "Fluff, Domestic"));
        angst = forms.submit(forms.valid(author, "Sad", fandom, "freeforms", "Angst", "expectedChapters", "?"));
        explicit = forms.submit(forms.valid(
                author,
                "Hot",
                fandom,
                "freeforms",
                "Fluff",
                "rating",
                "Explicit",
                "warnings",
                "Major Character Death"));
        for (String name : List.of(fandom, "Fluff", "Angst", "Domestic")) {
            Tag tag = tags.find(name).orElseThrow();
            if (!tag.canonical())
                wrangling.edit(tag.id(), new TagEdit(tag.name(), tag.type().dbName(), true, ""));
        }
        propagator.drain();
        indexer.drain();
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Web.html(mvc.perform(request).andExpect(status().isOk()).andReturn());
    }

    private MockHttpServletRequestBuilder listing(String... params) {
        var request = get("/tags/" + fandom + "/works");
        for (int i = 0; i + 1 < params.length; i += 2) request.param(params[i], params[i + 1]);
        return request;
    }

    private static List<String> titles(Document doc) {
        return doc.select("li.work.blurb.group h4.heading > a[href^=/works/]").eachText();
    }

    private long tagId(String name) {
        return tags.find(name).orElseThrow().filterId();
    }

    @Test
    void theSidebarOffersOnlyCanonicalTags() throws Exception {
        String unwrangled = TestData.unique("Unwrangled ");
        forms.submit(forms.valid(author, "Odd", fandom, "freeforms", unwrangled));
        indexer.drain();
        Document doc = page(listing());
        assertThat(doc.select("aside.listing-filters").text())
                .doesNotContain(unwrangled)
                .contains("Fluff");
        assertThat(titles(page(listing("work_search[other_tag_names]", unwrangled))))
                .containsExactly("Odd");
    }

    @Test
    void theSidebarCountsEveryTagAmongAllMatchingWorks() throws Exception {
        Document doc = page(listing());
        assertThat(doc.select("h2.heading").first().text()).startsWith("3 Works in");
        var fluffBox = doc.select("input[name=include_work_search[freeform_ids][]][value=" + tagId("Fluff") + "]");
        assertThat(fluffBox.parents().first().text()).contains("Fluff (2)");
        assertThat(doc.select("input[name=include_work_search[rating_ids][]]")).hasSize(2);
    }

    @Test
    void moreOpensOnlyItsOwnTypeKeepsTheFiltersAndFewerClosesIt() throws Exception {
        List<String> tropes = new ArrayList<>();
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            tropes.add(TestData.unique("Trope " + i + " "));
            people.add(TestData.unique("Person " + i + " "));
        }
        forms.submit(forms.valid(
                author,
                "Busy",
                fandom,
                "freeforms",
                String.join(", ", tropes),
                "characters",
                String.join(", ", people)));
        for (String name : concat(tropes, people)) {
            Tag tag = tags.find(name).orElseThrow();
            wrangling.edit(tag.id(), new TagEdit(tag.name(), tag.type().dbName(), true, ""));
        }
        propagator.drain();
        indexer.drain();
        String explicitId = String.valueOf(tagId("Explicit"));

        Document doc = page(listing("exclude_work_search[rating_ids][]", explicitId));
        assertThat(doc.select("fieldset.include details.facet summary").eachText())
                .contains("Ratings", "Archive Warnings", "Categories", "Fandoms", "Characters", "Additional Tags");
        assertThat(doc.select("fieldset.include details.freeform li")).hasSize(ListingPages.FACETS);
        assertThat(doc.select("fieldset.include details.character li")).hasSize(ListingPages.FACETS);
        assertThat(doc.select("form#work-filters input[name=show_more]")).isEmpty();
        var more = doc.select("fieldset.include details.freeform p.more a");
        assertThat(more.text()).isEqualTo("More additional tags…");
        assertThat(doc.select("fieldset.include details.character p.more a").text())
                .isEqualTo("More characters…");
        String href = more.attr("href");
        assertThat(href)
                .contains("exclude_work_search%5Brating_ids%5D%5B%5D=" + explicitId)
                .endsWith("show_more=freeform#include_freeform_tags");

        Document longer = page(get(URI.create(href)));
        assertThat(titles(longer)).containsExactlyInAnyOrder("Soft", "Sad", "Busy");
        assertThat(longer.select("fieldset.include details.freeform li").size()).isGreaterThan(ListingPages.FACETS);
        assertThat(longer.select("details#include_freeform_tags").hasAttr("open"))
                .isTrue();
        assertThat(longer.select("fieldset.include details.character li"))
                .as("other types stay as they were")
                .hasSize(ListingPages.FACETS);
        // filtering again from there keeps the longer list, and only that one
        assertThat(longer.select("form#work-filters input[type=hidden][name=show_more]")
                        .eachAttr("value"))
                .containsExactly("freeform");
        assertThat(longer.select("fieldset.include details.freeform p.more a").text())
                .isEqualTo("Fewer additional tags");

        String both =
                longer.select("fieldset.include details.character p.more a").attr("href");
        assertThat(both).contains("show_more=character").contains("show_more=freeform");
        Document open = page(get(URI.create(both)));
        assertThat(open.select("fieldset.include details.character li").size()).isGreaterThan(ListingPages.FACETS);
        assertThat(open.select("fieldset.include details.freeform li").size()).isGreaterThan(ListingPages.FACETS);

        String fewer = open.select("fieldset.include details.freeform p.more a").attr("href");
        assertThat(fewer)
                .contains("exclude_work_search%5Brating_ids%5D%5B%5D=" + explicitId)
                .contains("show_more=character")
                .doesNotContain("show_more=freeform");
        Document closed = page(get(URI.create(fewer)));
        assertThat(closed.select("fieldset.include details.freeform li")).hasSize(ListingPages.FACETS);
        assertThat(closed.select("fieldset.include details.character li").size())
                .isGreaterThan(ListingPages.FACETS);

        Document saved = page(listing("show_more", "1"));
        assertThat(saved.select("fieldset.include details.freeform li").size())
                .as("a link saved when More opened every type still does")
                .isGreaterThan(ListingPages.FACETS);
        assertThat(saved.select("fieldset.include details.character li").size()).isGreaterThan(ListingPages.FACETS);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    @Test
    void bestMatchIsOfferedOnlyWhenThereIsTextToMatch() throws Exception {
        Document plain = page(listing());
        assertThat(plain.select("select#work_search_sort_column option").eachAttr("value"))
                .doesNotContain("_score")
                .contains("revised_at", "title_to_sort_on");
        assertThat(plain.select("select#work_search_sort_column option[selected]")
                        .val())
                .isEqualTo("revised_at");

        Document searched = page(listing("work_search[query]", "Fluff"));
        assertThat(searched.select("select#work_search_sort_column option[selected]")
                        .val())
                .isEqualTo("_score");

        Document stale = page(listing("work_search[sort_column]", "_score"));
        assertThat(titles(stale))
                .as("a Best Match kept from a search, with nothing to match: the newest update first")
                .containsExactlyElementsOf(titles(plain));
        assertThat(stale.select("select#work_search_sort_column option[selected]")
                        .val())
                .isEqualTo("revised_at");
        assertThat(titles(page(listing("work_search[sort_column]", "_score", "work_search[sort_direction]", "asc"))))
                .hasSize(3);
    }

    @Test
    void theLanguageMenuSaysAnyLanguageUntilOneIsChosenAndIsLabelled() throws Exception {
        Document doc = page(listing());
        var select = doc.select("form#work-filters select#work_search_language_id");
        assertThat(doc.select("label[for=work_search_language_id]").text()).isEqualTo("Language");
        assertThat(select.select("option").first().text()).isEqualTo("Any language");
        assertThat(select.select("option").first().val()).isEmpty();
        assertThat(select.select("option[selected]")).isEmpty();
        Document english = page(listing("work_search[language_id]", "en"));
        assertThat(english.select("select#work_search_language_id option[selected]")
                        .val())
                .isEqualTo("en");
        assertThat(titles(english)).hasSize(3);
        Document search = page(get("/works/search"));
        assertThat(search.select("label[for=search_work_search_language_id]").text())
                .isEqualTo("Language");
        assertThat(search.select("select#search_work_search_language_id option")
                        .first()
                        .text())
                .isEqualTo("Any language");
    }

    @Test
    void countRangesFilterAndAValueThatCannotBeReadIsNamedAndKept() throws Exception {
        assertThat(titles(page(listing("work_search[kudos_count]", "<1")))).hasSize(3);
        assertThat(titles(page(listing("work_search[kudos_count]", ">0")))).isEmpty();
        assertThat(titles(page(listing("work_search[hits]", "0-1000", "work_search[bookmarks_count]", "0"))))
                .hasSize(3);

        Document doc = page(listing("work_search[kudos_count]", "lots", "work_search[complete]", "F"));
        assertThat(titles(doc)).containsExactly("Sad");
        assertThat(doc.select("form#work-filters [role=alert]").text())
                .contains("Kudos: “lots” is not a number or a range");
        assertThat(doc.select("input#work_search_kudos_count").attr("value")).isEqualTo("lots");
        assertThat(doc.select("input#work_search_hits").attr("value")).isEmpty();
        assertThat(titles(page(listing("work_search[posted_to]", "2000-01-01"))))
                .isEmpty();
        assertThat(titles(page(listing("work_search[posted_from]", "2000-01-01"))))
                .hasSize(3);
        assertThat(page(listing("work_search[posted_from]", "2000-01-01"))
                        .select("input#posted_from")
                        .attr("value"))
                .isEqualTo("2000-01-01");
        assertThat(page(listing("work_search[kudos_count]", ">5"))
                        .select("input#work_search_kudos_count")
                        .attr("value"))
                .isEqualTo(">5");
    }

    @Test
    void ao3sUpdatedHowLongAgoFiltersAndWhatCannotBeReadIsNamedAndKept() throws Exception {
        assertThat(titles(page(listing("work_search[revised_at]", "< 1 week")))).hasSize(3);
        assertThat(titles(page(listing("work_search[revised_at]", "&gt;1 week"))))
                .isEmpty();
        assertThat(titles(page(listing("work_search[revised_at]", "1-2 years ago"))))
                .isEmpty();
        assertThat(titles(page(listing("work_search[revised_at]", "< 1 week", "work_search[date_to]", "2000-01-01"))))
                .as("with the updated days, both apply")
                .isEmpty();
        Document shown = page(listing("work_search[revised_at]", "<2 weeks"));
        assertThat(shown.select("input#work_search_revised_at").attr("value")).isEqualTo("<2 weeks");
        assertThat(shown.select("label[for=work_search_revised_at]").text()).isEqualTo("Updated how long ago:");
        assertThat(shown.select("input#date_from").attr("value")).isEmpty();

        Document junk = page(listing("work_search[revised_at]", "recently", "work_search[complete]", "F"));
        assertThat(titles(junk)).containsExactly("Sad");
        assertThat(junk.select("form#work-filters [role=alert]").text())
                .contains(
                        "Updated how long ago: “recently” is not a time ago (< 2 weeks, > 1 month, 2-4 weeks or 7 days).");
        assertThat(junk.select("input#work_search_revised_at").attr("value")).isEqualTo("recently");

        Document search = page(get("/works/search")
                .param("work_search[other_tag_names]", fandom)
                .param("work_search[revised_at]", "< 1 month"));
        assertThat(search.select("form#work-search input#search_work_search_revised_at")
                        .attr("value"))
                .isEqualTo("< 1 month");
        assertThat(titles(search)).hasSize(3);
    }

    @Test
    void ao3FilterParametersIncludeAndExclude() throws Exception {
        assertThat(titles(page(listing("include_work_search[freeform_ids][]", String.valueOf(tagId("Fluff"))))))
                .containsExactlyInAnyOrder("Soft", "Hot");
        assertThat(titles(page(listing("exclude_work_search[rating_ids][]", String.valueOf(tagId("Explicit"))))))
                .containsExactlyInAnyOrder("Soft", "Sad");
        assertThat(titles(page(listing("work_search[other_tag_names]", "Domestic"))))
                .containsExactly("Soft");
        assertThat(titles(page(listing("work_search[excluded_tag_names]", "Fluff, Angst"))))
                .isEmpty();
        assertThat(titles(page(listing("work_search[complete]", "F")))).containsExactly("Sad");
        Document excluded = page(listing("work_search[excluded_tag_ids][]", String.valueOf(tagId("Angst"))));
        assertThat(excluded.select("ul.excluded input[checked]").eachAttr("value"))
                .containsExactly(String.valueOf(tagId("Angst")));
    }

    @Test
    void whenNothingMatchesTheTickedTagsStayTickedAndTheFilterSaysSo() throws Exception {
        String fluffId = String.valueOf(tagId("Fluff"));
        Document doc =
                page(listing("include_work_search[freeform_ids][]", fluffId, "work_search[words_from]", "900000"));
        assertThat(titles(doc)).isEmpty();
        assertThat(doc.select("input[name=include_work_search[freeform_ids][]][value=" + fluffId + "]")
                        .hasAttr("checked"))
                .as("a tick that vanished would be dropped by the next Sort and Filter")
                .isTrue();
        assertThat(doc.select("p.empty").text()).isEqualTo("No works match these filters.");
    }

    @Test
    void rangesTypedTheWrongWayRoundAreReadTheRightWayRound() throws Exception {
        Document words = page(listing("work_search[words_from]", "100000", "work_search[words_to]", "1"));
        assertThat(titles(words)).hasSize(3);
        assertThat(words.select("input#words_from").attr("value")).isEqualTo("1");
        assertThat(words.select("input#words_to").attr("value")).isEqualTo("100000");
        assertThat(titles(page(listing("work_search[kudos_count]", "10-0")))).hasSize(3);
        Document days = page(listing("work_search[posted_from]", "2999-12-31", "work_search[posted_to]", "2000-01-01"));
        assertThat(titles(days)).hasSize(3);
        assertThat(days.select("input#posted_from").attr("value")).isEqualTo("2000-01-01");
        assertThat(days.select("input#posted_to").attr("value")).isEqualTo("2999-12-31");
    }

    @Test
    void aNumberTooLargeToReadIsNamedNotAnError() throws Exception {
        Document doc = page(listing("work_search[kudos_count]", ">99999999999999999999"));
        assertThat(titles(doc)).hasSize(3);
        assertThat(doc.select("form#work-filters [role=alert]").text()).contains("Kudos: “>99999999999999999999”");
    }

    @Test
    void aPagePastTheLastSaysWhichIsTheLast() throws Exception {
        Document doc = page(listing("page", "99"));
        assertThat(doc.select("h2.heading").first().text()).startsWith("3 Works in");
        assertThat(doc.select("p.empty").text()).isEqualTo("There is no page 99: the last is page 1.");
        assertThat(doc.select("p.empty a").attr("href")).endsWith("page=1");
    }

    @Test
    void ao3sOrAndNotWork() throws Exception {
        assertThat(titles(page(listing("work_search[query]", "Soft OR Sad")))).containsExactlyInAnyOrder("Soft", "Sad");
        assertThat(titles(page(listing("work_search[query]", "Fluff NOT Soft"))))
                .containsExactly("Hot");
        assertThat(titles(page(listing("work_search[query]", "Fluff AND Soft"))))
                .containsExactly("Soft");
    }

    @Test
    void exclusionNeedsNoInclusion() throws Exception {
        Document doc = page(get("/works").param("work_search[excluded_tag_names]", fandom));
        assertThat(doc.select("li.work.blurb.group").eachAttr("id"))
                .isNotEmpty()
                .doesNotContain("work_" + fluff, "work_" + angst, "work_" + explicit);
    }

    @Test
    void anUnknownTagNameFindsNothingAndSaysWhy() throws Exception {
        String missing = TestData.unique("No Such Tag ");
        Document doc = page(listing("work_search[other_tag_names]", missing));
        assertThat(titles(doc)).isEmpty();
        assertThat(doc.select("p.notice").text()).contains(missing);
        assertThat(page(listing("work_search[other_tag_names]", "Nope One, Nope Two"))
                        .select("p.notice")
                        .text())
                .isEqualTo("No works found: there are no tags called “Nope One” and “Nope Two” here.");
    }

    @Test
    void mutingATagDropsItsWorksAndTheCountsAndSaysHowManyAreHidden() throws Exception {
        Web.Account reader = Web.signUp(mvc);
        MockHttpSession session = reader.session();
        assertThat(page(listing().session(session)).select("h2.heading").first().text())
                .startsWith("3 Works");

        mvc.perform(post("/tags/Angst/mute").with(csrf(mvc, session)).param("returnTo", "/works"))
                .andExpect(status().is3xxRedirection());
        Document muted = page(listing().session(session));
        assertThat(muted.select("h2.heading").first().text()).startsWith("2 Works");
        assertThat(titles(muted)).containsExactlyInAnyOrder("Soft", "Hot");
        assertThat(muted.select("p.notice.exclusions").first().wholeText())
                .startsWith("1 work is hidden by your exclusions");
        assertThat(muted.select("input[name=include_work_search[freeform_ids][]][value=" + tagId("Angst") + "]"))
                .isEmpty();
        Document angstPage = page(get("/tags/Angst/works").session(session));
        assertThat(angstPage.select("p.notice.muted").text()).startsWith("You have muted this tag");
        assertThat(angstPage.select("form.mute").attr("action")).isEqualTo("/tags/Angst/unmute");
        assertThat(page(get("/users/" + reader.login() + "/exclusions").session(session))
                        .select("ul.muted.tags")
                        .text())
                .contains("Angst");

        mvc.perform(post("/tags/Angst/unmute").with(csrf(mvc, session))).andExpect(status().is3xxRedirection());
        assertThat(titles(page(listing().session(session)))).hasSize(3);
    }

    @Test
    void mutingACreatorHidesTheirWorksEverywhere() throws Exception {
        Web.Account reader = Web.signUp(mvc);
        mvc.perform(post("/users/" + author.login() + "/mute").with(csrf(mvc, reader.session())))
                .andExpect(status().is3xxRedirection());
        Document doc = page(listing().session(reader.session()));
        assertThat(titles(doc)).isEmpty();
        assertThat(doc.select("p.notice.exclusions").first().wholeText()).startsWith("3 works are hidden");
        assertThat(titles(page(listing()))).hasSize(3);
    }

    @Test
    void aSavedFilterComesBackOnTheSidebarAndTheExclusionsPage() throws Exception {
        Web.Account reader = Web.signUp(mvc);
        String url = "/tags/" + fandom + "/works?work_search%5Bcomplete%5D=T";
        assertThat(page(get("/works").session(reader.session())).select("nav.saved-filters a"))
                .isEmpty();
        mvc.perform(post("/saved_filters")
                        .with(csrf(mvc, reader.session()))
                        .param("name", "Finished")
                        .param("url", url))
                .andExpect(status().is3xxRedirection());
        Document doc = page(get("/works").session(reader.session()));
        assertThat(doc.select("nav.saved-filters a").eachAttr("href")).contains(url);
        mvc.perform(post("/saved_filters")
                        .with(csrf(mvc, reader.session()))
                        .param("name", "Away")
                        .param("url", "https://evil.example/"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aFilterPastTheMostOneMayKeepIsRefusedOnTheListingWithNothingLost() throws Exception {
        Web.Account reader = Web.signUp(mvc);
        long readerId = accounts.byLogin(reader.login()).orElseThrow().id();
        for (int i = 0; i < SavedFilters.MAX_PER_USER; i++)
            savedFilters.save(readerId, "Filter " + i, "/works?page=" + i);
        String url = "/tags/" + fandom.replace(" ", "%20") + "/works?work_search%5Bcomplete%5D=F&show_more=freeform";

        var refused = mvc.perform(post("/saved_filters")
                        .with(csrf(mvc, reader.session()))
                        .param("name", "  My hundred and first ")
                        .param("url", url))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo(url + "#save-filter");
        assertThat(savedFilters.count(readerId)).isEqualTo(SavedFilters.MAX_PER_USER);

        Document doc = page(get(URI.create(url)).session(reader.session()));
        assertThat(titles(doc)).as("the listing as it was filtered").containsExactly("Sad");
        assertThat(doc.select("form#save-filter [role=alert]").text())
                .startsWith("These filters were not saved: you have 100 saved filters, as many as you can keep.");
        assertThat(doc.select("form#save-filter [role=alert] a").attr("href"))
                .isEqualTo("/users/" + reader.login() + "/exclusions");
        assertThat(doc.select("input#saved_filter_name").val())
                .as("the name as typed")
                .isEqualTo("  My hundred and first ");
        assertThat(doc.select("input#saved_filter_name").attr("aria-describedby"))
                .isEqualTo("saved_filter_error");
        assertThat(doc.select("form#save-filter input[name=url]").val()).isEqualTo(url);
        assertThat(page(get(URI.create(url)).session(reader.session())).select("form#save-filter [role=alert]"))
                .as("said once")
                .isEmpty();
    }

    @Test
    void guestsCannotMuteOrSave() throws Exception {
        mvc.perform(post("/tags/Angst/mute").with(Web.guestCsrf(mvc)))
                .andExpect(status().is3xxRedirection())
                .andExpect(result ->
                        assertThat(result.getResponse().getRedirectedUrl()).contains("/users/login"));
    }
}
