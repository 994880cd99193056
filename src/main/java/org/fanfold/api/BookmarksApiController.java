package org.fanfold.api;

import jakarta.servlet.http.HttpServletRequest;
import org.fanfold.community.BookmarkBlurb;
import org.fanfold.community.BookmarkItem;
import org.fanfold.community.Bookmarking;
import org.fanfold.shared.NotFoundException;
import org.fanfold.shared.Paged;
import org.fanfold.shared.Viewer;
import org.fanfold.works.WorkReader;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bookmarks: a work's public bookmarks, one bookmark, and bookmarking a work or a series (the caller's one bookmark
 * of it is updated when they have one: 200 instead of 201).
 */
@RestController
class BookmarksApiController implements ApiEndpoint {

    private final Bookmarking bookmarks;
    private final WorkReader reader;
    private final ApiLinks links;
    private final ApiJson json;

    BookmarksApiController(Bookmarking bookmarks, WorkReader reader, ApiLinks links, ApiJson json) {
        this.bookmarks = bookmarks;
        this.reader = reader;
        this.links = links;
        this.json = json;
    }

    @GetMapping("/api/v1/works/{id}/bookmarks")
    ResponseEntity<byte[]> ofWork(
            @PathVariable long id,
            @RequestParam(defaultValue = "1") String page,
            Viewer viewer,
            HttpServletRequest request) {
        if (reader.view(id, viewer).isEmpty()) throw new NotFoundException("work " + id);
        var listing = bookmarks.ofItem(BookmarkItem.Kind.WORK, id, Paged.pageNumber(page), viewer);
        ApiLinks.Base base = links.base(request);
        return json.ok(new ApiViews(base).bookmarks(listing, (n, pages) -> base.page(request, n, pages)), viewer);
    }

    @GetMapping("/api/v1/bookmarks/{id}")
    ResponseEntity<byte[]> one(@PathVariable long id, Viewer viewer, HttpServletRequest request) {
        BookmarkBlurb blurb = bookmarks.one(id, viewer).orElseThrow(() -> new NotFoundException("bookmark " + id));
        return json.ok(new ApiViews(links.base(request)).bookmark(blurb), viewer);
    }

    @PostMapping("/api/v1/bookmarks")
    ResponseEntity<byte[]> create(
            @RequestBody(required = false) byte @Nullable [] body, Viewer viewer, HttpServletRequest request) {
        BookmarkBody typed = json.read(body == null ? new byte[0] : body, BookmarkBody.class);
        if ((typed.workId() == null) == (typed.seriesId() == null)) {
            throw ApiException.badRequest("Name what to bookmark: work_id or series_id (one of them).");
        }
        BookmarkItem.Kind kind = typed.workId() != null ? BookmarkItem.Kind.WORK : BookmarkItem.Kind.SERIES;
        long itemId = typed.workId() != null ? typed.workId() : typed.seriesId();
        Bookmarking.Saved saved = bookmarks.bookmark(viewer, kind, itemId, typed.toForm());
        BookmarkBlurb blurb = bookmarks.one(saved.id(), viewer).orElseThrow();
        ApiLinks.Base base = links.base(request);
        return json.created(new ApiViews(base).bookmark(blurb), base.api("/bookmarks/" + saved.id()), saved.created());
    }
}
