package org.fanfold.search.lucene;

import static org.apache.lucene.search.BooleanClause.Occur.FILTER;
import static org.apache.lucene.search.BooleanClause.Occur.MUST;
import static org.apache.lucene.search.BooleanClause.Occur.MUST_NOT;
import static org.apache.lucene.search.BooleanClause.Occur.SHOULD;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.fanfold.search.Crossover;
import org.fanfold.search.Range;
import org.fanfold.search.SearchSort;
import org.fanfold.search.SearchVisibility;
import org.fanfold.search.WorkQuery;

/** Turns a {@link WorkQuery} into a Lucene query and sort. Thread-safe (a parser is made per call). */
final class WorkQueries {

    /** The default query fields and their boosts; the story text ({@code body}) is searched on its own. */
    private static final Map<String, Float> TEXT_FIELDS = Map.of(
            WorkFields.TITLE, 3f,
            WorkFields.CREATORS, 2f,
            WorkFields.TAGS, 2f,
            WorkFields.SUMMARY, 1f,
            WorkFields.NOTES, 1f);

    private static final Map<String, Float> BODY_FIELDS = Map.of(WorkFields.BODY, 1f);

    private static final SortField UPDATED_DESC = new SortField(WorkFields.UPDATED_AT, SortField.Type.LONG, true);
    private static final SortField ID_DESC = new SortField(WorkFields.ID, SortField.Type.LONG, true);

    private final Analyzer analyzer;

    WorkQueries(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * Only the text and the similar filter ids score; every other condition (story text included) is a
     * non-scoring filter, so totals and facet counts see exactly the hits and relevance depends on those two alone.
     * Without either, the base is all documents, each scoring the same.
     */
    Query toQuery(WorkQuery query) {
        return toQuery(query, query.visibility());
    }

    /**
     * {@code query} as the viewer {@code visibility} describes sees it: the query's own, or the same without the
     * viewer's id where that id shows no more ({@link WorkSearcher#seesMoreThanOthers}).
     */
    Query toQuery(WorkQuery query, SearchVisibility visibility) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean hasText = query.text() != null && !query.text().isBlank();
        if (hasText || query.similarFilterIds().isEmpty()) b.add(parse(query.text(), TEXT_FIELDS), MUST);
        query.fieldTexts().forEach((field, text) -> b.add(parse(text, Map.of(field(field), 1f)), MUST));
        if (!query.similarFilterIds().isEmpty()) b.add(similar(query.similarFilterIds()), MUST);
        if (query.bodyText() != null && !query.bodyText().isBlank()) {
            b.add(parse(query.bodyText(), BODY_FIELDS), FILTER);
        }

        for (long id : query.includeFilterIds()) b.add(term(WorkFields.FILTER_ID, id), FILTER);
        if (!query.excludeFilterIds().isEmpty()) {
            b.add(anyOf(WorkFields.FILTER_ID, query.excludeFilterIds()), MUST_NOT);
        }
        Query anonymous = new TermQuery(new Term(WorkFields.ANONYMOUS, "true"));
        if (query.creatorUserId() != null) b.add(term(WorkFields.CREATOR_USER_ID, query.creatorUserId()), FILTER);
        if (query.creatorPseudId() != null) b.add(term(WorkFields.CREATOR_PSEUD_ID, query.creatorPseudId()), FILTER);
        // a creator's anonymous works are found under their name (or pseud) by themselves only
        boolean byCreator = query.creatorUserId() != null || query.creatorPseudId() != null;
        if (byCreator && !ownWorks(query)) b.add(anonymous, MUST_NOT);
        if (!query.excludeCreatorUserIds().isEmpty()) {
            Query mutedAndNamed = new BooleanQuery.Builder()
                    .add(anyOf(WorkFields.CREATOR_USER_ID, query.excludeCreatorUserIds()), FILTER)
                    .add(anonymous, MUST_NOT)
                    .build();
            b.add(mutedAndNamed, MUST_NOT);
        }
        if (!query.excludeWorkIds().isEmpty()) b.add(anyOf(WorkFields.ID, query.excludeWorkIds()), MUST_NOT);
        if (!query.collectionIds().isEmpty()) b.add(anyOf(WorkFields.COLLECTION_ID, query.collectionIds()), FILTER);

        Query crossover = new TermQuery(new Term(WorkFields.CROSSOVER, "true"));
        if (query.crossover() == Crossover.ONLY) b.add(crossover, FILTER);
        else if (query.crossover() == Crossover.EXCLUDE) b.add(crossover, MUST_NOT);
        if (query.complete() != null) {
            b.add(new TermQuery(new Term(WorkFields.COMPLETE, query.complete().toString())), FILTER);
        }
        if (query.singleChapter()) b.add(range(WorkFields.CHAPTERS, new Range(1L, 1L)), FILTER);
        if (!query.languages().isEmpty()) {
            b.add(
                    new TermInSetQuery(
                            WorkFields.LANGUAGE,
                            query.languages().stream().map(BytesRef::new).toList()),
                    FILTER);
        }

        addRange(b, WorkFields.WORDS, query.words());
        addRange(b, WorkFields.HITS, query.hits());
        addRange(b, WorkFields.KUDOS, query.kudos());
        addRange(b, WorkFields.COMMENTS, query.comments());
        addRange(b, WorkFields.BOOKMARKS, query.bookmarks());
        addRange(b, WorkFields.UPDATED_AT, query.updatedAt());
        addRange(b, WorkFields.PUBLISHED_AT, query.publishedAt());

        addVisibility(b, visibility);
        return b.build();
    }

    /**
     * "More like this": a work must carry at least one of the ids and scores exactly the sum of the weights of
     * those it carries (each a constant-score term boosted by its weight, inside a disjunction). Weights below
     * zero, which no boost may have, count as zero.
     */
    private static Query similar(Map<Long, Float> weights) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
        weights.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            float w = e.getValue();
            Query id = new ConstantScoreQuery(term(WorkFields.FILTER_ID, e.getKey()));
            b.add(new BoostQuery(id, Float.isFinite(w) && w > 0 ? w : 0f), SHOULD);
        });
        return b.build();
    }

    private static void addRange(BooleanQuery.Builder b, String field, Range range) {
        if (!range.any()) b.add(range(field, range), FILTER);
    }

    /**
     * An inclusive range over a numeric field: points when the range leads the search, doc values when other
     * clauses leave few candidates to check.
     */
    private static Query range(String field, Range range) {
        long from = range.from() == null ? Long.MIN_VALUE : range.from();
        long to = range.to() == null ? Long.MAX_VALUE : range.to();
        return new IndexOrDocValuesQuery(
                LongPoint.newRangeQuery(field, from, to), NumericDocValuesField.newSlowRangeQuery(field, from, to));
    }

    private static Query anyOf(String field, Collection<Long> values) {
        if (values.size() == 1) return term(field, values.iterator().next());
        List<BytesRef> terms =
                values.stream().map(v -> new BytesRef(Long.toString(v))).toList();
        return new TermInSetQuery(field, terms);
    }

    /**
     * Visibility is part of the query itself, so totals and facet counts only ever see what the viewer may see.
     * Restricted works need {@code restricted}; unrevealed works need the viewer among the work's creators or its
     * unrevealed readers, admins included; hidden works need {@code hidden} (admins) or the viewer among the work's
     * creators. Each is written as the exclusion of the few works it hides ({@code unrevealed:true} and not the
     * viewer's), never as a filter on the many it keeps ({@code unrevealed:false}): a filter term that almost every
     * work carries is read in full for every broad query, a rare excluded one barely at all.
     */
    private static void addVisibility(BooleanQuery.Builder b, SearchVisibility v) {
        if (!v.restricted()) b.add(new TermQuery(new Term(WorkFields.RESTRICTED, "true")), MUST_NOT);
        TermQuery unrevealed = new TermQuery(new Term(WorkFields.UNREVEALED, "true"));
        if (v.creatorUserId() == null) {
            b.add(unrevealed, MUST_NOT);
        } else {
            b.add(
                    new BooleanQuery.Builder()
                            .add(unrevealed, FILTER)
                            .add(term(WorkFields.CREATOR_USER_ID, v.creatorUserId()), MUST_NOT)
                            .add(term(WorkFields.UNREVEALED_READER_ID, v.creatorUserId()), MUST_NOT)
                            .build(),
                    MUST_NOT);
        }
        if (v.hidden()) return;
        TermQuery hidden = new TermQuery(new Term(WorkFields.HIDDEN, "true"));
        if (v.creatorUserId() == null) {
            b.add(hidden, MUST_NOT);
        } else {
            b.add(
                    new BooleanQuery.Builder()
                            .add(hidden, FILTER)
                            .add(term(WorkFields.CREATOR_USER_ID, v.creatorUserId()), MUST_NOT)
                            .build(),
                    MUST_NOT);
        }
    }

    /**
     * The works {@code userId} sees by being who they are ({@link #addVisibility}): hidden or unrevealed works of
     * theirs, and unrevealed works they may read before the reveal.
     */
    static Query seenAsThemselves(long userId) {
        Query unrevealed = new TermQuery(new Term(WorkFields.UNREVEALED, "true"));
        Query hiddenOrUnrevealed = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(WorkFields.HIDDEN, "true")), SHOULD)
                .add(unrevealed, SHOULD)
                .build();
        return new BooleanQuery.Builder()
                .add(
                        new BooleanQuery.Builder()
                                .add(term(WorkFields.CREATOR_USER_ID, userId), FILTER)
                                .add(hiddenOrUnrevealed, FILTER)
                                .build(),
                        SHOULD)
                .add(
                        new BooleanQuery.Builder()
                                .add(term(WorkFields.UNREVEALED_READER_ID, userId), FILTER)
                                .add(unrevealed, FILTER)
                                .build(),
                        SHOULD)
                .build();
    }

    private static String field(WorkQuery.Field field) {
        return switch (field) {
            case TITLE -> WorkFields.TITLE;
            case CREATORS -> WorkFields.CREATORS;
        };
    }

    private Query parse(String text, Map<String, Float> fields) {
        if (text == null || text.isBlank()) return MatchAllDocsQuery.INSTANCE;
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, fields);
        parser.setDefaultOperator(MUST);
        // SimpleQueryParser pairs a negation with match-all, so "-word" alone means "all but word".
        return parser.parse(text);
    }

    /**
     * Best match orders by score; the others by their field in the asked direction. Ties always break by newest
     * update, then highest id, so paging is stable. The id is the last sort value of every hit, which is how hits
     * are read back without stored fields.
     */
    static Sort toSort(SearchSort sort, boolean ascending) {
        SortField primary = switch (sort) {
            case BEST_MATCH -> SortField.FIELD_SCORE;
            case CREATOR -> new SortField(WorkFields.CREATOR_SORT, SortField.Type.STRING, !ascending);
            case TITLE -> new SortField(WorkFields.TITLE_SORT, SortField.Type.STRING, !ascending);
            case DATE_POSTED -> numeric(WorkFields.PUBLISHED_AT, ascending);
            case DATE_UPDATED -> numeric(WorkFields.UPDATED_AT, ascending);
            case WORDS -> numeric(WorkFields.WORDS, ascending);
            case HITS -> numeric(WorkFields.HITS, ascending);
            case KUDOS -> numeric(WorkFields.KUDOS, ascending);
            case COMMENTS -> numeric(WorkFields.COMMENTS, ascending);
            case BOOKMARKS -> numeric(WorkFields.BOOKMARKS, ascending);
        };
        // by date updated, the tie-break on it would compare values already found equal: read each hit's date once
        if (sort == SearchSort.DATE_UPDATED) return new Sort(primary, ID_DESC);
        return new Sort(primary, UPDATED_DESC, ID_DESC);
    }

    private static SortField numeric(String field, boolean ascending) {
        return new SortField(field, SortField.Type.LONG, !ascending);
    }

    private static Query term(String field, long value) {
        return new TermQuery(new Term(field, Long.toString(value)));
    }

    /** Whether the query lists the viewer's own works (where their anonymous works may show). */
    private static boolean ownWorks(WorkQuery query) {
        return query.creatorUserId() != null
                && query.creatorUserId().equals(query.visibility().creatorUserId());
    }
}
