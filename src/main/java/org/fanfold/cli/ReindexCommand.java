package org.fanfold.cli;

import java.util.concurrent.Callable;
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
            System.out.println(Reindexing.run(context));
            return 0;
        }
    }
}
