package org.fanfold.feeds;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.fanfold.shared.Paged;
import org.fanfold.works.WorkView;
import org.jdom2.Element;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * OPDS catalog feeds: every one links to itself, to the catalog's root ({@code start}) and to the search
 * description; paged ones link to their first, previous, next and last pages.
 */
final class OpdsFeeds {

    private OpdsFeeds() {}

    /**
     * A catalog feed of {@code kind} ({@link Opds#NAVIGATION} or {@link Opds#ACQUISITION}) at {@code url} (absolute,
     * with its query but without a page number), showing page {@code page}.
     */
    static Feed feed(String kind, String url, int page, String title, long updated, String base, String siteName) {
        Feed feed = Feeds.feed(url, title, updated, base, siteName);
        Feeds.link(feed, WorkEntries.link("self", kind, pageUrl(url, page), null));
        Feeds.link(feed, WorkEntries.link("start", Opds.NAVIGATION, base + Opds.ROOT, siteName));
        Feeds.link(feed, WorkEntries.link("search", Opds.OPENSEARCH, base + Opds.SEARCH_DESCRIPTION, "Search"));
        return feed;
    }

    /**
     * Adds paging links for {@code paged}: first and previous past page 1, next before the end, and last when
     * {@code withLast} (the total is known).
     */
    static void paging(Feed feed, String kind, String url, Paged<?> paged, boolean withLast) {
        if (paged.hasPrevious()) {
            Feeds.link(feed, WorkEntries.link("first", kind, pageUrl(url, 1), null));
            Feeds.link(feed, WorkEntries.link("previous", kind, pageUrl(url, paged.page() - 1), null));
        }
        if (paged.hasNext()) {
            Feeds.link(feed, WorkEntries.link("next", kind, pageUrl(url, paged.page() + 1), null));
            if (withLast) Feeds.link(feed, WorkEntries.link("last", kind, pageUrl(url, paged.pages()), null));
        }
    }

    /** An acquisition feed of one page of works, with OpenSearch's counts so readers can show "1–20 of 312". */
    static Feed acquisition(
            String url, String title, Paged<WorkView> works, OpdsEntries entries, String base, String siteName) {
        long updated = Feeds.updated(works.items(), 0);
        Feed feed = feed(Opds.ACQUISITION, url, works.page(), title, updated, base, siteName);
        paging(feed, Opds.ACQUISITION, url, works, true);
        feed.setForeignMarkup(new ArrayList<>(List.of(
                new Element("totalResults", Opds.OPENSEARCH_NS).setText(String.valueOf(works.total())),
                new Element("itemsPerPage", Opds.OPENSEARCH_NS).setText(String.valueOf(works.size())),
                new Element("startIndex", Opds.OPENSEARCH_NS)
                        .setText(String.valueOf((long) (works.page() - 1) * works.size() + 1)))));
        Feeds.entries(feed, entries.of(works.items(), base));
        return feed;
    }

    /** A navigation entry: a link of relation {@code rel} to the feed at {@code href} of {@code kind}. */
    static Entry navigation(String title, String description, String rel, String kind, String href, long updated) {
        Entry entry = new Entry();
        entry.setId(href);
        entry.setTitle(Xml.text(title));
        entry.setUpdated(new Date(updated));
        entry.setContents(new ArrayList<>(List.of(WorkEntries.content(Content.TEXT, Xml.text(description)))));
        List<Link> links = new ArrayList<>();
        links.add(WorkEntries.link(rel, kind, href, null));
        entry.setOtherLinks(links);
        return entry;
    }

    /** {@code url} showing page {@code page}: without a page parameter for page 1. */
    static String pageUrl(String url, int page) {
        UriComponentsBuilder b = UriComponentsBuilder.fromUriString(url).replaceQueryParam("page");
        if (page > 1) b.queryParam("page", page);
        return b.build().toUriString();
    }
}
