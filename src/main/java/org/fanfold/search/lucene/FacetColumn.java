package org.fanfold.search.lucene;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * One segment's facet tags held as plain arrays: for each document the ids of the tags the sidebar counts
 * ({@link #start}/{@link #ids}, a compressed-row layout), and for each tag the segment carries its type and how
 * many of the segment's documents carry it.
 *
 * <p>Read once from the segment's sorted-set doc values (labels "type<U+001F>zero-padded id", see {@link
 * WorkFields#facetLabel}) when a searcher first meets the segment, and kept until the segment is closed ({@link
 * Cache}): segments never change, so a refresh reads only the new ones. Counting from these arrays needs no
 * decoding and no translation of each segment's ordinals to shared ones, which were most of a broad query's
 * time. The price is heap: a million works take about 110 MB (60 MB of it the documents' tag ids).
 *
 * @param start {@code ids[start[doc]]} to {@code ids[start[doc + 1] - 1]} are the document's tag ids; null when
 *     no document of the segment has facets
 * @param ids the documents' tag ids, document after document
 * @param tagIds each distinct tag id of the segment
 * @param tagTypes its type ({@link FacetTypes} index), same position
 * @param tagDocs how many of the segment's documents (deleted ones included) carry it, same position
 * @param maxTagId the highest of {@code tagIds}, -1 when none
 * @param age when the segment was written, in the index's own count (a later segment has a larger one; a merge
 *     writes a new segment); -1 when the reader doesn't say
 */
record FacetColumn(
        int @Nullable [] start, int[] ids, int[] tagIds, byte[] tagTypes, int[] tagDocs, int maxTagId, long age) {

    private static final byte SEPARATOR = 0x1f;

    boolean empty() {
        return start == null;
    }

    /** Reads {@code leaf}'s facets. */
    static FacetColumn read(LeafReader leaf) throws IOException {
        SortedSetDocValues values = leaf.getSortedSetDocValues(WorkFields.FACETS_FIELD);
        long age = age(leaf);
        if (values == null || values.getValueCount() == 0) {
            return new FacetColumn(null, new int[0], new int[0], new byte[0], new int[0], -1, age);
        }
        int tags = Math.toIntExact(values.getValueCount());
        int[] tagIds = new int[tags];
        byte[] tagTypes = new byte[tags];
        int maxTagId = readLabels(values.termsEnum(), tagIds, tagTypes);

        int maxDoc = leaf.maxDoc();
        int[] start = new int[maxDoc + 1];
        int[] ids = new int[Math.max(16, maxDoc * 8)];
        int[] tagDocs = new int[tags];
        int n = 0;
        int next = 0; // documents before the current one without facets start where it starts
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            while (next <= doc) start[next++] = n;
            int count = values.docValueCount();
            if (n + count > ids.length) ids = Arrays.copyOf(ids, Math.max(n + count, ids.length + (ids.length >> 1)));
            for (int i = 0; i < count; i++) {
                int ord = (int) values.nextOrd();
                tagDocs[ord]++;
                ids[n++] = tagIds[ord];
            }
        }
        while (next <= maxDoc) start[next++] = n;
        return new FacetColumn(start, Arrays.copyOf(ids, n), tagIds, tagTypes, tagDocs, maxTagId, age);
    }

    /** The number in a segment's name ("_1f" is the 51st written), or -1 for a reader that is not a segment. */
    static long age(LeafReader leaf) {
        if (!(leaf instanceof SegmentReader segment)) return -1;
        String name = segment.getSegmentName();
        try {
            return Long.parseLong(name.substring(1), Character.MAX_RADIX);
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return -1;
        }
    }

    /**
     * Reads every label in ordinal order into ids and types; returns the highest id. Labels of one type are
     * contiguous (they start with it), so a type's name is looked up once per run, not per label.
     */
    private static int readLabels(TermsEnum terms, int[] tagIds, byte[] tagTypes) throws IOException {
        byte[] type = new byte[0];
        byte index = 0;
        int maxTagId = -1;
        int ord = 0;
        for (BytesRef label = terms.next(); label != null; label = terms.next(), ord++) {
            int end = label.offset + label.length;
            int separator = end - 1;
            while (separator >= label.offset && label.bytes[separator] != SEPARATOR) separator--;
            if (separator < label.offset) throw new IllegalStateException("not a facet label: " + label);
            int typeLength = separator - label.offset;
            if (typeLength != type.length
                    || !Arrays.equals(label.bytes, label.offset, separator, type, 0, type.length)) {
                type = Arrays.copyOfRange(label.bytes, label.offset, separator);
                index = FacetTypes.index(new String(type, java.nio.charset.StandardCharsets.UTF_8));
            }
            long id = 0;
            for (int i = separator + 1; i < end; i++) id = id * 10 + (label.bytes[i] - '0');
            if (id > Integer.MAX_VALUE - 1) throw new IllegalStateException("tag id too large to count: " + id);
            tagIds[ord] = (int) id;
            tagTypes[ord] = index;
            maxTagId = Math.max(maxTagId, (int) id);
        }
        return maxTagId;
    }

    /**
     * The columns of the segments an engine's searchers have met, each kept until its segment closes (a merge or
     * a deletion of every document retires it).
     */
    static final class Cache {
        private final Map<IndexReader.CacheKey, FacetColumn> bySegment = new ConcurrentHashMap<>();

        /** {@code leaf}'s column, read now if no searcher has met the segment yet. */
        FacetColumn of(LeafReader leaf) throws IOException {
            IndexReader.CacheHelper helper = leaf.getCoreCacheHelper();
            if (helper == null) return read(leaf);
            IndexReader.CacheKey key = helper.getKey();
            FacetColumn column = bySegment.get(key);
            if (column != null) return column;
            column = read(leaf);
            if (bySegment.putIfAbsent(key, column) == null) helper.addClosedListener(bySegment::remove);
            return column;
        }

        /** Whether {@code leaf}'s column is kept. */
        boolean holds(LeafReader leaf) {
            IndexReader.CacheHelper helper = leaf.getCoreCacheHelper();
            return helper != null && bySegment.containsKey(helper.getKey());
        }

        /** How many segments' columns are kept (for tests). */
        int size() {
            return bySegment.size();
        }
    }
}
