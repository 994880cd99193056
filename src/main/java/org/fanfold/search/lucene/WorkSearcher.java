package org.fanfold.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.fanfold.search.SearchHits.FacetCount;
import org.jspecify.annotations.Nullable;

/**
 * A searcher over one point-in-time reader that also counts facets. The facet reader state (an ordinal map over
 * all segments) is costly to build, so it is built once per reader, when a refresh makes the searcher (on the
 * indexer's thread, not in a reader's request), and shared by every search on that reader.
 */
final class WorkSearcher extends IndexSearcher {

    static final SearcherFactory FACTORY = new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
            WorkSearcher searcher = new WorkSearcher(reader);
            searcher.facetState(); // here, on the refreshing thread, rather than in the first search that counts
            return searcher;
        }
    };

    private static final Comparator<FacetCount> MOST_FREQUENT_FIRST =
            Comparator.comparingLong(FacetCount::count).reversed().thenComparingLong(FacetCount::tagId);

    private final Object stateLock = new Object();
    private volatile boolean stateBuilt;
    private @Nullable SortedSetDocValuesReaderState state;

    private WorkSearcher(IndexReader reader) {
        super(reader);
    }

    /**
     * Counts, for each type, the tag ids carried by the matching documents the collector saw (all matches, not
     * only the page), and keeps the {@code limit} most frequent: count descending, then tag id ascending. One pass
     * counts every ordinal of every type; each type's top is then picked with a bounded queue over its ordinal
     * range, which breaks ties by ordinal — and ordinal order is numeric id order, since labels are zero-padded
     * ({@link WorkFields#facetLabel}). Only the winners' labels are read, which keeps a broad query over a type
     * with 100,000 distinct tags from reading (and sorting) them all.
     */
    Map<String, List<FacetCount>> countFacets(FacetsCollector matches, List<String> types, int limit)
            throws IOException {
        Map<String, List<FacetCount>> result = new LinkedHashMap<>();
        SortedSetDocValuesReaderState s = facetState();
        SortedSetDocValuesFacetCounts counts = s == null ? null : new SortedSetDocValuesFacetCounts(s, matches);
        for (String type : types) {
            List<FacetCount> values = new ArrayList<>();
            FacetResult top = counts == null || limit <= 0 || s.getOrdRange(type) == null
                    ? null
                    : counts.getTopChildren(limit, type);
            if (top != null) {
                for (LabelAndValue lv : top.labelValues) {
                    values.add(new FacetCount(Long.parseLong(lv.label), lv.value.longValue()));
                }
            }
            values.sort(MOST_FREQUENT_FIRST); // already in this order; sorting a top-N is cheap insurance
            result.put(type, List.copyOf(values));
        }
        return result;
    }

    /** The facet state of this reader, or null while no document has any facet. */
    private @Nullable SortedSetDocValuesReaderState facetState() throws IOException {
        if (stateBuilt) return state;
        synchronized (stateLock) {
            if (!stateBuilt) {
                FieldInfo field = FieldInfos.getMergedFieldInfos(getIndexReader())
                        .fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
                state = field == null
                        ? null
                        : new DefaultSortedSetDocValuesReaderState(getIndexReader(), WorkFields.FACETS);
                stateBuilt = true;
            }
            return state;
        }
    }
}
