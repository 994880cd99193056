package org.fanfold.community;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.fanfold.shared.Viewer;
import org.fanfold.works.WorkVisibility;
import org.springframework.stereotype.Component;

/**
 * All of a user's own bookmarks, for their export: private ones too, and those of works or series since deleted
 * or hidden from them (without their item, so their notes are kept), a hundred at a time.
 */
@Component
public class OwnBookmarks {

    static final int PAGE = 100;

    private final BookmarkStore store;
    private final BookmarkListings listings;
    private final WorkVisibility visibility;

    OwnBookmarks(BookmarkStore store, BookmarkListings listings, WorkVisibility visibility) {
        this.store = store;
        this.listings = listings;
        this.visibility = visibility;
    }

    /**
     * Hands each of {@code owner}'s bookmarks to {@code each}, newest first, with its pseud, tags and item as the
     * owner may see it ({@link BookmarkItem#available()} false when they may no longer).
     *
     * @throws IllegalArgumentException for a guest, who has no bookmarks
     */
    public void forEach(Viewer owner, Consumer<BookmarkBlurb> each) {
        Long userId = owner.userId();
        if (userId == null) throw new IllegalArgumentException("a guest has no bookmarks");
        BookmarkQuery.Where where =
                BookmarkQuery.ofUser(userId, null, List.of(), false).where(owner, Set.of(), visibility);
        for (long offset = 0; ; offset += PAGE) {
            List<Long> ids = store.ids(where, PAGE, offset);
            listings.blurbs(store.findAll(ids), owner).forEach(each);
            if (ids.size() < PAGE) return;
        }
    }
}
