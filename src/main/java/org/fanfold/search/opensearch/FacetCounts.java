package org.fanfold.search.opensearch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fanfold.search.SearchHits.FacetCount;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch._types.aggregations.Aggregation;
import org.opensearch.client.opensearch._types.aggregations.StringTermsBucket;

/**
 * Facet counts as terms aggregations, one per requested tag type, over the type's keyword field and so over every
 * match (not only the page). Buckets come ordered by count descending, then key ascending; the keys are tag ids
 * zero-padded to a fixed width ({@link WorkSource#facetValue}), so key order is numeric order and the first
 * {@code limit} buckets are exactly the port's "most frequent, then lowest id". The index has one shard, so the
 * counts are exact. The list is re-sorted here all the same, so the order never rests on the key encoding alone.
 */
final class FacetCounts {

    private static final Comparator<FacetCount> MOST_FREQUENT_FIRST =
            Comparator.comparingLong(FacetCount::count).reversed().thenComparingLong(FacetCount::tagId);

    /**
     * The most buckets a terms aggregation is asked for: OpenSearch's default {@code search.max_buckets}, which a
     * response may not exceed. "Every value" ({@link org.fanfold.search.WorkQuery#ALL_FACET_VALUES}) is this many.
     */
    static final int MAX_BUCKETS = 65_535;

    private FacetCounts() {}

    /**
     * The aggregations to add to the search, by name; none when {@code limit} is not positive. With {@code ids},
     * each counts only those values (an {@code include} of their keys).
     */
    static Map<String, Aggregation> aggregations(List<String> types, int limit, Set<Long> ids) {
        Map<String, Aggregation> aggs = new LinkedHashMap<>();
        if (limit <= 0) return aggs;
        // one shard: its top buckets are the answer, so it need not send more than asked (nor, capped, more than
        // the response may hold)
        int size = Math.min(ids.isEmpty() ? limit : Math.min(limit, ids.size()), MAX_BUCKETS);
        List<String> only = ids.stream().sorted().map(WorkSource::facetValue).toList();
        for (int i = 0; i < types.size(); i++) {
            String field = WorkSource.facetField(types.get(i));
            aggs.put(
                    name(i),
                    Aggregation.of(a -> a.terms(t -> {
                        t.field(field)
                                .size(size)
                                .shardSize(size)
                                .minDocCount(1L)
                                .order(List.of(Map.of("_count", SortOrder.Desc), Map.of("_key", SortOrder.Asc)));
                        if (!only.isEmpty()) t.include(in -> in.terms(only));
                        return t;
                    })));
        }
        return aggs;
    }

    /** The counts per type, in the order asked; a type no match carries (or never indexed) has an empty list. */
    static Map<String, List<FacetCount>> read(Map<String, Aggregate> aggregations, List<String> types, int limit) {
        Map<String, List<FacetCount>> result = new LinkedHashMap<>();
        for (int i = 0; i < types.size(); i++) {
            List<FacetCount> values = new ArrayList<>();
            Aggregate agg = aggregations.get(name(i));
            if (agg != null && agg.isSterms()) {
                for (StringTermsBucket bucket : agg.sterms().buckets().array()) {
                    values.add(new FacetCount(Long.parseLong(bucket.key()), bucket.docCount()));
                }
            }
            values.sort(MOST_FREQUENT_FIRST);
            result.putIfAbsent(
                    types.get(i), List.copyOf(values.subList(0, Math.min(Math.max(limit, 0), values.size()))));
        }
        return result;
    }

    private static String name(int i) {
        return "facet" + i;
    }
}
