package org.fanfold.search;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Where the indexer reads works from; implemented by the works module. */
public interface WorkDocumentSource {

    /** The documents of those of these works that should be indexed (posted ones); the others are left out. */
    List<WorkDocument> load(Collection<Long> workIds);

    /**
     * Every indexable work, in batches of about {@code batchSize}, for a full rebuild. Each batch comes as the rows
     * read for it on the calling thread plus a supplier that turns them into documents (text extraction, tag
     * filters), which may be called once, from any thread, so a rebuild can spread that work over several threads.
     */
    void forEachBatch(int batchSize, Consumer<Supplier<List<WorkDocument>>> batch);

    /** How many works a full rebuild will index. */
    long countIndexable();
}
