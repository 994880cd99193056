package org.fanfold.collections;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fanfold.works.WorkCollections;
import org.springframework.stereotype.Component;

/** The collections module's answer to the works module's {@link WorkCollections} port. */
@Component
class CollectionWorks implements WorkCollections {

    private final CollectionItemStore items;

    CollectionWorks(CollectionItemStore items) {
        this.items = items;
    }

    @Override
    public Map<Long, List<Long>> collectionIds(Collection<Long> workIds) {
        return workIds.isEmpty() ? Map.of() : items.listedCollections(workIds);
    }

    @Override
    public Map<Long, Set<Long>> unrevealedReaders(Collection<Long> workIds) {
        return workIds.isEmpty() ? Map.of() : items.unrevealedReaders(workIds);
    }
}
