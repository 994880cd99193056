package org.fanfold.works;

import java.util.Collection;
import org.fanfold.search.SearchVisibility;
import org.fanfold.shared.Viewer;
import org.springframework.stereotype.Component;

/**
 * The one visibility predicate: who may see a work. Pages, listings, search, feeds, the API, downloads and counts
 * all ask here, either for one work ({@link #canSee}) or as the filter a search applies in the query
 * ({@link #forSearch}) so totals and facet counts agree with what is shown.
 *
 * <ul>
 *   <li>a work's creators see it always, drafts and hidden works included;
 *   <li>drafts: nobody else;
 *   <li>hidden by an admin: admins (and the creators);
 *   <li>restricted: signed-in users only;
 *   <li>otherwise: everyone.
 * </ul>
 */
@Component
public class WorkVisibility {

    /** Whether {@code viewer} may see {@code work}, whose creators' accounts are {@code creatorUserIds}. */
    public boolean canSee(Work work, Collection<Long> creatorUserIds, Viewer viewer) {
        if (viewer.userId() != null && creatorUserIds.contains(viewer.userId())) return true;
        if (!work.posted()) return false;
        if (work.hiddenByAdmin() && !viewer.admin()) return false;
        return !work.restricted() || viewer.signedIn();
    }

    /** Whether {@code viewer} may change {@code work}: its creators only. */
    public boolean canEdit(Collection<Long> creatorUserIds, Viewer viewer) {
        return viewer.userId() != null && creatorUserIds.contains(viewer.userId());
    }

    /** The same predicate as a search filter (drafts are never indexed, so creators' drafts need no case). */
    public SearchVisibility forSearch(Viewer viewer) {
        return new SearchVisibility(viewer.signedIn(), viewer.admin(), viewer.userId());
    }
}
