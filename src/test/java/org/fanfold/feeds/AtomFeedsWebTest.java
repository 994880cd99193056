package org.fanfold.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fanfold.testing.Web.html;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.User;
import org.fanfold.search.WorkIndexer;
import org.fanfold.tags.Tag;
import org.fanfold.tags.TagEdit;
import org.fanfold.tags.TagService;
import org.fanfold.tags.TagType;
import org.fanfold.tags.Wrangling;
import org.fanfold.testing.SqliteTest;
import org.fanfold.testing.TestData;
import org.fanfold.works.CollectionFlags;
import org.fanfold.works.WorkService;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Atom feeds of a tag's and a user's new works: their entries, what guests may not see, caching. */
@SqliteTest
class AtomFeedsWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    WorkService workService;

    @Autowired
    CollectionFlags flags;

    @Autowired
    WorkIndexer indexer;

    @Autowired
    TagService tags;

    @Autowired
    Wrangling wrangling;

    FeedWorks works;

    @BeforeEach
    void setUp() {
        works = new FeedWorks(accounts, workService, flags, indexer);
    }

    private MockHttpServletResponse feed(String url) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("application/atom+xml;charset=UTF-8");
        FeedXml.assertValidAtom(response.getContentAsByteArray());
        return response;
    }

    private Tag canonical(String name, TagType type) {
        Tag tag = tags.findOrCreate(name, type);
        return wrangling.edit(tag.id(), new TagEdit(tag.name(), type.dbName(), true, ""));
    }

    @Test
    void aTagFeedListsItsNewWorksNewestFirstWithCreatorsSummaryTagsAndDates() throws Exception {
        String fandom = TestData.unique("Feed Fandom ");
        User author = works.user();
        long older = works.post(author, "The Older One", fandom);
        long newer = works.post(author, "The Newer One", fandom);
        works.index();

        MockHttpServletResponse response = feed("/tags/" + fandom + "/feed.atom");
        byte[] xml = response.getContentAsByteArray();
        SyndFeed synd = FeedXml.synd(xml);
        assertThat(synd.getFeedType()).isEqualTo("atom_1.0");
        assertThat(synd.getTitle()).isEqualTo("Fanfold works tagged '" + fandom + "'");
        assertThat(synd.getEntries()).extracting(SyndEntry::getTitle).containsExactly("The Newer One", "The Older One");
        SyndEntry first = synd.getEntries().getFirst();
        assertThat(first.getLink()).isEqualTo("http://localhost/works/" + newer);
        assertThat(first.getUri()).isEqualTo("http://localhost/works/" + newer);
        assertThat(first.getAuthor()).isEqualTo(author.login());
        assertThat(first.getPublishedDate()).isNotNull();
        assertThat(first.getUpdatedDate()).isNotNull();
        assertThat(first.getDescription().getType()).isEqualTo("html");
        assertThat(first.getDescription().getValue())
                .contains("<p>A summary of <em>The Newer One</em> &amp; more.</p>")
                .contains("<a href=\"http://localhost/users/" + author.login() + "/pseuds/" + author.login() + "\">")
                .contains("Words: ")
                .contains("Chapters: 1/2")
                .contains("Language: English")
                .contains("<li>Fandoms: <a href=\"http://localhost/tags/" + fandom.replace(" ", "%20") + "/works\">");

        Feed atom = FeedXml.atom(xml);
        assertThat(atom.getId()).isEqualTo("http://localhost/tags/" + fandom.replace(" ", "%20") + "/feed.atom");
        assertThat(atom.getUpdated()).isEqualTo(atom.getEntries().getFirst().getUpdated());
        assertThat(atom.getOtherLinks())
                .extracting(Link::getRel, Link::getType, Link::getHref)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "self",
                        "application/atom+xml",
                        "http://localhost/tags/" + fandom.replace(" ", "%20") + "/feed.atom"));
        assertThat(atom.getAlternateLinks())
                .extracting(Link::getType, Link::getHref)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "text/html", "http://localhost/tags/" + fandom.replace(" ", "%20") + "/works"));
        Entry entry = atom.getEntries().getFirst();
        assertThat(entry.getAlternateLinks().getFirst().getType()).isEqualTo("text/html");
        assertThat(entry.getPublished()).isNotNull();
        assertThat(entry.getAuthors().getFirst().getUri())
                .isEqualTo("http://localhost/users/" + author.login() + "/pseuds/" + author.login());
        List<Category> categories = entry.getCategories();
        assertThat(categories)
                .extracting(Category::getTerm)
                .containsExactly(
                        fandom,
                        "Teen And Up Audiences",
                        "No Archive Warnings Apply",
                        "F/M",
                        "Hero",
                        "Hero/Villain",
                        "Slow Burn");
        assertThat(categories).allMatch(c -> c.getLabel().equals(c.getTerm()));
        assertThat(categories)
                .extracting(Category::getScheme)
                .containsExactly(
                        "http://localhost/tag_types/Fandom",
                        "http://localhost/tag_types/Rating",
                        "http://localhost/tag_types/ArchiveWarning",
                        "http://localhost/tag_types/Category",
                        "http://localhost/tag_types/Character",
                        "http://localhost/tag_types/Relationship",
                        "http://localhost/tag_types/Freeform");
        assertThat(new String(xml, StandardCharsets.UTF_8)).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    }

    @Test
    void aTagFeedHoldsTwentyEntries() throws Exception {
        String fandom = TestData.unique("Busy Fandom ");
        User author = works.user();
        for (int i = 1; i <= 21; i++) works.post(author, "Busy " + i, fandom);
        works.index();

        SyndFeed synd = FeedXml.synd(feed("/tags/" + fandom + "/feed.atom").getContentAsByteArray());
        assertThat(synd.getEntries()).hasSize(20);
        assertThat(synd.getEntries().getFirst().getTitle()).isEqualTo("Busy 21");
        assertThat(synd.getEntries().getLast().getTitle()).isEqualTo("Busy 2");
    }

    @Test
    void aCanonicalTagsFeedHasItsSynonymsAndSubTagsWorksAndSynonymAndAo3IdFeedsRedirectToIt() throws Exception {
        Tag canonical = canonical(TestData.unique("Canon Fandom "), TagType.FANDOM);
        Tag synonym = tags.findOrCreate(TestData.unique("Canon Nickname "), TagType.FANDOM);
        wrangling.edit(synonym.id(), new TagEdit(synonym.name(), "Fandom", false, canonical.name()));
        Tag sub = canonical(TestData.unique("Canon Sub Fandom "), TagType.FANDOM);
        wrangling.addMeta(sub.id(), canonical.name());
        User author = works.user();
        works.post(author, "Under The Canonical", canonical.name());
        works.post(author, "Under The Synonym", synonym.name());
        works.post(author, "Under The Sub Tag", sub.name());
        works.post(author, "Elsewhere", TestData.unique("Other Fandom "));
        works.index();

        SyndFeed synd =
                FeedXml.synd(feed("/tags/" + canonical.name() + "/feed.atom").getContentAsByteArray());
        assertThat(synd.getEntries())
                .extracting(SyndEntry::getTitle)
                .containsExactly("Under The Sub Tag", "Under The Synonym", "Under The Canonical");

        mvc.perform(get("/tags/{name}/feed.atom", synonym.name()))
                .andExpect(status().isMovedPermanently())
                .andExpect(result ->
                        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(canonical.url() + "/feed.atom"));
        mvc.perform(get("/tags/{id}/feed.atom", canonical.id()))
                .andExpect(status().isMovedPermanently())
                .andExpect(result ->
                        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(canonical.url() + "/feed.atom"));
        mvc.perform(get("/tags/{name}/feed.atom", TestData.unique("No Such Tag")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/tags/987654321/feed.atom")).andExpect(status().isNotFound());
    }

    @Test
    void feedsShowOnlyWhatGuestsMaySeeAndNeverNameAnonymousCreators() throws Exception {
        String fandom = TestData.unique("Guarded Fandom ");
        User author = works.user();
        User admin = works.admin();
        works.post(author, "Open Work", fandom);
        works.post(author, "Restricted Work", fandom, true, WorkService.Mode.POST);
        works.post(author, "Draft Work", fandom, false, WorkService.Mode.DRAFT);
        long hidden = works.post(author, "Hidden Work", fandom);
        works.hide(hidden, admin);
        long unrevealed = works.post(author, "Unrevealed Work", fandom);
        works.collectionFlags(unrevealed, false, true);
        long anonymous = works.post(author, "Anonymous Work", fandom);
        works.collectionFlags(anonymous, true, false);
        works.index();

        // Signed in or not, a feed shows what a guest sees: it is shared and kept.
        var session = org.fanfold.testing.Web.signUp(mvc).session();
        for (String url : List.of("/tags/" + fandom + "/feed.atom", "/users/" + author.login() + "/works/feed.atom")) {
            byte[] xml = mvc.perform(get(url).session(session))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            FeedXml.assertValidAtom(xml);
            List<String> titles = FeedXml.synd(xml).getEntries().stream()
                    .map(SyndEntry::getTitle)
                    .toList();
            assertThat(titles)
                    .doesNotContain("Restricted Work", "Draft Work", "Hidden Work", "Unrevealed Work")
                    .contains("Open Work");
            if (url.startsWith("/tags/")) {
                assertThat(titles).contains("Anonymous Work");
                SyndEntry anon = FeedXml.synd(xml).getEntries().stream()
                        .filter(e -> e.getTitle().equals("Anonymous Work"))
                        .findFirst()
                        .orElseThrow();
                assertThat(anon.getAuthor()).isEqualTo("Anonymous");
                String entryXml = new String(xml, StandardCharsets.UTF_8);
                String anonEntry = entryXml.substring(entryXml.indexOf("Anonymous Work"));
                anonEntry = anonEntry.substring(0, anonEntry.indexOf("</entry>"));
                assertThat(anonEntry).doesNotContain(author.login());
            } else {
                assertThat(titles).doesNotContain("Anonymous Work");
            }
        }
    }

    @Test
    void aUsersFeedListsTheirPostedWorks() throws Exception {
        User author = works.user();
        User other = works.user();
        String fandom = TestData.unique("User Feed Fandom ");
        works.post(author, "Mine First", fandom);
        works.post(other, "Not Mine", fandom);
        works.post(author, "Mine Second", fandom);
        works.index();

        byte[] xml = feed("/users/" + author.login() + "/works/feed.atom").getContentAsByteArray();
        SyndFeed synd = FeedXml.synd(xml);
        assertThat(synd.getTitle()).isEqualTo("Fanfold works by " + author.login());
        assertThat(synd.getEntries()).extracting(SyndEntry::getTitle).containsExactly("Mine Second", "Mine First");
        assertThat(synd.getLinks())
                .filteredOn(l -> l.getRel().equals("alternate"))
                .extracting(l -> l.getHref())
                .containsExactly("http://localhost/users/" + author.login() + "/works");
        mvc.perform(get("/users/{login}/works/feed.atom", TestData.unique("nobody")))
                .andExpect(status().isNotFound());
    }

    @Test
    void anUnchangedFeedAnswersNotModified() throws Exception {
        String fandom = TestData.unique("Polled Fandom ");
        User author = works.user();
        works.post(author, "Polled Work", fandom);
        works.index();
        String url = "/tags/" + fandom + "/feed.atom";

        MockHttpServletResponse first = feed(url);
        String etag = first.getHeader("ETag");
        String lastModified = first.getHeader("Last-Modified");
        assertThat(etag).matches("\"[0-9a-f]{32}\"");
        assertThat(lastModified).isNotBlank();
        assertThat(first.getHeader("Cache-Control")).isEqualTo("max-age=300, public");

        mvc.perform(get(url).header("If-None-Match", etag))
                .andExpect(status().isNotModified())
                .andExpect(result ->
                        assertThat(result.getResponse().getContentLength()).isZero());
        mvc.perform(get(url).header("If-Modified-Since", lastModified)).andExpect(status().isNotModified());

        works.post(author, "Another Polled Work", fandom);
        works.index();
        mvc.perform(get(url).header("If-None-Match", etag)).andExpect(status().isOk());
    }

    @Test
    void tagAndUserWorksPagesPointToTheirFeeds() throws Exception {
        Tag fandom = canonical(TestData.unique("Linked Fandom "), TagType.FANDOM);
        String unwrangled = TestData.unique("Unwrangled Fandom ");
        User author = works.user();
        works.post(author, "Linked Work", fandom.name());
        works.post(author, "Unwrangled Work", unwrangled);
        works.index();

        Document tagPage = html(mvc.perform(get(URI.create(fandom.worksUrl())))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(tagPage.select("head link[rel=alternate][type=application/atom+xml]")
                        .attr("href"))
                .isEqualTo(fandom.url() + "/feed.atom");
        assertThat(tagPage.select("a.rss").text()).isEqualTo("Subscribe to the feed");
        assertThat(tagPage.select("a.rss").attr("href")).isEqualTo(fandom.url() + "/feed.atom");

        Tag plain = tags.find(unwrangled).orElseThrow();
        Document plainPage = html(mvc.perform(get(URI.create(plain.worksUrl())))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(plainPage.select("head link[rel=alternate][type=application/atom+xml]"))
                .hasSize(1);
        assertThat(plainPage.select("a.rss")).isEmpty();

        Document userPage = html(mvc.perform(get("/users/" + author.login() + "/works"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(userPage.select("head link[rel=alternate][type=application/atom+xml]")
                        .attr("href"))
                .isEqualTo("/users/" + author.login() + "/works/feed.atom");
        assertThat(userPage.select("#footer a[href=/opds]").text()).isEqualTo("OPDS catalog");

        Document all =
                html(mvc.perform(get("/works")).andExpect(status().isOk()).andReturn());
        assertThat(all.select("head link[rel=alternate]")).isEmpty();
    }
}
