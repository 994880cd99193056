package org.fanfold.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.fanfold.testing.Web.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
import org.fanfold.testing.Web;
import org.fanfold.works.CollectionFlags;
import org.fanfold.works.WorkService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Element;

/** The OPDS catalog: navigation, acquisition feeds with their downloads, paging, search and a reader's bookmarks. */
@SqliteTest
class OpdsWebTest {

    static final String NAVIGATION = "application/atom+xml;profile=opds-catalog;kind=navigation";
    static final String ACQUISITION = "application/atom+xml;profile=opds-catalog;kind=acquisition";
    static final String DC = "http://purl.org/dc/terms/";

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

    @Autowired
    UserDetailsService userDetails;

    FeedWorks works;

    @BeforeEach
    void setUp() {
        works = new FeedWorks(accounts, workService, flags, indexer);
    }

    private MockHttpServletResponse catalog(String url, String type, MockHttpSession session) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getContentType()).isEqualTo(type);
        FeedXml.assertValidAtom(response.getContentAsByteArray());
        return response;
    }

    private Feed feed(String url, String type) throws Exception {
        return FeedXml.atom(catalog(url, type, new MockHttpSession()).getContentAsByteArray());
    }

    private static Map<String, Link> linksByRel(Feed feed) {
        return Stream.concat(feed.getAlternateLinks().stream(), feed.getOtherLinks().stream())
                .collect(Collectors.toMap(Link::getRel, l -> l));
    }

    private static Link entryLink(Entry entry, String rel) {
        return entry.getOtherLinks().stream()
                .filter(l -> l.getRel().equals(rel))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theRootIsANavigationFeedOfRecentPopularAndFandomsWithSearchAndForReadersTheirBookmarks() throws Exception {
        Feed root = feed("/opds", NAVIGATION);
        assertThat(root.getTitle()).isEqualTo("Fanfold");
        Map<String, Link> links = linksByRel(root);
        assertThat(links.get("self").getHref()).isEqualTo("http://localhost/opds");
        assertThat(links.get("self").getType()).isEqualTo(NAVIGATION);
        assertThat(links.get("start").getHref()).isEqualTo("http://localhost/opds");
        assertThat(links.get("start").getType()).isEqualTo(NAVIGATION);
        assertThat(links.get("search").getHref()).isEqualTo("http://localhost/opds/opensearch.xml");
        assertThat(links.get("search").getType()).isEqualTo("application/opensearchdescription+xml");
        assertThat(root.getEntries())
                .extracting(Entry::getTitle)
                .containsExactly("Recent works", "Popular works", "Fandoms");
        assertThat(root.getEntries())
                .extracting(e -> e.getOtherLinks().getFirst())
                .extracting(Link::getRel, Link::getType, Link::getHref)
                .containsExactly(
                        tuple("http://opds-spec.org/sort/new", ACQUISITION, "http://localhost/opds/recent"),
                        tuple("http://opds-spec.org/sort/popular", ACQUISITION, "http://localhost/opds/popular"),
                        tuple("subsection", NAVIGATION, "http://localhost/opds/fandoms"));

        Web.Account reader = Web.signUp(mvc);
        Feed signedIn =
                FeedXml.atom(catalog("/opds", NAVIGATION, reader.session()).getContentAsByteArray());
        Entry shelf = signedIn.getEntries().getLast();
        assertThat(shelf.getTitle()).isEqualTo("My bookmarks");
        assertThat(shelf.getOtherLinks().getFirst())
                .extracting(Link::getRel, Link::getType, Link::getHref)
                .containsExactly(
                        "http://opds-spec.org/shelf",
                        ACQUISITION,
                        "http://localhost/opds/users/" + reader.login() + "/bookmarks");
    }

    @Test
    void acquisitionEntriesCarryOpdsMetadataAndLinkEachDownload() throws Exception {
        String fandom = TestData.unique("Acquired Fandom ");
        User author = works.user();
        long id = works.post(author, "Acquired Work", fandom);
        works.index();
        Tag tag = tags.find(fandom).orElseThrow();

        MockHttpServletResponse response = catalog("/opds/tags/" + tag.urlName(), ACQUISITION, new MockHttpSession());
        byte[] xml = response.getContentAsByteArray();
        Feed feed = FeedXml.atom(xml);
        assertThat(feed.getTitle()).isEqualTo("Works in " + fandom);
        assertThat(linksByRel(feed).get("start").getHref()).isEqualTo("http://localhost/opds");
        assertThat(linksByRel(feed).get("up").getType()).isEqualTo(NAVIGATION);
        assertThat(linksByRel(feed).get("self").getType()).isEqualTo(ACQUISITION);
        Entry entry = feed.getEntries().getFirst();
        assertThat(entry.getTitle()).isEqualTo("Acquired Work");
        assertThat(entry.getId()).isEqualTo("http://localhost/works/" + id);
        assertThat(entry.getAuthors().getFirst().getName()).isEqualTo(author.login());
        assertThat(entry.getSummary().getType()).isEqualTo("text");
        assertThat(entry.getSummary().getValue()).isEqualTo("A summary of Acquired Work & more.\n\nSecond paragraph.");
        assertThat(entry.getContents().getFirst().getType()).isEqualTo("html");
        assertThat(entry.getCategories()).extracting(c -> c.getTerm()).contains(fandom, "Slow Burn");
        assertThat(entry.getUpdated()).isNotNull();

        List<Link> acquisitions = entry.getOtherLinks().stream()
                .filter(l -> l.getRel().equals("http://opds-spec.org/acquisition"))
                .toList();
        assertThat(acquisitions)
                .extracting(Link::getType)
                .containsExactly("application/epub+zip", "application/pdf", "text/html");
        assertThat(acquisitions)
                .extracting(Link::getHref)
                .allMatch(href -> href.matches(
                        "http://localhost/downloads/" + id + "/Acquired_Work\\.(epub|pdf|html)\\?updated_at=\\d+"));
        String epub = acquisitions.getFirst().getHref().substring("http://localhost".length());
        MockHttpServletResponse file =
                mvc.perform(get(URI.create(epub))).andReturn().getResponse();
        assertThat(file.getStatus()).isEqualTo(200);
        assertThat(file.getContentType()).isEqualTo("application/epub+zip");

        Element dom = FeedXml.dom(xml).getDocumentElement();
        assertThat(dom.lookupNamespaceURI("dc")).isEqualTo(DC);
        Element entryElement = FeedXml.children(dom, FeedXml.ATOM, "entry").getFirst();
        assertThat(FeedXml.text(entryElement, DC, "language")).isEqualTo("en");
        assertThat(FeedXml.text(entryElement, DC, "issued")).matches("\\d{4}-\\d\\d-\\d\\d");
        assertThat(FeedXml.text(dom, "http://a9.com/-/spec/opensearch/1.1/", "totalResults"))
                .isEqualTo("1");
    }

    @Test
    void acquisitionFeedsPageTwentyWorksAtATime() throws Exception {
        String fandom = TestData.unique("Paged Fandom ");
        User author = works.user();
        for (int i = 1; i <= 21; i++) works.post(author, "Paged " + i, fandom);
        works.index();
        String path = "/opds/tags/" + tags.find(fandom).orElseThrow().urlName();
        String absolute = "http://localhost" + path.replace(" ", "%20");

        Feed first = feed(path, ACQUISITION);
        assertThat(first.getEntries()).hasSize(20);
        assertThat(first.getEntries().getFirst().getTitle()).isEqualTo("Paged 21");
        Map<String, Link> links = linksByRel(first);
        assertThat(links.get("next").getHref()).isEqualTo(absolute + "?page=2");
        assertThat(links.get("next").getType()).isEqualTo(ACQUISITION);
        assertThat(links.get("last").getHref()).isEqualTo(absolute + "?page=2");
        assertThat(links).doesNotContainKeys("previous", "first");

        Feed second = feed(path + "?page=2", ACQUISITION);
        assertThat(second.getEntries()).extracting(Entry::getTitle).containsExactly("Paged 1");
        links = linksByRel(second);
        assertThat(links.get("self").getHref()).isEqualTo(absolute + "?page=2");
        assertThat(links.get("previous").getHref()).isEqualTo(absolute);
        assertThat(links.get("first").getHref()).isEqualTo(absolute);
        assertThat(links).doesNotContainKeys("next", "last");
    }

    @Test
    void fandomsListCanonicalFandomsByWorkCountLeadingToTheirWorks() throws Exception {
        Tag big = tags.findOrCreate(TestData.unique("Big Fandom "), TagType.FANDOM);
        wrangling.edit(big.id(), new TagEdit(big.name(), "Fandom", true, ""));
        String unwrangled = TestData.unique("Loose Fandom ");
        User author = works.user();
        works.post(author, "Big One", big.name());
        works.post(author, "Big Two", big.name());
        works.post(author, "Loose One", unwrangled);
        works.index();

        Feed fandoms = feed("/opds/fandoms", NAVIGATION);
        assertThat(fandoms.getTitle()).isEqualTo("Fandoms");
        assertThat(linksByRel(fandoms).get("up").getHref()).isEqualTo("http://localhost/opds");
        Entry entry = fandoms.getEntries().stream()
                .filter(e -> e.getTitle().equals(big.name()))
                .findFirst()
                .orElseThrow();
        assertThat(entry.getContents().getFirst().getValue()).isEqualTo("2 works");
        Link link = entryLink(entry, "subsection");
        assertThat(link.getType()).isEqualTo(ACQUISITION);
        assertThat(link.getHref()).isEqualTo("http://localhost/opds" + big.url());
        assertThat(fandoms.getEntries()).extracting(Entry::getTitle).doesNotContain(unwrangled);

        Feed works = FeedXml.atom(mvc.perform(get(URI.create(link.getHref())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
        assertThat(works.getEntries()).extracting(Entry::getTitle).containsExactly("Big Two", "Big One");
    }

    @Test
    void fandomsCountWhatTheReaderMaySeeAndHasNotMutedAsTheFandomPagesDo() throws Exception {
        Tag counted = tags.findOrCreate(TestData.unique("Counted Catalog Fandom "), TagType.FANDOM);
        wrangling.edit(counted.id(), new TagEdit(counted.name(), "Fandom", true, ""));
        User author = works.user();
        for (int i = 1; i <= 6; i++) works.post(author, "Counted " + i, counted.name());
        works.post(author, "Members Only", counted.name(), true, WorkService.Mode.POST);
        works.post(author, "Unfinished", counted.name(), false, WorkService.Mode.DRAFT);
        works.hide(works.post(author, "Taken Down", counted.name()), works.admin());
        works.index();
        Web.Account reader = Web.signUp(mvc);

        assertThat(worksIn(feed("/opds/fandoms", NAVIGATION), counted))
                .as("a guest: neither the restricted work nor the draft nor the hidden one")
                .isEqualTo("6 works");
        assertThat(worksIn(
                        FeedXml.atom(catalog("/opds/fandoms", NAVIGATION, reader.session())
                                .getContentAsByteArray()),
                        counted))
                .as("signed in: the restricted work too")
                .isEqualTo("7 works");

        mvc.perform(post(URI.create(counted.url() + "/mute"))
                        .with(csrf(mvc, reader.session()))
                        .session(reader.session()))
                .andExpect(status().is3xxRedirection());
        assertThat(FeedXml.atom(catalog("/opds/fandoms", NAVIGATION, reader.session())
                                .getContentAsByteArray())
                        .getEntries())
                .as("muted: no fandom of theirs")
                .extracting(Entry::getTitle)
                .doesNotContain(counted.name());
        assertThat(worksIn(feed("/opds/fandoms", NAVIGATION), counted)).isEqualTo("6 works");
    }

    /** What a fandoms feed says of {@code fandom}'s works ("2 works"). */
    private static String worksIn(Feed fandoms, Tag fandom) {
        return fandoms.getEntries().stream()
                .filter(e -> e.getTitle().equals(fandom.name()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(fandom.name() + " is not listed"))
                .getContents()
                .getFirst()
                .getValue();
    }

    @Test
    void searchIsDescribedByOpenSearchAndAnswersWithAnAcquisitionFeed() throws Exception {
        MockHttpServletResponse description = mvc.perform(get("/opds/opensearch.xml"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(description.getContentType()).isEqualTo("application/opensearchdescription+xml");
        Element os = FeedXml.dom(description.getContentAsByteArray()).getDocumentElement();
        String ns = "http://a9.com/-/spec/opensearch/1.1/";
        assertThat(os.getNamespaceURI()).isEqualTo(ns);
        assertThat(os.getLocalName()).isEqualTo("OpenSearchDescription");
        assertThat(FeedXml.text(os, ns, "ShortName")).isEqualTo("Fanfold");
        Element url = FeedXml.children(os, ns, "Url").getFirst();
        assertThat(url.getAttribute("type")).isEqualTo(ACQUISITION);
        assertThat(url.getAttribute("template")).isEqualTo("http://localhost/opds/search?q={searchTerms}");

        String word = TestData.unique("wombat").replace("_", "");
        User author = works.user();
        works.post(author, "The " + word + " Affair", TestData.unique("Searched Fandom "));
        works.post(author, "Restricted " + word, TestData.unique("Searched Fandom "), true, WorkService.Mode.POST);
        works.index();

        Feed found = feed("/opds/search?q=" + word, ACQUISITION);
        assertThat(found.getEntries()).extracting(Entry::getTitle).containsExactly("The " + word + " Affair");
        assertThat(linksByRel(found).get("self").getHref()).isEqualTo("http://localhost/opds/search?q=" + word);

        Feed odd = FeedXml.atom(mvc.perform(get("/opds/search").param("q", word + " & c++"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
        assertThat(linksByRel(odd).get("self").getHref())
                .isEqualTo("http://localhost/opds/search?q=" + word + "%20%26%20c%2B%2B");

        // Signed in, the reader finds restricted works too, as on the site.
        Web.Account reader = Web.signUp(mvc);
        Feed signedIn = FeedXml.atom(
                catalog("/opds/search?q=" + word, ACQUISITION, reader.session()).getContentAsByteArray());
        assertThat(signedIn.getEntries()).extracting(Entry::getTitle).hasSize(2);
    }

    @Test
    void restrictedDraftHiddenAndUnrevealedWorksStayOutOfTheCatalog() throws Exception {
        String fandom = TestData.unique("Catalog Guarded ");
        User author = works.user();
        User admin = works.admin();
        works.post(author, "Shown", fandom);
        works.post(author, "Restricted", fandom, true, WorkService.Mode.POST);
        works.post(author, "Draft", fandom, false, WorkService.Mode.DRAFT);
        works.hide(works.post(author, "Hidden", fandom), admin);
        long unrevealed = works.post(author, "Unrevealed", fandom);
        works.collectionFlags(unrevealed, false, true);
        long anonymous = works.post(author, "Anonymous", fandom);
        works.collectionFlags(anonymous, true, false);
        works.index();

        Feed feed = feed("/opds/tags/" + tags.find(fandom).orElseThrow().urlName(), ACQUISITION);
        assertThat(feed.getEntries()).extracting(Entry::getTitle).containsExactly("Anonymous", "Shown");
        assertThat(feed.getEntries().getFirst().getAuthors())
                .extracting(p -> p.getName())
                .containsExactly("Anonymous");
        assertThat(feed.getEntries().getFirst().getContents().getFirst().getValue())
                .doesNotContain(author.login());
    }

    @Test
    void bookmarksAskGuestsToAuthenticateAndShowTheirOwnerEveryBookmarkedWork() throws Exception {
        Web.Account reader = Web.signUp(mvc);
        User author = works.user();
        User admin = works.admin();
        String fandom = TestData.unique("Bookmarked Fandom ");
        long publicOne = works.post(author, "Public Pick", fandom);
        long privateOne = works.post(author, "Private Pick", fandom);
        long restricted = works.post(author, "Restricted Pick", fandom, true, WorkService.Mode.POST);
        long hidden = works.post(author, "Hidden Pick", fandom);
        works.post(author, "Not Bookmarked", fandom);
        bookmark(reader, publicOne, false);
        bookmark(reader, privateOne, true);
        bookmark(reader, restricted, false);
        bookmark(reader, hidden, false);
        works.hide(hidden, admin);
        String url = "/opds/users/" + reader.login() + "/bookmarks";

        MockHttpServletResponse guest = mvc.perform(get(url))
                .andExpect(status().isUnauthorized())
                .andReturn()
                .getResponse();
        assertThat(guest.getHeader("WWW-Authenticate")).isEqualTo("Basic realm=\"Fanfold\"");
        assertThat(guest.getRedirectedUrl()).isNull();

        Feed own = FeedXml.atom(catalog(url, ACQUISITION, reader.session()).getContentAsByteArray());
        assertThat(own.getTitle()).isEqualTo("My bookmarks");
        assertThat(own.getEntries())
                .extracting(Entry::getTitle)
                .containsExactly("Restricted Pick", "Private Pick", "Public Pick");
        assertThat(own.getEntries().getFirst().getOtherLinks())
                .extracting(Link::getRel)
                .contains("http://opds-spec.org/acquisition");

        Web.Account other = Web.signUp(mvc);
        Feed theirs = FeedXml.atom(catalog(url, ACQUISITION, other.session()).getContentAsByteArray());
        assertThat(theirs.getTitle()).isEqualTo("Bookmarks by " + reader.login());
        assertThat(theirs.getEntries()).extracting(Entry::getTitle).containsExactly("Restricted Pick", "Public Pick");
    }

    @Test
    void catalogFeedsAnswerNotModifiedWhenUnchanged() throws Exception {
        MockHttpServletResponse first = catalog("/opds", NAVIGATION, new MockHttpSession());
        assertThat(first.getHeader("Cache-Control")).isEqualTo("max-age=60, private");
        mvc.perform(get("/opds").header("If-None-Match", first.getHeader("ETag")))
                .andExpect(status().isNotModified());
    }

    @Test
    void whileDownloadsAreOffEachEntryAcquiresTheWorksFullText() throws Exception {
        String fandom = TestData.unique("Offline Fandom ");
        long id = works.post(works.user(), "Offline Work", fandom);
        works.index();
        String path = "/opds/tags/" + tags.find(fandom).orElseThrow().urlName();
        User admin = works.admin();
        var asAdmin = user(userDetails.loadUserByUsername(admin.login()));
        var session = new MockHttpSession();
        try {
            mvc.perform(post("/admin/downloads").with(asAdmin).with(csrf(mvc, session)))
                    .andExpect(status().is3xxRedirection());
            Entry entry = feed(path, ACQUISITION).getEntries().getFirst();
            assertThat(entry.getOtherLinks())
                    .extracting(Link::getRel, Link::getType, Link::getHref)
                    .containsExactly(tuple(
                            "http://opds-spec.org/acquisition",
                            "text/html",
                            "http://localhost/works/" + id + "?view_full_work=true"));
        } finally {
            mvc.perform(post("/admin/downloads")
                            .with(asAdmin)
                            .with(csrf(mvc, session))
                            .param("enabled", "true"))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(feed(path, ACQUISITION).getEntries().getFirst().getOtherLinks())
                .extracting(Link::getType)
                .containsExactly("application/epub+zip", "application/pdf", "text/html");
    }

    private void bookmark(Web.Account who, long workId, boolean isPrivate) throws Exception {
        var request = post("/works/" + workId + "/bookmarks")
                .with(csrf(mvc, who.session()))
                .param("bookmark[bookmarker_notes]", "")
                .param("bookmark[tag_string]", "");
        if (isPrivate) request.param("bookmark[private]", "1");
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }
}
