package org.fanfold.community;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.Pseud;
import org.fanfold.accounts.User;
import org.fanfold.shared.NotFoundException;
import org.fanfold.shared.Paged;
import org.fanfold.shared.UserNav;
import org.fanfold.shared.Viewer;
import org.fanfold.tags.Tag;
import org.fanfold.tags.TagNames;
import org.fanfold.tags.TagService;
import org.fanfold.works.WorkReader;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Bookmark listings, 20 a page, newest first: an item's public bookmarks ({@code /works/{id}/bookmarks},
 * {@code /series/{id}/bookmarks}) and a user's ({@code /users/{login}/bookmarks}, or one pseud's), private ones to
 * their owner only, filtered by the bookmarker's tags ({@code bookmark_search[other_bookmark_tag_names]}) and to
 * recs ({@code bookmark_search[rec]=1}) as on AO3.
 */
@Controller
class BookmarkListController {

    static final String TAGS_PARAM = "bookmark_search[other_bookmark_tag_names]";
    static final String REC_PARAM = "bookmark_search[rec]";

    private final BookmarkListings listings;
    private final WorkReader reader;
    private final TagService tags;
    private final Accounts accounts;
    private final UserNav userNav;

    BookmarkListController(
            BookmarkListings listings, WorkReader reader, TagService tags, Accounts accounts, UserNav userNav) {
        this.listings = listings;
        this.reader = reader;
        this.tags = tags;
        this.accounts = accounts;
        this.userNav = userNav;
    }

    @GetMapping("/works/{id}/bookmarks")
    String work(
            @PathVariable long id,
            @RequestParam(defaultValue = "1") String page,
            Viewer viewer,
            HttpServletRequest request,
            Model model) {
        var work = reader.view(id, viewer);
        if (work.isEmpty()) {
            if (reader.requiresLogin(id, viewer)) {
                model.addAttribute("returnTo", request.getRequestURI());
                return "works/restricted";
            }
            throw new NotFoundException("work " + id);
        }
        return item(BookmarkItem.of(work.get()), page, viewer, model);
    }

    @GetMapping("/series/{id}/bookmarks")
    String series(@PathVariable long id, @RequestParam(defaultValue = "1") String page, Viewer viewer, Model model) {
        var series = reader.series(id, viewer).orElseThrow(() -> new NotFoundException("series " + id));
        return item(BookmarkItem.of(series), page, viewer, model);
    }

    @GetMapping({"/users/{login}/bookmarks", "/users/{login}/pseuds/{pseud}/bookmarks"})
    String user(
            @PathVariable String login,
            @PathVariable(required = false) @Nullable String pseud,
            @RequestParam(name = TAGS_PARAM, defaultValue = "") String tagNames,
            @RequestParam(name = REC_PARAM, defaultValue = "") String rec,
            @RequestParam(defaultValue = "1") String page,
            Viewer viewer,
            Model model) {
        User user = accounts.byLogin(login).orElseThrow(() -> new NotFoundException("user " + login));
        Pseud only = pseud == null
                ? null
                : accounts.pseud(user.login(), pseud).orElseThrow(() -> new NotFoundException("pseud " + pseud));
        boolean recsOnly = rec.equals("1") || rec.equalsIgnoreCase("true");
        List<Tag> filterTags = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String name : TagNames.split(tagNames)) {
            tags.find(name).ifPresentOrElse(filterTags::add, () -> unknown.add(name));
        }
        int number = Paged.pageNumber(page);
        BookmarkListing listing = unknown.isEmpty()
                ? listings.list(
                        BookmarkQuery.ofUser(
                                user.id(),
                                only == null ? null : only.id(),
                                filterTags.stream().map(Tag::id).toList(),
                                recsOnly),
                        number,
                        viewer)
                : new BookmarkListing(new Paged<>(List.of(), 0, number, Paged.DEFAULT_SIZE), List.of(), 0);
        String base = "/users/" + user.login() + (only == null ? "" : "/pseuds/" + only.name()) + "/bookmarks";
        model.addAttribute("user", user);
        model.addAttribute("pseud", only);
        model.addAttribute("listing", listing);
        model.addAttribute("filterTags", filterTags);
        model.addAttribute("unknownTags", unknown);
        model.addAttribute("tagString", String.join(", ", TagNames.split(tagNames)));
        model.addAttribute("recsOnly", recsOnly);
        model.addAttribute("base", base);
        model.addAttribute("pageUrl", base + "?" + filterQuery(tagNames, recsOnly) + "page=");
        model.addAttribute(
                "ownerMuted", !viewer.is(user.id()) && listings.muted(viewer).contains(user.id()));
        model.addAttribute("userNav", userNav.links(user.login(), viewer));
        return "community/bookmarks_user";
    }

    private String item(BookmarkItem item, String page, Viewer viewer, Model model) {
        model.addAttribute("item", item);
        model.addAttribute(
                "listing", listings.list(BookmarkQuery.ofItem(item.kind(), item.id()), Paged.pageNumber(page), viewer));
        model.addAttribute("own", listings.ownOf(viewer, item.kind(), item.id()).orElse(null));
        model.addAttribute("pageUrl", item.bookmarksUrl() + "?page=");
        return "community/bookmarks_item";
    }

    /** The filter parameters to keep in pager links, each followed by "&amp;". */
    private static String filterQuery(String tagNames, boolean recsOnly) {
        StringBuilder q = new StringBuilder();
        if (!tagNames.isBlank()) {
            q.append(URLEncoder.encode(TAGS_PARAM, StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(tagNames, StandardCharsets.UTF_8).replace("+", "%20"))
                    .append('&');
        }
        if (recsOnly)
            q.append(URLEncoder.encode(REC_PARAM, StandardCharsets.UTF_8)).append("=1&");
        return q.toString();
    }
}
