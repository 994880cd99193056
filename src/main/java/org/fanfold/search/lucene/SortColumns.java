package org.fanfold.search.lucene;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldComparator;
import org.apache.lucene.search.FieldComparatorSource;
import org.apache.lucene.search.LeafFieldComparator;
import org.apache.lucene.search.Pruning;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;

/**
 * Numeric sort values held per segment as plain {@code long[]}s, by document (0 where a document has none, as
 * Lucene's own numeric sorts take a missing value), read from the doc values the first time a search sorts a
 * segment by the field and kept until the segment closes: segments never change (the index updates no doc values
 * in place).
 *
 * <p>For collections that visit every match anyway (a query's first count, which counts its facets too): reading a
 * match's value from the memory-mapped doc values cost as much as counting its facets (a profile of the
 * no-inclusion query sorted by hits). Pages served from kept counts keep Lucene's own sort, which skips documents
 * that cannot make the page. The price is heap: 8 MB per million works for each field sorted by (the date updated
 * and the id break every sort's ties, so those two always).
 */
final class SortColumns {

    private static final Map<IndexReader.CacheKey, Map<String, long[]>> BY_SEGMENT = new ConcurrentHashMap<>();

    /** Compares documents by {@link #of} values; one instance, so sorts made with it are equal. */
    static final FieldComparatorSource SOURCE = new FieldComparatorSource() {
        @Override
        public FieldComparator<?> newComparator(String field, int numHits, Pruning pruning, boolean reversed) {
            return new Comparator(field, numHits);
        }

        @Override
        public String toString() {
            return "SortColumns";
        }
    };

    private SortColumns() {}

    /**
     * {@code sort} with its numeric fields (long, no missing value given) read from these columns; other fields
     * (score, text keys) as they are.
     */
    static Sort inMemory(Sort sort) {
        SortField[] fields = sort.getSort().clone();
        boolean changed = false;
        for (int i = 0; i < fields.length; i++) {
            SortField f = fields[i];
            if (f.getType() == SortField.Type.LONG && f.getMissingValue() == null) {
                fields[i] = new SortField(f.getField(), SOURCE, f.getReverse());
                changed = true;
            }
        }
        return changed ? new Sort(fields) : sort;
    }

    /** Whether {@code field} sorts by numbers these columns can give: Lucene's long sort, or one of theirs. */
    static boolean numeric(SortField field) {
        return field.getComparatorSource() == SOURCE
                || (field.getType() == SortField.Type.LONG && field.getMissingValue() == null);
    }

    /** {@code field}'s values in {@code leaf}, by document; read now if no search has sorted the segment by it. */
    static long[] of(LeafReader leaf, String field) throws IOException {
        IndexReader.CacheHelper helper = leaf.getCoreCacheHelper();
        if (helper == null) return read(leaf, field);
        Map<String, long[]> fields = BY_SEGMENT.get(helper.getKey());
        if (fields == null) {
            fields = new ConcurrentHashMap<>();
            Map<String, long[]> earlier = BY_SEGMENT.putIfAbsent(helper.getKey(), fields);
            if (earlier != null) fields = earlier;
            else helper.addClosedListener(BY_SEGMENT::remove);
        }
        long[] values = fields.get(field);
        if (values == null) {
            values = read(leaf, field);
            long[] earlier = fields.putIfAbsent(field, values);
            if (earlier != null) values = earlier;
        }
        return values;
    }

    /** Whether columns of {@code leaf}'s segment are kept (for tests). */
    static boolean holds(LeafReader leaf) {
        IndexReader.CacheHelper helper = leaf.getCoreCacheHelper();
        return helper != null && BY_SEGMENT.containsKey(helper.getKey());
    }

    private static long[] read(LeafReader leaf, String field) throws IOException {
        long[] values = new long[leaf.maxDoc()];
        NumericDocValues docValues = DocValues.getNumeric(leaf, field);
        for (int doc = docValues.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docValues.nextDoc()) {
            values[doc] = docValues.longValue();
        }
        return values;
    }

    /** Lucene's comparator contract over the columns: values compared ascending, the sort's reverse applied by it. */
    private static final class Comparator extends FieldComparator<Long> implements LeafFieldComparator {
        private final String field;
        private final long[] slots;
        private long[] current = new long[0];
        private long bottom;
        private long top;

        Comparator(String field, int numHits) {
            this.field = field;
            this.slots = new long[numHits];
        }

        @Override
        public int compare(int slot1, int slot2) {
            return Long.compare(slots[slot1], slots[slot2]);
        }

        @Override
        public void setTopValue(Long value) {
            top = value;
        }

        @Override
        public Long value(int slot) {
            return slots[slot];
        }

        @Override
        public LeafFieldComparator getLeafComparator(LeafReaderContext context) throws IOException {
            current = of(context.reader(), field);
            return this;
        }

        @Override
        public void setBottom(int slot) {
            bottom = slots[slot];
        }

        @Override
        public int compareBottom(int doc) {
            return Long.compare(bottom, current[doc]);
        }

        @Override
        public int compareTop(int doc) {
            return Long.compare(top, current[doc]);
        }

        @Override
        public void copy(int slot, int doc) {
            slots[slot] = current[doc];
        }

        @Override
        public void setScorer(Scorable scorer) {}
    }
}
