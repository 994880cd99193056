package org.fanfold.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.fanfold.search.QueryBenchmark;
import org.fanfold.search.SearchEngine;
import org.fanfold.search.WorkDocument;
import org.fanfold.search.WorkDocumentSource;
import org.fanfold.search.WorkIndexer;
import org.fanfold.shared.FanfoldProperties;
import org.fanfold.tags.Tag;
import org.fanfold.tags.TagService;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "bench-queries",
        mixinStandardHelpOptions = true,
        description = {
            "Time the issue's fixed query mix (all facet groups) on the embedded Lucene index and, with",
            "--opensearch, on OpenSearch holding the same works: p50/p95/p99 per query, then queries/s on 2 threads.",
            "Run it on a generated archive (fanfold generate) with no server running on it."
        })
class BenchQueriesCommand implements Callable<Integer> {

    @Mixin
    Cli.DataOptions data;

    @Option(names = "--opensearch", paramLabel = "URL", description = "Also index into and time OpenSearch at URL.")
    @Nullable
    URI openSearch;

    @Option(names = "--rebuild", description = "Rebuild the Lucene index first, and time it.")
    boolean rebuild;

    @Option(
            names = "--runs",
            paramLabel = "N",
            defaultValue = "200",
            description = "Timed runs per query (default 200).")
    int runs;

    @Option(
            names = "--warmup",
            paramLabel = "N",
            defaultValue = "300",
            description = "Untimed runs of the mix first (default 300: until the JIT has compiled the counting;"
                    + " after 20 the popular fandom's first-time query still took 1.6 times as long).")
    int warmup;

    @Option(
            names = "--warmup-seconds",
            paramLabel = "S",
            defaultValue = "40",
            description = "The warm-up goes on for at least this long as well (default 40: on two cores the JIT"
                    + " still compiles for about that long, however quick the mix is).")
    int warmupSeconds;

    @Option(
            names = "--urls",
            description = "Only print the mix as site URLs (name, a tab, the path), for timing the pages end to end.")
    boolean urls;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "20", description = "Throughput run length.")
    int seconds;

    @Override
    public Integer call() throws Exception {
        try (var context = data.start(false, Cli.NO_REBUILD_AT_START)) {
            SearchEngine lucene = context.getBean(SearchEngine.class);
            WorkIndexer indexer = context.getBean(WorkIndexer.class);
            WorkDocumentSource source = context.getBean(WorkDocumentSource.class);
            TagService tags = context.getBean(TagService.class);
            Path dataDir = context.getBean(FanfoldProperties.class).dataDir();
            if (!lucene.writable()) {
                System.err.println("fanfold bench-queries: a server is running on this data directory; stop it first.");
                return 2;
            }
            Map<String, SearchEngine> engines = new LinkedHashMap<>();
            engines.put("Lucene", lucene);
            if (rebuild || lucene.count() == 0) {
                long start = System.nanoTime();
                long n = indexer.rebuild(x -> {});
                System.out.printf("Lucene index build: %,d works in %.1f s%n", n, (System.nanoTime() - start) / 1e9);
            }
            System.out.printf(
                    "Lucene index: %,d works, %,d MB on disk%n", lucene.count(), size(dataDir.resolve("index")) >> 20);

            SearchEngine os = null;
            if (openSearch != null) {
                os = QueryBenchmark.openSearch(openSearch, "fanfold-bench");
                long start = System.nanoTime();
                os.deleteAll();
                source.forEachBatch(1_000, 1, os::upsert);
                os.refresh();
                System.out.printf(
                        "OpenSearch index build: %,d works in %.1f s%n", os.count(), (System.nanoTime() - start) / 1e9);
                engines.put("OpenSearch", os);
            }
            try {
                List<QueryBenchmark.Case> cases = QueryBenchmark.mix(
                        lucene,
                        name -> tags.find(name).map(Tag::filterId).orElseThrow(),
                        id -> tags.byId(id).map(Tag::name).orElse("?"),
                        id -> tags.byId(id).map(Tag::worksUrl).orElseThrow(),
                        phrase(source));
                if (urls) {
                    for (var c : cases) System.out.println(c.name() + "\t" + c.path());
                    return 0;
                }
                var timings = QueryBenchmark.latencies(engines, cases, warmup, warmupSeconds, runs);
                System.out.println();
                System.out.print(QueryBenchmark.table(timings));
                System.out.println();
                for (var t : QueryBenchmark.throughput(engines, cases, seconds)) {
                    System.out.printf("Throughput, 2 threads, %s: %.0f queries/s%n", t.engine(), t.queriesPerSecond());
                }
                System.gc();
                var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
                System.out.printf(
                        "Heap used after GC (this JVM: Lucene + the app): %,d MB of %,d MB committed%n",
                        heap.getUsed() >> 20, heap.getCommitted() >> 20);
            } finally {
                if (os != null) os.close();
            }
            return 0;
        }
    }

    /** Three words from the middle of some story's text, for the phrase query; null when stories have no text. */
    private static @Nullable String phrase(WorkDocumentSource source) {
        for (long id = 1; id < 200; id++) {
            List<WorkDocument> docs = source.load(List.of(id));
            if (docs.isEmpty()) continue;
            String[] words = docs.getFirst().body().split("\\s+");
            if (words.length > 60)
                return String.join(" ", words[40], words[41], words[42]).replaceAll("[^\\p{L}\\p{N} ]", "");
        }
        return null;
    }

    private static long size(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return 0;
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
    }
}
