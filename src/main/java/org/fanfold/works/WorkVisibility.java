package org.fanfold.works;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.fanfold.search.SearchVisibility;
import org.fanfold.shared.Viewer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The one visibility predicate: who may see a work. Pages, listings, search, feeds, the API, downloads and counts
 * all ask here, either for one work ({@link #canSee}), as the filter a search applies in the query
 * ({@link #forSearch}) or as an SQL condition for lists read from the database ({@link #sqlCondition}), so totals
 * and facet counts agree with what is shown.
 *
 * <ul>
 *   <li>a work's creators see it always, drafts and hidden works included;
 *   <li>drafts: nobody else;
 *   <li>in an unrevealed collection: only the maintainers of its unrevealed collections (admins included only if
 *       they are such maintainers), until the collection is revealed;
 *   <li>hidden by an admin: admins (and the creators);
 *   <li>restricted: signed-in users only;
 *   <li>otherwise: everyone.
 * </ul>
 *
 * The unrevealed flag is on the work's row; who maintains its collections comes from {@link WorkCollections}, asked
 * only for unrevealed works seen by someone signed in who is not a creator. The search index holds the same readers
 * per document, so {@link #forSearch} needs nothing but the viewer.
 */
@Component
public class WorkVisibility {

    private static final Pattern ALIAS = Pattern.compile("[a-z_][a-z0-9_]*");

    private final ObjectProvider<WorkCollections> collections;

    WorkVisibility(ObjectProvider<WorkCollections> collections) {
        this.collections = collections;
    }

    /** Whether {@code viewer} may see {@code work}, whose creators' accounts are {@code creatorUserIds}. */
    public boolean canSee(Work work, Collection<Long> creatorUserIds, Viewer viewer) {
        Long me = viewer.userId();
        Collection<Long> readers = Set.of();
        if (work.unrevealed() && me != null && !creatorUserIds.contains(me)) {
            readers = collections
                    .getIfAvailable(() -> WorkCollections.NONE)
                    .unrevealedReaders(List.of(work.id()))
                    .getOrDefault(work.id(), Set.of());
        }
        return canSee(work, creatorUserIds, readers, viewer);
    }

    /**
     * As {@link #canSee(Work, Collection, Viewer)} with the work's unrevealed readers already known (the reader
     * loads them for a whole page of works at once).
     */
    boolean canSee(Work work, Collection<Long> creatorUserIds, Collection<Long> unrevealedReaders, Viewer viewer) {
        Long me = viewer.userId();
        if (me != null && creatorUserIds.contains(me)) return true;
        if (!work.posted()) return false;
        if (work.unrevealed() && (me == null || !unrevealedReaders.contains(me))) return false;
        if (work.hiddenByAdmin() && !viewer.admin()) return false;
        return !work.restricted() || viewer.signedIn();
    }

    /** Whether {@code viewer} may change {@code work}: its creators only. */
    public boolean canEdit(Collection<Long> creatorUserIds, Viewer viewer) {
        return viewer.userId() != null && creatorUserIds.contains(viewer.userId());
    }

    /**
     * Whether {@code viewer} may see who created a work in an anonymous collection: its creators and admins, who
     * see "Anonymous [names]"; everyone else sees "Anonymous".
     */
    public boolean canSeeCreators(Work work, Collection<Long> creatorUserIds, Viewer viewer) {
        return !work.anonymous() || viewer.admin() || canEdit(creatorUserIds, viewer);
    }

    /** The same predicate as a search filter (drafts are never indexed, so creators' drafts need no case). */
    public SearchVisibility forSearch(Viewer viewer) {
        return new SearchVisibility(viewer.signedIn(), viewer.admin(), viewer.userId());
    }

    /**
     * The same predicate as an SQL condition on the {@code works} row aliased {@code alias}, for lists that other
     * modules read straight from the database (bookmarks, statistics), so that their pages and totals agree with
     * {@link #canSee}. Only the viewer's id (a number) is written into it, so it is safe to concatenate.
     *
     * @throws IllegalArgumentException when {@code alias} is not a plain lower-case SQL identifier
     */
    public String sqlCondition(String alias, Viewer viewer) {
        if (!ALIAS.matcher(alias).matches()) throw new IllegalArgumentException("not an SQL alias: " + alias);
        String w = alias + ".";
        // unrevealed works: their creators only here (the EXISTS below); their collections' maintainers see them
        // on the pages that ask canSee, which is conservative for lists read from the database
        String open = w + "posted = 1 AND " + w + "in_unrevealed_collection = 0"
                + (viewer.admin() ? "" : " AND " + w + "hidden_by_admin = 0")
                + (viewer.signedIn() ? "" : " AND " + w + "restricted = 0");
        if (viewer.userId() == null) return "(" + open + ")";
        return "((" + open + ") OR EXISTS (SELECT 1 FROM creatorships vis_c JOIN pseuds vis_p ON vis_p.id ="
                + " vis_c.pseud_id WHERE vis_c.work_id = " + w + "id AND vis_p.user_id = " + viewer.userId() + "))";
    }
}
