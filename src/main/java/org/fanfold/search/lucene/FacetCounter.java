package org.fanfold.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import org.fanfold.search.SearchHits.FacetCount;
import org.jspecify.annotations.Nullable;

/**
 * Facet counting for one point-in-time reader, shaped for the sidebar's "top N of every tag type over all matches".
 *
 * <p>Every work carries its facet tags as ordinals of one sorted-set doc-values field (dimension = tag type, label =
 * zero-padded tag id, see {@link WorkFields#facetLabel}). Counting happens while the query collects, per segment,
 * in that segment's own ordinal space (an {@code int[]} indexed by ordinal, small enough to stay in the processor's
 * caches: no lookup per value), and a segment's counts are moved to global ordinals when it is done, one lookup
 * per non-zero ordinal rather than one per value of every matching document. That move happens on the thread that
 * counted the segment, into that slice's own global counts, so both cores share it (done once after the search, on
 * the request's thread, it was half of a broad query's time); the slices' global counts are then added up. The
 * ordinals counted are listed as
 * they are first counted, so a query with few matches moves, ranks and clears only those rather than passing over
 * arrays as long as the archive's distinct tags (on a million works that cost even a narrow query ten
 * milliseconds); past an eighth of an array the list is dropped and the array is read whole. The top N of a type
 * is picked with a small heap; ordinal order is id order, so ties go to the lower id without reading labels, and
 * only the winners' labels are read.
 *
 * <p>The count arrays are as long as the number of distinct facet values (hundreds of thousands on a large archive),
 * so they are pooled per reader and handed back zeroed (a segment's counts are cleared as they are moved to global
 * ordinals, the global ones with one fill after the top is picked), rather than allocated per query. Thread-safe:
 * each collection gets its own arrays.
 */
final class FacetCounter {

    private final SortedSetDocValuesReaderState state;
    /** Maps segment ordinals to global ones; null when the reader has one segment, whose ordinals are global. */
    private final @Nullable OrdinalMap globalOrds;

    private final List<Pools> leafPools;
    private final Pool globalPool;
    private final Pool globalOrdsPool;

    private FacetCounter(SortedSetDocValuesReaderState state, @Nullable OrdinalMap globalOrds, IndexReader reader) {
        this.state = state;
        this.globalOrds = globalOrds;
        this.leafPools = new ArrayList<>();
        for (int i = 0; i < reader.leaves().size(); i++) leafPools.add(new Pools());
        this.globalPool = new Pool();
        this.globalOrdsPool = new Pool();
    }

    /** The counter for {@code reader}, or null while no document has a facet. Builds the ordinal map: costly. */
    static @Nullable FacetCounter open(IndexReader reader) throws IOException {
        boolean any = false;
        for (LeafReaderContext leaf : reader.leaves()) {
            if (leaf.reader().getFieldInfos().fieldInfo(WorkFields.FACETS_FIELD) != null) any = true;
        }
        if (!any) return null;
        var state = new DefaultSortedSetDocValuesReaderState(reader, WorkFields.FACETS);
        SortedSetDocValues all = state.getDocValues();
        OrdinalMap map = all instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
        return new FacetCounter(state, map, reader);
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
                Global merged = null;
                for (LeafCounts c : collectors) {
                    if (c.global == null) continue;
                    if (merged == null) merged = c.global;
                    else merged.addAndRelease(c.global);
                }
                return new Counts(merged);
            }
        };
    }

    /**
     * The {@code limit} most frequent tags of each type: count descending, then id ascending. Hands the counts'
     * arrays back to the pool; {@code counts} cannot be used again.
     */
    Map<String, List<FacetCount>> top(Counts counts, List<String> types, int limit) throws IOException {
        Global global = counts.global;
        if (global == null) return none(types);
        try {
            if (limit <= 0) return none(types);
            SortedSetDocValues labels = state.getDocValues();
            Map<String, List<FacetCount>> result = new LinkedHashMap<>();
            OrdRange[] ranges = new OrdRange[types.size()];
            TopOrdinals[] heaps = new TopOrdinals[types.size()];
            for (int t = 0; t < ranges.length; t++) {
                ranges[t] = state.getOrdRange(types.get(t));
                heaps[t] = new TopOrdinals(limit);
            }
            if (global.dense()) {
                for (int t = 0; t < ranges.length; t++) {
                    if (ranges[t] == null) continue;
                    for (int ord = ranges[t].start(); ord <= ranges[t].end(); ord++) {
                        int c = global.counts[ord];
                        if (c != 0) heaps[t].offer(ord, c);
                    }
                }
            } else {
                for (int i = 0; i < global.touched; i++) {
                    int ord = global.ords[i];
                    for (int t = 0; t < ranges.length; t++) {
                        OrdRange r = ranges[t];
                        if (r != null && ord >= r.start() && ord <= r.end()) {
                            heaps[t].offer(ord, global.counts[ord]);
                            break;
                        }
                    }
                }
            }
            for (int t = 0; t < ranges.length; t++) result.put(types.get(t), labelled(heaps[t], labels));
            return result;
        } finally {
            global.clearAndRelease();
        }
    }

    /** No tags for each of {@code types}, in their order: what a query with no counts shows. */
    static Map<String, List<FacetCount>> none(List<String> types) {
        Map<String, List<FacetCount>> none = new LinkedHashMap<>();
        for (String type : types) none.put(type, List.of());
        return none;
    }

    /** The heap's ordinals as tag ids with their counts, best first; reads only the winners' labels. */
    private static List<FacetCount> labelled(TopOrdinals heap, SortedSetDocValues labels) throws IOException {
        List<FacetCount> out = new ArrayList<>(heap.size());
        for (long[] e : heap.drainBestFirst()) {
            BytesRef label = labels.lookupOrd(e[0]);
            String path = label.utf8ToString();
            // the indexed term is "type<sep>label"; the label is the id's digits after the last separator
            long id = Long.parseLong(path.substring(path.lastIndexOf(FACET_DELIMITER) + 1));
            out.add(new FacetCount(id, e[1]));
        }
        return out;
    }

    /** Lucene's facet path separator in sorted-set facet terms. */
    private static final char FACET_DELIMITER = '\u001f';

    /**
     * Counts of one segment, in that segment's ordinals, with the ordinals counted at least once: the first {@code
     * min(touched, ords.length)} of {@code ords}; when more were touched than that list holds, the whole array is
     * read instead.
     */
    private static final class SegmentCounts {
        final int leaf;
        final int[] counts;
        final int[] ords;
        int touched;

        SegmentCounts(int leaf, int[] counts, int[] ords) {
            this.leaf = leaf;
            this.counts = counts;
            this.ords = ords;
        }
    }

    /** Counts by global ordinal, with the ordinals counted (as {@link SegmentCounts}); pooled. */
    private final class Global {
        final int[] counts;
        final int[] ords;
        int touched;

        Global(int[] counts, int[] ords) {
            this.counts = counts;
            this.ords = ords;
        }

        boolean dense() {
            return touched > ords.length;
        }

        void add(int ord, int c) {
            if (counts[ord] == 0) {
                if (touched < ords.length) ords[touched] = ord;
                touched++;
            }
            counts[ord] += c;
        }

        /** Adds a segment's counts by global ordinal, clearing them, and hands its arrays back to their pools. */
        void addSegment(SegmentCounts s) {
            int[] seg = s.counts;
            LongValues toGlobal = globalOrds == null ? LongValues.IDENTITY : globalOrds.getGlobalOrds(s.leaf);
            if (s.touched > s.ords.length) {
                for (int ord = 0; ord < seg.length; ord++) {
                    int c = seg[ord];
                    if (c != 0) {
                        add((int) toGlobal.get(ord), c);
                        seg[ord] = 0;
                    }
                }
            } else {
                for (int i = 0; i < s.touched; i++) {
                    int ord = s.ords[i];
                    add((int) toGlobal.get(ord), seg[ord]);
                    seg[ord] = 0;
                }
            }
            Pools pools = leafPools.get(s.leaf);
            pools.counts.release(seg);
            pools.ords.release(s.ords);
        }

        /** Adds another slice's counts to these, then clears and releases that slice's arrays. */
        void addAndRelease(Global other) {
            if (other.dense()) {
                int[] theirs = other.counts;
                for (int ord = 0; ord < counts.length; ord++) counts[ord] += theirs[ord];
                touched = ords.length + 1; // read the whole array from now on
            } else {
                for (int i = 0; i < other.touched; i++) {
                    int ord = other.ords[i];
                    add(ord, other.counts[ord]);
                }
            }
            other.clearAndRelease();
        }

        void clearAndRelease() {
            if (dense()) Arrays.fill(counts, 0);
            else for (int i = 0; i < touched; i++) counts[ords[i]] = 0;
            globalPool.release(counts);
            globalOrdsPool.release(ords);
        }
    }

    /** The counts of one collection by global ordinal (null when no segment had facets), for {@link #top}. */
    final class Counts {
        private final @Nullable Global global;

        private Counts(@Nullable Global global) {
            this.global = global;
        }
    }

    /**
     * How many touched ordinals a list keeps before the whole count array is read instead: past about an eighth of
     * the array, a sequential pass over it is cheaper than jumping around it.
     */
    private static int touchedCapacity(int size) {
        return Math.max(64, size / 8);
    }

    /** A collector that counts the facet ordinals of each collected document into its segment's array. */
    final class LeafCounts implements Collector {
        /** This slice's counts by global ordinal, each segment's added as it finishes; null before the first. */
        private @Nullable Global global;

        private Global global() {
            if (global == null) {
                int size = state.getSize();
                global = new Global(globalPool.take(size), globalOrdsPool.take(touchedCapacity(size)));
            }
            return global;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SortedSetDocValues values = context.reader().getSortedSetDocValues(WorkFields.FACETS_FIELD);
            if (values == null) return NOTHING;
            int size = (int) values.getValueCount();
            Pools pools = leafPools.get(context.ord);
            var segment =
                    new SegmentCounts(context.ord, pools.counts.take(size), pools.ords.take(touchedCapacity(size)));
            int[] counts = segment.counts;
            int[] ords = segment.ords;
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) throws IOException {
                    if (values.advanceExact(doc)) {
                        for (int i = values.docValueCount(); i > 0; i--) {
                            int ord = (int) values.nextOrd();
                            if (counts[ord]++ == 0) {
                                int n = segment.touched++;
                                if (n < ords.length) ords[n] = ord;
                            }
                        }
                    }
                }

                /** On the slice's own thread: the move to global ordinals is shared out like the counting. */
                @Override
                public void finish() {
                    global().addSegment(segment);
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

    /** A segment's pools: zeroed count arrays, and lists for the ordinals touched (their contents don't matter). */
    private record Pools(Pool counts, Pool ords) {
        Pools() {
            this(new Pool(), new Pool());
        }
    }

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
