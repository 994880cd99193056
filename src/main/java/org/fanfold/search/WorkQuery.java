package org.fanfold.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A request for one page of works: what to match, what to leave out, how to order, and which facet counts to
 * return. Build one with {@link #builder(SearchVisibility)}.
 *
 * @param text a query over title, summary, notes, tags and creators; {@code "a phrase"}, {@code -word} and
 *     {@code a | b} work; every other term must match (AND). Null or blank matches everything.
 * @param includeFilterIds works must carry every one of these filter ids
 * @param excludeFilterIds works must carry none of these filter ids (no inclusion needed)
 * @param creatorUserId only works with this user among the creators, or null
 * @param sort the order; ties break by newest update, then id
 * @param ascending the direction of {@code sort}
 * @param page the page, from 1
 * @param size works per page
 * @param facetTypes tag types whose filter-id counts to return (empty: none)
 * @param facetLimit how many facet values per type, most frequent first
 */
public record WorkQuery(
        @Nullable String text,
        Set<Long> includeFilterIds,
        Set<Long> excludeFilterIds,
        @Nullable Long creatorUserId,
        SearchSort sort,
        boolean ascending,
        int page,
        int size,
        SearchVisibility visibility,
        List<String> facetTypes,
        int facetLimit) {

    public WorkQuery {
        includeFilterIds = Set.copyOf(includeFilterIds);
        excludeFilterIds = Set.copyOf(excludeFilterIds);
        facetTypes = List.copyOf(facetTypes);
        if (page < 1) throw new IllegalArgumentException("page must be ≥ 1, was " + page);
        if (size < 1 || size > 1000) throw new IllegalArgumentException("size must be 1..1000, was " + size);
    }

    public static Builder builder(SearchVisibility visibility) {
        return new Builder(visibility);
    }

    /** The offset of the first hit of this page. */
    public long offset() {
        return (long) (page - 1) * size;
    }

    public static final class Builder {
        private @Nullable String text;
        private final Set<Long> include = new LinkedHashSet<>();
        private final Set<Long> exclude = new LinkedHashSet<>();
        private @Nullable Long creatorUserId;
        private SearchSort sort = SearchSort.DATE_UPDATED;
        private @Nullable Boolean ascending;
        private int page = 1;
        private int size = 20;
        private final SearchVisibility visibility;
        private List<String> facetTypes = List.of();
        private int facetLimit = 10;

        private Builder(SearchVisibility visibility) {
            this.visibility = visibility;
        }

        public Builder text(@Nullable String text) {
            this.text = text;
            return this;
        }

        public Builder include(long filterId) {
            include.add(filterId);
            return this;
        }

        public Builder exclude(long filterId) {
            exclude.add(filterId);
            return this;
        }

        public Builder creator(@Nullable Long userId) {
            this.creatorUserId = userId;
            return this;
        }

        public Builder sort(SearchSort sort) {
            this.sort = sort;
            return this;
        }

        public Builder ascending(boolean ascending) {
            this.ascending = ascending;
            return this;
        }

        public Builder page(int page, int size) {
            this.page = page;
            this.size = size;
            return this;
        }

        public Builder facets(List<String> types, int limit) {
            this.facetTypes = types;
            this.facetLimit = limit;
            return this;
        }

        public WorkQuery build() {
            boolean asc = ascending != null ? ascending : sort.ascendingByDefault();
            return new WorkQuery(
                    text, include, exclude, creatorUserId, sort, asc, page, size, visibility, facetTypes, facetLimit);
        }
    }
}
