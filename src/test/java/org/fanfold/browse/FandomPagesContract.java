package org.fanfold.browse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.fanfold.tags.Tag;
import org.fanfold.tags.TagEdit;
import org.fanfold.tags.TagNames;
import org.fanfold.tags.TagType;
import org.fanfold.tags.TagWords;
import org.fanfold.works.Exclusions;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** AO3's Fandoms pages through HTTP, on every database: media, their fandoms by letter, counts that respect who asks. */
abstract class FandomPagesContract extends BrowseWeb {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Exclusions exclusions;

    @Autowired
    TagWords tagWords;

    @Test
    void theMediaPageListsEachMediumsFiveMostPopularFandomsAndLinksToThemAll() throws Exception {
        String medium = unique("Aaa Medium "), empty = unique("Aaa Empty Medium ");
        canonical(empty, TagType.MEDIA);
        String[] fandoms = fandomsOf(medium, "Popular ", 7);
        for (int i = 0; i < 3; i++) post(fandoms[6]);
        for (int i = 0; i < 2; i++) post(fandoms[5]);
        for (int i = 0; i < 5; i++) post(fandoms[i]);

        Document page = html(get("/media"));
        assertThat(page.select("h2.heading").text()).isEqualTo("Fandoms");
        Element box = medium(page, medium);
        assertThat(box.select("h3 a").attr("href")).isEqualTo(url(medium));
        assertThat(box.select("ol.index li"))
                .extracting(Element::text)
                .as("most works first, then by name")
                .containsExactly(
                        fandoms[6] + " (3)",
                        fandoms[5] + " (2)",
                        fandoms[0] + " (1)",
                        fandoms[1] + " (1)",
                        fandoms[2] + " (1)");
        assertThat(box.select("ol.index a").first().attr("href"))
                .isEqualTo(tags.find(fandoms[6]).orElseThrow().worksUrl());
        assertThat(box.select("p.actions a").text()).isEqualTo("All " + medium + "...");
        assertThat(box.select("p.actions a").attr("href")).isEqualTo(url(medium));
        Element none = medium(page, empty);
        assertThat(none.select("ol.index li")).isEmpty();
        assertThat(none.select("p.actions")).as("nothing more to see").isEmpty();

        List<String> headings = page.select("li.medium h3").eachText();
        assertThat(headings.getLast()).isEqualTo("Uncategorized Fandoms");
        assertThat(headings.indexOf(empty)).isLessThan(headings.indexOf(medium)).isGreaterThanOrEqualTo(0);
        assertThat(page.select("#header nav.primary .dropdown ul.menu a[href=/media]")
                        .text())
                .isEqualTo("All Fandoms");
    }

    @Test
    void everyPagesFandomsMenuListsTheMediaAndShowsAWranglersChangeAtOnce() throws Exception {
        String books = unique("Aab Menu Books "), comics = unique("Aab Menu Comics ");
        Tag b = canonical(books, TagType.MEDIA);
        canonical(comics, TagType.MEDIA);
        Tag notYet = tags.findOrCreate(unique("Aab Menu Radio "), TagType.MEDIA);

        List<Element> items = menu(html(get("/works")));
        assertThat(items.getFirst().text()).isEqualTo("All Fandoms");
        assertThat(items.getFirst().attr("href")).isEqualTo("/media");
        assertThat(items.getLast().text()).isEqualTo("Uncategorized Fandoms");
        assertThat(items.getLast().attr("href")).isEqualTo("/media/Uncategorized%20Fandoms/fandoms");
        List<String> names = items.stream().map(Element::text).toList();
        assertThat(names.indexOf(books)).isPositive().isLessThan(names.indexOf(comics));
        assertThat(names).as("not canonical: no medium yet").doesNotContain(notYet.name());
        assertThat(items.get(names.indexOf(books)).attr("href")).isEqualTo(url(books));
        assertThat(menu(html(get("/media").with(reader))))
                .as("the same for everyone, on every page")
                .extracting(Element::text)
                .isEqualTo(names);

        // kept in memory: a row written past wrangling is not read again for each page...
        String sneaked = unique("Aab Menu Sneaked ");
        long sneakedId = jdbc.sql(
                        "INSERT INTO tags (name, name_key, type, canonical, created_at) VALUES (?, ?, 'Media', 1, 0)"
                                + " RETURNING id")
                .params(sneaked, TagNames.key(sneaked))
                .query(Long.class)
                .single();
        tagWords.addAll(Map.of(sneakedId, TagNames.key(sneaked))); // as every writer of tags does
        assertThat(menu(html(get("/works")))).extracting(Element::text).doesNotContain(sneaked);

        // ...but what wranglers do shows on the next page
        String renamed = unique("Aab Menu Novels ");
        wrangling.edit(b.id(), new TagEdit(renamed, TagType.MEDIA.dbName(), true, ""));
        wrangling.edit(notYet.id(), new TagEdit(notYet.name(), TagType.MEDIA.dbName(), true, ""));
        Tag freeform = tags.findOrCreate(unique("Aab Menu Podcasts "), TagType.FREEFORM);
        wrangling.edit(freeform.id(), new TagEdit(freeform.name(), TagType.MEDIA.dbName(), true, ""));
        List<String> after =
                menu(html(get("/works"))).stream().map(Element::text).toList();
        assertThat(after)
                .contains(renamed, notYet.name(), freeform.name(), sneaked, comics)
                .doesNotContain(books);
        wrangling.edit(freeform.id(), new TagEdit(freeform.name(), TagType.MEDIA.dbName(), false, ""));
        assertThat(menu(html(get("/works")))).extracting(Element::text).doesNotContain(freeform.name());
        assertThat(html(get("/works")).select("#header .dropdown ul.menu a[href=" + url(renamed) + "]"))
                .hasSize(1);
    }

    @Test
    void theHeadersFandomsLeadsToItsMenuAsAPageAsOnAo3() throws Exception {
        String medium = unique("Aac Menu Page Medium ");
        canonical(medium, TagType.MEDIA);
        Document works = html(get("/works"));
        Element heading = works.selectFirst("#header nav.primary .dropdown > a");
        assertThat(heading.text()).isEqualTo("Fandoms");
        assertThat(heading.attr("href")).isEqualTo("/menu/fandoms");

        Document page = html(get(heading.attr("href")));
        assertThat(page.select("#main h2.heading").text()).isEqualTo("Fandoms");
        List<Element> links = page.select("#main ul.menu a");
        assertThat(links)
                .extracting(Element::text)
                .isEqualTo(menu(works).stream().map(Element::text).toList());
        assertThat(links)
                .extracting(a -> a.attr("href"))
                .isEqualTo(menu(works).stream().map(a -> a.attr("href")).toList());
        assertThat(links.getFirst().text()).isEqualTo("All Fandoms");
        assertThat(links.getFirst().attr("href")).isEqualTo("/media");
        assertThat(page.select("#main ul.menu a[href=" + url(medium) + "]").text())
                .isEqualTo(medium);
        assertThat(links.getLast().text()).isEqualTo("Uncategorized Fandoms");
        assertThat(html(get("/menu/fandoms").with(reader))
                        .select("#main ul.menu a")
                        .eachText())
                .as("the same for everyone")
                .isEqualTo(links.stream().map(Element::text).toList());
    }

    @Test
    void aMediumsFandomsAreListedByLetterUnderTheirWorksCounts() throws Exception {
        String medium = unique("Books & Literature ");
        canonical(medium, TagType.MEDIA);
        String tag = unique("");
        String apple = "apple " + tag, banana = "Banana/Cherry " + tag, zebra = "The Zebra " + tag, zoo = "Zoo " + tag;
        for (String f : List.of(apple, banana, zebra, zoo)) canonical(f, TagType.FANDOM, medium);
        post(apple);
        post(banana);
        post(banana);
        post(zoo);
        post(Posted.PUBLIC, List.of(unique("Elsewhere ")), List.of());

        mvc.perform(get(URI.create("/media/" + medium.replace("&", "*a*").replace(" ", "%20"))))
                .andExpect(redirectedUrl(url(medium)));
        Document page = html(get(URI.create(url(medium))));
        assertThat(page.select("h2.heading").text()).isEqualTo("Fandoms > " + medium);
        assertThat(page.select("h2.heading a").attr("href")).isEqualTo("/media");
        assertThat(page.select("ul#alphabet a")).extracting(Element::text).containsExactly("A", "B", "Z");
        assertThat(page.select("ul#alphabet a").first().attr("href")).isEqualTo("#letter-A");
        assertThat(page.select("li#letter-A li")).extracting(Element::text).containsExactly(apple + " (1)");
        assertThat(page.select("li#letter-B li")).extracting(Element::text).containsExactly(banana + " (2)");
        assertThat(page.select("li#letter-Z li"))
                .extracting(Element::text)
                .as("AO3 sorts without a leading article, and lists a fandom with no works")
                .containsExactly(zebra + " (0)", zoo + " (1)");
        Tag b = tags.find(banana).orElseThrow();
        assertThat(page.select("li#letter-B a.tag").attr("href"))
                .isEqualTo(b.worksUrl())
                .contains("Banana*s*Cherry");
        assertThat(page.select("li#letter-Z h3 a").attr("href")).isEqualTo("#alphabet");
    }

    @Test
    void countsAreOfTheWorksTheViewerMaySeeNeverDrafts() throws Exception {
        String medium = unique("Counted Medium "), fandom = unique("Counted Fandom ");
        canonical(medium, TagType.MEDIA);
        canonical(fandom, TagType.FANDOM, medium);
        for (Posted how : Posted.values()) post(how, List.of(fandom), List.of());

        assertThat(countOn(url(medium), fandom, null)).as("guest").isEqualTo("(1)");
        assertThat(countOn(url(medium), fandom, reader))
                .as("signed in: restricted too")
                .isEqualTo("(2)");
        assertThat(countOn(url(medium), fandom, admin)).as("admin: hidden too").isEqualTo("(3)");
        assertThat(countOn(url(medium), fandom, as(author)))
                .as("the creator: their own hidden work, not their draft")
                .isEqualTo("(3)");
        assertThat(medium(html(get("/media")), medium).select("ol.index li").text())
                .isEqualTo(fandom + " (1)");
    }

    @Test
    void aFandomAReaderMutedIsNoPopularFandomOfTheirsAndIsMarkedMutedAmongItsMediumsFandoms() throws Exception {
        String medium = unique("Muting Medium ");
        String[] f = fandomsOf(medium, "Muted Test ", 6);
        String sub = unique("Muted Test G Sub ");
        Tag subTag = canonical(sub, TagType.FANDOM, medium);
        wrangling.addMeta(subTag.id(), f[0]);
        for (int i = 0; i < 4; i++) post(f[0]);
        for (int i = 0; i < 3; i++) post(f[1]);
        post(f[2]);
        post(f[3]);
        post(f[4]);
        post(f[5]);
        post(sub);
        String loose = unique("Muted Loose Fandom ");
        post(loose);
        String small = unique("Muting Small Medium "), quiet = unique("Muted Quiet Fandom ");
        canonical(small, TagType.MEDIA);
        canonical(quiet, TagType.FANDOM, small);
        post(quiet);
        exclusions.muteTag(readerUser.id(), tags.find(f[0]).orElseThrow().filterId());
        exclusions.muteTag(readerUser.id(), tags.find(loose).orElseThrow().filterId());
        exclusions.muteTag(readerUser.id(), tags.find(quiet).orElseThrow().filterId());

        assertThat(medium(html(get("/media")), medium).select("ol.index li").eachText())
                .as("a guest: the fandom with its sub fandom's work first")
                .containsExactly(f[0] + " (5)", f[1] + " (3)", f[2] + " (1)", f[3] + " (1)", f[4] + " (1)");
        Document media = html(get("/media").with(reader));
        assertThat(medium(media, medium).select("ol.index li").eachText())
                .as("the reader who muted it: left out, the next one shown, no count of none")
                .containsExactly(f[1] + " (3)", f[2] + " (1)", f[3] + " (1)", f[4] + " (1)", f[5] + " (1)");
        assertThat(medium(media, small).select("ol.index li"))
                .as("nor where it would be one of few")
                .isEmpty();
        assertThat(media.select("li.medium:last-child ol.index li").eachText())
                .as("a muted unwrangled fandom is no new fandom of theirs either")
                .doesNotContain(loose);
        assertThat(media.select("p.notice.exclusions").text())
                .isEqualTo("Fandoms you muted are left out of these lists. Manage exclusions");
        assertThat(media.select("p.notice.exclusions a").attr("href"))
                .isEqualTo("/users/" + readerUser.login() + "/exclusions");
        assertThat(html(get("/media")).select("p.notice.exclusions")).isEmpty();

        Document page = html(get(URI.create(url(medium))).with(reader));
        List<String> listed = page.select("ol.fandom li li").eachText();
        assertThat(listed)
                .contains(f[0] + " (muted)", sub + " (muted)", f[1] + " (3)")
                .as("a muted fandom has no count of none")
                .doesNotContain(f[0] + " (0)", sub + " (0)");
        assertThat(page.select("ol.fandom a.tag:containsOwn(" + f[0] + ")").attr("href"))
                .as("its works page is where to unmute it")
                .isEqualTo(tags.find(f[0]).orElseThrow().worksUrl());
        assertThat(page.select("p.notice.exclusions").text())
                .isEqualTo("2 fandoms here are muted by your exclusions: their works are left out of your listings."
                        + " Manage exclusions");
        assertThat(html(get(URI.create(url(medium)))).select("ol.fandom li li").eachText())
                .as("a guest")
                .contains(f[0] + " (5)", sub + " (1)");
        assertThat(html(get(URI.create("/media/Uncategorized%20Fandoms/fandoms"))
                                .with(reader))
                        .select("ol.fandom li li")
                        .eachText())
                .contains(loose + " (muted)");
    }

    @Test
    void theMediaPageSaysMutedFandomsAreLeftOutOnlyWhenOneOfThemWouldHaveBeenListed() throws Exception {
        String[] names = fandomsOf(unique("Notice Medium "), "Notice Test ", 6);
        long[] f = new long[names.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = tags.find(names[i]).orElseThrow().filterId();
            post(names[i]);
            if (i < 5) post(names[i]);
        }
        exclusions.muteTag(readerUser.id(), f[5]);
        assertThat(mutedNotice())
                .as("a muted fandom sixth in its medium would not have been listed")
                .isEmpty();

        exclusions.muteTag(readerUser.id(), f[4]);
        assertThat(mutedNotice())
                .as("one of its medium's five")
                .isEqualTo("Fandoms you muted are left out of these lists. Manage exclusions");
        exclusions.unmuteTag(readerUser.id(), f[4]);
        assertThat(mutedNotice()).isEmpty();

        String loose = unique("Notice Loose Fandom ");
        post(loose);
        exclusions.muteTag(readerUser.id(), tags.find(loose).orElseThrow().filterId());
        assertThat(mutedNotice())
                .as("one of the five newest uncategorized fandoms")
                .isEqualTo("Fandoms you muted are left out of these lists. Manage exclusions");
        for (int i = 0; i < 5; i++) post(unique("Notice Newer Fandom "));
        assertThat(mutedNotice()).as("no longer one of the newest five").isEmpty();
    }

    private String mutedNotice() throws Exception {
        return html(get("/media").with(reader)).select("p.notice.exclusions").text();
    }

    @Test
    void fandomsWithNoMediumAreUncategorizedWhileAWorkTheViewerMaySeeUsesThem() throws Exception {
        String loose = unique("Brand New Fandom "), canon = unique("Canonical Loner ");
        String draftOnly = unique("Draft Fandom "), restrictedOnly = unique("Members Fandom ");
        canonical(canon, TagType.FANDOM);
        post(loose);
        post(canon);
        post(Posted.DRAFT, List.of(draftOnly), List.of());
        post(Posted.RESTRICTED, List.of(restrictedOnly), List.of());
        String url = "/media/Uncategorized%20Fandoms/fandoms";

        Document page = html(get(URI.create(url)));
        assertThat(page.select("h2.heading").text()).isEqualTo("Fandoms > Uncategorized Fandoms");
        List<String> listed = page.select("ol.fandom li li").eachText();
        assertThat(listed).contains(loose, canon + " (1)").doesNotContain(draftOnly, restrictedOnly);
        assertThat(html(get(URI.create(url)).with(reader))
                        .select("ol.fandom li li")
                        .eachText())
                .contains(restrictedOnly)
                .doesNotContain(draftOnly);
        Document media = html(get("/media"));
        assertThat(media.select("li.medium:last-child h3 a").attr("href")).isEqualTo(url);
        List<String> newest = media.select("li.medium:last-child ol.index li").eachText();
        assertThat(newest)
                .as("the newest five a guest may see: the draft's and the restricted work's fandoms are passed over")
                .hasSizeLessThanOrEqualTo(5)
                .startsWith(loose, canon + " (1)");
    }

    @Test
    void aMediumsPageFoundByAnyCaseOrSpacingOfItsNameIsHeadedAndFilledAsTheMediumIs() throws Exception {
        String medium = unique("Spaced Medium "), fandom = unique("Spaced Fandom ");
        canonical(medium, TagType.MEDIA);
        canonical(fandom, TagType.FANDOM, medium);
        post(fandom);
        String typed = "%20" + medium.toUpperCase(java.util.Locale.ROOT).replace(" ", "%20%20") + "%20";

        Document page = html(get(URI.create("/media/" + typed + "/fandoms")));
        assertThat(page.select("h2.heading").text()).isEqualTo("Fandoms > " + medium);
        assertThat(page.select("ol.fandom li li").eachText()).containsExactly(fandom + " (1)");
        mvc.perform(get(URI.create("/media/" + typed))).andExpect(redirectedUrl(url(medium)));
        assertThat(html(get(URI.create("/media/uncategorized%20FANDOMS/fandoms")))
                        .select("h2.heading")
                        .text())
                .isEqualTo("Fandoms > Uncategorized Fandoms");
    }

    @Test
    void fandomsAsksForAMediumAndUnknownMediaAreNotFound() throws Exception {
        String medium = unique("Asked Medium ");
        canonical(medium, TagType.MEDIA);
        mvc.perform(get("/fandoms")).andExpect(redirectedUrl("/media"));
        mvc.perform(get("/fandoms").param("media_id", medium)).andExpect(redirectedUrl(url(medium)));
        mvc.perform(get(URI.create("/media/No%20Such%20Medium/fandoms"))).andExpect(status().isNotFound());
        String notAMedium = unique("Not A Medium ");
        canonical(notAMedium, TagType.FANDOM);
        mvc.perform(get(URI.create(url(notAMedium)))).andExpect(status().isNotFound());
    }

    /** Makes {@code medium} a medium with {@code n} canonical fandoms, named {@code prefix} "A …", "B …"…, in order. */
    private String[] fandomsOf(String medium, String prefix, int n) {
        canonical(medium, TagType.MEDIA);
        String[] fandoms = new String[n];
        for (int i = 0; i < n; i++) {
            fandoms[i] = unique(prefix + (char) ('A' + i) + " ");
            canonical(fandoms[i], TagType.FANDOM, medium);
        }
        return fandoms;
    }

    private String countOn(String url, String fandom, RequestPostProcessor who) throws Exception {
        var request = get(URI.create(url));
        if (who != null) request.with(who);
        return html(request)
                .select("a.tag:containsOwn(" + fandom + ") + span.count")
                .text();
    }

    /** The links of the header's Fandoms menu. */
    private static List<Element> menu(Document page) {
        Element fandoms = page.select("#header nav.primary .dropdown").stream()
                .filter(d -> d.child(0).text().equals("Fandoms"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Fandoms menu"));
        return fandoms.select("ul.menu a");
    }

    private static Element medium(Document page, String name) {
        return page.select("li.medium").stream()
                .filter(li -> li.select("h3").text().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no medium " + name));
    }

    /** A medium's fandoms page, with AO3's escapes and spaces encoded. */
    private static String url(String medium) {
        return "/media/" + medium.replace("&", "*a*").replace(" ", "%20") + "/fandoms";
    }
}
