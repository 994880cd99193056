package org.fanfold.search;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/** Where the indexer reads works from; implemented by the works module. */
public interface WorkDocumentSource {

    /** The documents of those of these works that should be indexed (posted ones); the others are left out. */
    List<WorkDocument> load(Collection<Long> workIds);

    /** Every indexable work, in batches of about {@code batchSize}, for a full rebuild. */
    void forEachBatch(int batchSize, Consumer<List<WorkDocument>> batch);

    /** How many works a full rebuild will index. */
    long countIndexable();
}
