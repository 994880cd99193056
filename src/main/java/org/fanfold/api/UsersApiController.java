package org.fanfold.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.Pseud;
import org.fanfold.accounts.User;
import org.fanfold.community.BookmarkListing;
import org.fanfold.community.Bookmarking;
import org.fanfold.shared.NotFoundException;
import org.fanfold.shared.Paged;
import org.fanfold.shared.Viewer;
import org.fanfold.tags.Tag;
import org.fanfold.tags.TagNames;
import org.fanfold.tags.TagService;
import org.fanfold.works.WorkListings;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Users: a profile with its pseuds, a user's works (all, or one pseud's with {@code pseud=}; filtered as the site's
 * listings are) and a user's bookmarks (private ones to their owner only; {@code tags=} for the bookmarker's tags,
 * {@code rec=true} for recs, {@code pseud=}), as their pages show them.
 */
@RestController
class UsersApiController implements ApiEndpoint {

    private final Accounts accounts;
    private final TagService tags;
    private final Bookmarking bookmarks;
    private final ApiListings listings;
    private final ApiLinks links;
    private final ApiJson json;

    UsersApiController(
            Accounts accounts,
            TagService tags,
            Bookmarking bookmarks,
            ApiListings listings,
            ApiLinks links,
            ApiJson json) {
        this.accounts = accounts;
        this.tags = tags;
        this.bookmarks = bookmarks;
        this.listings = listings;
        this.links = links;
        this.json = json;
    }

    @GetMapping("/api/v1/users/{login}")
    ResponseEntity<byte[]> user(@PathVariable String login, Viewer viewer, HttpServletRequest request) {
        User user = user(login);
        return json.ok(new ApiViews(links.base(request)).user(user, accounts.pseuds(user.id())), viewer);
    }

    @GetMapping("/api/v1/users/{login}/works")
    ResponseEntity<byte[]> works(
            @PathVariable String login,
            @RequestParam(required = false) @Nullable String pseud,
            Viewer viewer,
            HttpServletRequest request) {
        User user = user(login);
        WorkListings.Scope scope = pseud == null || pseud.isBlank()
                ? new WorkListings.Scope(null, user.id())
                : WorkListings.Scope.pseud(user.id(), pseud(user, pseud).id());
        return listings.works(scope, request, viewer);
    }

    @GetMapping("/api/v1/users/{login}/bookmarks")
    ResponseEntity<byte[]> bookmarks(
            @PathVariable String login,
            @RequestParam(required = false) @Nullable String pseud,
            @RequestParam(defaultValue = "") String tags,
            @RequestParam(defaultValue = "false") String rec,
            @RequestParam(defaultValue = "1") String page,
            Viewer viewer,
            HttpServletRequest request) {
        User user = user(login);
        Long pseudId =
                pseud == null || pseud.isBlank() ? null : pseud(user, pseud).id();
        boolean recsOnly = rec.equals("1") || rec.equalsIgnoreCase("true");
        List<Long> tagIds = new ArrayList<>();
        boolean unknown = false;
        for (String name : TagNames.split(tags)) {
            var tag = this.tags.find(name);
            if (tag.isPresent()) tagIds.add(tag.map(Tag::id).orElseThrow());
            else unknown = true;
        }
        int number = Paged.pageNumber(page);
        BookmarkListing listing = unknown
                ? new BookmarkListing(new Paged<>(List.of(), 0, number, Paged.DEFAULT_SIZE), List.of(), 0)
                : bookmarks.ofUser(user.id(), pseudId, tagIds, recsOnly, number, viewer);
        ApiLinks.Base base = links.base(request);
        return json.ok(new ApiViews(base).bookmarks(listing, (n, pages) -> base.page(request, n, pages)), viewer);
    }

    private User user(String login) {
        return accounts.byLogin(login).orElseThrow(() -> new NotFoundException("user " + login));
    }

    private Pseud pseud(User user, String name) {
        return accounts.pseud(user.login(), name)
                .orElseThrow(() -> new NotFoundException("pseud " + name + " of " + user.login()));
    }
}
