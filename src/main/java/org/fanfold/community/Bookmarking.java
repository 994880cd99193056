package org.fanfold.community;

import java.util.List;
import java.util.Optional;
import org.fanfold.shared.Viewer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Bookmarks for other modules (the JSON API): making one and reading the listings, through the same service, rules
 * and visibility as the bookmark pages. Thread-safe.
 */
@Component
public class Bookmarking {

    /** A saved bookmark; {@code created} is false when the user's bookmark of the item was there and was updated. */
    public record Saved(long id, boolean created) {}

    private final BookmarkService service;
    private final BookmarkListings listings;

    Bookmarking(BookmarkService service, BookmarkListings listings) {
        this.service = service;
        this.listings = listings;
    }

    /**
     * Bookmarks an item the viewer may see, or updates their bookmark of it (one per user and item).
     *
     * @throws org.fanfold.shared.NotFoundException when there is no such item for the viewer
     * @throws org.fanfold.shared.ForbiddenException when the viewer is a guest
     * @throws BookmarkRejected when the form breaks the rules (by field: notes, tags, pseud); nothing is written
     */
    public Saved bookmark(Viewer viewer, BookmarkItem.Kind kind, long itemId, BookmarkForm form) {
        boolean existed = listings.ownOf(viewer, kind, itemId).isPresent();
        return new Saved(service.create(viewer, kind, itemId, form), !existed);
    }

    /**
     * A page (from 1) of a user's bookmarks as {@code viewer} may see them, newest first: only public ones of items
     * they may see, unless they are that user; none by a user they muted.
     *
     * @param pseudId only those under this pseud of the user, or null
     * @param tagIds only those carrying all of these bookmarker's tags
     */
    public BookmarkListing ofUser(
            long userId, @Nullable Long pseudId, List<Long> tagIds, boolean recsOnly, int page, Viewer viewer) {
        return listings.list(BookmarkQuery.ofUser(userId, pseudId, tagIds, recsOnly), page, viewer);
    }

    /** A page (from 1) of an item's bookmarks as {@code viewer} may see them, newest first. */
    public BookmarkListing ofItem(BookmarkItem.Kind kind, long itemId, int page, Viewer viewer) {
        return listings.list(BookmarkQuery.ofItem(kind, itemId), page, viewer);
    }

    /** One bookmark, if {@code viewer} may see it (their own, or a public one of an item they may see). */
    public Optional<BookmarkBlurb> one(long id, Viewer viewer) {
        return listings.one(id, viewer);
    }
}
