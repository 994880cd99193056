package org.fanfold.feeds;

import com.rometools.rome.feed.atom.Feed;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.User;
import org.fanfold.shared.NotFoundException;
import org.fanfold.shared.Viewer;
import org.fanfold.tags.Tag;
import org.fanfold.tags.TagNames;
import org.fanfold.tags.TagService;
import org.fanfold.works.WorkFilter;
import org.fanfold.works.WorkListings;
import org.fanfold.works.WorkView;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Atom feeds of new works, newest posted first, 20 entries: in a tag with its synonyms and sub tags (AO3's
 * {@code /tags/{name}/feed.atom}; a synonym's feed redirects to its canonical tag's, and AO3's form with the tag's
 * id to the tag's named feed) and by a user
 * ({@code /users/{login}/works/feed.atom}, without their works in anonymous collections, as their works page).
 * Feeds show what a guest sees, whoever asks: they are shared and kept by readers and caches.
 */
@Controller
class AtomFeedController {

    /** Newest posted first. */
    static final WorkFilter NEWEST = WorkFilter.parse(Map.of("work_search[sort_column]", new String[] {"created_at"}));

    private final WorkListings listings;
    private final TagService tags;
    private final Accounts accounts;
    private final FeedSite site;

    AtomFeedController(WorkListings listings, TagService tags, Accounts accounts, FeedSite site) {
        this.listings = listings;
        this.tags = tags;
        this.accounts = accounts;
        this.site = site;
    }

    @GetMapping("/tags/{name}/feed.atom")
    ResponseEntity<byte[]> tag(@PathVariable String name, HttpServletRequest request) {
        Tag tag = tags.find(TagNames.fromUrl(name)).orElse(null);
        if (tag == null) {
            // AO3 links its tag feeds by the tag's id (/tags/1234/feed.atom): send such links to the named feed
            Tag byId =
                    name.matches("\\d{1,18}") ? tags.byId(Long.parseLong(name)).orElse(null) : null;
            if (byId == null) throw new NotFoundException("tag " + name);
            return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                    .location(URI.create(byId.url() + "/feed.atom"))
                    .build();
        }
        Tag canonical = tags.mergedInto(tag).orElse(null);
        if (canonical != null) {
            return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                    .location(URI.create(canonical.url() + "/feed.atom"))
                    .build();
        }
        String base = site.base(request);
        List<WorkView> works = newest(new WorkListings.Scope(tag, null));
        return respond(
                works,
                base,
                base + tag.url() + "/feed.atom",
                site.name() + " works tagged '" + tag.name() + "'",
                base + tag.worksUrl());
    }

    @GetMapping("/users/{login}/works/feed.atom")
    ResponseEntity<byte[]> user(@PathVariable String login, HttpServletRequest request) {
        User user = accounts.byLogin(login).orElseThrow(() -> new NotFoundException("user " + login));
        String base = site.base(request);
        List<WorkView> works = newest(new WorkListings.Scope(null, user.id()));
        return respond(
                works,
                base,
                base + "/users/" + user.login() + "/works/feed.atom",
                site.name() + " works by " + user.login(),
                base + "/users/" + user.login() + "/works");
    }

    private List<WorkView> newest(WorkListings.Scope scope) {
        return listings.list(scope, NEWEST, Viewer.GUEST, 0).works().items();
    }

    private ResponseEntity<byte[]> respond(
            List<WorkView> works, String base, String self, String title, String alternate) {
        Feed feed = Feeds.feed(self, title, Feeds.updated(works, 0), base, site.name());
        Feeds.link(feed, WorkEntries.link("self", "application/atom+xml", self, null));
        Feeds.link(feed, WorkEntries.link("alternate", "text/html", alternate, null));
        Feeds.entries(feed, works.stream().map(w -> WorkEntries.atom(w, base)).toList());
        return FeedResponses.of(feed, FeedResponses.ATOM, FeedResponses.PUBLIC);
    }
}
