package org.fanfold.search.opensearch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.TermQuery;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.query_dsl.BoolQuery;
import org.opensearch.client.opensearch._types.query_dsl.Query;

/**
 * The text queries, parsed here by the very parser the Lucene engine uses (Lucene's {@link SimpleQueryParser}
 * with the same analysis chain as the index's {@code work} analyzer) and sent as the primitive queries it yields:
 * terms, phrases, prefixes, fuzzy terms, in the same boolean structure with the same boosts. OpenSearch's own
 * {@code simple_query_string} is not used because it combines a phrase's fields by their best score where
 * Lucene's parser adds them up, which orders best-match results differently.
 */
final class TextQueries {

    private static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream stream = new CJKWidthFilter(source);
            stream = new LowerCaseFilter(stream);
            stream = new CJKBigramFilter(stream);
            stream = new ASCIIFoldingFilter(stream);
            return new TokenStreamComponents(source, stream);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(new CJKWidthFilter(in)));
        }
    };

    private TextQueries() {}

    /** Every term must match (AND) unless {@code |} says otherwise; the fields' scores add up. */
    static Query parse(String text, Map<String, Float> fields) {
        SimpleQueryParser parser = new SimpleQueryParser(ANALYZER, fields);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        return translate(parser.parse(text));
    }

    private static Query translate(org.apache.lucene.search.Query q) {
        if (q instanceof BoostQuery b) return boosted(translate(b.getQuery()), b.getBoost());
        if (q instanceof TermQuery t) {
            Term term = t.getTerm();
            return Query.of(x -> x.term(v -> v.field(term.field()).value(FieldValue.of(term.text()))));
        }
        if (q instanceof BooleanQuery bq) return bool(bq);
        if (q instanceof PhraseQuery p) return phrase(p);
        if (q instanceof PrefixQuery p) {
            Term term = p.getPrefix();
            return Query.of(x -> x.prefix(v -> v.field(term.field()).value(term.text())));
        }
        if (q instanceof FuzzyQuery f) {
            Term term = f.getTerm();
            return Query.of(x -> x.fuzzy(v -> v.field(term.field())
                    .value(FieldValue.of(term.text()))
                    .fuzziness(Integer.toString(f.getMaxEdits()))
                    .prefixLength(f.getPrefixLength())
                    .transpositions(f.getTranspositions())));
        }
        if (q instanceof MatchAllDocsQuery) return Query.of(x -> x.matchAll(m -> m));
        if (q instanceof MatchNoDocsQuery) return Query.of(x -> x.matchNone(m -> m));
        throw new IllegalArgumentException(
                "no OpenSearch form for " + q.getClass().getSimpleName() + " " + q);
    }

    private static Query bool(BooleanQuery bq) {
        BoolQuery.Builder b = new BoolQuery.Builder();
        for (BooleanClause clause : bq.clauses()) {
            Query c = translate(clause.query());
            switch (clause.occur()) {
                case MUST -> b.must(c);
                case SHOULD -> b.should(c);
                case FILTER -> b.filter(c);
                case MUST_NOT -> b.mustNot(c);
            }
        }
        if (bq.getMinimumNumberShouldMatch() > 0)
            b.minimumShouldMatch(Integer.toString(bq.getMinimumNumberShouldMatch()));
        return Query.of(x -> x.bool(b.build()));
    }

    /**
     * A phrase of analyzed terms at consecutive positions (all this analyzer makes) is sent as a
     * {@code match_phrase} that re-reads the terms with the whitespace analyzer, which yields them unchanged.
     */
    private static Query phrase(PhraseQuery p) {
        Term[] terms = p.getTerms();
        int[] positions = p.getPositions();
        List<String> words = new ArrayList<>(terms.length);
        for (int i = 0; i < terms.length; i++) {
            if (positions[i] != positions[0] + i) throw new IllegalArgumentException("phrase with gaps: " + p);
            words.add(terms[i].text());
        }
        String field = terms.length == 0 ? "" : terms[0].field();
        return Query.of(x -> x.matchPhrase(m -> m.field(field)
                .query(String.join(" ", words))
                .analyzer("whitespace")
                .slop(p.getSlop())));
    }

    /** A boost around any query: a one-clause bool carrying it, which OpenSearch rewrites to the clause. */
    private static Query boosted(Query q, float boost) {
        return Query.of(x -> x.bool(b -> b.must(q).boost(boost)));
    }
}
