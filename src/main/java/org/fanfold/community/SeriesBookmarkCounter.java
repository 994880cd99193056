package org.fanfold.community;

import java.util.Collection;
import java.util.Map;
import org.fanfold.shared.Viewer;
import org.fanfold.works.SeriesBookmarkCounts;
import org.springframework.stereotype.Component;

/**
 * Counts a series' bookmarks for its page and series lists, as its bookmarks page ({@code /series/{id}/bookmarks})
 * lists them for the same viewer: public ones and the viewer's own, none by users they muted. One query for a page
 * of series.
 */
@Component
class SeriesBookmarkCounter implements SeriesBookmarkCounts {

    private final BookmarkListings listings;

    SeriesBookmarkCounter(BookmarkListings listings) {
        this.listings = listings;
    }

    @Override
    public Map<Long, Long> counts(Collection<Long> seriesIds, Viewer viewer) {
        return listings.counts(BookmarkItem.Kind.SERIES, seriesIds, viewer);
    }
}
