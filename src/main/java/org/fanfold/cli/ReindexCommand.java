package org.fanfold.cli;

import java.util.concurrent.Callable;
import org.fanfold.search.IndexQueue;
import org.fanfold.search.SearchEngine;
import org.fanfold.search.WorkIndexer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
        name = "reindex",
        mixinStandardHelpOptions = true,
        description = {
            "Rebuild the search index from the database.",
            "While a server runs on the same data directory, asks it to reindex every work instead."
        })
class ReindexCommand implements Callable<Integer> {

    @Mixin
    Cli.DataOptions data;

    @Override
    public Integer call() {
        try (var context = data.start(false, Cli.NO_REBUILD_AT_START)) {
            WorkIndexer indexer = context.getBean(WorkIndexer.class);
            if (!context.getBean(SearchEngine.class).writable()) {
                long n = context.getBean(IndexQueue.class).enqueueAllPosted();
                System.out.println("The server running on this data directory will reindex " + n + " works.");
                return 0;
            }
            var progress = new Progress("Indexing", indexer.countIndexable());
            long done = indexer.rebuild(progress::update);
            progress.finish();
            System.out.println("Indexed " + done + " works.");
            return 0;
        }
    }
}
