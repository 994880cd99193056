package org.fanfold.works;

import org.fanfold.search.IndexQueue;
import org.springframework.stereotype.Component;

/**
 * Keeps a work's collection flags on its row: {@code anonymous} (in an anonymous collection: creators shown as
 * "Anonymous") and {@code unrevealed} (in an unrevealed collection: visible to its creators and the collection's
 * maintainers only). The collections module, which knows why, sets them; {@link WorkVisibility}, the reader and the
 * search documents read them from the row, as AO3 keeps {@code in_anon_collection} and
 * {@code in_unrevealed_collection} on its works.
 */
@Component
public class CollectionFlags {

    private final WorkStore works;
    private final IndexQueue index;

    CollectionFlags(WorkStore works, IndexQueue index) {
        this.works = works;
        this.index = index;
    }

    /**
     * Sets both flags of a work, queuing it for reindexing when they changed. Call inside the transaction that
     * changed the work's collections; an unknown work is ignored.
     *
     * @return whether the flags changed
     */
    public boolean set(long workId, boolean anonymous, boolean unrevealed) {
        boolean changed = works.setCollectionFlags(workId, anonymous, unrevealed);
        if (changed) index.enqueue(workId);
        return changed;
    }
}
