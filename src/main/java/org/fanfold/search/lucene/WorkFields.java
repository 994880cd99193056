package org.fanfold.search.lucene;

import java.util.Locale;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
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
 *   <li>Keyword filters: {@code filterId}, {@code creatorUserId}, {@code creatorPseudId},
 *       {@code unrevealedReaderId} and {@code collectionId} (multi-valued), {@code language}, {@code restricted},
 *       {@code hidden}, {@code anonymous}, {@code unrevealed}, {@code complete} and {@code crossover}
 *       ({@code "true"}/{@code "false"}).
 *   <li>Numbers: the counters, dates and {@code chapters} have numeric doc values (sorting, and range checks of
 *       few candidates) and a one-dimensional point of the same name (range filters over many documents).
 *   <li>Sort doc values: folded {@code titleSort} and {@code creatorSort} keys.
 *   <li>Facets: one sorted-set facet per {@link TagRef} in {@code facetTags}, dimension = tag type, label = tag id
 *       zero-padded to {@value #FACET_LABEL_DIGITS} digits, so the labels' byte order (the facet ordinals' order) is
 *       the ids' numeric order and the top-N count can break ties by ordinal without reading any label.
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
    static final String CREATOR_PSEUD_ID = "creatorPseudId";
    static final String LANGUAGE = "language";
    static final String RESTRICTED = "restricted";
    static final String HIDDEN = "hidden";
    static final String ANONYMOUS = "anonymous";
    static final String UNREVEALED = "unrevealed";
    static final String UNREVEALED_READER_ID = "unrevealedReaderId";
    static final String COLLECTION_ID = "collectionId";
    static final String COMPLETE = "complete";
    static final String CROSSOVER = "crossover";
    static final String CHAPTERS = "chapters";
    static final String WORDS = "words";
    static final String HITS = "hits";
    static final String KUDOS = "kudos";
    static final String COMMENTS = "comments";
    static final String BOOKMARKS = "bookmarks";
    static final String PUBLISHED_AT = "publishedAt";
    static final String UPDATED_AT = "updatedAt";
    static final String TITLE_SORT = "titleSort";
    static final String CREATOR_SORT = "creatorSort";
    /**
     * The schema's version, kept in each commit's user data: an index written with another version is recreated
     * empty at start (and rebuilt), since Lucene refuses a field whose indexing changed (say, points added).
     */
    static final String SCHEMA_VERSION = "7";

    /** The sorted-set doc-values field that holds every facet ("type<U+001F>label"), named as Lucene's facets name it. */
    static final String FACETS_FIELD = "$facets";

    /** Between a facet's type and its label (one byte in UTF-8, which {@link FacetColumn} looks for). */
    static final char FACET_SEPARATOR = '\u001f';

    /** Facet labels are tag ids written with this many digits (a long has at most 19). */
    static final int FACET_LABEL_DIGITS = 19;

    static final String SCHEMA_VERSION_KEY = "fanfold.schema";

    /** Sort keys longer than this are cut; a sort key only needs to order titles, not hold them. */
    private static final int SORT_KEY_CHARS = 256;

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
        for (long pseudId : work.creatorPseudIds()) keyword(doc, CREATOR_PSEUD_ID, Long.toString(pseudId));
        keyword(doc, LANGUAGE, work.language() == null ? "" : work.language());
        keyword(doc, RESTRICTED, Boolean.toString(work.restricted()));
        keyword(doc, HIDDEN, Boolean.toString(work.hidden()));
        keyword(doc, ANONYMOUS, Boolean.toString(work.anonymous()));
        keyword(doc, UNREVEALED, Boolean.toString(work.unrevealed()));
        for (long userId : work.unrevealedReaderIds()) keyword(doc, UNREVEALED_READER_ID, Long.toString(userId));
        for (long collectionId : work.collectionIds()) keyword(doc, COLLECTION_ID, Long.toString(collectionId));
        keyword(doc, COMPLETE, Boolean.toString(work.complete()));
        keyword(doc, CROSSOVER, Boolean.toString(work.crossover()));

        number(doc, WORDS, work.words());
        number(doc, CHAPTERS, work.chapters());
        number(doc, HITS, work.hits());
        number(doc, KUDOS, work.kudos());
        number(doc, COMMENTS, work.comments());
        number(doc, BOOKMARKS, work.bookmarks());
        number(doc, PUBLISHED_AT, work.publishedAt());
        number(doc, UPDATED_AT, work.updatedAt());
        doc.add(new SortedDocValuesField(TITLE_SORT, sortKey(work.title())));
        String firstCreator = work.creators().isEmpty() ? "" : work.creators().getFirst();
        doc.add(new SortedDocValuesField(CREATOR_SORT, sortKey(firstCreator)));

        for (TagRef tag : work.facetTags()) {
            if (tag.type().isBlank()) continue; // a facet needs a type; such a tag still filters by id
            facet(doc, tag.type(), tag.id());
        }
        return doc;
    }

    /**
     * Adds a facet: the doc value "type<U+001F>label" in {@link #FACETS_FIELD}, what Lucene's {@code FacetsConfig}
     * writes for a sorted-set facet, without the copy of the document it makes. A work's facets are distinct tags.
     */
    static void facet(Document doc, String type, long tagId) {
        doc.add(new SortedSetDocValuesField(FACETS_FIELD, new BytesRef(type + FACET_SEPARATOR + facetLabel(tagId))));
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

    /** Doc values to sort by and a point to filter ranges by, under one name. */
    private static void number(Document doc, String field, long value) {
        doc.add(new NumericDocValuesField(field, value));
        doc.add(new LongPoint(field, value));
    }

    private static void keyword(Document doc, String field, String value) {
        doc.add(new StringField(field, value, Field.Store.NO));
    }

    /** The facet label of a tag id: its decimal digits, zero-padded to {@value #FACET_LABEL_DIGITS}. */
    static String facetLabel(long tagId) {
        if (tagId < 0) throw new IllegalArgumentException("tag ids are not negative: " + tagId);
        char[] digits = new char[FACET_LABEL_DIGITS];
        long v = tagId;
        for (int i = FACET_LABEL_DIGITS - 1; i >= 0; i--) {
            digits[i] = (char) ('0' + v % 10);
            v /= 10;
        }
        return new String(digits);
    }
}
