package org.fanfold.cli;

import org.fanfold.search.IndexQueue;
import org.fanfold.search.SearchEngine;
import org.fanfold.search.WorkIndexer;
import org.springframework.context.ConfigurableApplicationContext;

/** Rebuilding the search index from the database, for {@code reindex} and after a {@code restore}. */
final class Reindexing {

    private Reindexing() {}

    /**
     * Rebuilds the index with a progress bar, or, while a server runs on the same data directory (and so holds the
     * index), asks it to reindex every work. Returns the line that says which was done.
     */
    static String run(ConfigurableApplicationContext context) {
        WorkIndexer indexer = context.getBean(WorkIndexer.class);
        if (!context.getBean(SearchEngine.class).writable()) {
            long n = context.getBean(IndexQueue.class).enqueueAllPosted();
            return "The server running on this data directory will reindex " + n + " works.";
        }
        var progress = new Progress("Indexing", indexer.countIndexable());
        long done = indexer.rebuild(progress::update);
        progress.finish();
        return "Indexed " + done + " works.";
    }
}
