package org.fanfold.search;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/** Where the indexer reads works from; implemented by the works module. */
public interface WorkDocumentSource {

    /** The documents of those of these works that should be indexed (posted ones); the others are left out. */
    List<WorkDocument> load(Collection<Long> workIds);

    /**
     * Every indexable work, in batches of about {@code batchSize}, for a full rebuild: grouped by fandom and dealt into
     * {@code passes} passes, each holding a share of every fandom with the fandom's works together (see {@link
     * SearchEngine#rebuildPasses()}).
     */
    void forEachBatch(int batchSize, int passes, Consumer<List<WorkDocument>> batch);

    /** How many works a full rebuild will index. */
    long countIndexable();
}
