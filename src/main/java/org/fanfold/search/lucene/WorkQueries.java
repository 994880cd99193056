package org.fanfold.search.lucene;

import static org.apache.lucene.search.BooleanClause.Occur.FILTER;
import static org.apache.lucene.search.BooleanClause.Occur.MUST;
import static org.apache.lucene.search.BooleanClause.Occur.MUST_NOT;
import static org.apache.lucene.search.BooleanClause.Occur.SHOULD;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.fanfold.search.SearchSort;
import org.fanfold.search.SearchVisibility;
import org.fanfold.search.WorkQuery;

/** Turns a {@link WorkQuery} into a Lucene query and sort. Thread-safe (a parser is made per call). */
final class WorkQueries {

    /** The default query fields and their boosts; {@code body} is left out until full-text search ships. */
    private static final Map<String, Float> TEXT_FIELDS = Map.of(
            WorkFields.TITLE, 3f,
            WorkFields.CREATORS, 2f,
            WorkFields.TAGS, 2f,
            WorkFields.SUMMARY, 1f,
            WorkFields.NOTES, 1f);

    private static final SortField UPDATED_DESC = new SortField(WorkFields.UPDATED_AT, SortField.Type.LONG, true);
    private static final SortField ID_DESC = new SortField(WorkFields.ID, SortField.Type.LONG, true);

    private final Analyzer analyzer;

    WorkQueries(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * The text is the only scored clause; every other condition is a non-scoring filter, so relevance depends on
     * the text alone. Without text (or with only exclusions) the base is all documents.
     */
    Query toQuery(WorkQuery query) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(text(query.text()), MUST);
        for (long id : query.includeFilterIds()) b.add(term(WorkFields.FILTER_ID, id), FILTER);
        if (!query.excludeFilterIds().isEmpty()) {
            List<BytesRef> ids = query.excludeFilterIds().stream()
                    .map(id -> new BytesRef(Long.toString(id)))
                    .toList();
            b.add(new TermInSetQuery(WorkFields.FILTER_ID, ids), MUST_NOT);
        }
        if (query.creatorUserId() != null) b.add(term(WorkFields.CREATOR_USER_ID, query.creatorUserId()), FILTER);
        addVisibility(b, query.visibility());
        return b.build();
    }

    /**
     * Visibility is part of the query itself, so totals and facet counts only ever see what the viewer may see.
     * Restricted works need {@code restricted}; hidden works need {@code hidden} (admins) or the viewer among the
     * work's creators, which becomes "not hidden OR created by the viewer".
     */
    private static void addVisibility(BooleanQuery.Builder b, SearchVisibility v) {
        if (!v.restricted()) b.add(new TermQuery(new Term(WorkFields.RESTRICTED, "true")), MUST_NOT);
        if (v.hidden()) return;
        TermQuery notHidden = new TermQuery(new Term(WorkFields.HIDDEN, "false"));
        if (v.creatorUserId() == null) {
            b.add(notHidden, FILTER);
        } else {
            Query ownOrVisible = new BooleanQuery.Builder()
                    .add(notHidden, SHOULD)
                    .add(term(WorkFields.CREATOR_USER_ID, v.creatorUserId()), SHOULD)
                    .setMinimumNumberShouldMatch(1)
                    .build();
            b.add(ownOrVisible, FILTER);
        }
    }

    private Query text(String text) {
        if (text == null || text.isBlank()) return MatchAllDocsQuery.INSTANCE;
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, TEXT_FIELDS);
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
        return new Sort(primary, UPDATED_DESC, ID_DESC);
    }

    private static SortField numeric(String field, boolean ascending) {
        return new SortField(field, SortField.Type.LONG, !ascending);
    }

    private static Query term(String field, long value) {
        return new TermQuery(new Term(field, Long.toString(value)));
    }
}
