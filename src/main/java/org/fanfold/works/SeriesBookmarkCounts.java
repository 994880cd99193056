package org.fanfold.works;

import java.util.Collection;
import java.util.Map;
import org.fanfold.shared.Viewer;

/**
 * How many bookmarks of each series a viewer may see: the series page and a user's series list show it as AO3 does
 * ("Bookmarks: 3", linking to {@code /series/{id}/bookmarks}). Implemented by the module that keeps bookmarks, so
 * this one need not know it; without such a bean no count is shown.
 */
public interface SeriesBookmarkCounts {

    /**
     * The counts, by series id; a series without bookmarks the viewer may see is absent. Counted as the series'
     * bookmarks page lists them, so the number and the page it links to agree.
     */
    Map<Long, Long> counts(Collection<Long> seriesIds, Viewer viewer);
}
