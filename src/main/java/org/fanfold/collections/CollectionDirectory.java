package org.fanfold.collections;

import java.util.ArrayList;
import java.util.List;
import org.fanfold.search.SearchEngine;
import org.fanfold.search.WorkQuery;
import org.fanfold.shared.Paged;
import org.fanfold.shared.Viewer;
import org.fanfold.works.WorkVisibility;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Lists of collections with their maintainers and work counts, for the index pages. */
@Component
class CollectionDirectory {

    private final CollectionStore store;
    private final SearchEngine engine;
    private final WorkVisibility visibility;

    CollectionDirectory(CollectionStore store, SearchEngine engine, WorkVisibility visibility) {
        this.store = store;
        this.engine = engine;
        this.visibility = visibility;
    }

    /** A page of all collections (or of those {@code userId} takes part in), by title. */
    Paged<CollectionBlurb> page(@Nullable Long userId, int page, Viewer viewer) {
        int size = Paged.DEFAULT_SIZE;
        List<ArchiveCollection> found = store.page(userId, (page - 1) * size, size);
        List<Participant> maintainers =
                store.maintainers(found.stream().map(ArchiveCollection::id).toList());
        List<CollectionBlurb> blurbs = new ArrayList<>(found.size());
        for (ArchiveCollection c : found) {
            blurbs.add(new CollectionBlurb(
                    c,
                    maintainers.stream().filter(p -> p.collectionId() == c.id()).toList(),
                    visibleWorks(c.id(), viewer)));
        }
        return new Paged<>(blurbs, store.count(userId), page, size);
    }

    List<Participant> maintainers(long collectionId) {
        return store.maintainers(List.of(collectionId));
    }

    /** How many works of the collection the viewer may see, counted in the index under their visibility. */
    long visibleWorks(long collectionId, Viewer viewer) {
        return engine.search(WorkQuery.builder(visibility.forSearch(viewer))
                        .collection(collectionId)
                        .page(1, 1)
                        .build())
                .total();
    }
}
