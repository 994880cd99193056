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
 * in that segment's own ordinal space (an {@code int[]} indexed by ordinal: no lookup per value), and the segments'
 * counts are moved to global ordinals once at the end, one lookup per non-zero ordinal rather than one per value of
 * every matching document. The top N of a type is then one pass over its ordinal range with a small heap; ordinal
 * order is id order, so ties go to the lower id without reading labels, and only the winners' labels are read.
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

    private final List<Pool> leafPools;
    private final Pool globalPool;

    private FacetCounter(SortedSetDocValuesReaderState state, @Nullable OrdinalMap globalOrds, IndexReader reader) {
        this.state = state;
        this.globalOrds = globalOrds;
        this.leafPools = new ArrayList<>();
        for (int i = 0; i < reader.leaves().size(); i++) leafPools.add(new Pool());
        this.globalPool = new Pool();
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
                List<SegmentCounts> segments = new ArrayList<>();
                for (LeafCounts c : collectors) segments.addAll(c.segments);
                return new Counts(segments);
            }
        };
    }

    /**
     * The {@code limit} most frequent tags of each type: count descending, then id ascending. Hands the counts'
     * arrays back to the pool; {@code counts} cannot be used again.
     */
    Map<String, List<FacetCount>> top(Counts counts, List<String> types, int limit) throws IOException {
        int[] global = counts.toGlobal();
        try {
            SortedSetDocValues labels = state.getDocValues();
            Map<String, List<FacetCount>> result = new LinkedHashMap<>();
            for (String type : types) {
                OrdRange range = state.getOrdRange(type);
                result.put(type, range == null || limit <= 0 ? List.of() : top(global, range, limit, labels));
            }
            return result;
        } finally {
            Arrays.fill(global, 0); // the top passes read only the types asked for; clear the rest
            globalPool.release(global);
        }
    }

    /** One type's top: a pass over its ordinals keeping the best {@code limit} in a small heap. */
    private static List<FacetCount> top(int[] counts, OrdRange range, int limit, SortedSetDocValues labels)
            throws IOException {
        var heap = new TopOrdinals(limit);
        for (int ord = range.start(); ord <= range.end(); ord++) {
            int c = counts[ord];
            if (c != 0) heap.offer(ord, c);
        }
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

    /** Counts of one segment (or part of one), in that segment's ordinals. */
    private record SegmentCounts(int leaf, int[] counts) {}

    /** The counts of one collection: per segment, moved to global ordinals by {@link Counts#toGlobal}. */
    final class Counts {
        private final List<SegmentCounts> segments;

        private Counts(List<SegmentCounts> segments) {
            this.segments = segments;
        }

        /**
         * The counts by global ordinal. The segments' arrays are cleared while they are read and go back to their
         * pools; the returned array is pooled too and must be cleared and released by the caller.
         */
        private int[] toGlobal() {
            int[] global = globalPool.take(state.getSize());
            for (SegmentCounts s : segments) {
                int[] seg = s.counts();
                LongValues toGlobal = globalOrds == null ? LongValues.IDENTITY : globalOrds.getGlobalOrds(s.leaf());
                for (int ord = 0; ord < seg.length; ord++) {
                    int c = seg[ord];
                    if (c != 0) {
                        global[(int) toGlobal.get(ord)] += c;
                        seg[ord] = 0;
                    }
                }
                leafPools.get(s.leaf()).release(seg);
            }
            return global;
        }
    }

    /** A collector that counts the facet ordinals of each collected document into its segment's array. */
    final class LeafCounts implements Collector {
        private final List<SegmentCounts> segments = new ArrayList<>();

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SortedSetDocValues values = context.reader().getSortedSetDocValues(WorkFields.FACETS_FIELD);
            if (values == null) return NOTHING;
            int[] counts = leafPools.get(context.ord).take((int) values.getValueCount());
            segments.add(new SegmentCounts(context.ord, counts));
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) throws IOException {
                    if (values.advanceExact(doc)) {
                        for (int i = values.docValueCount(); i > 0; i--) counts[(int) values.nextOrd()]++;
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
