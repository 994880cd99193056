package org.fanfold.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * One segment's facet tags held as plain arrays: for each document the numbers ({@link TagNumbers}) of the tags the
 * sidebar counts, split into the head's ({@link #headStart}/{@link #head}, a compressed-row layout, two bytes a tag)
 * and the tail's ({@link #tailStart}/{@link #tail}); and for each tag the segment carries its number, its type and
 * how many of the segment's documents carry it.
 *
 * <p>Read once from the segment's sorted-set doc values (labels "type<U+001F>zero-padded id", see {@link
 * WorkFields#facetLabel}) when a searcher first meets the segment, and kept until the segment is closed ({@link
 * Cache}): segments never change, so a refresh reads only the new ones. Counting from these arrays needs no
 * decoding and no translation of each segment's ordinals to shared ones; counting the head alone touches only a
 * small array. The price is heap: a million works take about 70 MB.
 *
 * @param headStart {@code head[headStart[doc]]} to {@code head[headStart[doc + 1] - 1]} are the document's head
 *     numbers; null when no document of the segment has facets
 * @param head the documents' head numbers (below {@link TagNumbers#headSize()}), document after document
 * @param tailStart the same for {@code tail}
 * @param tail the documents' other numbers
 * @param tagNumbers each distinct tag of the segment, by number
 * @param tagTypes its type ({@link FacetTypes} index), same position
 * @param tagDocs how many of the segment's documents (deleted ones included) carry it, same position
 * @param age when the segment was written, in the index's own count (a later segment has a larger one; a merge
 *     writes a new segment); -1 when the reader doesn't say
 */
record FacetColumn(
        int @Nullable [] headStart,
        char[] head,
        int[] tailStart,
        int[] tail,
        int[] tagNumbers,
        byte[] tagTypes,
        int[] tagDocs,
        long age) {

    private static final byte SEPARATOR = (byte) WorkFields.FACET_SEPARATOR;

    boolean empty() {
        return headStart == null;
    }

    /**
     * A segment's facets as read, before its tags are numbered: each document's tag ordinals ({@code start}/{@code
     * ords}), and by ordinal the tag's id, type and documents.
     */
    record Raw(int @Nullable [] start, int[] ords, int[] tagIds, byte[] tagTypes, int[] tagDocs, long age) {

        /** The column, with the segment's tags numbered {@code numberOfOrd} (by ordinal). */
        FacetColumn encode(int[] numberOfOrd, int headSize) {
            if (start == null) {
                return new FacetColumn(null, new char[0], new int[0], new int[0], new int[0], tagTypes, tagDocs, age);
            }
            int docs = start.length - 1;
            int heads = 0;
            for (int ord : ords) if (numberOfOrd[ord] < headSize) heads++;
            int[] headStart = new int[docs + 1];
            int[] tailStart = new int[docs + 1];
            char[] head = new char[heads];
            int[] tail = new int[ords.length - heads];
            int h = 0;
            int t = 0;
            for (int doc = 0; doc < docs; doc++) {
                headStart[doc] = h;
                tailStart[doc] = t;
                for (int i = start[doc]; i < start[doc + 1]; i++) {
                    int n = numberOfOrd[ords[i]];
                    if (n < headSize) head[h++] = (char) n;
                    else tail[t++] = n;
                }
            }
            headStart[docs] = h;
            tailStart[docs] = t;
            return new FacetColumn(headStart, head, tailStart, tail, numberOfOrd, tagTypes, tagDocs, age);
        }
    }

    /** Reads {@code leaf}'s facets. */
    static Raw read(LeafReader leaf) throws IOException {
        SortedSetDocValues values = leaf.getSortedSetDocValues(WorkFields.FACETS_FIELD);
        long age = age(leaf);
        if (values == null || values.getValueCount() == 0) {
            return new Raw(null, new int[0], new int[0], new byte[0], new int[0], age);
        }
        int tags = Math.toIntExact(values.getValueCount());
        int[] tagIds = new int[tags];
        byte[] tagTypes = new byte[tags];
        readLabels(values.termsEnum(), tagIds, tagTypes);

        int maxDoc = leaf.maxDoc();
        int[] start = new int[maxDoc + 1];
        int[] ords = new int[Math.max(16, maxDoc * 8)];
        int[] tagDocs = new int[tags];
        int n = 0;
        int next = 0; // documents before the current one without facets start where it starts
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            while (next <= doc) start[next++] = n;
            int count = values.docValueCount();
            if (n + count > ords.length) {
                ords = Arrays.copyOf(ords, Math.max(n + count, ords.length + (ords.length >> 1)));
            }
            for (int i = 0; i < count; i++) {
                int ord = (int) values.nextOrd();
                tagDocs[ord]++;
                ords[n++] = ord;
            }
        }
        while (next <= maxDoc) start[next++] = n;
        return new Raw(start, Arrays.copyOf(ords, n), tagIds, tagTypes, tagDocs, age);
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
     * Reads every label in ordinal order into ids and types. Labels of one type are contiguous (they start with it),
     * so a type's name is looked up once per run, not per label.
     */
    private static void readLabels(TermsEnum terms, int[] tagIds, byte[] tagTypes) throws IOException {
        byte[] type = new byte[0];
        byte index = 0;
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
        }
    }

    /**
     * The columns of the segments an engine's searchers have met, each kept until its segment closes (a merge or
     * a deletion of every document retires it), and the numbers of their tags.
     */
    static final class Cache {
        private final Map<IndexReader.CacheKey, FacetColumn> bySegment = new ConcurrentHashMap<>();
        private final TagNumbers numbers;

        Cache() {
            this(TagNumbers.HEAD);
        }

        /** A cache whose numbers have a head of {@code headSize} (tests make it small, to have a tail). */
        Cache(int headSize) {
            this.numbers = new TagNumbers(headSize);
        }

        TagNumbers numbers() {
            return numbers;
        }

        /**
         * The columns of {@code leaves}, by leaf ord. Segments no searcher has met yet are read now, in parallel on
         * {@code executor} when given, and their new tags numbered together, the most carried first.
         */
        FacetColumn[] of(List<LeafReaderContext> leaves, @Nullable Executor executor) throws IOException {
            FacetColumn[] columns = new FacetColumn[leaves.size()];
            List<LeafReaderContext> unread = new ArrayList<>();
            for (LeafReaderContext leaf : leaves) {
                FacetColumn kept = kept(leaf.reader());
                if (kept != null) columns[leaf.ord] = kept;
                else unread.add(leaf);
            }
            if (unread.isEmpty()) return columns;
            Raw[] raws = new Raw[unread.size()];
            inParallel(raws.length, executor, i -> raws[i] = read(unread.get(i).reader()));
            List<int[]> ids = new ArrayList<>();
            List<int[]> docs = new ArrayList<>();
            for (Raw raw : raws) {
                ids.add(raw.tagIds());
                docs.add(raw.tagDocs());
            }
            int[][] numbered = numbers.number(ids, docs);
            inParallel(raws.length, executor, i -> {
                LeafReaderContext leaf = unread.get(i);
                columns[leaf.ord] = keep(leaf.reader(), raws[i].encode(numbered[i], numbers.headSize()));
                raws[i] = null; // its ordinals are garbage now, not held until every segment is encoded
            });
            return columns;
        }

        private @Nullable FacetColumn kept(LeafReader leaf) {
            IndexReader.CacheHelper helper = leaf.getCoreCacheHelper();
            return helper == null ? null : bySegment.get(helper.getKey());
        }

        /** Keeps {@code column} for {@code leaf}'s segment; the one kept first if another search read it too. */
        private FacetColumn keep(LeafReader leaf, FacetColumn column) {
            IndexReader.CacheHelper helper = leaf.getCoreCacheHelper();
            if (helper == null) return column;
            IndexReader.CacheKey key = helper.getKey();
            FacetColumn earlier = bySegment.putIfAbsent(key, column);
            if (earlier != null) return earlier;
            helper.addClosedListener(bySegment::remove);
            return column;
        }

        /** Whether {@code leaf}'s column is kept. */
        boolean holds(LeafReader leaf) {
            return kept(leaf) != null;
        }

        /** How many segments' columns are kept (for tests). */
        int size() {
            return bySegment.size();
        }
    }

    private interface Step {
        void run(int i) throws IOException;
    }

    /** Runs {@code step} for 0 to {@code n - 1}: on {@code executor} when given and there are several, else here. */
    private static void inParallel(int n, @Nullable Executor executor, Step step) throws IOException {
        if (executor == null || n == 1) {
            for (int i = 0; i < n; i++) step.run(i);
            return;
        }
        List<CompletableFuture<Void>> running = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int at = i;
            running.add(CompletableFuture.runAsync(
                    () -> {
                        try {
                            step.run(at);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    },
                    executor));
        }
        try {
            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) throw io.getCause();
            throw e;
        }
    }
}
