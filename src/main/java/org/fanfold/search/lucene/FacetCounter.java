package org.fanfold.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * <p>Each segment's facet tags are plain arrays of tag numbers ({@link FacetColumn}, {@link TagNumbers}), so a
 * match's tags are counted straight into an array indexed by number, shared by all segments: no decoding, and no
 * move from each segment's ordinals to shared ones. While a search collects, each slice (one per core) counts only
 * the head, the most carried tags, into a small array of its own that stays in its core's cache, and notes which
 * documents it collected. Counting every tag scattered a broad query's increments over an array of all the tags
 * there are, and the cache misses of the rare ones were most of its time.
 *
 * <p>Picking a type's top N over a broad query reads only the tags that can make it: each type's tags are kept in
 * order of how many works carry them ({@link #byWorks}), and no tag can be counted more often than that, so the
 * pass stops at the first tag carried by fewer works than the N-th best count so far. On a million works the top
 * ten freeforms of a popular fandom are read from the few freeforms carried by thousands of works, and the pass
 * stops long before the tail; when it does reach a tail tag, the noted documents' tail tags are counted then. A
 * query with few matches ({@value #SPARSE_MATCHES} or fewer) is ranked from its documents' own tags instead.
 *
 * <p>The count arrays are pooled per reader and handed back zeroed. Thread-safe: each collection gets its own
 * arrays.
 */
final class FacetCounter {

    /** Up to this many matches, a top is ranked from the matches' own tags rather than in {@link #byWorks} order. */
    static final int SPARSE_MATCHES = 4_096;

    private final FacetColumn[] columns;
    /** The numbering the columns use: for the numbers of tags asked for by id. */
    private final TagNumbers numbering;
    /** How many numbers there are: the full count arrays' length. */
    private final int size;
    /** How many numbers from 0 are the head: the slices' count arrays' length. */
    private final int headLength;
    /** By number: its tag id. */
    private final int[] idOf;
    /** By number: its type ({@link FacetTypes} index) plus one; 0 for numbers no segment carries. */
    private final byte[] typeOf;
    /** By number: how many documents carry it (deleted ones included: never fewer than a query can count). */
    private final int[] works;
    /** By type index: its numbers, most carried first. */
    private final int[][] byWorks;

    private final Pool headPool = new Pool();
    private final Pool allPool = new Pool();

    private FacetCounter(FacetColumn[] columns, TagNumbers numbering, TagNumbers.Snapshot numbers, int headSize) {
        this.columns = columns;
        this.numbering = numbering;
        this.size = numbers.count();
        this.headLength = Math.min(headSize, size);
        this.idOf = numbers.ids();
        this.typeOf = new byte[size];
        this.works = new int[size];
        // oldest segment first: a tag given another type is re-indexed into newer segments, whose type then wins
        FacetColumn[] byAge = columns.clone();
        Arrays.sort(byAge, java.util.Comparator.comparingLong(FacetColumn::age));
        for (FacetColumn c : byAge) {
            int[] tags = c.tagNumbers();
            for (int i = 0; i < tags.length; i++) {
                works[tags[i]] += c.tagDocs()[i];
                typeOf[tags[i]] = (byte) (c.tagTypes()[i] + 1);
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
        FacetColumn[] columns = cache.of(reader.leaves(), executor);
        TagNumbers numbers = cache.numbers();
        for (FacetColumn c : columns) {
            if (!c.empty()) return new FacetCounter(columns, numbers, numbers.snapshot(), numbers.headSize());
        }
        return null;
    }

    /**
     * Each type's numbers ordered by how many works carry them (most first): two passes over the numbers, one to
     * size each type's arrays and one to fill them.
     */
    private static int[][] byWorks(byte[] typeOf, int[] works) {
        int types = FacetTypes.count();
        int[] all = new int[types];
        int[] several = new int[types];
        for (int n = 0; n < typeOf.length; n++) {
            int t = typeOf[n] - 1;
            if (t < 0) continue;
            all[t]++;
            if (works[n] > 1) several[t]++;
        }
        // tags carried by one work (most of them) need no sort: they follow the rest
        long[][] keys = new long[types][];
        int[][] out = new int[types][];
        int[] sorted = new int[types];
        int[] single = several.clone();
        for (int t = 0; t < types; t++) {
            keys[t] = new long[several[t]];
            out[t] = new int[all[t]];
        }
        for (int n = 0; n < typeOf.length; n++) {
            int t = typeOf[n] - 1;
            if (t < 0) continue;
            if (works[n] > 1) keys[t][sorted[t]++] = ((long) (Integer.MAX_VALUE - works[n]) << 32) | n;
            else out[t][single[t]++] = n;
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
     * The {@code limit} most frequent tags of each type (only those of {@code ids}, unless it is empty): count
     * descending, then id ascending. Hands the counts' arrays back to the pool; {@code counts} cannot be used again.
     */
    Map<String, List<FacetCount>> top(Counts counts, List<String> types, int limit, Set<Long> ids) {
        List<Slice> slices = counts.slices;
        try {
            if (limit <= 0 || slices.isEmpty()) return none(types);
            TopOrdinals[] heaps = new TopOrdinals[types.size()];
            for (int i = 0; i < heaps.length; i++) heaps[i] = new TopOrdinals(limit);
            long matches = 0;
            for (Slice s : slices) matches += s.matches();
            if (!ids.isEmpty()) countsOf(slices, types, heaps, ids);
            else if (matches <= SPARSE_MATCHES) topOfMatches(slices, types, heaps);
            else topByWorks(slices, types, heaps);
            Map<String, List<FacetCount>> result = new LinkedHashMap<>();
            for (int i = 0; i < heaps.length; i++) result.put(types.get(i), counted(heaps[i]));
            return result;
        } finally {
            for (Slice s : slices) s.clearAndRelease();
        }
    }

    /** Few matches: counts every tag of theirs, noting which numbers were met, and ranks those. */
    private void topOfMatches(List<Slice> slices, List<String> types, TopOrdinals[] heaps) {
        int[] all = allPool.take(size);
        int[] met = new int[64];
        int n = 0;
        for (Slice s : slices) {
            for (Docs docs : s.byLeaf) {
                if (docs == null || docs.column.empty()) continue;
                FacetColumn c = docs.column;
                for (int d = 0; d < docs.n; d++) {
                    int doc = docs.docs[d];
                    for (int i = c.headStart()[doc]; i < c.headStart()[doc + 1]; i++) {
                        int number = c.head()[i];
                        if (all[number]++ == 0) met = add(met, n++, number);
                    }
                    for (int i = c.tailStart()[doc]; i < c.tailStart()[doc + 1]; i++) {
                        int number = c.tail()[i];
                        if (all[number]++ == 0) met = add(met, n++, number);
                    }
                }
            }
        }
        int[] heapOfType = heapOfType(types);
        for (int i = 0; i < n; i++) {
            int number = met[i];
            int heap = heapOfType[typeOf[number]];
            if (heap >= 0) heaps[heap].offer(idOf[number], all[number]);
            all[number] = 0;
        }
        allPool.release(all);
    }

    /** By a number's {@link #typeOf} value: the index of its type in {@code types}, or -1 when not asked for. */
    private static int[] heapOfType(List<String> types) {
        int[] heapOfType = new int[FacetTypes.count() + 1];
        Arrays.fill(heapOfType, -1);
        for (int i = 0; i < types.size(); i++) {
            int t = FacetTypes.find(types.get(i));
            if (t >= 0) heapOfType[t + 1] = i;
        }
        return heapOfType;
    }

    /**
     * The tags of {@code ids} alone: the head's counts are the slices', the tail's are counted from the noted
     * documents when any of them is in the tail. A page of fifty tags costs fifty lookups, however many tags of
     * their types there are.
     */
    private void countsOf(List<Slice> slices, List<String> types, TopOrdinals[] heaps, Set<Long> ids) {
        int[] heapOfType = heapOfType(types);
        int[] wanted = new int[ids.size()];
        int n = 0;
        boolean inTail = false;
        for (long id : ids) {
            int number = numbering.numberOf(id);
            // a number given after this counter was made is on no document it counts
            if (number < 0 || number >= size || heapOfType[typeOf[number]] < 0) continue;
            wanted[n++] = number;
            inTail |= number >= headLength;
        }
        int[] tail = null;
        try {
            if (inTail) {
                int[] counts = tail = allPool.take(size);
                forEachTail(slices, t -> counts[t]++);
            }
            for (int i = 0; i < n; i++) {
                int number = wanted[i];
                int c = 0;
                if (number < headLength) {
                    for (Slice s : slices) c += s.head[number];
                } else {
                    c = tail[number];
                }
                if (c != 0) heaps[heapOfType[typeOf[number]]].offer(idOf[number], c);
            }
        } finally {
            if (tail != null) {
                int[] counts = tail;
                forEachTail(slices, t -> counts[t] = 0);
                allPool.release(counts);
            }
        }
    }

    private static int[] add(int[] list, int at, int value) {
        int[] out = at < list.length ? list : Arrays.copyOf(list, list.length * 2);
        out[at] = value;
        return out;
    }

    /**
     * Many matches: each type's tags in order of the works carrying them, until none can make the top. The head's
     * counts are the slices'; the tail's are counted from the noted documents the first time a tail tag is reached.
     */
    private void topByWorks(List<Slice> slices, List<String> types, TopOrdinals[] heaps) {
        int[][] heads = new int[slices.size()][];
        for (int s = 0; s < heads.length; s++) heads[s] = slices.get(s).head;
        int[] tail = null;
        try {
            for (int i = 0; i < types.size(); i++) {
                int t = FacetTypes.find(types.get(i));
                if (t < 0 || t >= byWorks.length) continue;
                TopOrdinals heap = heaps[i];
                for (int number : byWorks[t]) {
                    if (heap.full() && works[number] < heap.lowestCount()) break;
                    int c = 0;
                    if (number < headLength) {
                        for (int[] head : heads) c += head[number];
                    } else {
                        if (tail == null) {
                            int[] counts = tail = allPool.take(size);
                            forEachTail(slices, n -> counts[n]++);
                        }
                        c = tail[number];
                    }
                    if (c != 0) heap.offer(idOf[number], c);
                }
            }
        } finally {
            if (tail != null) {
                int[] counts = tail;
                forEachTail(slices, n -> counts[n] = 0);
                allPool.release(counts);
            }
        }
    }

    /** Calls {@code action} with each tail number of each document the slices noted. */
    private static void forEachTail(List<Slice> slices, java.util.function.IntConsumer action) {
        for (Slice s : slices) {
            for (Docs docs : s.byLeaf) {
                if (docs == null || docs.column.empty()) continue;
                int[] start = docs.column.tailStart();
                int[] tail = docs.column.tail();
                for (int d = 0; d < docs.n; d++) {
                    for (int i = start[docs.docs[d]]; i < start[docs.docs[d] + 1]; i++) action.accept(tail[i]);
                }
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

    /** The documents a slice collected in one segment, in order. */
    private static final class Docs {
        final FacetColumn column;
        int[] docs = new int[256];
        int n;

        Docs(FacetColumn column) {
            this.column = column;
        }

        void add(int doc) {
            if (n == docs.length) docs = Arrays.copyOf(docs, n * 2);
            docs[n++] = doc;
        }
    }

    /** One slice's head counts by number, and the documents it collected, by segment. */
    private final class Slice {
        final int[] head;
        /** By leaf ord: the documents collected there, or null. */
        final Docs[] byLeaf;

        Slice(int[] head, int leaves) {
            this.head = head;
            this.byLeaf = new Docs[leaves];
        }

        long matches() {
            long n = 0;
            for (Docs d : byLeaf) if (d != null) n += d.n;
            return n;
        }

        /** Zeroes the head counts (by the documents' numbers when that is less to do than the whole array). */
        void clearAndRelease() {
            if (matches() * 16 >= head.length) {
                Arrays.fill(head, 0);
            } else {
                for (Docs docs : byLeaf) {
                    if (docs == null || docs.column.empty()) continue;
                    int[] start = docs.column.headStart();
                    char[] numbers = docs.column.head();
                    for (int d = 0; d < docs.n; d++) {
                        for (int i = start[docs.docs[d]]; i < start[docs.docs[d] + 1]; i++) head[numbers[i]] = 0;
                    }
                }
            }
            headPool.release(head);
        }
    }

    /** The counts of one collection, one per slice that met a document with facets, for {@link #top}. */
    static final class Counts {
        private final List<Slice> slices;

        private Counts(List<Slice> slices) {
            this.slices = slices;
        }

        /** How many documents were collected: the query's total. */
        long matches() {
            long n = 0;
            for (Slice s : slices) n += s.matches();
            return n;
        }

        /**
         * Calls {@code action} with the documents collected in each segment (by leaf ord, in order), for a page read
         * from them ({@link NumericPage#top(org.apache.lucene.search.Sort, int, List, Counts)}); before {@link #top}.
         */
        void forEachNoted(Noted action) throws IOException {
            for (Slice s : slices) {
                for (int ord = 0; ord < s.byLeaf.length; ord++) {
                    Docs docs = s.byLeaf[ord];
                    if (docs != null && docs.n > 0) action.accept(ord, docs.docs, docs.n);
                }
            }
        }
    }

    /** The documents a collection noted in one segment: {@code docs[0..n)}, ascending. */
    @FunctionalInterface
    interface Noted {
        void accept(int leafOrd, int[] docs, int n) throws IOException;
    }

    /**
     * A collector that counts the head numbers of each collected document into its slice's array and notes the
     * document (every document collected, with facets or not: a page can be read from them afterwards).
     */
    final class LeafCounts implements Collector {
        /** This slice's counts; null before its first segment. */
        private @Nullable Slice slice;

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
            FacetColumn column = columns[context.ord];
            if (slice == null) slice = new Slice(headPool.take(headLength), columns.length);
            Docs docs = slice.byLeaf[context.ord];
            if (docs == null) docs = slice.byLeaf[context.ord] = new Docs(column);
            Docs noted = docs;
            int[] start = column.headStart();
            if (start == null)
                return new LeafCollector() { // no facets here: the documents are still the query's
                    @Override
                    public void setScorer(Scorable scorer) {}

                    @Override
                    public void collect(int doc) {
                        noted.add(doc);
                    }
                };
            char[] numbers = column.head();
            int[] counts = slice.head;
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) {
                    noted.add(doc);
                    for (int i = start[doc], end = start[doc + 1]; i < end; i++) counts[numbers[i]]++;
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
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
