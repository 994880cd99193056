package org.fanfold.search.opensearch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.fanfold.search.TagRef;
import org.fanfold.search.WorkDocument;

/**
 * The index schema seen from Java: field names, and how a {@link WorkDocument} becomes the JSON source of one
 * OpenSearch document (the mappings are in {@code works-index.json} beside this class). Mirrors the Lucene engine's
 * schema: analyzed text fields, keyword filters, numeric sort fields, folded sort keys, and one keyword field per
 * tag type for facet counts.
 */
final class WorkSource {

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
    static final String FACET = "facet";

    /** Sort keys longer than this are cut, as in the Lucene engine. */
    private static final int SORT_KEY_CHARS = 256;

    private WorkSource() {}

    static Map<String, Object> of(WorkDocument work) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put(ID, work.id());
        text(source, TITLE, work.title());
        text(source, SUMMARY, work.summary());
        text(source, NOTES, work.notes());
        text(source, BODY, work.body());
        texts(source, CREATORS, work.creators());
        texts(source, TAGS, work.tags().stream().map(TagRef::name).toList());
        source.put(FILTER_ID, work.filterIds().stream().map(String::valueOf).toList());
        source.put(
                CREATOR_USER_ID,
                work.creatorUserIds().stream().map(String::valueOf).toList());
        source.put(
                CREATOR_PSEUD_ID,
                work.creatorPseudIds().stream().map(String::valueOf).toList());
        source.put(LANGUAGE, work.language() == null ? "" : work.language());
        source.put(RESTRICTED, work.restricted());
        source.put(HIDDEN, work.hidden());
        source.put(ANONYMOUS, work.anonymous());
        source.put(UNREVEALED, work.unrevealed());
        source.put(
                UNREVEALED_READER_ID,
                work.unrevealedReaderIds().stream().map(String::valueOf).toList());
        source.put(
                COLLECTION_ID,
                work.collectionIds().stream().map(String::valueOf).toList());
        source.put(COMPLETE, work.complete());
        source.put(CROSSOVER, work.crossover());
        source.put(CHAPTERS, work.chapters());
        source.put(WORDS, work.words());
        source.put(HITS, work.hits());
        source.put(KUDOS, work.kudos());
        source.put(COMMENTS, work.comments());
        source.put(BOOKMARKS, work.bookmarks());
        source.put(PUBLISHED_AT, work.publishedAt());
        source.put(UPDATED_AT, work.updatedAt());
        source.put(TITLE_SORT, sortKey(work.title()));
        source.put(
                CREATOR_SORT,
                sortKey(work.creators().isEmpty() ? "" : work.creators().getFirst()));

        Map<String, Set<String>> facets = new LinkedHashMap<>();
        for (TagRef tag : work.facetTags()) {
            if (tag.type().isBlank()) continue; // a facet needs a type; such a tag still filters by id
            facets.computeIfAbsent(facetKey(tag.type()), k -> new LinkedHashSet<>())
                    .add(facetValue(tag.id()));
        }
        if (!facets.isEmpty()) {
            Map<String, List<String>> byType = new LinkedHashMap<>();
            facets.forEach((type, ids) -> byType.put(type, List.copyOf(ids)));
            source.put(FACET, byType);
        }
        return source;
    }

    /** The keyword field holding one tag type's filter ids. */
    static String facetField(String type) {
        return FACET + "." + facetKey(type);
    }

    /**
     * A type name as a field name: letters, digits, '_' and '-' stay, anything else (a '.' would make an object
     * path) becomes {@code ~hex~}.
     */
    private static String facetKey(String type) {
        StringBuilder key = new StringBuilder(type.length());
        type.codePoints().forEach(c -> {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-') {
                key.appendCodePoint(c);
            } else {
                key.append('~').append(Integer.toHexString(c)).append('~');
            }
        });
        return key.toString();
    }

    /**
     * A tag id as a facet value, zero-padded to 19 digits so that the terms aggregation's key order is numeric
     * order: ordering buckets by count, then key, is then exactly the port's "most frequent, then lowest id".
     */
    static String facetValue(long tagId) {
        return tagId >= 0 ? String.format(Locale.ROOT, "%019d", tagId) : Long.toString(tagId);
    }

    /** Lowercased and accent-folded exactly as the Lucene engine's sort keys. */
    static String sortKey(String value) {
        String lower = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (lower.length() > SORT_KEY_CHARS) lower = lower.substring(0, SORT_KEY_CHARS);
        char[] in = lower.toCharArray();
        char[] out = new char[in.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
        return new String(out, 0, length);
    }

    private static void text(Map<String, Object> source, String field, String value) {
        if (value != null && !value.isEmpty()) source.put(field, value);
    }

    private static void texts(Map<String, Object> source, String field, List<String> values) {
        List<String> present = new ArrayList<>();
        for (String v : values) if (v != null && !v.isEmpty()) present.add(v);
        if (!present.isEmpty()) source.put(field, present);
    }
}
