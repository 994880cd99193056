package org.fanfold.feeds;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.fanfold.shared.Formats;
import org.fanfold.shared.Paged;
import org.fanfold.shared.Viewer;
import org.fanfold.tags.Tag;
import org.fanfold.tags.TagType;
import org.fanfold.works.WorkFilter;
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
    private final FeedSite site;

    OpdsCatalogController(WorkListings listings, FeedSite site) {
        this.listings = listings;
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
        int from = Math.min(fandoms.canonical().size(), (number - 1) * FANDOMS_PER_PAGE);
        List<WorkListings.Facet> shown =
                fandoms.canonical().subList(from, Math.min(fandoms.canonical().size(), from + FANDOMS_PER_PAGE));
        String url = base + Opds.FANDOMS;
        Feed feed = OpdsFeeds.feed(Opds.NAVIGATION, url, number, "Fandoms", fandoms.updated(), base, site.name());
        Feeds.link(feed, WorkEntries.link("up", Opds.NAVIGATION, base + Opds.ROOT, site.name()));
        // how many fandoms there are in all is not counted, only whether there is a next page: no "last" link
        OpdsFeeds.paging(
                feed,
                Opds.NAVIGATION,
                url,
                new Paged<>(shown, fandoms.canonical().size(), number, FANDOMS_PER_PAGE),
                false);
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
     * @param canonical the canonical ones, most works first, enough for the page asked for and one more
     * @param updated the archive's latest change the viewer may see
     */
    private record Fandoms(List<WorkListings.Facet> canonical, long updated) {}

    /**
     * The fandom facet of the listing of all works, so counts follow the viewer's visibility and muted tags as
     * every listing's do. Unwrangled fandoms are left out, as on AO3's fandom pages; the facet is asked for more
     * values while those crowd out the canonical ones.
     */
    private Fandoms popularFandoms(int page, Viewer viewer) {
        int want = Math.min(MAX_FANDOMS, page * FANDOMS_PER_PAGE + 1);
        int limit = want;
        while (true) {
            WorkListings.Listing listing = listings.list(WorkListings.Scope.ALL, WorkFilter.NONE, viewer, limit);
            List<WorkListings.Facet> counted = listing.facets().getOrDefault(TagType.FANDOM, List.of());
            List<WorkListings.Facet> canonical =
                    counted.stream().filter(f -> f.tag().canonical()).toList();
            if (canonical.size() >= want || counted.size() < limit || limit >= MAX_FANDOMS) {
                return new Fandoms(canonical, Feeds.updated(listing.works().items(), 0));
            }
            limit = Math.min(MAX_FANDOMS, limit * 2);
        }
    }

    /** The archive's latest change the viewer may see, as the catalog's own last update. */
    private long latestUpdate(Viewer viewer) {
        return Feeds.updated(listings.list(WorkListings.Scope.ALL, viewer).items(), 0);
    }
}
