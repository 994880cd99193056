package org.fanfold.search.lucene;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.IntroSelector;
import org.apache.lucene.util.IntroSorter;

/**
 * The first {@code n} hits of a listing sorted by numbers only (every sort but best match, title and creator), found
 * by reading every match's sort values and selecting, rather than through a priority queue. A deep page of a broad
 * query the engine has not seen (page 500 wants the first 10,000 hits in order) used a 10,000-entry queue that
 * compared and moved entries for most of the matches; here each match costs one read of its values and the
 * selection is linear, plus a sort of the {@code n} selected. The values are read from {@link SortColumns}. The
 * order is Lucene's: the sort's fields, then the document number; a missing value is 0, as for Lucene's own numeric
 * sorts.
 */
final class NumericPage {

    /** Below this many hits a priority queue (Lucene's {@code TopFieldCollector}) is as quick. */
    static final int MIN_HITS = 1_000;

    private final SortField[] fields;
    private final int numHits;

    private NumericPage(Sort sort, int numHits) {
        this.fields = sort.getSort();
        this.numHits = numHits;
    }

    /** Whether {@code numHits} hits of {@code sort} are collected this way: many hits, numeric fields only. */
    static boolean fits(Sort sort, int numHits) {
        return numHits >= MIN_HITS && numeric(sort);
    }

    /** Whether every field of {@code sort} is numeric ({@link SortColumns#numeric}): no score, no text key. */
    static boolean numeric(Sort sort) {
        for (SortField f : sort.getSort()) {
            if (!SortColumns.numeric(f)) return false;
        }
        return true;
    }

    /**
     * The first {@code numHits} hits in {@code sort}'s order (a {@link #numeric} one) among the documents a facet
     * count collected — every match of its query: a query's first count collects its facets alone, and its page is
     * read from the noted documents' sort values afterwards, in a loop of its own, rather than by a second collector
     * called for every match beside the count. The same hits, in the same order, as {@link #manager}'s and Lucene's.
     */
    static TopFieldDocs top(Sort sort, int numHits, List<LeafReaderContext> leaves, FacetCounter.Counts counts)
            throws IOException {
        var page = new NumericPage(sort, numHits);
        if (numHits >= MIN_HITS) {
            Matches all = page.new Matches();
            counts.forEachNoted((ord, docs, n) -> {
                LeafCollector leaf = all.getLeafCollector(leaves.get(ord));
                for (int i = 0; i < n; i++) leaf.collect(docs[i]);
            });
            return page.top(List.of(all));
        }
        Best best = page.new Best();
        counts.forEachNoted((ord, docs, n) -> best.offer(leaves.get(ord), docs, n));
        return best.topDocs(counts.matches());
    }

    /** Collects the first {@code numHits} hits in {@code sort}'s order, with the exact total; see {@link #fits}. */
    static CollectorManager<Matches, TopFieldDocs> manager(Sort sort, int numHits) {
        var page = new NumericPage(sort, numHits);
        return new CollectorManager<>() {
            @Override
            public Matches newCollector() {
                return page.new Matches();
            }

            @Override
            public TopFieldDocs reduce(Collection<Matches> collectors) {
                return page.top(collectors);
            }
        };
    }

    private TopFieldDocs top(Collection<Matches> slices) {
        int k = fields.length;
        int total = 0;
        for (Matches m : slices) total += m.size;
        long[] values = new long[total * k];
        int[] docs = new int[total];
        int at = 0;
        for (Matches m : slices) {
            System.arraycopy(m.values, 0, values, at * k, m.size * k);
            System.arraycopy(m.docs, 0, docs, at, m.size);
            at += m.size;
        }
        int[] order = new int[total];
        for (int i = 0; i < total; i++) order[i] = i;
        int n = Math.min(numHits, total);
        var ranking = new Ranking(values, docs, order);
        if (n > 0 && n < total) ranking.select(0, total, n - 1);
        ranking.sort(0, n);
        return hits(values, docs, order, n, total);
    }

    /** The first {@code n} hits of {@code order} (positions in {@code values} and {@code docs}), of {@code total}. */
    private TopFieldDocs hits(long[] values, int[] docs, int[] order, int n, long total) {
        int k = fields.length;
        FieldDoc[] hits = new FieldDoc[n];
        for (int i = 0; i < n; i++) {
            int hit = order[i];
            Object[] sortValues = new Object[k];
            for (int f = 0; f < k; f++) sortValues[f] = values[hit * k + f];
            hits[i] = new FieldDoc(docs[hit], Float.NaN, sortValues);
        }
        return new TopFieldDocs(new TotalHits(total, TotalHits.Relation.EQUAL_TO), hits, fields);
    }

    /**
     * How hits {@code a} and {@code b} rank, below 0 if {@code a} comes first: by the sort's fields (their values
     * {@code fields.length} per hit in {@code values}), then by document.
     */
    private int rank(long[] values, int[] docs, int a, int b) {
        int k = fields.length;
        for (int f = 0; f < k; f++) {
            int c = Long.compare(values[a * k + f], values[b * k + f]);
            if (c != 0) return fields[f].getReverse() ? -c : c;
        }
        return Integer.compare(docs[a], docs[b]);
    }

    /** Orders hits (positions in {@code order}) by the sort's fields, then document, for selecting and sorting. */
    private final class Ranking {
        private final long[] values;
        private final int[] docs;
        private final int[] order;
        private int pivot;

        Ranking(long[] values, int[] docs, int[] order) {
            this.values = values;
            this.docs = docs;
            this.order = order;
        }

        int rank(int a, int b) {
            return NumericPage.this.rank(values, docs, a, b);
        }

        void swap(int i, int j) {
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }

        /** Puts the {@code nth} hit in place, every better one before it. */
        void select(int from, int to, int nth) {
            new IntroSelector() {
                @Override
                protected void setPivot(int i) {
                    pivot = order[i];
                }

                @Override
                protected int comparePivot(int j) {
                    return rank(pivot, order[j]);
                }

                @Override
                protected void swap(int i, int j) {
                    Ranking.this.swap(i, j);
                }
            }.select(from, to, nth);
        }

        void sort(int from, int to) {
            new IntroSorter() {
                @Override
                protected void setPivot(int i) {
                    pivot = order[i];
                }

                @Override
                protected int comparePivot(int j) {
                    return rank(pivot, order[j]);
                }

                @Override
                protected void swap(int i, int j) {
                    Ranking.this.swap(i, j);
                }
            }.sort(from, to);
        }
    }

    /**
     * The best {@code numHits} hits offered, in a heap whose root is the last of them; an entry's values are kept
     * at its place ({@code fields.length} per entry). A hit is compared with the root and most are turned away on
     * their first field.
     */
    private final class Best {
        private final int k = fields.length;
        private final boolean[] reverse = new boolean[k];
        private final long[] values = new long[numHits * k];
        private final int[] docs = new int[numHits];
        private int size;

        Best() {
            for (int f = 0; f < k; f++) reverse[f] = fields[f].getReverse();
        }

        void offer(LeafReaderContext leaf, int[] matches, int n) throws IOException {
            long[][] columns = new long[k][];
            for (int f = 0; f < k; f++) columns[f] = SortColumns.of(leaf.reader(), fields[f].getField());
            long[] first = columns[0];
            boolean firstReverse = reverse[0];
            int base = leaf.docBase;
            for (int i = 0; i < n; i++) {
                int doc = matches[i];
                if (size < numHits) {
                    put(size, columns, doc, base + doc);
                    up(size++);
                    continue;
                }
                int c = Long.compare(first[doc], values[0]);
                if (c != 0 ? (firstReverse ? c < 0 : c > 0) : before(0, columns, doc, base + doc) >= 0) continue;
                put(0, columns, doc, base + doc);
                down(0);
            }
        }

        /** How the hit ({@code doc}, global {@code hit}) ranks against the entry at {@code at}: below 0 if first. */
        private int before(int at, long[][] columns, int doc, int hit) {
            for (int f = 0; f < k; f++) {
                int c = Long.compare(columns[f][doc], values[at * k + f]);
                if (c != 0) return reverse[f] ? -c : c;
            }
            return Integer.compare(hit, docs[at]);
        }

        private void put(int at, long[][] columns, int doc, int hit) {
            for (int f = 0; f < k; f++) values[at * k + f] = columns[f][doc];
            docs[at] = hit;
        }

        private int rank(int a, int b) {
            return NumericPage.this.rank(values, docs, a, b);
        }

        private void up(int at) {
            while (at > 0) {
                int parent = (at - 1) >>> 1;
                if (rank(at, parent) <= 0) return;
                swap(at, parent);
                at = parent;
            }
        }

        private void down(int at) {
            while (true) {
                int child = 2 * at + 1;
                if (child >= size) return;
                if (child + 1 < size && rank(child + 1, child) > 0) child++;
                if (rank(child, at) <= 0) return;
                swap(at, child);
                at = child;
            }
        }

        private void swap(int a, int b) {
            for (int f = 0; f < k; f++) {
                long v = values[a * k + f];
                values[a * k + f] = values[b * k + f];
                values[b * k + f] = v;
            }
            int d = docs[a];
            docs[a] = docs[b];
            docs[b] = d;
        }

        TopFieldDocs topDocs(long total) {
            int[] order = new int[size];
            for (int i = 0; i < size; i++) order[i] = i;
            new Ranking(values, docs, order).sort(0, size);
            return hits(values, docs, order, size, total);
        }
    }

    /** One slice's matches: their sort values ({@code fields.length} per match) and document numbers. */
    final class Matches implements Collector {
        private long[] values = new long[fields.length * 1024];
        private int[] docs = new int[1024];
        private int size;

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            long[][] columns = new long[fields.length][];
            for (int f = 0; f < columns.length; f++) {
                columns[f] = SortColumns.of(context.reader(), fields[f].getField());
            }
            int base = context.docBase;
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) {
                    if (size == docs.length) {
                        docs = Arrays.copyOf(docs, size * 2);
                        values = Arrays.copyOf(values, values.length * 2);
                    }
                    int at = size * columns.length;
                    for (long[] column : columns) values[at++] = column[doc];
                    docs[size++] = base + doc;
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
