package org.fanfold.feeds;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.User;
import org.fanfold.community.Bookmarking;
import org.fanfold.shared.NotFoundException;
import org.fanfold.shared.Paged;
import org.fanfold.shared.Viewer;
import org.fanfold.tags.Tag;
import org.fanfold.tags.TagNames;
import org.fanfold.tags.TagService;
import org.fanfold.works.WorkFilter;
import org.fanfold.works.WorkListings;
import org.fanfold.works.WorkView;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The OPDS catalog's acquisition feeds, 20 works a page: recent (newest posted first), popular (most kudos), a
 * tag's works with its synonyms and sub tags (newest first; a synonym redirects to its canonical tag), search
 * results ({@code /opds/search?q=}, the site's search) and a user's bookmarked works. Each is the works listing
 * the viewer would see on the site; a user's bookmarks are for signed-in readers only (their owner sees their
 * private ones too), and a guest is asked to authenticate with {@code 401} rather than sent to the login page.
 */
@Controller
class OpdsWorksController {

    /** What a guest asking for a reader's own feed is told: authenticate (an e-reader asks for a login). */
    static final String CHALLENGE = "Basic realm=\"Fanfold\"";

    private static final String NEWEST = "created_at";
    private static final String MOST_KUDOS = "kudos_count";

    private final WorkListings listings;
    private final Bookmarking bookmarks;
    private final TagService tags;
    private final Accounts accounts;
    private final OpdsEntries entries;
    private final FeedSite site;

    OpdsWorksController(
            WorkListings listings,
            Bookmarking bookmarks,
            TagService tags,
            Accounts accounts,
            OpdsEntries entries,
            FeedSite site) {
        this.listings = listings;
        this.bookmarks = bookmarks;
        this.tags = tags;
        this.accounts = accounts;
        this.entries = entries;
        this.site = site;
    }

    /** The root-relative address of a tag's acquisition feed. */
    static String tagPath(Tag tag) {
        return "/opds" + tag.url();
    }

    @GetMapping(Opds.RECENT)
    ResponseEntity<byte[]> recent(
            @RequestParam(defaultValue = "1") String page, Viewer viewer, HttpServletRequest request) {
        return listing(WorkListings.Scope.ALL, NEWEST, page, viewer, request, Opds.RECENT, "Recent works");
    }

    @GetMapping(Opds.POPULAR)
    ResponseEntity<byte[]> popular(
            @RequestParam(defaultValue = "1") String page, Viewer viewer, HttpServletRequest request) {
        return listing(WorkListings.Scope.ALL, MOST_KUDOS, page, viewer, request, Opds.POPULAR, "Popular works");
    }

    @GetMapping("/opds/tags/{name}")
    ResponseEntity<byte[]> tag(
            @PathVariable String name,
            @RequestParam(defaultValue = "1") String page,
            Viewer viewer,
            HttpServletRequest request) {
        Tag tag = tags.find(TagNames.fromUrl(name)).orElseThrow(() -> new NotFoundException("tag " + name));
        Tag canonical = tags.mergedInto(tag).orElse(null);
        if (canonical != null) {
            return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                    .location(URI.create(tagPath(canonical)))
                    .build();
        }
        return listing(
                new WorkListings.Scope(tag, null),
                NEWEST,
                page,
                viewer,
                request,
                tagPath(tag),
                "Works in " + tag.name());
    }

    @GetMapping(Opds.SEARCH)
    ResponseEntity<byte[]> search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "1") String page,
            Viewer viewer,
            HttpServletRequest request) {
        String query = q.strip();
        WorkFilter filter =
                WorkFilter.parse(Map.of("work_search[query]", new String[] {query}, "page", new String[] {page}));
        String path = UriComponentsBuilder.fromPath(Opds.SEARCH)
                .queryParam("q", "{q}")
                .encode()
                .buildAndExpand(query)
                .toUriString();
        String title = query.isEmpty() ? "All works" : "Works found for \u201c" + query + "\u201d";
        return respond(listings.list(WorkListings.Scope.ALL, filter, viewer, 0).works(), request, path, title);
    }

    @GetMapping("/opds/users/{login}/bookmarks")
    ResponseEntity<byte[]> bookmarks(
            @PathVariable String login,
            @RequestParam(defaultValue = "1") String page,
            Viewer viewer,
            HttpServletRequest request) {
        if (!viewer.signedIn()) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
                    .build();
        }
        User user = accounts.byLogin(login).orElseThrow(() -> new NotFoundException("user " + login));
        Paged<WorkView> works = bookmarks.worksOf(user.id(), Paged.pageNumber(page), viewer);
        String title = viewer.is(user.id()) ? "My bookmarks" : "Bookmarks by " + user.login();
        return respond(works, request, Opds.bookmarks(user.login()), title);
    }

    private ResponseEntity<byte[]> listing(
            WorkListings.Scope scope,
            String sortColumn,
            String page,
            Viewer viewer,
            HttpServletRequest request,
            String path,
            String title) {
        WorkFilter filter = WorkFilter.parse(
                Map.of("work_search[sort_column]", new String[] {sortColumn}, "page", new String[] {page}));
        return respond(listings.list(scope, filter, viewer, 0).works(), request, path, title);
    }

    private ResponseEntity<byte[]> respond(
            Paged<WorkView> works, HttpServletRequest request, String path, String title) {
        String base = site.base(request);
        var feed = OpdsFeeds.acquisition(base + path, title, works, entries, base, site.name());
        Feeds.link(feed, WorkEntries.link("up", Opds.NAVIGATION, base + Opds.ROOT, site.name()));
        return FeedResponses.of(feed, Opds.ACQUISITION_TYPE, FeedResponses.PRIVATE);
    }
}
