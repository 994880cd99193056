package org.fanfold.feeds;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fanfold.search.SearchHits;
import org.fanfold.shared.Formats;
import org.fanfold.shared.Paged;
import org.fanfold.shared.Viewer;
import org.fanfold.tags.Tag;
import org.fanfold.tags.TagService;
import org.fanfold.tags.TagType;
import org.fanfold.works.WorkListings;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The OPDS catalog's navigation: the root ({@code /opds}: recent works, popular works, fandoms, and the reader's
 * bookmarks when signed in; search through the OpenSearch description every feed links to) and the fandoms, most
 * works first, 50 a page, each leading to its acquisition feed.
 */
@Controller
class OpdsCatalogController {

    static final int FANDOMS_PER_PAGE = 50;
    /** The most fandoms the catalog pages through. */
    static final int MAX_FANDOMS = 10_000;

    private final WorkListings listings;
    private final TagService tags;
    private final FeedSite site;

    OpdsCatalogController(WorkListings listings, TagService tags, FeedSite site) {
        this.listings = listings;
        this.tags = tags;
        this.site = site;
    }

    @GetMapping(Opds.ROOT)
    ResponseEntity<byte[]> root(Viewer viewer, HttpServletRequest request) {
        String base = site.base(request);
        long updated = latestUpdate(viewer);
        Feed feed = OpdsFeeds.feed(Opds.NAVIGATION, base + Opds.ROOT, 1, site.name(), updated, base, site.name());
        Feeds.link(feed, WorkEntries.link("alternate", "text/html", base + "/", site.name()));
        List<Entry> entries = new ArrayList<>();
        entries.add(OpdsFeeds.navigation(
                "Recent works",
                "The newest works, latest posted first.",
                Opds.SORT_NEW,
                Opds.ACQUISITION,
                base + Opds.RECENT,
                updated));
        entries.add(OpdsFeeds.navigation(
                "Popular works",
                "The works with the most kudos.",
                Opds.SORT_POPULAR,
                Opds.ACQUISITION,
                base + Opds.POPULAR,
                updated));
        entries.add(OpdsFeeds.navigation(
                "Fandoms",
                "Fandoms with the most works first.",
                "subsection",
                Opds.NAVIGATION,
                base + Opds.FANDOMS,
                updated));
        if (viewer.login() != null) {
            entries.add(OpdsFeeds.navigation(
                    "My bookmarks",
                    "The works you bookmarked, latest first.",
                    Opds.SHELF,
                    Opds.ACQUISITION,
                    base + Opds.bookmarks(viewer.login()),
                    updated));
        }
        Feeds.entries(feed, entries);
        return FeedResponses.of(feed, Opds.NAVIGATION_TYPE, FeedResponses.PRIVATE);
    }

    @GetMapping(Opds.FANDOMS)
    ResponseEntity<byte[]> fandoms(
            @RequestParam(defaultValue = "1") String page, Viewer viewer, HttpServletRequest request) {
        int number = Paged.pageNumber(page);
        String base = site.base(request);
        Fandoms fandoms = popularFandoms(number, viewer);
        List<WorkListings.Facet> shown = fandoms.canonical();
        String url = base + Opds.FANDOMS;
        Feed feed = OpdsFeeds.feed(Opds.NAVIGATION, url, number, "Fandoms", fandoms.updated(), base, site.name());
        Feeds.link(feed, WorkEntries.link("up", Opds.NAVIGATION, base + Opds.ROOT, site.name()));
        // how many fandoms there are in all is not counted, only whether there is a next page: no "last" link
        OpdsFeeds.paging(
                feed, Opds.NAVIGATION, url, new Paged<>(shown, fandoms.counted(), number, FANDOMS_PER_PAGE), false);
        List<Entry> entries = new ArrayList<>();
        for (WorkListings.Facet f : shown) {
            Tag t = f.tag();
            entries.add(OpdsFeeds.navigation(
                    t.name(),
                    f.count() == 1 ? "1 work" : Formats.number(f.count()) + " works",
                    "subsection",
                    Opds.ACQUISITION,
                    base + OpdsWorksController.tagPath(t),
                    fandoms.updated()));
        }
        Feeds.entries(feed, entries);
        return FeedResponses.of(feed, Opds.NAVIGATION_TYPE, FeedResponses.PRIVATE);
    }

    @GetMapping(Opds.SEARCH_DESCRIPTION)
    ResponseEntity<byte[]> searchDescription(HttpServletRequest request) {
        String base = site.base(request);
        Namespace ns = Namespace.getNamespace("http://a9.com/-/spec/opensearch/1.1/");
        Element root = new Element("OpenSearchDescription", ns);
        String name = site.name();
        root.addContent(
                new Element("ShortName", ns).setText(Xml.text(name.length() > 16 ? name.substring(0, 16) : name)));
        root.addContent(new Element("Description", ns).setText(Xml.text("Search the works of " + name)));
        root.addContent(new Element("InputEncoding", ns).setText("UTF-8"));
        root.addContent(new Element("OutputEncoding", ns).setText("UTF-8"));
        root.addContent(new Element("Url", ns)
                .setAttribute("type", Opds.ACQUISITION)
                .setAttribute("template", base + Opds.SEARCH + "?q={searchTerms}"));
        byte[] body = new XMLOutputter(Format.getPrettyFormat().setEncoding("UTF-8"))
                .outputString(new Document(root))
                .getBytes(StandardCharsets.UTF_8);
        return FeedResponses.of(body, Opds.OPENSEARCH_TYPE, FeedResponses.PUBLIC, 0);
    }

    /**
     * Fandoms by how many works the viewer may see in them.
     *
     * @param canonical the page's canonical ones, most works first
     * @param counted how many fandoms were counted: up to the page's end and one more, when there is one
     * @param updated the archive's latest change the viewer may see
     */
    private record Fandoms(List<WorkListings.Facet> canonical, int counted, long updated) {}

    /**
     * The canonical fandoms with the most works the viewer may see, counted as the fandom pages count them ({@link
     * WorkListings#tagCounts}: the listings' one visibility predicate, and the viewer's mutes), for page {@code
     * page}. Counts are of canonical tags alone (AO3's rule for sidebars), so no unwrangled fandom takes a place;
     * one still in the index while its un-making propagates is left out of the page.
     */
    private Fandoms popularFandoms(int page, Viewer viewer) {
        int from = (int) Math.min(MAX_FANDOMS, (long) (page - 1) * FANDOMS_PER_PAGE);
        List<SearchHits.FacetCount> counted =
                listings.tagCounts(TagType.FANDOM, viewer, Math.min(MAX_FANDOMS, from + FANDOMS_PER_PAGE + 1));
        List<SearchHits.FacetCount> shown =
                counted.subList(Math.min(from, counted.size()), Math.min(counted.size(), from + FANDOMS_PER_PAGE));
        Map<Long, Tag> byId =
                tags.byIds(shown.stream().map(SearchHits.FacetCount::tagId).toList());
        List<WorkListings.Facet> canonical = new ArrayList<>();
        for (SearchHits.FacetCount c : shown) {
            Tag t = byId.get(c.tagId());
            if (t != null && t.canonical()) canonical.add(new WorkListings.Facet(t, c.count()));
        }
        return new Fandoms(canonical, counted.size(), latestUpdate(viewer));
    }

    /** The archive's latest change the viewer may see, as the catalog's own last update. */
    private long latestUpdate(Viewer viewer) {
        return Feeds.updated(listings.list(WorkListings.Scope.ALL, viewer).items(), 0);
    }
}
