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
 * all segments) is costly to build, so it is built once per reader, on the first faceted search, and shared by
 * every search on that reader; a refresh makes a new searcher and thereby a new state.
 */
final class WorkSearcher extends IndexSearcher {

    static final SearcherFactory FACTORY = new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
            return new WorkSearcher(reader);
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
     * only the page). Lucene orders equal counts by label, which for ids as text is not numeric order, so every
     * non-zero value of a type is taken and ordered here: count descending, then tag id ascending, then cut.
     */
    Map<String, List<FacetCount>> countFacets(FacetsCollector matches, List<String> types, int limit)
            throws IOException {
        Map<String, List<FacetCount>> result = new LinkedHashMap<>();
        SortedSetDocValuesReaderState s = facetState();
        SortedSetDocValuesFacetCounts counts = s == null ? null : new SortedSetDocValuesFacetCounts(s, matches);
        for (String type : types) {
            List<FacetCount> values = new ArrayList<>();
            FacetResult all = counts == null || s.getOrdRange(type) == null ? null : counts.getAllChildren(type);
            if (all != null) {
                for (LabelAndValue lv : all.labelValues) {
                    values.add(new FacetCount(Long.parseLong(lv.label), lv.value.longValue()));
                }
            }
            values.sort(MOST_FREQUENT_FIRST);
            result.put(type, List.copyOf(values.subList(0, Math.min(Math.max(limit, 0), values.size()))));
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
