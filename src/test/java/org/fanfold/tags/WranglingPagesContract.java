package org.fanfold.tags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.List;
import java.util.stream.IntStream;
import org.fanfold.accounts.User;
import org.fanfold.testing.Web;
import org.hamcrest.Matchers;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The wrangling pages through HTTP, on every database: who reaches them, forms, refusals, mass wrangling. */
abstract class WranglingPagesContract extends WranglingWeb {

    @Test
    void nonWranglersAreForbiddenAndGuestsAreSentToLogIn() throws Exception {
        Tag t = tags.findOrCreate(unique("Some Tag "), TagType.FREEFORM);
        mvc.perform(get(url(t, "/edit")).with(reader)).andExpect(status().isForbidden());
        mvc.perform(get(URI.create("/tag_wranglings")).with(reader)).andExpect(status().isForbidden());
        mvc.perform(post(url(t, ""))
                        .with(reader)
                        .with(token())
                        .param("tag[name]", "x")
                        .param("tag[type]", "Freeform"))
                .andExpect(status().isForbidden());
        mvc.perform(get(url(t, "/edit"))).andExpect(redirectedUrl("/users/login"));
        assertThat(tag(t.name()).name()).isEqualTo(t.name());
    }

    @Test
    void adminsAreWranglersToo() throws Exception {
        User admin = accounts.register(
                new org.fanfold.accounts.SignupForm(
                        unique("admin"), unique("a") + "@example.com", "password1", "password1"),
                true);
        Tag t = tags.findOrCreate(unique("Admin Tag "), TagType.FREEFORM);
        mvc.perform(get(url(t, "/edit")).with(as(admin))).andExpect(status().isOk());
    }

    @Test
    void aWranglerEditsATagAndSeesRefusalsWithTheirInputKept() throws Exception {
        Tag t = tags.findOrCreate(unique("Loose Tag "), TagType.FREEFORM);
        mvc.perform(get(url(t, "/edit")).with(wrangler))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("name=\"tag[merger_string]\"")))
                .andExpect(content().string(Matchers.containsString("authenticity_token")));
        mvc.perform(post(url(t, ""))
                        .with(wrangler)
                        .with(token())
                        .param("tag[name]", t.name())
                        .param("tag[type]", "Freeform")
                        .param("tag[canonical]", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(tag(t.name()).canonical()).isTrue();

        String typed = unique("No Such Canonical ");
        mvc.perform(post(url(t, ""))
                        .with(wrangler)
                        .with(token())
                        .param("tag[name]", t.name())
                        .param("tag[type]", "Freeform")
                        .param("tag[canonical]", "true")
                        .param("tag[merger_string]", typed))
                .andExpect(status().is(422))
                .andExpect(content().string(Matchers.containsString("A canonical tag can't be a synonym")))
                .andExpect(content().string(Matchers.containsString("value=\"" + typed + "\"")));

        String parent = unique("Character Parent ");
        canonical(parent, TagType.CHARACTER);
        mvc.perform(post(url(t, "/parents")).with(wrangler).with(token()).param("parent_string", parent))
                .andExpect(status().is(422))
                .andExpect(content().string(Matchers.containsString("can't be parents of Additional tags")))
                .andExpect(content().string(Matchers.containsString("value=\"" + parent + "\"")));
    }

    @Test
    void theUnwrangledListCountsWorksPerFandomAndType() throws Exception {
        String fandom = unique("Fandom ");
        String often = unique("Often ");
        String once = unique("Once ");
        String character = unique("Char ");
        postWork(fandom, List.of(), List.of(character), List.of(often));
        postFreeform(fandom, often);
        postFreeform(fandom, once);
        Tag f = tag(fandom);
        assertThat(unwrangledIn(f, TagType.FREEFORM))
                .extracting(c -> c.tag().name() + "=" + c.works())
                .containsExactly(often + "=2", once + "=1");
        assertThat(unwrangledIn(f, TagType.CHARACTER))
                .extracting(c -> c.tag().name())
                .containsExactly(character);
        assertThat(unwrangled.fandoms(1000))
                .filteredOn(c -> c.fandom().id() == f.id())
                .extracting(UnwrangledTags.FandomCount::unwrangled)
                .containsExactly(3L);
        mvc.perform(get(url(f, "/wrangle?show=freeform")).with(wrangler))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(often)));
        mvc.perform(get(URI.create("/tag_wranglings")).with(wrangler))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(fandom)));
    }

    @Test
    void massWranglingGivesTheSelectedTagsAFandomOrMakesThemSynonymsOrCanonical() throws Exception {
        String fandom = unique("Fandom ");
        String a = unique("Tag A "), b = unique("Tag B "), c = unique("Tag C ");
        String target = unique("Target ");
        long workA = postFreeform(fandom, a);
        postFreeform(fandom, b);
        postFreeform(fandom, c);
        Tag f = canonical(fandom, TagType.FANDOM);
        canonical(target, TagType.FREEFORM);
        propagate();

        mvc.perform(post(url(f, "/wrangle"))
                        .with(wrangler)
                        .with(token())
                        .param("selected_tags", id(a), id(b))
                        .param("wrangle_action", "synonym")
                        .param("synonym_string", target))
                .andExpect(status().is3xxRedirection());
        assertThat(tag(a).mergerId()).isEqualTo(tag(target).id());
        assertThat(tag(b).mergerId()).isEqualTo(tag(target).id());
        propagate();
        assertThat(listedUnder(target)).contains(workA);

        mvc.perform(post(url(f, "/wrangle"))
                        .with(wrangler)
                        .with(token())
                        .param("selected_tags", id(c), id(a))
                        .param("wrangle_action", "canonical"))
                .andExpect(status().is(422))
                .andExpect(content().string(Matchers.containsString("is a synonym")));
        assertThat(tag(c).canonical()).isFalse();

        mvc.perform(post(url(f, "/wrangle"))
                        .with(wrangler)
                        .with(token())
                        .param("selected_tags", id(c))
                        .param("wrangle_action", "fandom")
                        .param("fandom_string", fandom))
                .andExpect(status().is3xxRedirection());
        assertThat(unwrangledIn(f, TagType.FREEFORM)).isEmpty();
    }

    @Test
    void onlyWranglersSeeTheEditTagLinkOnATagsWorks() throws Exception {
        String fandom = unique("Linked Fandom ");
        postFreeform(fandom, unique("x "));
        Tag f = tag(fandom);
        mvc.perform(get(url(f, "/works")).with(wrangler))
                .andExpect(content().string(Matchers.containsString(f.url() + "/edit")));
        mvc.perform(get(url(f, "/works")).with(reader))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Edit tag"))));
    }

    @Test
    void theUnwrangledListShowsOneTypeFiftyAPageSortedByNameDateOrUses() throws Exception {
        String fandom = unique("Big Fandom ");
        String prefix = unique("Paged ");
        List<String> many = IntStream.range(0, 55)
                .mapToObj(i -> prefix + String.format("%02d", i))
                .toList();
        postWork(fandom, List.of(), List.of(unique("Char ")), many);
        String popular = prefix + "54";
        postFreeform(fandom, popular);
        Tag f = tag(fandom);

        Document first = html(get(url(f, "/wrangle?show=freeform")).with(wrangler));
        assertThat(first.select("table.wrangling tbody tr")).hasSize(50);
        assertThat(first.select("form.wrangling h3.heading").text())
                .isEqualTo("1 - 50 of 55 unwrangled Additional Tags");
        assertThat(first.select("ul.wrangling.types a[aria-current=page]").text())
                .isEqualTo("Additional Tags (55)");
        assertThat(first.select("ul.wrangling.types a"))
                .extracting(Element::text)
                .as("in AO3's order")
                .containsExactly("Characters (1)", "Relationships (0)", "Additional Tags (55)");
        String next = first.select("nav a[rel=next]").attr("href");
        assertThat(next).contains("show=freeform", "sort_column=name").endsWith("page=2");

        Document second = html(get(URI.create(next)).with(wrangler));
        assertThat(second.select("table.wrangling tbody label"))
                .extracting(Element::text)
                .containsExactly(prefix + "50", prefix + "51", prefix + "52", prefix + "53", popular);
        assertThat(html(get(url(f, "/wrangle?show=freeform&page=9")).with(wrangler))
                        .select("table.wrangling tbody tr"))
                .as("a page past the end is the last")
                .hasSize(5);

        Document byUses =
                html(get(url(f, "/wrangle?show=freeform&sort_column=uses")).with(wrangler));
        assertThat(byUses.select("table.wrangling tbody label").first().text()).isEqualTo(popular);
        assertThat(byUses.select("th[aria-sort=descending]").text()).isEqualTo("Works");
        assertThat(byUses.select("nav a[rel=next]").attr("href")).contains("sort_column=uses&sort_direction=desc");
        assertThat(byUses.select("th a:contains(Works)").attr("href")).contains("sort_direction=asc");
        assertThat(html(get(url(f, "/wrangle")).with(wrangler))
                        .select("ul.wrangling.types a[aria-current=page]")
                        .text())
                .as("the first type with tags to wrangle, unless told")
                .isEqualTo("Characters (1)");
    }

    @Test
    void allAndNoneTickTheListedTagsWithAScriptOrByLoadingThePageAgainWithout() throws Exception {
        String fandom = unique("Ticked Fandom ");
        String prefix = unique("Ticked ");
        postWork(fandom, List.of(), List.of(), List.of(prefix + "a", prefix + "b", prefix + "c"));
        Tag f = tag(fandom);

        Document page =
                html(get(url(f, "/wrangle?show=freeform&sort_column=uses")).with(wrangler));
        assertThat(page.select("input[name=selected_tags][checked]")).isEmpty();
        Element all = page.selectFirst("th.select a#wrangle_all_select");
        assertThat(all.attr("data-check-all")).isEqualTo("selected_tags");
        assertThat(all.attr("href"))
                .isEqualTo(f.url() + "/wrangle?show=freeform&sort_column=uses&sort_direction=desc&page=1&select=all");
        assertThat(page.selectFirst("a#wrangle_all_deselect").attr("data-check-none"))
                .isEqualTo("selected_tags");
        assertThat(page.select("head script[src]"))
                .extracting(e -> e.attr("src"))
                .as("a script file, not inline: the page keeps working under a strict Content-Security-Policy")
                .anyMatch(src -> src.matches("/js/select-all(-[0-9a-f]+)?\\.js"));
        assertThat(page.select("script:not([src])")).isEmpty();

        Document ticked = html(get(URI.create(all.attr("href"))).with(wrangler));
        assertThat(ticked.select("input[name=selected_tags][checked]"))
                .extracting(e -> e.attr("value"))
                .containsExactlyInAnyOrder(id(prefix + "a"), id(prefix + "b"), id(prefix + "c"));
        assertThat(ticked.select("th[aria-sort=descending]").text())
                .as("the same view")
                .isEqualTo("Works");
        mvc.perform(get(page.select("head script[src*=select-all]").attr("src")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-check-all")));
    }

    @Test
    void aRefusedMassWrangleSaysWhyBesideTheFormAndKeepsTheViewAndSelection() throws Exception {
        String fandom = unique("Fandom ");
        String a = unique("Tag A "), b = unique("Tag B ");
        postFreeform(fandom, a);
        postFreeform(fandom, b);
        Tag f = canonical(fandom, TagType.FANDOM);
        String typed = unique("No Such Canonical ");

        Document page =
                Web.html(mvc.perform(wrangleSortedByUses(f, a, "synonym").param("synonym_string", typed))
                        .andExpect(status().is(422))
                        .andReturn());
        assertThat(page.select("form.wrangling.mass fieldset #error").text()).contains("There's no tag called");
        assertThat(page.select("#synonym-error").text()).contains(typed);
        assertThat(page.select("#synonym_string").val()).isEqualTo(typed);
        assertThat(page.select("#action_synonym").hasAttr("checked")).isTrue();
        assertThat(page.select("#selected_tags_" + id(a)).hasAttr("checked")).isTrue();
        assertThat(page.select("#selected_tags_" + id(b)).hasAttr("checked")).isFalse();
        assertThat(page.select("input[name=show]").val()).isEqualTo("freeform");
        assertThat(page.select("input[name=sort_column]").val()).isEqualTo("uses");
        String html = page.select("form.wrangling.mass").html();
        assertThat(html.indexOf("<fieldset"))
                .as("the actions come before the list")
                .isLessThan(html.indexOf("<table"));

        mvc.perform(wrangleSortedByUses(f, a, "canonical"))
                .andExpect(redirectedUrl(
                        f.url() + "/wrangle?show=freeform&sort_column=uses&sort_direction=desc&page=1&wrangled=1"));
        assertThat(tag(a).canonical()).isTrue();
    }

    @Test
    void synonymAndParentFieldsSuggestCanonicalTagsOfTheTypesTheyTake() throws Exception {
        String fandom = unique("Fandom ");
        String ship = unique("A/B ");
        postWork(fandom, List.of(ship), List.of(), List.of(unique("Free ")));
        Tag f = canonical(fandom, TagType.FANDOM);
        Document wrangle = html(get(url(f, "/wrangle?show=freeform")).with(wrangler));
        assertThat(wrangle.select("#synonym_string").attr("data-autocomplete")).isEqualTo("freeform");
        assertThat(wrangle.select("#synonym_string").hasAttr("data-autocomplete-single"))
                .isTrue();
        assertThat(wrangle.select("#fandom_string").attr("data-autocomplete")).isEqualTo("fandom");
        assertThat(html(get(url(tag(ship), "/edit")).with(wrangler))
                        .select("#parent_string")
                        .attr("data-autocomplete"))
                .isEqualTo("fandom,character");
        assertThat(html(get(url(f, "/edit")).with(wrangler))
                        .select("#parent_string")
                        .attr("data-autocomplete"))
                .isEqualTo("media");

        String prefix = unique("Suggested").replace("_", "");
        canonical(prefix + " Fandom", TagType.FANDOM);
        canonical(prefix + " Person", TagType.CHARACTER);
        canonical(prefix + " Medium", TagType.MEDIA);
        tags.findOrCreate(prefix + " Loose", TagType.CHARACTER);
        mvc.perform(get("/autocomplete/fandom,character").param("term", prefix))
                .andExpect(jsonPath("$[*].name", Matchers.contains(prefix + " Fandom", prefix + " Person")));
        mvc.perform(get("/autocomplete/media").param("term", prefix))
                .andExpect(jsonPath("$[*].name", Matchers.contains(prefix + " Medium")));
        mvc.perform(get("/autocomplete/fandom,rating").param("term", prefix)).andExpect(status().isNotFound());
    }

    @Test
    void autocompleteOffersTheExactNameFirstThenNamesStartingWithItThenTheRest() throws Exception {
        String word = unique("Exactly").replace("_", "");
        // more tags with the word later in their name than autocomplete offers, each sorting before the word
        for (int i = 0; i < 16; i++) canonical("A" + i + " " + word, TagType.FREEFORM);
        canonical(word + " Beta", TagType.CHARACTER);
        canonical(word + " Alpha", TagType.FREEFORM);
        canonical(word, TagType.FANDOM);

        mvc.perform(get("/autocomplete/fandom,character,freeform").param("term", word.toLowerCase()))
                .andExpect(jsonPath("$.length()").value(15))
                .andExpect(jsonPath("$[0].name").value(word))
                .andExpect(jsonPath("$[1].name").value(word + " Alpha"))
                .andExpect(jsonPath("$[2].name").value(word + " Beta"))
                .andExpect(jsonPath("$[3].name").value("A0 " + word))
                .andExpect(jsonPath("$[4].name").value("A1 " + word));
        mvc.perform(get("/autocomplete/any").param("term", word.toUpperCase() + " "))
                .andExpect(jsonPath("$[0].name").value(word));
        mvc.perform(get("/api/v1/tags").param("q", word).param("limit", "3"))
                .andExpect(jsonPath("$.tags[*].name", Matchers.contains(word, word + " Alpha", word + " Beta")));
    }

    /** A mass wrangle of one tag sent from page 1 of a fandom's additional tags sorted by uses. */
    private MockHttpServletRequestBuilder wrangleSortedByUses(Tag fandom, String tagName, String action)
            throws Exception {
        return post(url(fandom, "/wrangle"))
                .with(wrangler)
                .with(token())
                .param("show", "freeform")
                .param("sort_column", "uses")
                .param("page", "1")
                .param("selected_tags", id(tagName))
                .param("wrangle_action", action);
    }

    private List<UnwrangledTags.Count> unwrangledIn(Tag fandom, TagType type) {
        return unwrangled
                .inFandom(fandom, type, UnwrangledOrder.BY_NAME, 1, 50)
                .tags()
                .items();
    }
}
