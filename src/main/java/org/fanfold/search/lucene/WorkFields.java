package org.fanfold.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.fanfold.search.TagRef;
import org.fanfold.search.WorkDocument;

/**
 * The index schema: field names and how a {@link WorkDocument} becomes a Lucene document.
 *
 * <ul>
 *   <li>{@code id}: a keyword term (delete/update by term) and numeric doc values (tie-break, reading hits back).
 *   <li>Text, analyzed by {@link WorkAnalyzer}: {@code title}, {@code summary}, {@code notes}, {@code creators},
 *       {@code tags} (tag names) and {@code body} (not in the default query fields yet).
 *   <li>Keyword filters: {@code filterId} and {@code creatorUserId} (multi-valued), {@code language},
 *       {@code restricted} and {@code hidden} ({@code "true"}/{@code "false"}).
 *   <li>Sort doc values: the counters and dates, plus folded {@code titleSort} and {@code creatorSort} keys.
 *   <li>Facets: one sorted-set facet per {@link TagRef} in {@code facetTags}, dimension = tag type, label = tag id.
 * </ul>
 */
final class WorkFields {

    static final String ID = "id";
    static final String TITLE = "title";
    static final String SUMMARY = "summary";
    static final String NOTES = "notes";
    static final String CREATORS = "creators";
    static final String TAGS = "tags";
    static final String BODY = "body";
    static final String FILTER_ID = "filterId";
    static final String CREATOR_USER_ID = "creatorUserId";
    static final String LANGUAGE = "language";
    static final String RESTRICTED = "restricted";
    static final String HIDDEN = "hidden";
    static final String WORDS = "words";
    static final String HITS = "hits";
    static final String KUDOS = "kudos";
    static final String COMMENTS = "comments";
    static final String BOOKMARKS = "bookmarks";
    static final String PUBLISHED_AT = "publishedAt";
    static final String UPDATED_AT = "updatedAt";
    static final String TITLE_SORT = "titleSort";
    static final String CREATOR_SORT = "creatorSort";

    /** Sort keys longer than this are cut; a sort key only needs to order titles, not hold them. */
    private static final int SORT_KEY_CHARS = 256;

    /** Every tag type is a dimension with many values per work; any type string works without registration. */
    static final FacetsConfig FACETS = new FacetsConfig() {
        @Override
        protected DimConfig getDefaultDimConfig() {
            DimConfig config = new DimConfig();
            config.multiValued = true;
            return config;
        }
    };

    private WorkFields() {}

    static Term idTerm(long id) {
        return new Term(ID, Long.toString(id));
    }

    static Document toDocument(WorkDocument work) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(work.id()), Field.Store.NO));
        doc.add(new NumericDocValuesField(ID, work.id()));

        text(doc, TITLE, work.title());
        text(doc, SUMMARY, work.summary());
        text(doc, NOTES, work.notes());
        text(doc, BODY, work.body());
        for (String creator : work.creators()) text(doc, CREATORS, creator);
        for (TagRef tag : work.tags()) text(doc, TAGS, tag.name());

        for (long filterId : work.filterIds()) keyword(doc, FILTER_ID, Long.toString(filterId));
        for (long userId : work.creatorUserIds()) keyword(doc, CREATOR_USER_ID, Long.toString(userId));
        keyword(doc, LANGUAGE, work.language() == null ? "" : work.language());
        keyword(doc, RESTRICTED, Boolean.toString(work.restricted()));
        keyword(doc, HIDDEN, Boolean.toString(work.hidden()));

        doc.add(new NumericDocValuesField(WORDS, work.words()));
        doc.add(new NumericDocValuesField(HITS, work.hits()));
        doc.add(new NumericDocValuesField(KUDOS, work.kudos()));
        doc.add(new NumericDocValuesField(COMMENTS, work.comments()));
        doc.add(new NumericDocValuesField(BOOKMARKS, work.bookmarks()));
        doc.add(new NumericDocValuesField(PUBLISHED_AT, work.publishedAt()));
        doc.add(new NumericDocValuesField(UPDATED_AT, work.updatedAt()));
        doc.add(new SortedDocValuesField(TITLE_SORT, sortKey(work.title())));
        String firstCreator = work.creators().isEmpty() ? "" : work.creators().getFirst();
        doc.add(new SortedDocValuesField(CREATOR_SORT, sortKey(firstCreator)));

        for (TagRef tag : work.facetTags()) {
            if (tag.type().isBlank()) continue; // a facet needs a dimension; such a tag still filters by id
            doc.add(new SortedSetDocValuesFacetField(tag.type(), Long.toString(tag.id())));
        }
        try {
            return FACETS.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lowercased and accent-folded, so "Élan" sorts beside "elan" and before "Zebra". */
    static BytesRef sortKey(String value) {
        String lower = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (lower.length() > SORT_KEY_CHARS) lower = lower.substring(0, SORT_KEY_CHARS);
        char[] in = lower.toCharArray();
        char[] out = new char[in.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
        return new BytesRef(new String(out, 0, length));
    }

    private static void text(Document doc, String field, String value) {
        if (value != null && !value.isEmpty()) doc.add(new TextField(field, value, Field.Store.NO));
    }

    private static void keyword(Document doc, String field, String value) {
        doc.add(new StringField(field, value, Field.Store.NO));
    }
}
