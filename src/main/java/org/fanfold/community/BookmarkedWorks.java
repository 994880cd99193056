package org.fanfold.community;

import java.util.ArrayList;
import java.util.List;
import org.fanfold.shared.Paged;
import org.fanfold.shared.Viewer;
import org.fanfold.works.WorkReader;
import org.fanfold.works.WorkView;
import org.fanfold.works.WorkVisibility;
import org.springframework.stereotype.Component;

/**
 * The works a user bookmarked, for other modules that list them (the OPDS catalog's shelf): the same bookmarks as
 * their bookmarks page shows the viewer ({@link BookmarkQuery#where}: private ones to their owner only, none by a
 * user the viewer muted), narrowed to bookmarks of works the viewer may see now ({@link WorkVisibility}), so series
 * and works since hidden or deleted are left out, counts included. Thread-safe.
 */
@Component
public class BookmarkedWorks {

    private final BookmarkStore store;
    private final BookmarkListings listings;
    private final WorkReader reader;
    private final WorkVisibility visibility;

    BookmarkedWorks(BookmarkStore store, BookmarkListings listings, WorkReader reader, WorkVisibility visibility) {
        this.store = store;
        this.listings = listings;
        this.reader = reader;
        this.visibility = visibility;
    }

    /** A page (from 1, {@link Paged#DEFAULT_SIZE} a page) of the works {@code userId} bookmarked, newest first. */
    public Paged<WorkView> of(long userId, int page, Viewer viewer) {
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
}
