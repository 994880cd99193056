package org.fanfold.collections;

import java.util.Collection;
import org.fanfold.search.IndexQueue;
import org.fanfold.works.CollectionFlags;
import org.springframework.stereotype.Component;

/**
 * After a change to items, collections or maintainers, brings the works concerned up to date inside the same
 * transaction: their anonymous and unrevealed flags on the works row (through {@link CollectionFlags}) and their
 * search documents, which carry their collections and unrevealed readers.
 */
@Component
class WorkFlagsSync {

    private final CollectionItemStore items;
    private final CollectionFlags flags;
    private final IndexQueue index;

    WorkFlagsSync(CollectionItemStore items, CollectionFlags flags, IndexQueue index) {
        this.items = items;
        this.flags = flags;
        this.index = index;
    }

    /** One work whose items changed. */
    void work(long workId) {
        boolean[] f = items.flags(workId);
        flags.set(workId, f[0], f[1]);
        index.enqueue(workId);
    }

    /** Every work a collection holds, after its settings or maintainers changed. */
    void collection(long collectionId) {
        works(items.workIds(collectionId));
    }

    void works(Collection<Long> workIds) {
        for (long id : workIds) {
            boolean[] f = items.flags(id);
            flags.set(id, f[0], f[1]);
        }
        index.enqueue(workIds);
    }
}
