package org.fanfold.search.lucene;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TotalHitCountCollectorManager;
import org.fanfold.search.SearchHits.FacetCount;
import org.jspecify.annotations.Nullable;

/**
 * A searcher over one point-in-time reader that also counts facets ({@link FacetCounter}). The counter reads the
 * facet columns of segments it has not met and orders each type's tags by how many works carry them when a
 * refresh makes the searcher (on the indexer's thread, not in a reader's request); every search on that reader
 * shares it.
 *
 * <p>Searches run their segments in parallel, one slice per core, on a small shared pool: a broad query over a
 * million works counts its facets on both cores of a small machine instead of one.
 *
 * <p>What a query counted (its total and its facet counts) is kept for this reader, the last {@value
 * #COUNTED_QUERIES} queries or so (weighed by their facet values, {@link #COUNTED_VALUES}): the counts cannot change until the next refresh makes a new searcher, and the pages of a
 * listing (page 2, page 500, another sort) and every reader of a popular tag page ask for the same counts. A query
 * whose counts are kept only needs its page of hits, which Lucene finds without visiting every match.
 */
final class WorkSearcher extends IndexSearcher {

    private static final int CORES = Runtime.getRuntime().availableProcessors();

    private static final ExecutorService POOL = Executors.newFixedThreadPool(CORES, new SearchThreads());

    /**
     * Makes an engine's searchers. Each searcher after the first counts {@code frequent}'s most asked queries
     * before it serves, so their counts are ready on it.
     */
    static SearcherFactory factory(FrequentQueries frequent) {
        var columns = new FacetColumn.Cache();
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, @Nullable IndexReader previousReader)
                    throws IOException {
                var facets = FacetCounter.open(reader, columns, CORES > 1 ? POOL : null);
                var searcher = new WorkSearcher(reader, POOL, facets);
                if (previousReader != null) frequent.warm(searcher);
                return searcher;
            }
        };
    }

    /** How many sidebars' counts a searcher keeps (a few kilobytes each). */
    static final int COUNTED_QUERIES = 1024;

    /**
     * How many facet values the kept counts hold in all (a few megabytes): room for {@value #COUNTED_QUERIES}
     * sidebars of seven types' top tens, and for a few lists of every fandom ({@link
     * org.fanfold.search.WorkQuery#ALL_FACET_VALUES}), which weigh as many sidebars as they have values.
     */
    static final long COUNTED_VALUES = COUNTED_QUERIES * 256L;

    private final @Nullable FacetCounter facets;
    private final Cache<CountsKey, Counted> counted = Caffeine.newBuilder()
            .maximumWeight(COUNTED_VALUES)
            .weigher((CountsKey key, Counted value) -> value.weight())
            .build();
    private final Cache<PageKey, FieldDoc[]> places =
            Caffeine.newBuilder().maximumSize(COUNTED_QUERIES / 4).build();
    private final Cache<Long, Boolean> seesMore =
            Caffeine.newBuilder().maximumSize(COUNTED_QUERIES * 4L).build();

    private WorkSearcher(IndexReader reader, Executor executor, @Nullable FacetCounter facets) {
        super(reader, CORES > 1 ? executor : null);
        this.facets = facets;
    }

    /** What identifies a query's counts: the query, which facet types it counts how far, and which tags alone. */
    record CountsKey(Query query, List<String> types, int limit, Set<Long> ids) {}

    /**
     * A query's exact total and its facet counts (as {@link #countFacets}).
     *
     * @param total the matching documents
     * @param facets the top tags of each type asked for
     */
    record Counted(long total, Map<String, List<FacetCount>> facets) {
        /** Unmodifiable copies (in the same order): kept counts are shared by every search that takes them. */
        Counted {
            Map<String, List<FacetCount>> copy = new LinkedHashMap<>();
            facets.forEach((type, counts) -> copy.put(type, List.copyOf(counts)));
            facets = Collections.unmodifiableMap(copy);
        }

        /** What keeping these counts weighs: one, and one for each facet value. */
        int weight() {
            int values = 0;
            for (List<FacetCount> counts : facets.values()) values += counts.size();
            return 1 + values;
        }
    }

    /**
     * Whether user {@code userId} may see more works on this reader than any other signed-in reader: whether a
     * hidden or unrevealed work here is theirs, or one unrevealed they may read before the reveal ({@link
     * WorkQueries#seenAsThemselves}). Most readers may not, and their searches can leave their id out: the same
     * query as every other such reader's, whose counts are then kept once for all of them. Kept per user, as this
     * reader cannot change.
     */
    boolean seesMoreThanOthers(long userId) {
        return seesMore.get(userId, id -> {
            try {
                return count(WorkQueries.seenAsThemselves(id)) > 0;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The counts kept for {@code key} on this reader, or null. */
    @Nullable
    Counted counted(CountsKey key) {
        return counted.getIfPresent(key);
    }

    /** Counts {@code key}'s matches and their facets (visiting every match) and keeps the counts on this reader. */
    Counted countAll(CountsKey key) throws IOException {
        var counting = key.types().isEmpty() ? null : facetManager();
        Counted result;
        if (counting == null) {
            int total = search(key.query(), new TotalHitCountCollectorManager(getSlices()));
            result = new Counted(total, FacetCounter.none(key.types()));
        } else {
            FacetCounter.Counts counts = search(key.query(), counting); // notes every match: its total too
            result = new Counted(counts.matches(), countFacets(counts, key.types(), key.limit(), key.ids()));
        }
        keepCounted(key, result);
        return result;
    }

    /** Every how many hits of a sorted collection a place is kept that later deep pages can start after. */
    static final int PLACE_EVERY = 1000;

    /** A listing in one order: what identifies the places kept in it. */
    record PageKey(Query query, Sort sort) {}

    /**
     * A hit kept from an earlier collection of a listing.
     *
     * @param position its place in the listing, from 0
     * @param hit the hit, with its sort values (for {@code searchAfter})
     */
    record Place(int position, FieldDoc hit) {}

    /** The last kept hit before {@code offset} in {@code key}'s listing on this reader, or null. */
    @Nullable
    Place placeBefore(PageKey key, long offset) {
        FieldDoc[] kept = places.getIfPresent(key);
        if (kept == null) return null;
        int i = (int) Math.min(offset / PLACE_EVERY, kept.length) - 1;
        return i < 0 ? null : new Place((i + 1) * PLACE_EVERY - 1, kept[i]);
    }

    /**
     * Keeps every {@value #PLACE_EVERY}th of {@code hits} (a listing's hits from its first, in order), so a later
     * deep page of the same listing collects from the last one before it rather than from the top: page 500 then
     * sorts a thousand hits, not ten thousand.
     */
    void keepPlaces(PageKey key, ScoreDoc[] hits) {
        int n = hits.length / PLACE_EVERY;
        if (n == 0) return;
        FieldDoc[] kept = places.getIfPresent(key);
        if (kept != null && kept.length >= n) return;
        FieldDoc[] every = new FieldDoc[n];
        for (int i = 0; i < n; i++) every[i] = (FieldDoc) hits[(i + 1) * PLACE_EVERY - 1];
        places.put(key, every);
    }

    /** Keeps {@code value} as {@code key}'s counts on this reader. */
    void keepCounted(CountsKey key, Counted value) {
        counted.put(key, value);
    }

    /**
     * One slice per core, each a run of segments in the order they were written with as many documents as the
     * others. A rebuild writes one pass of the works per core ({@link #passes()}), each pass holding a share of
     * every fandom with its works together: cut by age, each core gets one pass, so a fandom's tag page is counted
     * on every core. (Lucene's own slicing, by size, could give one core every segment that holds a fandom.) A
     * segment that crosses a slice's share is split between the two slices at the share, unless a part would be
     * smaller than {@value #MIN_PARTITION} documents.
     */
    @Override
    protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
        return byAge(leaves, CORES, MIN_PARTITION);
    }

    /** The fewest documents of a segment's part searched on its own (a part has its own scorers and collectors). */
    static final int MIN_PARTITION = 8_192;

    /**
     * {@code leaves} in {@code count} slices by age (see {@link #slices}), splitting a segment only where both parts
     * hold at least {@code minPartition} documents; fewer slices when there are too few documents to share.
     */
    static LeafSlice[] byAge(List<LeafReaderContext> leaves, int count, int minPartition) {
        List<LeafReaderContext> oldestFirst = new ArrayList<>(leaves);
        oldestFirst.sort(Comparator.comparingLong((LeafReaderContext l) -> FacetColumn.age(l.reader()))
                .thenComparingInt(l -> l.ord));
        long docs = 0;
        for (LeafReaderContext leaf : leaves) docs += leaf.reader().maxDoc();
        List<LeafSlice> slices = new ArrayList<>();
        List<LeafReaderContextPartition> current = new ArrayList<>();
        long placed = 0; // documents in the slices cut and in the current one
        for (LeafReaderContext leaf : oldestFirst) {
            int max = leaf.reader().maxDoc();
            int from = 0;
            while (from < max) {
                boolean last = slices.size() == count - 1;
                long share = docs * (slices.size() + 1) / count; // documents up to the current slice's end
                long room = share - placed; // what the current slice still takes
                int to = max;
                if (!last && max - from > room && room >= minPartition && max - from - room >= minPartition) {
                    to = from + (int) room; // the segment crosses the share: split it there
                }
                current.add(
                        from == 0 && to == max
                                ? LeafReaderContextPartition.createForEntireSegment(leaf)
                                : LeafReaderContextPartition.createFromAndTo(leaf, from, to));
                placed += to - from;
                from = to;
                if (!last && placed >= share) {
                    slices.add(new LeafSlice(current));
                    current = new ArrayList<>();
                }
            }
        }
        if (!current.isEmpty()) slices.add(new LeafSlice(current));
        return slices.toArray(LeafSlice[]::new);
    }

    /** Into how many passes a rebuild deals the works: one per slice. */
    static int passes() {
        return CORES;
    }

    /** The facet counting of one search, or null while the index has no facets. */
    @Nullable
    CollectorManager<FacetCounter.LeafCounts, FacetCounter.Counts> facetManager() {
        return facets == null ? null : facets.manager();
    }

    /**
     * The {@code limit} most frequent tag ids of each type among the matches counted (of {@code ids} alone, unless
     * empty): count descending, then tag id ascending; an empty list for a type no match carries. Only for counts from {@link #facetManager()}.
     */
    Map<String, List<FacetCount>> countFacets(
            FacetCounter.Counts counts, List<String> types, int limit, Set<Long> ids) {
        if (facets == null) throw new IllegalStateException("counts from a searcher without facets");
        return facets.top(counts, types, limit, ids);
    }

    /** Daemon threads, so the pool never keeps a finished command-line run alive. */
    private static final class SearchThreads implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger n = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "lucene-search-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
