package org.fanfold.search.opensearch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.fanfold.search.Range;
import org.fanfold.search.SearchSort;
import org.fanfold.search.SearchVisibility;
import org.fanfold.search.WorkQuery;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.SortOptions;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.query_dsl.BoolQuery;
import org.opensearch.client.opensearch._types.query_dsl.Query;

/** Turns a {@link WorkQuery} into an OpenSearch query and sort, with the Lucene engine's semantics. Stateless. */
final class WorkQueries {

    /** The default query fields and their boosts, as in the Lucene engine; {@code body} has its own query. */
    private static final Map<String, Float> TEXT_FIELDS = Map.of(
            WorkSource.TITLE, 3f,
            WorkSource.CREATORS, 2f,
            WorkSource.TAGS, 2f,
            WorkSource.SUMMARY, 1f,
            WorkSource.NOTES, 1f);

    private static final Map<String, Float> BODY_FIELDS = Map.of(WorkSource.BODY, 1f);

    private WorkQueries() {}

    private static String field(WorkQuery.Field field) {
        return switch (field) {
            case TITLE -> WorkSource.TITLE;
            case CREATORS -> WorkSource.CREATORS;
        };
    }

    /**
     * The text and the similarity clause are the scored parts ({@code must}); every other condition is a
     * non-scoring filter, so relevance depends on them alone. Without any scored part every match scores alike
     * and the tie-breaks decide. Visibility is part of the query itself, so totals and facet counts only ever see
     * what the viewer may see.
     */
    static Query toQuery(WorkQuery query) {
        BoolQuery.Builder b = new BoolQuery.Builder();
        if (!blank(query.text())) b.must(TextQueries.parse(query.text(), TEXT_FIELDS));
        query.fieldTexts().forEach((field, text) -> b.must(TextQueries.parse(text, Map.of(field(field), 1f))));
        // Story text narrows the results but does not score, as in the Lucene engine.
        if (!blank(query.bodyText())) b.filter(TextQueries.parse(query.bodyText(), BODY_FIELDS));
        if (!query.similarFilterIds().isEmpty()) b.must(similar(query.similarFilterIds()));

        for (long id : query.includeFilterIds()) b.filter(term(WorkSource.FILTER_ID, Long.toString(id)));
        if (!query.excludeFilterIds().isEmpty())
            b.mustNot(terms(WorkSource.FILTER_ID, strings(query.excludeFilterIds())));
        if (query.creatorUserId() != null)
            b.filter(term(WorkSource.CREATOR_USER_ID, Long.toString(query.creatorUserId())));
        if (query.creatorPseudId() != null)
            b.filter(term(WorkSource.CREATOR_PSEUD_ID, Long.toString(query.creatorPseudId())));
        // a creator's anonymous works are found under their name (or pseud) by themselves only, as in Lucene
        boolean byCreator = query.creatorUserId() != null || query.creatorPseudId() != null;
        if (byCreator && !ownWorks(query)) b.mustNot(bool(WorkSource.ANONYMOUS, true));
        if (!query.excludeCreatorUserIds().isEmpty()) {
            Query muted = terms(WorkSource.CREATOR_USER_ID, strings(query.excludeCreatorUserIds()));
            Query named = bool(WorkSource.ANONYMOUS, true);
            b.mustNot(Query.of(q -> q.bool(m -> m.filter(muted).mustNot(named))));
        }
        if (!query.collectionIds().isEmpty()) b.filter(terms(WorkSource.COLLECTION_ID, strings(query.collectionIds())));
        if (!query.excludeWorkIds().isEmpty()) {
            List<FieldValue> ids =
                    query.excludeWorkIds().stream().map(FieldValue::of).toList();
            b.mustNot(Query.of(q -> q.terms(t -> t.field(WorkSource.ID).terms(v -> v.value(ids)))));
        }
        switch (query.crossover()) {
            case ANY -> {}
            case EXCLUDE -> b.filter(bool(WorkSource.CROSSOVER, false));
            case ONLY -> b.filter(bool(WorkSource.CROSSOVER, true));
        }
        if (query.complete() != null) b.filter(bool(WorkSource.COMPLETE, query.complete()));
        if (query.singleChapter())
            b.filter(Query.of(q -> q.term(t -> t.field(WorkSource.CHAPTERS).value(FieldValue.of(1)))));
        if (!query.languages().isEmpty()) b.filter(terms(WorkSource.LANGUAGE, List.copyOf(query.languages())));
        range(b, WorkSource.WORDS, query.words());
        range(b, WorkSource.HITS, query.hits());
        range(b, WorkSource.KUDOS, query.kudos());
        range(b, WorkSource.COMMENTS, query.comments());
        range(b, WorkSource.BOOKMARKS, query.bookmarks());
        range(b, WorkSource.UPDATED_AT, query.updatedAt());
        range(b, WorkSource.PUBLISHED_AT, query.publishedAt());
        addVisibility(b, query.visibility());
        return Query.of(q -> q.bool(b.build()));
    }

    /**
     * Restricted works need {@code restricted}; unrevealed works need the viewer among the work's creators or its
     * unrevealed readers, admins included; hidden works need {@code hidden} (admins) or the viewer among the work's
     * creators, which becomes "not hidden OR created by the viewer".
     */
    private static void addVisibility(BoolQuery.Builder b, SearchVisibility v) {
        if (!v.restricted()) b.mustNot(bool(WorkSource.RESTRICTED, true));
        Query revealed = bool(WorkSource.UNREVEALED, false);
        if (v.creatorUserId() == null) {
            b.filter(revealed);
        } else {
            String me = Long.toString(v.creatorUserId());
            Query own = term(WorkSource.CREATOR_USER_ID, me);
            Query reader = term(WorkSource.UNREVEALED_READER_ID, me);
            b.filter(Query.of(q -> q.bool(o -> o.should(revealed, own, reader).minimumShouldMatch("1"))));
        }
        if (v.hidden()) return;
        Query notHidden = bool(WorkSource.HIDDEN, false);
        if (v.creatorUserId() == null) {
            b.filter(notHidden);
        } else {
            Query own = term(WorkSource.CREATOR_USER_ID, Long.toString(v.creatorUserId()));
            b.filter(Query.of(q -> q.bool(o -> o.should(notHidden, own).minimumShouldMatch("1"))));
        }
    }

    /**
     * "More like this": works must carry at least one of the ids, and score exactly the sum of the weights of
     * those they carry (each a constant-score clause boosted by its weight).
     */
    private static Query similar(Map<Long, Float> weights) {
        List<Query> should = new ArrayList<>(weights.size());
        // Negative or non-finite weights count as 0, as in the Lucene engine (OpenSearch would refuse them).
        weights.forEach((id, weight) -> {
            float boost = Float.isFinite(weight) && weight > 0 ? weight : 0f;
            should.add(Query.of(q -> q.constantScore(
                    c -> c.filter(term(WorkSource.FILTER_ID, Long.toString(id))).boost(boost))));
        });
        return Query.of(q -> q.bool(s -> s.should(should).minimumShouldMatch("1")));
    }

    /**
     * Best match orders by score; the others by their field in the asked direction. Ties always break by newest
     * update, then highest id, so paging is stable.
     */
    static List<SortOptions> toSort(SearchSort sort, boolean ascending) {
        SortOptions primary = switch (sort) {
            case BEST_MATCH -> SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc)));
            case CREATOR -> field(WorkSource.CREATOR_SORT, ascending);
            case TITLE -> field(WorkSource.TITLE_SORT, ascending);
            case DATE_POSTED -> field(WorkSource.PUBLISHED_AT, ascending);
            case DATE_UPDATED -> field(WorkSource.UPDATED_AT, ascending);
            case WORDS -> field(WorkSource.WORDS, ascending);
            case HITS -> field(WorkSource.HITS, ascending);
            case KUDOS -> field(WorkSource.KUDOS, ascending);
            case COMMENTS -> field(WorkSource.COMMENTS, ascending);
            case BOOKMARKS -> field(WorkSource.BOOKMARKS, ascending);
        };
        return List.of(primary, field(WorkSource.UPDATED_AT, false), field(WorkSource.ID, false));
    }

    private static SortOptions field(String name, boolean ascending) {
        return SortOptions.of(s -> s.field(f -> f.field(name).order(ascending ? SortOrder.Asc : SortOrder.Desc)));
    }

    private static void range(BoolQuery.Builder b, String field, Range range) {
        if (range.any()) return;
        b.filter(Query.of(q -> q.range(r -> {
            r.field(field);
            if (range.from() != null) r.gte(JsonData.of(range.from()));
            if (range.to() != null) r.lte(JsonData.of(range.to()));
            return r;
        })));
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value))));
    }

    private static Query bool(String field, boolean value) {
        return Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value))));
    }

    private static Query terms(String field, List<String> values) {
        List<FieldValue> v = values.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(field).terms(tv -> tv.value(v))));
    }

    private static List<String> strings(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Whether the query lists the viewer's own works (where their anonymous works may show). */
    private static boolean ownWorks(WorkQuery query) {
        return query.creatorUserId() != null
                && query.creatorUserId().equals(query.visibility().creatorUserId());
    }
}
