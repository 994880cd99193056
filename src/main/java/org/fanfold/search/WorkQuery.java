package org.fanfold.search;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A request for one page of works: what to match, what to leave out, how to order, and which facet counts to
 * return. Build one with {@link #builder(SearchVisibility)}.
 *
 * @param text a query over title, summary, notes, tags and creators; {@code "a phrase"}, {@code -word} and
 *     {@code a | b} work (and AO3's {@code NOT word}, {@code a OR b}, {@code a AND b}, read into those by the
 *     builder); every other term must match (AND). Null or blank matches everything.
 * @param bodyText a query in the same syntax over the chapters' own text, or null
 * @param fieldTexts queries in the same syntax over one field each (AO3's search form's Title and Creator), which
 *     must all match and score as the text does
 * @param includeFilterIds works must carry every one of these filter ids
 * @param excludeFilterIds works must carry none of these filter ids (no inclusion needed)
 * @param creatorUserId only works with this user among the creators, or null; works in anonymous collections
 *     match only when this user is the viewer ({@link SearchVisibility#creatorUserId()}), so a creator's page never
 *     reveals their anonymous works to others
 * @param creatorPseudId only works credited to this pseud, or null; works in anonymous collections match only
 *     when {@code creatorUserId} is the viewer, as for {@code creatorUserId}
 * @param excludeCreatorUserIds works with any of these users among the creators are left out (muted users), but
 *     for works in anonymous collections, whose creators a reader must not be able to find out by muting
 * @param collectionIds only works in at least one of these collections (empty: any)
 * @param excludeWorkIds these works are left out (a work is not "like" itself)
 * @param similarFilterIds filter id → weight: works must carry at least one, and with {@link SearchSort#BEST_MATCH}
 *     score the sum of the weights they carry ("more like this"); empty for none
 * @param crossover crossovers: any, none, or only
 * @param complete only complete works (true), only works in progress (false), or either (null)
 * @param singleChapter only works of one chapter
 * @param languages only works in these language codes (empty: any)
 * @param words, hits, kudos, comments, bookmarks ranges over those counts
 * @param updatedAt, publishedAt ranges over those dates (epoch milliseconds)
 * @param sort the order; ties break by newest update, then id
 * @param ascending the direction of {@code sort}
 * @param page the page, from 1
 * @param size works per page
 * @param facetTypes tag types whose filter-id counts to return (empty: none)
 * @param facetLimit how many facet values per type, most frequent first; {@link #ALL_FACET_VALUES} for every value
 *     the matches carry (a list of every fandom with its count, in one request)
 * @param facetIds when not empty, only these filter ids are counted (a page of tags, each with its works): each
 *     type's list holds those of them the matches carry, most first, at most {@code facetLimit}
 */
public record WorkQuery(
        @Nullable String text,
        @Nullable String bodyText,
        Map<Field, String> fieldTexts,
        Set<Long> includeFilterIds,
        Set<Long> excludeFilterIds,
        @Nullable Long creatorUserId,
        @Nullable Long creatorPseudId,
        Set<Long> excludeCreatorUserIds,
        Set<Long> excludeWorkIds,
        Set<Long> collectionIds,
        Map<Long, Float> similarFilterIds,
        Crossover crossover,
        @Nullable Boolean complete,
        boolean singleChapter,
        Set<String> languages,
        Range words,
        Range hits,
        Range kudos,
        Range comments,
        Range bookmarks,
        Range updatedAt,
        Range publishedAt,
        SearchSort sort,
        boolean ascending,
        int page,
        int size,
        SearchVisibility visibility,
        List<String> facetTypes,
        int facetLimit,
        Set<Long> facetIds) {

    /**
     * The {@link #facetLimit} that asks for every facet value the matches carry, not a top few. OpenSearch returns
     * at most its {@code search.max_buckets} (65,535 unless the cluster says otherwise) values per type.
     */
    public static final int ALL_FACET_VALUES = Integer.MAX_VALUE;

    public WorkQuery {
        includeFilterIds = Set.copyOf(includeFilterIds);
        excludeFilterIds = Set.copyOf(excludeFilterIds);
        excludeCreatorUserIds = Set.copyOf(excludeCreatorUserIds);
        excludeWorkIds = Set.copyOf(excludeWorkIds);
        collectionIds = Set.copyOf(collectionIds);
        similarFilterIds = Map.copyOf(similarFilterIds);
        fieldTexts = Map.copyOf(fieldTexts);
        languages = Set.copyOf(languages);
        facetTypes = List.copyOf(facetTypes);
        facetIds = Set.copyOf(facetIds);
        if (page < 1) throw new IllegalArgumentException("page must be ≥ 1, was " + page);
        if (size < 1 || size > 1000) throw new IllegalArgumentException("size must be 1..1000, was " + size);
    }

    /** A field a query may search alone ({@link #fieldTexts}). */
    public enum Field {
        TITLE,
        CREATORS
    }

    public static Builder builder(SearchVisibility visibility) {
        return new Builder(visibility);
    }

    /**
     * This query leaving out one more work: the same results unless that work matches. The benchmark makes each
     * run a query no engine has seen, so nothing it kept from an earlier run can answer it.
     */
    WorkQuery excludingWork(long workId) {
        Set<Long> works = new LinkedHashSet<>(excludeWorkIds);
        works.add(workId);
        return new WorkQuery(
                text,
                bodyText,
                fieldTexts,
                includeFilterIds,
                excludeFilterIds,
                creatorUserId,
                creatorPseudId,
                excludeCreatorUserIds,
                works,
                collectionIds,
                similarFilterIds,
                crossover,
                complete,
                singleChapter,
                languages,
                words,
                hits,
                kudos,
                comments,
                bookmarks,
                updatedAt,
                publishedAt,
                sort,
                ascending,
                page,
                size,
                visibility,
                facetTypes,
                facetLimit,
                facetIds);
    }

    /** The offset of the first hit of this page. */
    public long offset() {
        return (long) (page - 1) * size;
    }

    public static final class Builder {
        private @Nullable String text;
        private @Nullable String bodyText;
        private final Set<Long> include = new LinkedHashSet<>();
        private final Set<Long> exclude = new LinkedHashSet<>();
        private @Nullable Long creatorUserId;
        private @Nullable Long creatorPseudId;
        private final Set<Long> excludeCreators = new LinkedHashSet<>();
        private final Set<Long> excludeWorks = new LinkedHashSet<>();
        private final Set<Long> collections = new LinkedHashSet<>();
        private final Map<Long, Float> similar = new LinkedHashMap<>();
        private Crossover crossover = Crossover.ANY;
        private @Nullable Boolean complete;
        private boolean singleChapter;
        private final Set<String> languages = new LinkedHashSet<>();
        private Range words = Range.ANY;
        private Range hits = Range.ANY;
        private Range kudos = Range.ANY;
        private Range comments = Range.ANY;
        private Range bookmarks = Range.ANY;
        private Range updatedAt = Range.ANY;
        private Range publishedAt = Range.ANY;
        private SearchSort sort = SearchSort.DATE_UPDATED;
        private @Nullable Boolean ascending;
        private int page = 1;
        private int size = 20;
        private final SearchVisibility visibility;
        private List<String> facetTypes = List.of();
        private int facetLimit = 10;
        private Set<Long> facetIds = Set.of();
        private final Map<Field, String> fieldTexts = new EnumMap<>(Field.class);

        private Builder(SearchVisibility visibility) {
            this.visibility = visibility;
        }

        /** A reader's query: AO3's {@code OR}, {@code AND} and {@code NOT} work too ({@link TextOperators}). */
        public Builder text(@Nullable String text) {
            this.text = TextOperators.translate(text);
            return this;
        }

        /** A query of one field alone, read as {@link #text} is; blank or null for none. */
        public Builder fieldText(Field field, @Nullable String text) {
            if (text == null || text.isBlank()) fieldTexts.remove(field);
            else fieldTexts.put(field, TextOperators.translate(text));
            return this;
        }

        /** A reader's query of the story text, read as {@link #text} is. */
        public Builder bodyText(@Nullable String bodyText) {
            this.bodyText = TextOperators.translate(bodyText);
            return this;
        }

        public Builder excludeCreator(long userId) {
            excludeCreators.add(userId);
            return this;
        }

        public Builder excludeWork(long workId) {
            excludeWorks.add(workId);
            return this;
        }

        /** Adds a collection; works must be in at least one of the added collections. */
        public Builder collection(long collectionId) {
            collections.add(collectionId);
            return this;
        }

        public Builder similar(long filterId, float weight) {
            similar.merge(filterId, weight, Float::sum);
            return this;
        }

        public Builder crossover(Crossover crossover) {
            this.crossover = crossover;
            return this;
        }

        public Builder complete(@Nullable Boolean complete) {
            this.complete = complete;
            return this;
        }

        public Builder singleChapter(boolean singleChapter) {
            this.singleChapter = singleChapter;
            return this;
        }

        public Builder language(String code) {
            languages.add(code);
            return this;
        }

        public Builder words(Range range) {
            this.words = range;
            return this;
        }

        public Builder hits(Range range) {
            this.hits = range;
            return this;
        }

        public Builder kudos(Range range) {
            this.kudos = range;
            return this;
        }

        public Builder comments(Range range) {
            this.comments = range;
            return this;
        }

        public Builder bookmarks(Range range) {
            this.bookmarks = range;
            return this;
        }

        public Builder updatedAt(Range range) {
            this.updatedAt = range;
            return this;
        }

        public Builder publishedAt(Range range) {
            this.publishedAt = range;
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

        /** Only works credited to this pseud (null: any). */
        public Builder pseud(@Nullable Long pseudId) {
            this.creatorPseudId = pseudId;
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
            this.facetIds = Set.of();
            return this;
        }

        /** Counts only {@code ids} among the facets of {@code types}: each tag of a page with its works. */
        public Builder facetsOf(List<String> types, Collection<Long> ids) {
            this.facetTypes = types;
            this.facetLimit = ALL_FACET_VALUES;
            this.facetIds = Set.copyOf(ids);
            return this;
        }

        public WorkQuery build() {
            boolean asc = ascending != null ? ascending : sort.ascendingByDefault();
            return new WorkQuery(
                    text,
                    bodyText,
                    fieldTexts,
                    include,
                    exclude,
                    creatorUserId,
                    creatorPseudId,
                    excludeCreators,
                    excludeWorks,
                    collections,
                    similar,
                    crossover,
                    complete,
                    singleChapter,
                    languages,
                    words,
                    hits,
                    kudos,
                    comments,
                    bookmarks,
                    updatedAt,
                    publishedAt,
                    sort,
                    asc,
                    page,
                    size,
                    visibility,
                    facetTypes,
                    facetLimit,
                    facetIds);
        }
    }
}
