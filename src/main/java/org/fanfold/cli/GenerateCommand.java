package org.fanfold.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.fanfold.generator.Generator;
import org.fanfold.shared.FanfoldProperties;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = {
            "Fill the archive with synthetic users and works, for development and benchmarks.",
            "Tags, lengths, ratings and reader counts follow distributions measured on AO3; the same seed gives the"
                    + " same archive. Every generated user's password is \"password\".",
            "Refuses a data directory that already holds works unless --append is given."
        })
class GenerateCommand implements Callable<Integer> {

    @Mixin
    Cli.DataOptions data;

    @Option(names = "--works", required = true, paramLabel = "N", description = "How many works to generate.")
    int works;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "The random seed (default: 1).")
    long seed;

    @Option(
            names = "--bodies",
            paramLabel = "AVG_WORDS",
            description = "Write generated prose of about this many words per work (default: one short paragraph"
                    + " per chapter, word counts still realistic).")
    @Nullable
    Integer bodies;

    @Option(names = "--append", description = "Add to a data directory that already holds works.")
    boolean append;

    @Override
    public Integer call() {
        Generator.Options options;
        try {
            options = new Generator.Options(works, seed, bodies);
        } catch (IllegalArgumentException e) {
            System.err.println("fanfold generate: " + e.getMessage());
            return 2;
        }
        try (var context = data.start(false, Cli.NO_REBUILD_AT_START)) {
            Generator generator = context.getBean(Generator.class);
            long existing = generator.existingWorks();
            if (existing > 0 && !append) {
                System.err.println("fanfold generate: the database already holds " + existing
                        + " works; use --append to add to them, or another --data directory.");
                return 1;
            }
            var writing = new Progress("Generating", works);
            Generator.Written written = generator.generate(options, writing::update);
            writing.finish();
            var indexing = new Progress("Indexing  ", generator.indexable());
            Generator.Indexed indexed = generator.index(indexing::update);
            indexing.finish();

            FanfoldProperties props = context.getBean(FanfoldProperties.class);
            Path dir = props.dataDir();
            System.out.printf(
                    "Generated %,d works (%,d chapters) by %,d new users, with %,d new tags.%n",
                    written.works(), written.chapters(), written.users(), written.newTags());
            System.out.printf("Database writes: %s%n", seconds(written.millis()));
            if (indexed.queuedForServer()) {
                System.out.printf(
                        "Search index: the server running on %s will reindex %,d works.%n", dir, indexed.works());
            } else {
                System.out.printf("Index rebuild:   %s (%,d works)%n", seconds(indexed.millis()), indexed.works());
            }
            if (props.usesSqlite()) {
                System.out.printf(
                        "Database size:   %s (%s)%n",
                        megabytes(size(dir, "fanfold.db") + size(dir, "fanfold.db-wal")), dir.resolve("fanfold.db"));
            }
            System.out.printf("Index size:      %s (%s)%n", megabytes(size(dir, "index")), dir.resolve("index"));
            return 0;
        }
    }

    private static String seconds(long millis) {
        return String.format("%,.1f s", millis / 1000.0);
    }

    private static String megabytes(long bytes) {
        return String.format("%,.1f MB", bytes / 1_048_576.0);
    }

    /** Bytes under {@code dir/name}, a file or a directory; 0 when it is missing. */
    private static long size(Path dir, String name) {
        Path p = dir.resolve(name);
        if (!Files.exists(p)) return 0;
        try (Stream<Path> files = Files.walk(p)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(f -> {
                        try {
                            return Files.size(f);
                        } catch (IOException e) {
                            return 0;
                        }
                    })
                    .sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
