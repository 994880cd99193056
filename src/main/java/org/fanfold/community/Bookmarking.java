package org.fanfold.community;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.fanfold.shared.Paged;
import org.fanfold.shared.Viewer;
import org.fanfold.works.WorkReader;
import org.fanfold.works.WorkView;
import org.fanfold.works.WorkVisibility;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Bookmarks for other modules, through the same service, rules and visibility as the bookmark pages: making one and
 * reading the listings (the JSON API), the works a user bookmarked (the OPDS catalog's shelf), and all of a user's
 * own bookmarks (their export). Thread-safe.
 */
@Component
public class Bookmarking {

    /** A saved bookmark; {@code created} is false when the user's bookmark of the item was there and was updated. */
    public record Saved(long id, boolean created) {}

    /** How many of a user's own bookmarks {@link #forEachOwn} reads at a time. */
    static final int OWN_PAGE = 100;

    private final BookmarkService service;
    private final BookmarkListings listings;
    private final BookmarkStore store;
    private final WorkReader reader;
    private final WorkVisibility visibility;

    Bookmarking(
            BookmarkService service,
            BookmarkListings listings,
            BookmarkStore store,
            WorkReader reader,
            WorkVisibility visibility) {
        this.service = service;
        this.listings = listings;
        this.store = store;
        this.reader = reader;
        this.visibility = visibility;
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

    /**
     * A page (from 1, {@link Paged#DEFAULT_SIZE} a page) of the works {@code userId} bookmarked, newest first: the
     * same bookmarks as their bookmarks page shows {@code viewer} ({@link BookmarkQuery#where}: private ones to their
     * owner only, none by a user the viewer muted), narrowed to works the viewer may see now ({@link WorkVisibility}),
     * so series and works since hidden or deleted are left out, counts included.
     */
    public Paged<WorkView> worksOf(long userId, int page, Viewer viewer) {
        BookmarkQuery.Where mine =
                BookmarkQuery.ofUser(userId, null, List.of(), false).where(viewer, listings.muted(viewer), visibility);
        BookmarkQuery.Where where = new BookmarkQuery.Where(
                mine.sql() + " AND b.item_type = '" + BookmarkItem.Kind.WORK.dbName() + "' AND EXISTS (SELECT 1"
                        + " FROM works bw WHERE bw.id = b.item_id AND " + visibility.sqlCondition("bw", viewer) + ")",
                mine.params());
        long total = store.count(where);
        if (total == 0) return new Paged<>(List.of(), 0, page, Paged.DEFAULT_SIZE);
        List<Long> workIds = new ArrayList<>();
        for (Bookmark b : store.findAll(store.ids(where, Paged.DEFAULT_SIZE, (long) (page - 1) * Paged.DEFAULT_SIZE))) {
            workIds.add(b.itemId());
        }
        return new Paged<>(reader.blurbs(workIds, viewer), total, page, Paged.DEFAULT_SIZE);
    }

    /**
     * Hands each of {@code owner}'s own bookmarks to {@code each}, newest first, {@value #OWN_PAGE} read at a time,
     * with its pseud, tags and item as the owner may see it: private ones too, and those of works or series since
     * deleted or hidden from them ({@link BookmarkItem#available()} false, notes kept). For their export.
     *
     * @throws IllegalArgumentException for a guest, who has no bookmarks
     */
    public void forEachOwn(Viewer owner, Consumer<BookmarkBlurb> each) {
        Long userId = owner.userId();
        if (userId == null) throw new IllegalArgumentException("a guest has no bookmarks");
        BookmarkQuery.Where where =
                BookmarkQuery.ofUser(userId, null, List.of(), false).where(owner, Set.of(), visibility);
        for (long offset = 0; ; offset += OWN_PAGE) {
            List<Long> ids = store.ids(where, OWN_PAGE, offset);
            listings.blurbs(store.findAll(ids), owner).forEach(each);
            if (ids.size() < OWN_PAGE) return;
        }
    }
}
