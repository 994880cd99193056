package org.fanfold.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.fanfold.search.SearchHits.FacetCount;
import org.junit.jupiter.api.Test;

/**
 * The counter's tops against counts made by hand, over segments of random works with deletions: queries with few
 * matches (ranked from their own tags) and with many (ranked in order of the works carrying each tag, stopping
 * early), heads of every size (all tags in it, some, one: the tail counted when a tail tag could make a top), ties
 * between equal counts, and tags carried only by deleted works.
 */
class FacetCounterTest {

    private static final List<String> TYPES = List.of("Rating", "Fandom", "Freeform", "Never Used");

    /** A work: its id, its group (what queries select), its tags by type. */
    private record Work(int id, String group, Map<String, List<Integer>> tags) {}

    @Test
    void topsEqualCountsMadeByHandForNarrowAndBroadQueries() throws IOException {
        var random = new Random(11);
        List<Work> works = new ArrayList<>();
        for (int id = 0; id < 12_000; id++) {
            Map<String, List<Integer>> tags = new LinkedHashMap<>();
            tags.put("Rating", List.of(1 + random.nextInt(5)));
            tags.put("Fandom", distinct(random, 1 + random.nextInt(2), () -> 100 + zipf(random, 400)));
            // many freeforms used once or twice, beside a skewed few
            tags.put(
                    "Freeform",
                    distinct(
                            random,
                            random.nextInt(9),
                            () -> random.nextInt(4) == 0
                                    ? 1_000 + zipf(random, 300)
                                    : 10_000 + random.nextInt(120_000)));
            works.add(new Work(id, "g" + random.nextInt(40), tags));
        }
        List<Integer> deleted = new ArrayList<>();
        try (var dir = new ByteBuffersDirectory()) {
            try (var writer = new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
                for (Work w : works) {
                    writer.addDocument(document(w));
                    if (w.id() % 1_500 == 1_499) writer.commit(); // eight segments
                }
                for (int i = 0; i < 300; i++) {
                    int id = random.nextInt(works.size());
                    deleted.add(id);
                    writer.deleteDocuments(new Term("id", Integer.toString(id)));
                }
                // a tag only a deleted work carried: counted nowhere
                Work gone = new Work(12_000, "g0", Map.of("Freeform", List.of(199_999)));
                writer.addDocument(document(gone));
                writer.deleteDocuments(new Term("id", "12000"));
                writer.commit();
            }
            try (var reader = DirectoryReader.open(dir)) {
                List<Work> live =
                        works.stream().filter(w -> !deleted.contains(w.id())).toList();
                for (int head : new int[] {TagNumbers.HEAD, 64, 1}) {
                    var counting = new Counting(reader, new FacetColumn.Cache(head));
                    checkIds(counting, new MatchAllDocsQuery(), live);
                    checkIds(
                            counting,
                            new TermQuery(new Term("group", "g3")),
                            live.stream().filter(w -> w.group().equals("g3")).toList());
                    for (int limit : new int[] {1, 3, 10, 200}) {
                        check(counting, new MatchAllDocsQuery(), live, limit);
                        // a quarter of the groups: more matches than ranked from their own tags, weak tops
                        var quarter = new org.apache.lucene.search.BooleanQuery.Builder();
                        for (int g = 0; g < 10; g++) {
                            quarter.add(
                                    new TermQuery(new Term("group", "g" + g)),
                                    org.apache.lucene.search.BooleanClause.Occur.SHOULD);
                        }
                        check(
                                counting,
                                quarter.build(),
                                live.stream()
                                        .filter(w -> Integer.parseInt(w.group().substring(1)) < 10)
                                        .toList(),
                                limit);
                        for (int g = 0; g < 40; g += 7) {
                            String group = "g" + g;
                            check(
                                    counting,
                                    new TermQuery(new Term("group", group)),
                                    live.stream()
                                            .filter(w -> w.group().equals(group))
                                            .toList(),
                                    limit);
                        }
                    }
                }
            }
        }
    }

    @Test
    void aTagFirstMetInALaterSegmentIsNumberedAfterTheOthersAndCountedExactly() throws IOException {
        try (var dir = new ByteBuffersDirectory()) {
            var cache = new FacetColumn.Cache(2);
            try (var writer = new IndexWriter(dir, new IndexWriterConfig())) {
                for (int i = 0; i < 10; i++) {
                    writer.addDocument(document(new Work(i, "g", Map.of("Freeform", List.of(i % 3 == 0 ? 5 : 6)))));
                }
                writer.commit();
                try (var first = DirectoryReader.open(dir)) {
                    FacetCounter.open(first, cache, null);
                    var numbers = cache.numbers().snapshot();
                    assertThat(numbers.count()).isEqualTo(2);
                    assertThat(numbers.ids()[0]).as("the most carried first").isEqualTo(6);
                    // a new tag, in far more works than the first two: numbered after them, so in the tail
                    List<Work> later = new ArrayList<>();
                    for (int i = 10; i < 5_000 + 10; i++) {
                        later.add(new Work(i, "g", Map.of("Freeform", List.of(i % 2 == 0 ? 9 : 6))));
                    }
                    for (Work w : later) writer.addDocument(document(w));
                    writer.commit();
                    try (var second = DirectoryReader.openIfChanged(first)) {
                        assertThat(second).isNotNull();
                        var counting = new Counting(second, cache);
                        assertThat(cache.numbers().snapshot().ids()[2]).isEqualTo(9);
                        var all = new ArrayList<Work>();
                        for (int i = 0; i < 10; i++) {
                            all.add(new Work(i, "g", Map.of("Freeform", List.of(i % 3 == 0 ? 5 : 6))));
                        }
                        all.addAll(later);
                        for (int limit : new int[] {1, 2, 3}) check(counting, new MatchAllDocsQuery(), all, limit);
                    }
                }
            }
        }
    }

    @Test
    void anIndexWithoutFacetsHasNoCounter() throws IOException {
        try (var dir = new ByteBuffersDirectory()) {
            try (var writer = new IndexWriter(dir, new IndexWriterConfig())) {
                Document doc = new Document();
                doc.add(new StringField("id", "1", Field.Store.NO));
                writer.addDocument(doc);
            }
            try (var reader = DirectoryReader.open(dir)) {
                assertThat(FacetCounter.open(reader, new FacetColumn.Cache(), null))
                        .isNull();
            }
        }
    }

    @Test
    void segmentsAreReadOnceAndForgottenWhenClosed() throws IOException {
        try (var dir = new ByteBuffersDirectory()) {
            var cache = new FacetColumn.Cache();
            try (var writer = new IndexWriter(dir, new IndexWriterConfig())) {
                writer.addDocument(document(new Work(1, "g", Map.of("Fandom", List.of(5)))));
                writer.commit();
                try (var first = DirectoryReader.open(dir)) {
                    FacetCounter.open(first, cache, null);
                    assertThat(cache.size()).isEqualTo(1);
                    writer.addDocument(document(new Work(2, "g", Map.of("Fandom", List.of(6)))));
                    writer.commit();
                    try (var second = DirectoryReader.openIfChanged(first)) {
                        assertThat(second).isNotNull();
                        assertThat(second.leaves()
                                        .getFirst()
                                        .reader()
                                        .getCoreCacheHelper()
                                        .getKey())
                                .isEqualTo(first.leaves()
                                        .getFirst()
                                        .reader()
                                        .getCoreCacheHelper()
                                        .getKey());
                        FacetCounter.open(second, cache, null);
                        assertThat(cache.size())
                                .as("only the new segment is read")
                                .isEqualTo(2);
                    }
                }
            }
            assertThat(cache.size()).as("closed segments are dropped").isZero();
        }
    }

    @Test
    void aTagGivenAnotherTypeIsCountedUnderTheTypeOfTheNewestSegment() throws IOException {
        try (var older = new ByteBuffersDirectory();
                var newer = new ByteBuffersDirectory()) {
            try (var writer = new IndexWriter(older, new IndexWriterConfig())) {
                writer.addDocument(document(new Work(1, "g", Map.of("Freeform", List.of(7)))));
            }
            try (var writer = new IndexWriter(newer, new IndexWriterConfig())) {
                for (int i = 0; i < 3; i++) {
                    writer.addDocument(document(new Work(2, "g", Map.of("Fandom", List.of(1)))));
                    writer.commit(); // segments _0, _1, _2: the last one is the newest of all
                    writer.deleteAll();
                }
                writer.addDocument(document(new Work(2, "g", Map.of("Character", List.of(7)))));
            }
            try (var a = DirectoryReader.open(newer);
                    var b = DirectoryReader.open(older);
                    var both = new org.apache.lucene.index.MultiReader(a, b)) {
                // the newest segment comes first among the leaves here: its age, not its place, decides
                var counter = FacetCounter.open(both, new FacetColumn.Cache(), null);
                assertThat(counter).isNotNull();
                var searcher = new org.apache.lucene.search.IndexSearcher(both);
                var counts = searcher.search(new MatchAllDocsQuery(), counter.manager());
                var top = counter.top(counts, List.of("Freeform", "Character"), 10, Set.of());
                assertThat(top.get("Character")).containsExactly(new FacetCount(7, 2));
                assertThat(top.get("Freeform")).isEmpty();
            }
        }
    }

    /** A counter and a searcher of three slices by age, as {@link WorkSearcher}'s, over {@code reader}. */
    private record Counting(FacetCounter counter, IndexSearcher searcher) {
        Counting(IndexReader reader, FacetColumn.Cache cache) throws IOException {
            this(
                    java.util.Objects.requireNonNull(FacetCounter.open(reader, cache, null)),
                    new IndexSearcher(reader, Runnable::run) {
                        @Override
                        protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                            return WorkSearcher.byAge(leaves, 3, 1);
                        }
                    });
        }
    }

    private static void check(Counting counting, Query query, List<Work> matches, int limit) throws IOException {
        var counts = counting.searcher().search(query, counting.counter().manager());
        Map<String, List<FacetCount>> top = counting.counter().top(counts, TYPES, limit, Set.of());
        assertThat(top.keySet()).containsExactlyElementsOf(TYPES);
        for (String type : TYPES) {
            Map<Integer, Integer> byHand = new HashMap<>();
            for (Work w : matches)
                for (int id : w.tags().getOrDefault(type, List.of())) byHand.merge(id, 1, Integer::sum);
            List<FacetCount> expected = byHand.entrySet().stream()
                    .sorted(Comparator.<Map.Entry<Integer, Integer>>comparingInt(e -> -e.getValue())
                            .thenComparingInt(Map.Entry::getKey))
                    .limit(limit)
                    .map(e -> new FacetCount(e.getKey(), e.getValue()))
                    .toList();
            assertThat(top.get(type)).as("%s, %s, top %d", query, type, limit).isEqualTo(expected);
        }
    }

    /**
     * The counts of a third of the tags alone (by id, whatever their type), a tag only a deleted work carried and
     * one no work ever did: each type's list holds those of its type the matches carry, most first.
     */
    private static void checkIds(Counting counting, Query query, List<Work> matches) throws IOException {
        Map<String, Map<Integer, Integer>> byHand = new HashMap<>();
        for (Work w : matches) {
            w.tags().forEach((type, ids) -> {
                for (int id : ids)
                    byHand.computeIfAbsent(type, t -> new HashMap<>()).merge(id, 1, Integer::sum);
            });
        }
        var asked = new java.util.HashSet<Long>(List.of(199_999L, 7_777_777L));
        byHand.values()
                .forEach(counts ->
                        counts.keySet().stream().filter(id -> id % 3 == 0).forEach(id -> asked.add((long) id)));
        var counts = counting.searcher().search(query, counting.counter().manager());
        Map<String, List<FacetCount>> only = counting.counter().top(counts, TYPES, Integer.MAX_VALUE, asked);
        for (String type : TYPES) {
            List<FacetCount> expected = byHand.getOrDefault(type, Map.of()).entrySet().stream()
                    .filter(e -> asked.contains((long) e.getKey()))
                    .sorted(Comparator.<Map.Entry<Integer, Integer>>comparingInt(e -> -e.getValue())
                            .thenComparingInt(Map.Entry::getKey))
                    .map(e -> new FacetCount(e.getKey(), e.getValue()))
                    .toList();
            assertThat(only.get(type))
                    .as("%s, %s, the tags asked for", query, type)
                    .isEqualTo(expected);
        }
    }

    private static Document document(Work w) throws IOException {
        Document doc = new Document();
        doc.add(new StringField("id", Integer.toString(w.id()), Field.Store.NO));
        doc.add(new StringField("group", w.group(), Field.Store.NO));
        w.tags().forEach((type, ids) -> {
            for (int id : ids) WorkFields.facet(doc, type, id);
        });
        return doc;
    }

    private static List<Integer> distinct(Random random, int n, java.util.function.IntSupplier next) {
        var ids = new TreeSet<Integer>();
        for (int tries = 0; ids.size() < n && tries < 100; tries++) ids.add(next.getAsInt());
        return List.copyOf(ids);
    }

    /** A skewed pick in [0, n): small numbers far more often, with many ties among the counts. */
    private static int zipf(Random random, int n) {
        return (int) Math.min(n - 1, Math.floor(Math.pow(n, random.nextDouble())) - 1);
    }
}
