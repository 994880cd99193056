package org.fanfold.search;

import java.util.List;
import java.util.Map;

/**
 * One page of matching work ids, in order, with the exact total and the facet counts asked for.
 *
 * @param ids the page's work ids, best first
 * @param total how many works match in all (exact, no cap)
 * @param facets for each requested tag type, the most frequent filter ids among all matches
 */
public record SearchHits(List<Long> ids, long total, Map<String, List<FacetCount>> facets) {

    public static final SearchHits EMPTY = new SearchHits(List.of(), 0, Map.of());

    public SearchHits {
        ids = List.copyOf(ids);
        facets = Map.copyOf(facets);
    }

    /**
     * @param tagId a filter id (callers look up its name)
     * @param count how many matching works carry it
     */
    public record FacetCount(long tagId, long count) {}
}
