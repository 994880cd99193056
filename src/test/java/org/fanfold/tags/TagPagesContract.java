package org.fanfold.tags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.UriUtils;

/** A tag's own page ({@code /tags/{name}}) through HTTP, on every database: what readers learn about a tag. */
abstract class TagPagesContract extends WranglingWeb {

    @Test
    void aTagsPageShowsEveryoneItsCategoryParentsSynonymsMetaAndSubTags() throws Exception {
        String fandom = unique("Page Fandom "), character = unique("Page Person "), nick = unique("Page Nick ");
        String meta = unique("Page Meta "), sub = unique("Page Sub ");
        postWork(fandom, List.of(), List.of(character, nick, meta, sub), List.of());
        Tag f = canonical(fandom, TagType.FANDOM);
        Tag c = canonical(character, TagType.CHARACTER);
        canonical(meta, TagType.CHARACTER);
        canonical(sub, TagType.CHARACTER);
        synonym(nick, character);
        wrangling.addParent(c.id(), fandom);
        wrangling.addMeta(c.id(), meta);
        wrangling.addMeta(tag(sub).id(), character);

        Document page = html(get(url(c, "")));
        assertThat(page.select("h2.heading").text()).isEqualTo(character);
        assertThat(page.select("p.tag.info").text())
                .isEqualTo("This tag belongs to the Character Category. It's a canonical tag."
                        + " You can use it to filter works.");
        assertThat(page.select("p.tag.info a").attr("href")).isEqualTo(c.worksUrl());
        assertThat(page.select("div.parent h3").text()).isEqualTo("Parent tags (more general):");
        assertThat(page.select("div.parent a.tag").attr("href")).isEqualTo(f.url());
        assertThat(page.select("div.synonym h3").text()).isEqualTo("Tags with the same meaning:");
        assertThat(page.select("div.synonym .tag")).extracting(Element::text).containsExactly(nick);
        assertThat(page.select("div.meta h3").text()).isEqualTo("Metatags:");
        assertThat(page.select("div.meta a.tag")).extracting(Element::text).containsExactly(meta);
        assertThat(page.select("div.sub h3").text()).isEqualTo("Subtags:");
        assertThat(page.select("div.sub a.tag")).extracting(Element::text).containsExactly(sub);
        assertThat(page.select("a.edit")).as("readers get no edit link").isEmpty();
        assertThat(page.select("div.listing-filters"))
                .as("the page, not the works listing")
                .isEmpty();

        Document fandomPage = html(get(url(f, "")).with(reader));
        assertThat(fandomPage.select("p.tag.info").text()).startsWith("This tag belongs to the Fandom Category.");
        assertThat(fandomPage.select("div.child.character h3").text()).isEqualTo("Characters:");
        assertThat(fandomPage.select("div.child.character a.tag"))
                .extracting(Element::text)
                .contains(character);
        assertThat(html(get(url(c, "")).with(wrangler)).select("a.edit").attr("href"))
                .isEqualTo(c.url() + "/edit");
    }

    @Test
    void anUnwrangledTagsPageSaysItIsNotCanonical() throws Exception {
        String loose = unique("Page Loose ");
        postFreeform(unique("Fandom "), loose);
        Document page = html(get(url(tag(loose), "")));
        assertThat(page.select("p.tag.info").text())
                .startsWith("This tag belongs to the Additional Tags Category. It's not a canonical tag");
        assertThat(page.select("div.listbox")).isEmpty();
        mvc.perform(get(URI.create("/tags/" + unique("No Such Tag ").replace(" ", "%20"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void aSynonymsPageRedirectsToItsCanonicalWhichSaysWhichSynonymLedThere() throws Exception {
        String character = unique("Canon Person "), nick = unique("Nick & \"Name\" ");
        String other = unique("Unrelated ");
        postWork(unique("Fandom "), List.of(), List.of(character, nick, other), List.of());
        Tag c = canonical(character, TagType.CHARACTER);
        synonym(nick, character);

        String target =
                c.url() + "?synonym=" + UriUtils.encodeQueryParam(tag(nick).name(), StandardCharsets.UTF_8);
        mvc.perform(get(url(tag(nick), ""))).andExpect(redirectedUrl(target));
        Document page = html(get(URI.create(target)));
        assertThat(page.select("p.notice").text())
                .isEqualTo("“" + tag(nick).name() + "” is a synonym of this tag: its works are listed here.");

        assertThat(html(get(url(c, "")).param("synonym", other)).select("p.notice"))
                .as("only a real synonym's name is shown")
                .isEmpty();
        assertThat(html(get(url(c, "")).param("synonym", "<script>alert(1)</script>"))
                        .select("p.notice"))
                .isEmpty();
        mvc.perform(get(url(tag(nick), "/works"))).andExpect(redirectedUrl(c.worksUrl()));
    }
}
