package org.fanfold.browse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.util.List;
import org.fanfold.tags.Tag;
import org.fanfold.tags.TagEdit;
import org.fanfold.tags.TagType;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** AO3's tag search and popular tags through HTTP, on every database. */
abstract class TagSearchPagesContract extends BrowseWeb {

    @Test
    void theTagSearchFindsTagsByEveryWordTypeAndWranglingStatus() throws Exception {
        String word = unique("Quill").replace("_", "");
        String fandom = unique("Searched Fandom ");
        String canon = word + " Alpha", loose = word + " beta", nick = "Gamma " + word;
        canonical(fandom, TagType.FANDOM);
        Tag c = canonical(canon, TagType.CHARACTER, fandom);
        post(Posted.PUBLIC, List.of(fandom), List.of(loose));
        Tag n = tags.findOrCreate(nick, TagType.CHARACTER);
        wrangling.edit(n.id(), new TagEdit(nick, "Character", false, canon));

        Document all = html(search(word));
        assertThat(all.select("h2.heading").text()).isEqualTo("Tag Search");
        assertThat(all.select("ol.tag.index li"))
                .extracting(Element::text)
                .as("by name")
                .containsExactly(
                        "Character: " + nick + " \u200e(0) Synonym of " + canon,
                        "Character: " + canon + " \u200e(0) Canonical",
                        "Additional Tag: " + loose + " \u200e(1) Not canonical");
        assertThat(all.select("h3.heading").text()).isEqualTo("3 Found");
        assertThat(all.select("ol.tag.index li span.canonical a.tag").attr("href"))
                .isEqualTo(c.url());
        assertThat(all.select("ol.tag.index li:first-child span.status a").attr("href"))
                .isEqualTo(c.url());

        assertThat(names(search(word).param("tag_search[type]", "Character"))).containsExactly(nick, canon);
        assertThat(names(search(word).param("tag_search[wrangling_status]", "canonical")))
                .containsExactly(canon);
        assertThat(names(search(word).param("tag_search[wrangling_status]", "noncanonical")))
                .containsExactly(nick, loose);
        assertThat(names(search(word).param("tag_search[wrangling_status]", "synonymous")))
                .containsExactly(nick);
        assertThat(names(search(word).param("tag_search[wrangling_status]", "noncanonical_nonsynonymous")))
                .containsExactly(loose);
        assertThat(names(search(word).param("tag_search[canonical]", "true")))
                .as("AO3's older parameter")
                .containsExactly(canon);
        assertThat(names(search("alpha " + word.toLowerCase())))
                .as("every word, any case")
                .containsExactly(canon);
        assertThat(names(search(word + " nothing"))).isEmpty();

        Document form = html(search(word).param("tag_search[type]", "Character"));
        assertThat(form.select("#tag_search_name").val()).isEqualTo(word);
        assertThat(form.select("#tag_search_type_character").hasAttr("checked")).isTrue();
        assertThat(form.select("#tag_search_fandoms").attr("data-autocomplete")).isEqualTo("fandom");
    }

    @Test
    void eachWordTypedStartsAWordOfTheName() throws Exception {
        String word = unique("Sought").replace("_", "");
        String pair = "Harry" + word + "/Draco" + word, bracket = "Show" + word + " (TV" + word + ")";
        tags.findOrCreate(pair, TagType.RELATIONSHIP);
        tags.findOrCreate(bracket, TagType.FANDOM);

        assertThat(names(search("draco" + word.toLowerCase()))).containsExactly(pair);
        assertThat(names(search("dra harry" + word))).containsExactly(pair);
        assertThat(names(search("tv" + word))).containsExactly(bracket);
        assertThat(names(search("arry" + word))).as("not inside a word").isEmpty();
    }

    @Test
    void theFandomsFieldFindsTagsWrangledToEachFandomNamed() throws Exception {
        String word = unique("Parented").replace("_", "");
        String first = unique("First Fandom "), second = unique("Second Fandom ");
        canonical(first, TagType.FANDOM);
        canonical(second, TagType.FANDOM);
        String one = word + " One", both = word + " Both";
        canonical(one, TagType.CHARACTER, first);
        canonical(both, TagType.RELATIONSHIP, first, second);

        assertThat(names(search(word).param("tag_search[fandoms]", first))).containsExactly(both, one);
        assertThat(names(search(word).param("tag_search[fandoms]", first + ", " + second)))
                .containsExactly(both);
        String missing = unique("Nowhere ");
        Document unknown = html(search(word).param("tag_search[fandoms]", missing));
        assertThat(unknown.select("p.error").text()).isEqualTo("There is no fandom called “" + missing + "” here.");
        assertThat(unknown.select("ol.tag.index li")).isEmpty();
    }

    @Test
    void usesAreWorksTheViewerMaySeeAndSortTheResults() throws Exception {
        String word = unique("Used").replace("_", "");
        String fandom = unique("Uses Fandom ");
        String canon = word + " Canon", loose = word + " Loose";
        canonical(canon, TagType.FREEFORM);
        post(Posted.PUBLIC, List.of(fandom), List.of(canon));
        post(Posted.RESTRICTED, List.of(fandom), List.of(canon));
        post(Posted.HIDDEN, List.of(fandom), List.of(canon));
        for (int i = 0; i < 2; i++) post(Posted.PUBLIC, List.of(fandom), List.of(loose));
        post(Posted.RESTRICTED, List.of(fandom), List.of(loose));
        post(Posted.DRAFT, List.of(fandom), List.of(loose));

        var byUses = search(word).param("tag_search[sort_column]", "uses");
        assertThat(html(byUses).select("ol.tag.index li span:first-child").eachText())
                .as("a guest: public works only, most first")
                .containsExactly("Additional Tag: " + loose + " \u200e(2)", "Additional Tag: " + canon + " \u200e(1)");
        assertThat(html(search(word).param("tag_search[sort_column]", "uses").with(reader))
                        .select("ol.tag.index li span:first-child")
                        .eachText())
                .as("signed in: restricted works too; never the draft")
                .containsExactly("Additional Tag: " + loose + " \u200e(3)", "Additional Tag: " + canon + " \u200e(2)");
        assertThat(html(search(word).param("tag_search[sort_column]", "uses").with(admin))
                        .select("ol.tag.index li span:first-child")
                        .eachText())
                .as("an admin: hidden works too")
                .containsExactly("Additional Tag: " + canon + " \u200e(3)", "Additional Tag: " + loose + " \u200e(3)");
        assertThat(names(search(word)
                        .param("tag_search[sort_column]", "uses")
                        .param("tag_search[sort_direction]", "asc")))
                .containsExactly(canon, loose);
        assertThat(names(search(word).param("tag_search[sort_column]", "created_at")))
                .as("newest first")
                .containsExactly(loose, canon);
    }

    @Test
    void resultsComeFiftyAPageWithTheSearchKeptAcrossPages() throws Exception {
        String word = unique("Paged").replace("_", "");
        for (int i = 0; i < 55; i++) tags.findOrCreate(word + " " + String.format("%02d", i), TagType.FREEFORM);

        Document first = html(search(word));
        assertThat(first.select("ol.tag.index li")).hasSize(50);
        assertThat(first.select("h3.heading").text()).isEqualTo("1 - 50 of 55 Found");
        String next = first.select("nav a[rel=next]").attr("href");
        assertThat(next)
                .contains("tag_search[name]=" + word, "tag_search[sort_column]=name")
                .endsWith("&page=2");
        assertThat(names(get(URI.create(next.replace("[", "%5B").replace("]", "%5D")))))
                .containsExactly(word + " 50", word + " 51", word + " 52", word + " 53", word + " 54");
        assertThat(names(search(word).param("page", "9")))
                .as("a page past the last is the last")
                .hasSize(5);
        assertThat(names(search(word).param("tag_search[sort_column]", "uses").param("page", "9")))
                .hasSize(5);
        assertThat(html(get("/tags/search")).select("ol.tag.index, h3.heading"))
                .as("the form alone")
                .isEmpty();
    }

    @Test
    void popularTagsAreACloudOfTheMostUsedAdditionalTagsTheViewerMaySee() throws Exception {
        String fandom = unique("Cloud Fandom ");
        String big = unique("Cloud Big "), small = unique("Cloud Small "), members = unique("Cloud Members ");
        for (String t : List.of(big, small, members)) canonical(t, TagType.FREEFORM);
        for (int i = 0; i < 8; i++) post(Posted.PUBLIC, List.of(fandom), List.of(big, small));
        for (int i = 0; i < 8; i++) post(Posted.RESTRICTED, List.of(fandom), List.of(members));

        Document cloud = html(get("/tags"));
        assertThat(cloud.select("h2.heading").text()).isEqualTo("Tags");
        assertThat(cloud.select("ul.tags.cloud a.tag:containsOwn(" + big + ")").attr("href"))
                .isEqualTo(tags.find(big).orElseThrow().worksUrl());
        assertThat(cloud.select("ul.tags.cloud a.tag:containsOwn(" + big + ")").attr("class"))
                .matches("tag cloud[1-8]");
        List<String> names = cloud.select("ul.tags.cloud a.tag").eachText();
        assertThat(names).contains(big, small).doesNotContain(members);
        assertThat(names).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertThat(cloud.select("a[href=/tags/search]")).isNotEmpty();
        assertThat(html(get("/tags").with(reader)).select("ul.tags.cloud a.tag").eachText())
                .contains(members);
        assertThat(cloud.select("#header nav.primary a[href=/tags]").text()).isEqualTo("Tags");
    }

    private static MockHttpServletRequestBuilder search(String name) {
        return get("/tags/search").param("tag_search[name]", name);
    }

    private List<String> names(MockHttpServletRequestBuilder request) throws Exception {
        return html(request).select("ol.tag.index li span:first-child a.tag").eachText();
    }
}
