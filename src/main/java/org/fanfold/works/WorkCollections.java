package org.fanfold.works;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the works module asks about works' collections, answered by the collections module (which implements this
 * port; the works module never depends on it). The flags themselves — anonymous, unrevealed — are on the works row
 * ({@link CollectionFlags}); this port adds the two things a flag cannot hold: which collections a work is in, for
 * the index's collection filter, and who besides its creators may read an unrevealed work. Implementations are
 * thread-safe and read within the caller's transaction, if any.
 */
public interface WorkCollections {

    /** In no collection: what the works module assumes when no module implements this port. */
    WorkCollections NONE = new WorkCollections() {
        @Override
        public Map<Long, List<Long>> collectionIds(Collection<Long> workIds) {
            return Map.of();
        }

        @Override
        public Map<Long, Set<Long>> unrevealedReaders(Collection<Long> workIds) {
            return Map.of();
        }
    };

    /**
     * The collections each work is listed in (approved by its creator and by the collection); works in none are
     * absent from the map.
     */
    Map<Long, List<Long>> collectionIds(Collection<Long> workIds);

    /**
     * For works in unrevealed collections, the users besides their creators who may read them before the reveal:
     * the maintainers (owners and moderators) of those collections. Works with none are absent from the map.
     */
    Map<Long, Set<Long>> unrevealedReaders(Collection<Long> workIds);
}
