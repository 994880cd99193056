package org.fanfold.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.fanfold.search.SearchHits.FacetCount;
import org.jspecify.annotations.Nullable;

/**
 * Facet counting for one point-in-time reader, shaped for the sidebar's "top N of every tag type over all matches".
 *
 * <p>Each segment's facet tags are plain arrays of tag ids ({@link FacetColumn}), so a match's tags are counted
 * straight into an array indexed by tag id, shared by all segments: no decoding, and no move from each segment's
 * ordinals to shared ones. Each slice of the search (one per core) counts into its own array; the ids it counts
 * first are listed, so a query with few matches ranks and clears only those (past {@link #SPARSE_TOP} ids the
 * arrays are read as wholes instead).
 *
 * <p>Picking a type's top N over a broad query reads only the tags that can make it: each type's tags are kept in
 * order of how many works carry them ({@link #byWorks}), and no tag can be counted more often than that, so the
 * pass stops at the first tag carried by fewer works than the N-th best count so far. On a million works the top
 * ten freeforms of a popular fandom are read from the few freeforms carried by thousands of works, not from all of
 * the 1.4 million tags counted.
 *
 * <p>The count arrays are as long as the highest tag id, so they are pooled per reader and handed back zeroed.
 * Thread-safe: each collection gets its own arrays.
 */
final class FacetCounter {

    /** Above this many counted tags, a top is picked by {@link #byWorks} rather than from the list of counted ids. */
    static final int SPARSE_TOP = 16_384;

    private final FacetColumn[] columns;
    /** One more than the highest tag id: the count arrays' length. */
    private final int size;
    /** Each tag id's type ({@link FacetTypes} index) plus one; 0 for ids no segment carries. */
    private final byte[] typeOf;
    /** How many documents carry each tag id (deleted ones included: never fewer than a query can count). */
    private final int[] works;
    /** By type index: its tag ids, most carried first, then by id. */
    private final int[][] byWorks;

    private final Pool countsPool = new Pool();
    private final Pool touchedPool = new Pool();

    private FacetCounter(FacetColumn[] columns) {
        this.columns = columns;
        int max = -1;
        for (FacetColumn c : columns) max = Math.max(max, c.maxTagId());
        this.size = max + 1;
        this.typeOf = new byte[size];
        this.works = new int[size];
        // oldest segment first: a tag given another type is re-indexed into newer segments, whose type then wins
        FacetColumn[] byAge = columns.clone();
        Arrays.sort(byAge, java.util.Comparator.comparingLong(FacetColumn::age));
        for (FacetColumn c : byAge) {
            int[] ids = c.tagIds();
            for (int i = 0; i < ids.length; i++) {
                works[ids[i]] += c.tagDocs()[i];
                typeOf[ids[i]] = (byte) (c.tagTypes()[i] + 1);
            }
        }
        this.byWorks = byWorks(typeOf, works);
    }

    /**
     * The counter for {@code reader}, or null while no document has a facet. Reads the columns of segments {@code
     * cache} doesn't hold yet, in parallel on {@code executor} when given.
     */
    static @Nullable FacetCounter open(IndexReader reader, FacetColumn.Cache cache, @Nullable Executor executor)
            throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        FacetColumn[] columns = new FacetColumn[leaves.size()];
        List<CompletableFuture<Void>> reading = new ArrayList<>();
        for (LeafReaderContext leaf : leaves) {
            if (executor == null || cache.holds(leaf.reader())) {
                columns[leaf.ord] = cache.of(leaf.reader());
            } else {
                reading.add(CompletableFuture.runAsync(
                        () -> {
                            try {
                                columns[leaf.ord] = cache.of(leaf.reader());
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        },
                        executor));
            }
        }
        try {
            CompletableFuture.allOf(reading.toArray(CompletableFuture[]::new)).join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) throw io.getCause();
            throw e;
        }
        for (FacetColumn c : columns) {
            if (!c.empty()) return new FacetCounter(columns);
        }
        return null;
    }

    /**
     * Each type's ids ordered by how many works carry them (most first), then by id: two passes over the ids, one to
     * size each type's arrays and one to fill them.
     */
    private static int[][] byWorks(byte[] typeOf, int[] works) {
        int types = FacetTypes.count();
        int[] all = new int[types];
        int[] several = new int[types];
        for (int id = 0; id < typeOf.length; id++) {
            int t = typeOf[id] - 1;
            if (t < 0) continue;
            all[t]++;
            if (works[id] > 1) several[t]++;
        }
        // tags carried by one work (most of them) need no sort: they follow the rest in id order
        long[][] keys = new long[types][];
        int[][] out = new int[types][];
        int[] sorted = new int[types];
        int[] single = several.clone();
        for (int t = 0; t < types; t++) {
            keys[t] = new long[several[t]];
            out[t] = new int[all[t]];
        }
        for (int id = 0; id < typeOf.length; id++) {
            int t = typeOf[id] - 1;
            if (t < 0) continue;
            if (works[id] > 1) keys[t][sorted[t]++] = ((long) (Integer.MAX_VALUE - works[id]) << 32) | id;
            else out[t][single[t]++] = id;
        }
        for (int t = 0; t < types; t++) {
            Arrays.sort(keys[t]);
            for (int i = 0; i < keys[t].length; i++) out[t][i] = (int) keys[t][i];
        }
        return out;
    }

    /** Collects the facet counts of the matching documents. */
    CollectorManager<LeafCounts, Counts> manager() {
        return new CollectorManager<>() {
            @Override
            public LeafCounts newCollector() {
                return new LeafCounts();
            }

            @Override
            public Counts reduce(Collection<LeafCounts> collectors) {
                List<Slice> slices = new ArrayList<>();
                for (LeafCounts c : collectors) if (c.slice != null) slices.add(c.slice);
                return new Counts(slices);
            }
        };
    }

    /**
     * The {@code limit} most frequent tags of each type: count descending, then id ascending. Hands the counts'
     * arrays back to the pool; {@code counts} cannot be used again.
     */
    Map<String, List<FacetCount>> top(Counts counts, List<String> types, int limit) {
        List<Slice> slices = counts.slices;
        try {
            if (limit <= 0 || slices.isEmpty()) return none(types);
            TopOrdinals[] heaps = new TopOrdinals[types.size()];
            for (int i = 0; i < heaps.length; i++) heaps[i] = new TopOrdinals(limit);
            int touched = 0;
            boolean sparse = true;
            for (Slice s : slices) {
                sparse &= !s.dense();
                touched += s.touched;
            }
            if (sparse && touched <= SPARSE_TOP) topOfTouched(slices, types, heaps);
            else topByWorks(slices, types, heaps);
            Map<String, List<FacetCount>> result = new LinkedHashMap<>();
            for (int i = 0; i < heaps.length; i++) result.put(types.get(i), counted(heaps[i]));
            return result;
        } finally {
            for (Slice s : slices) s.clearAndRelease();
        }
    }

    /** Few tags counted: adds the other slices' counts into the first's, then ranks its counted ids. */
    private void topOfTouched(List<Slice> slices, List<String> types, TopOrdinals[] heaps) {
        Slice all = slices.getFirst();
        for (Slice other : slices.subList(1, slices.size())) {
            for (int i = 0; i < other.touched; i++) {
                int id = other.ids[i];
                all.add(id, other.counts[id]);
            }
        }
        int[] heapOfType = new int[FacetTypes.count() + 1];
        Arrays.fill(heapOfType, -1);
        for (int i = 0; i < types.size(); i++) {
            int t = FacetTypes.find(types.get(i));
            if (t >= 0) heapOfType[t + 1] = i;
        }
        for (int i = 0; i < all.touched; i++) {
            int id = all.ids[i];
            int heap = heapOfType[typeOf[id]];
            if (heap >= 0) heaps[heap].offer(id, all.counts[id]);
        }
    }

    /** Many tags counted: each type's tags in order of the works carrying them, until none can make the top. */
    private void topByWorks(List<Slice> slices, List<String> types, TopOrdinals[] heaps) {
        int[][] counts = new int[slices.size()][];
        for (int s = 0; s < counts.length; s++) counts[s] = slices.get(s).counts;
        for (int i = 0; i < types.size(); i++) {
            int t = FacetTypes.find(types.get(i));
            if (t < 0 || t >= byWorks.length) continue;
            TopOrdinals heap = heaps[i];
            for (int id : byWorks[t]) {
                if (heap.full() && works[id] < heap.lowestCount()) break;
                int c = 0;
                for (int[] slice : counts) c += slice[id];
                if (c != 0) heap.offer(id, c);
            }
        }
    }

    /** No tags for each of {@code types}, in their order: what a query with no counts shows. */
    static Map<String, List<FacetCount>> none(List<String> types) {
        Map<String, List<FacetCount>> none = new LinkedHashMap<>();
        for (String type : types) none.put(type, List.of());
        return none;
    }

    private static List<FacetCount> counted(TopOrdinals heap) {
        List<FacetCount> out = new ArrayList<>(heap.size());
        for (long[] e : heap.drainBestFirst()) out.add(new FacetCount(e[0], e[1]));
        return out;
    }

    /**
     * One slice's counts by tag id, with the ids counted at least once: the first {@code min(touched, ids.length)}
     * of {@code ids}; past that the whole array is read instead.
     */
    private final class Slice {
        final int[] counts;
        final int[] ids;
        int touched;

        Slice(int[] counts, int[] ids) {
            this.counts = counts;
            this.ids = ids;
        }

        boolean dense() {
            return touched > ids.length;
        }

        void add(int id, int c) {
            if (counts[id] == 0) {
                if (touched < ids.length) ids[touched] = id;
                touched++;
            }
            counts[id] += c;
        }

        void clearAndRelease() {
            if (dense()) Arrays.fill(counts, 0);
            else for (int i = 0; i < touched; i++) counts[ids[i]] = 0;
            countsPool.release(counts);
            touchedPool.release(ids);
        }
    }

    /** The counts of one collection, one array per slice that met a document with facets, for {@link #top}. */
    static final class Counts {
        private final List<Slice> slices;

        private Counts(List<Slice> slices) {
            this.slices = slices;
        }
    }

    /** How many counted ids a slice lists before reading its whole array instead. */
    private int touchedCapacity() {
        return Math.min(size, Math.max(SPARSE_TOP, size / 8));
    }

    /** A collector that counts the facet tags of each collected document into its slice's array. */
    final class LeafCounts implements Collector {
        /** This slice's counts; null before its first segment with facets. */
        private @Nullable Slice slice;

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
            FacetColumn column = columns[context.ord];
            int[] start = column.start();
            if (start == null) return NOTHING;
            if (slice == null) slice = new Slice(countsPool.take(size), touchedPool.take(touchedCapacity()));
            Slice s = slice;
            int[] ids = column.ids();
            int[] counts = s.counts;
            int[] touched = s.ids;
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) {
                    int end = start[doc + 1];
                    if (s.touched > touched.length) {
                        // the list is given up: only the counts matter now
                        for (int i = start[doc]; i < end; i++) counts[ids[i]]++;
                        return;
                    }
                    for (int i = start[doc]; i < end; i++) {
                        int id = ids[i];
                        if (counts[id]++ == 0) {
                            int n = s.touched++;
                            if (n < touched.length) touched[n] = id;
                        }
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    private static final LeafCollector NOTHING = new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) {}
    };

    /** Zeroed {@code int[]}s of one length, reused across queries (a few; extra ones are left to the GC). */
    private static final class Pool {
        private static final int KEEP = 8;
        private final ConcurrentLinkedQueue<int[]> free = new ConcurrentLinkedQueue<>();

        int[] take(int length) {
            int[] a = free.poll();
            return a != null && a.length == length ? a : new int[length];
        }

        void release(int[] zeroed) {
            if (free.size() < KEEP) free.offer(zeroed);
        }
    }
}
