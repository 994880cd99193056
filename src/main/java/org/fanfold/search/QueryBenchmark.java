package org.fanfold.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The issue's fixed query mix, timed on one or more engines holding the same works: per query p50/p95/p99
 * single-threaded, then throughput with two threads. A benchmark tool (for {@code bench/}), not used by the archive.
 * Every query asks for all seven facet groups, as a listing page does.
 */
public final class QueryBenchmark {

    /** The facet groups a listing page asks for. */
    static final List<String> FACETS =
            List.of("Rating", "ArchiveWarning", "Category", "Fandom", "Character", "Relationship", "Freeform");

    /** A named query. */
    /**
     * One query of the mix, and the same query as a page of the site ({@code path}: a root-relative URL with AO3's
     * filter parameters), so the page can be timed end to end against the engine alone.
     */
    public record Case(String name, WorkQuery query, String path) {}

    /** One engine's figures for one query, in milliseconds; {@code total} is the matching works. */
    public record Timing(String engine, String query, long total, double p50, double p95, double p99) {}

    /** Queries per second with two threads running the whole mix. */
    public record Throughput(String engine, double queriesPerSecond) {}

    private QueryBenchmark() {}

    /** An OpenSearch engine on {@code url} using {@code index}, for comparing engines on the same data. */
    public static SearchEngine openSearch(java.net.URI url, String index) {
        return org.fanfold.search.opensearch.OpenSearchEngine.connect(url, index);
    }

    /**
     * The mix from the issue, with tags picked from the data: the most popular fandom, its most popular
     * relationship and additional tags, its most common character for a text query.
     *
     * @param reference an engine holding the works, used to pick the tags
     * @param tagIdOf the filter id of a fixed tag by name ("Explicit", "Major Character Death"…)
     * @param nameOf a tag's name by id
     * @param worksUrlOf the root-relative URL of a tag's works page by the tag's id
     * @param storyPhrase a phrase that occurs in some story's text, or null to leave that query out
     */
    public static List<Case> mix(
            SearchEngine reference,
            Function<String, Long> tagIdOf,
            Function<Long, String> nameOf,
            Function<Long, String> worksUrlOf,
            String storyPhrase) {
        var visibility = SearchVisibility.PUBLIC;
        SearchHits all = reference.search(
                WorkQuery.builder(visibility).facets(FACETS, 10).page(1, 1).build());
        long fandom = top(all, "Fandom", 0);
        SearchHits inFandom = reference.search(WorkQuery.builder(visibility)
                .include(fandom)
                .facets(FACETS, 10)
                .page(1, 1)
                .build());
        long relationship = top(inFandom, "Relationship", 0);
        long freeform1 = top(inFandom, "Freeform", 0);
        long freeform2 = top(inFandom, "Freeform", 1);
        String character = nameOf.apply(top(inFandom, "Character", 0));
        String word = character.split("\\s+")[0];

        String fandomPage = worksUrlOf.apply(fandom);
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("popular fandom, by date", base().include(fandom).build(), fandomPage));
        cases.add(new Case(
                "fandom+relationship, -2 freeforms, rating<=Teen, complete, by kudos",
                base().include(fandom)
                        .include(relationship)
                        .exclude(freeform1)
                        .exclude(freeform2)
                        .exclude(tagIdOf.apply("Mature"))
                        .exclude(tagIdOf.apply("Explicit"))
                        .complete(true)
                        .sort(SearchSort.KUDOS)
                        .build(),
                fandomPage + "?" + param("work_search[filter_ids][]", relationship)
                        + "&" + param("work_search[excluded_tag_ids][]", freeform1)
                        + "&" + param("work_search[excluded_tag_ids][]", freeform2)
                        + "&" + param("work_search[excluded_tag_ids][]", tagIdOf.apply("Mature"))
                        + "&" + param("work_search[excluded_tag_ids][]", tagIdOf.apply("Explicit"))
                        + "&" + param("work_search[complete]", "T")
                        + "&" + param("work_search[sort_column]", SearchSort.KUDOS.column())));
        cases.add(new Case(
                "text \"" + word + "\" in the fandom",
                base().text(word).include(fandom).sort(SearchSort.BEST_MATCH).build(),
                fandomPage + "?" + param("work_search[query]", word) + "&"
                        + param("work_search[sort_column]", SearchSort.BEST_MATCH.column())));
        cases.add(new Case(
                "no inclusion, -Explicit -MCD, 10k-50k words, by hits",
                base().exclude(tagIdOf.apply("Explicit"))
                        .exclude(tagIdOf.apply("Major Character Death"))
                        .words(new Range(10_000L, 50_000L))
                        .sort(SearchSort.HITS)
                        .build(),
                "/works?" + param("work_search[excluded_tag_ids][]", tagIdOf.apply("Explicit"))
                        + "&" + param("work_search[excluded_tag_ids][]", tagIdOf.apply("Major Character Death"))
                        + "&" + param("work_search[words_from]", 10_000)
                        + "&" + param("work_search[words_to]", 50_000)
                        + "&" + param("work_search[sort_column]", SearchSort.HITS.column())));
        cases.add(new Case(
                "page 500 of the popular fandom",
                base().include(fandom).page(500, 20).build(),
                fandomPage + "?page=500"));
        if (storyPhrase != null) {
            cases.add(new Case(
                    "phrase in story text",
                    base().bodyText("\"" + storyPhrase + "\"").build(),
                    "/works/search?" + param("work_search[body_query]", "\"" + storyPhrase + "\"")));
        }
        return cases;
    }

    private static String param(String name, Object value) {
        return java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8) + "="
                + java.net.URLEncoder.encode(String.valueOf(value), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static WorkQuery.Builder base() {
        return WorkQuery.builder(SearchVisibility.PUBLIC).facets(FACETS, 10);
    }

    private static long top(SearchHits hits, String type, int rank) {
        List<SearchHits.FacetCount> counts = hits.facets().getOrDefault(type, List.of());
        if (counts.size() <= rank)
            throw new IllegalStateException("no " + type + " facet #" + (rank + 1) + " in the data");
        return counts.get(rank).tagId();
    }

    /**
     * Times each case on each engine, after {@code warmup} untimed runs of the whole mix (and as many more as make
     * {@code warmupSeconds}), twice: first as a query
     * the engine has not seen (each run leaves out a different work id that matches nothing, so no counts kept from
     * an earlier run can answer it: what a reader's first filter costs), then the same query repeated (what the
     * next page, another reader of the same tag page or a reload costs). Timings of the first kind are named as
     * the case; the repeats add " (repeated)".
     */
    public static List<Timing> latencies(
            Map<String, SearchEngine> engines, List<Case> cases, int warmup, int warmupSeconds, int runs) {
        List<Timing> out = new ArrayList<>();
        long unseen = -1;
        for (var engine : engines.entrySet()) {
            SearchEngine e = engine.getValue();
            long warmUntil = System.nanoTime() + warmupSeconds * 1_000_000_000L;
            for (int i = 0; i < warmup || System.nanoTime() - warmUntil < 0; i++)
                for (Case c : cases) e.search(c.query().excludingWork(unseen--));
            for (Case c : cases) {
                long[] first = new long[runs];
                long[] repeated = new long[runs];
                long total = 0;
                for (int i = 0; i < runs; i++) {
                    WorkQuery q = c.query().excludingWork(unseen--);
                    long start = System.nanoTime();
                    total = e.search(q).total();
                    first[i] = System.nanoTime() - start;
                }
                e.search(c.query());
                for (int i = 0; i < runs; i++) {
                    long start = System.nanoTime();
                    e.search(c.query());
                    repeated[i] = System.nanoTime() - start;
                }
                out.add(timing(engine.getKey(), c.name(), total, first));
                out.add(timing(engine.getKey(), c.name() + " (repeated)", total, repeated));
            }
        }
        return out;
    }

    private static Timing timing(String engine, String query, long total, long[] nanos) {
        Arrays.sort(nanos);
        return new Timing(engine, query, total, ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99));
    }

    /** Runs the whole mix round and round on two threads for {@code seconds}, per engine, as unseen queries. */
    public static List<Throughput> throughput(Map<String, SearchEngine> engines, List<Case> cases, int seconds)
            throws InterruptedException {
        List<Throughput> out = new ArrayList<>();
        for (var engine : engines.entrySet()) {
            AtomicLong done = new AtomicLong();
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            AtomicLong unseen = new AtomicLong(-1_000_000_000L);
            Runnable loop = () -> {
                int i = 0;
                while (System.nanoTime() < end) {
                    // queries the engine has not seen, as in the first timings
                    engine.getValue()
                            .search(cases.get(i++ % cases.size()).query().excludingWork(unseen.decrementAndGet()));
                    done.incrementAndGet();
                }
            };
            long start = System.nanoTime();
            Thread a = Thread.ofPlatform().start(loop);
            Thread b = Thread.ofPlatform().start(loop);
            a.join();
            b.join();
            out.add(new Throughput(engine.getKey(), done.get() / ((System.nanoTime() - start) / 1e9)));
        }
        return out;
    }

    private static double ms(long[] sorted, double quantile) {
        int i = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return sorted[Math.max(0, i)] / 1e6;
    }

    /** The figures as a Markdown table, engines side by side per query. */
    public static String table(List<Timing> timings) {
        Map<String, List<Timing>> byQuery = new LinkedHashMap<>();
        for (Timing t : timings)
            byQuery.computeIfAbsent(t.query(), k -> new ArrayList<>()).add(t);
        StringBuilder sb = new StringBuilder(
                "| Query | Engine | Works | p50 ms | p95 ms | p99 ms |\n|---|---|---:|---:|---:|---:|\n");
        byQuery.forEach((query, list) -> {
            for (Timing t : list) {
                sb.append(String.format(
                        "| %s | %s | %,d | %.2f | %.2f | %.2f |%n",
                        query, t.engine(), t.total(), t.p50(), t.p95(), t.p99()));
            }
        });
        return sb.toString();
    }
}
