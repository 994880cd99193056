package org.fanfold.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.fanfold.search.SearchEngine;
import org.fanfold.search.SearchHits.FacetCount;
import org.fanfold.search.SearchVisibility;
import org.fanfold.search.StoryTextAndSimilarityContract;
import org.fanfold.search.TagRef;
import org.fanfold.search.WorkDocument;
import org.fanfold.search.WorkQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneSearchEngineTest extends StoryTextAndSimilarityContract {

    @Override
    protected SearchEngine newEngine(Path dir) {
        return new LuceneSearchEngine(dir.resolve("index"));
    }

    @Test
    void aMissingIndexIsCreatedAndNeedsRebuild(@TempDir Path other) {
        try (var fresh = new LuceneSearchEngine(other.resolve("index"))) {
            assertThat(fresh.needsRebuild()).isTrue();
            assertThat(fresh.writable()).isTrue();
            assertThat(fresh.count()).isZero();
            fresh.upsert(List.of(doc(1, "dragon")));
        }
        try (var reopened = new LuceneSearchEngine(other.resolve("index"))) {
            assertThat(reopened.needsRebuild()).isFalse();
            assertThat(reopened.count()).as("close commits").isEqualTo(1);
        }
    }

    @Test
    void aCorruptIndexIsWipedAndNeedsRebuild(@TempDir Path other) throws IOException {
        Path index = other.resolve("index");
        try (var first = new LuceneSearchEngine(index)) {
            first.upsert(List.of(doc(1, "dragon"), doc(2, "wolf")));
        }
        byte[] garbage = new byte[512];
        new Random(42).nextBytes(garbage);
        try (Stream<Path> files = Files.list(index)) {
            for (Path f : files.filter(f -> !f.getFileName().toString().equals("write.lock"))
                    .toList()) {
                Files.write(f, garbage);
            }
        }
        Files.write(index.resolve("stray.bin"), garbage);

        try (var recovered = new LuceneSearchEngine(index)) {
            assertThat(recovered.needsRebuild()).isTrue();
            assertThat(recovered.writable()).isTrue();
            assertThat(recovered.count()).isZero();
            assertThat(index.resolve("stray.bin")).doesNotExist();
            recovered.upsert(List.of(doc(3, "dragon")));
            recovered.refresh();
            assertThat(search(recovered, "dragon")).containsExactly(3L);
        }
    }

    @Test
    void aCorruptSegmentBehindAReadableCommitIsWipedToo(@TempDir Path other) throws IOException {
        Path index = other.resolve("index");
        try (var first = new LuceneSearchEngine(index)) {
            first.upsert(List.of(doc(1, "dragon")));
        }
        try (Stream<Path> files = Files.list(index)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (!name.startsWith("segments") && !name.endsWith(".si") && !name.equals("write.lock")) {
                    Files.writeString(f, "x".repeat(200));
                }
            }
        }

        try (var recovered = new LuceneSearchEngine(index)) {
            assertThat(recovered.needsRebuild()).isTrue();
            assertThat(recovered.count()).isZero();
        }
    }

    @Test
    void anIndexOfAnotherSchemaIsRecreatedAndNeedsRebuild(@TempDir Path other) throws IOException {
        Path index = other.resolve("index");
        try (var directory = FSDirectory.open(index);
                var old = new IndexWriter(directory, new IndexWriterConfig(new WorkAnalyzer()))) {
            Document doc = new Document();
            doc.add(new NumericDocValuesField(WorkFields.WORDS, 1)); // no point: the first schema's words
            old.addDocument(doc);
            old.commit();
        }

        try (var engine = new LuceneSearchEngine(index)) {
            assertThat(engine.needsRebuild()).isTrue();
            assertThat(engine.count()).isZero();
            engine.upsert(List.of(doc(1, "dragon")));
            engine.refresh();
            assertThat(search(engine, "dragon")).containsExactly(1L);
        }
        try (var reopened = new LuceneSearchEngine(index)) {
            assertThat(reopened.needsRebuild()).isFalse();
            assertThat(reopened.count()).isEqualTo(1);
        }
    }

    @Test
    void garbageFilesWithoutAnIndexAreWiped(@TempDir Path other) throws IOException {
        Path index = Files.createDirectories(other.resolve("index"));
        Files.writeString(index.resolve("segments_3"), "not an index");
        Files.writeString(index.resolve("_0.cfs"), "nor this");

        try (var engine = new LuceneSearchEngine(index)) {
            assertThat(engine.needsRebuild()).isTrue();
            assertThat(engine.count()).isZero();
            assertThat(index.resolve("_0.cfs")).doesNotExist();
        }
    }

    @Test
    void aSecondEngineOnTheSameIndexIsReadOnlyAndSeesCommits() {
        engine.upsert(List.of(doc(1, "dragon")));
        engine.refresh();

        try (var reader = new LuceneSearchEngine(dir.resolve("index"))) {
            assertThat(reader.writable()).isFalse();
            assertThat(reader.needsRebuild()).isFalse();
            assertThat(search(reader, "dragon")).containsExactly(1L);
            assertThatThrownBy(() -> reader.upsert(List.of(doc(2, "wolf")))).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> reader.delete(List.of(1L))).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(reader::deleteAll).isInstanceOf(IllegalStateException.class);

            engine.upsert(List.of(doc(2, "dragon")));
            engine.refresh();
            reader.refresh();

            assertThat(search(reader, "dragon")).containsExactly(2L, 1L);
            assertThat(reader.count()).isEqualTo(2);
        }
    }

    private static List<Long> search(SearchEngine engine, String text) {
        return engine.search(
                        WorkQuery.builder(SearchVisibility.PUBLIC).text(text).build())
                .ids();
    }

    @Test
    void facetCountsOverManySegmentsAndLargeTagIdsMatchACountByHand(@TempDir Path other) {
        var random = new Random(11);
        List<String> types = List.of("Rating", "Fandom", "Character", "Freeform");
        List<WorkDocument> works = new java.util.ArrayList<>();
        try (var engine = new LuceneSearchEngine(other.resolve("index"))) {
            for (int segment = 0; segment < 6; segment++) {
                List<WorkDocument> batch = new java.util.ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    long id = works.size() + batch.size() + 1;
                    List<TagRef> tags = new java.util.ArrayList<>();
                    tags.add(new TagRef(1 + random.nextInt(3), "r", "Rating"));
                    tags.add(new TagRef(100 + random.nextInt(5), "f", "Fandom"));
                    for (int c = random.nextInt(4); c > 0; c--) {
                        long tag = 1_000 + random.nextInt(30);
                        if (tags.stream().noneMatch(t -> t.id() == tag)) tags.add(new TagRef(tag, "c", "Character"));
                    }
                    // a long tail of tags used once, with ids far beyond the first count arrays' length
                    tags.add(new TagRef(2_000_000 + id * 7, "once", "Freeform"));
                    tags.add(new TagRef(500, "shared", "Freeform"));
                    List<Long> ids = tags.stream().map(TagRef::id).toList();
                    batch.add(withTags(doc(id, "work " + id), tags, ids));
                }
                engine.upsert(batch);
                engine.refresh(); // one segment per batch
                works.addAll(batch);
            }
            for (long fandom = 100; fandom < 105; fandom++) {
                long f = fandom;
                var hits = engine.search(WorkQuery.builder(SearchVisibility.PUBLIC)
                        .include(f)
                        .facets(types, 3)
                        .build());
                List<WorkDocument> matching =
                        works.stream().filter(w -> w.filterIds().contains(f)).toList();
                assertThat(hits.total()).isEqualTo(matching.size());
                for (String type : types) {
                    java.util.Map<Long, Long> byHand = new java.util.TreeMap<>();
                    for (WorkDocument w : matching)
                        for (TagRef t : w.facetTags()) if (t.type().equals(type)) byHand.merge(t.id(), 1L, Long::sum);
                    List<FacetCount> expected = byHand.entrySet().stream()
                            .sorted(java.util.Map.Entry.<Long, Long>comparingByValue()
                                    .reversed())
                            .limit(3)
                            .map(e -> new FacetCount(e.getKey(), e.getValue()))
                            .toList();
                    assertThat(hits.facets().get(type))
                            .as(type + " in fandom " + f)
                            .isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void countsKeptForAReaderServeItsOtherPagesAndRepeatsAndGoWithTheNextRefresh(@TempDir Path other) {
        List<String> types = List.of("Fandom", "Freeform");
        try (var engine = new LuceneSearchEngine(other.resolve("index"))) {
            List<WorkDocument> works = new java.util.ArrayList<>();
            for (long id = 1; id <= 70; id++) {
                List<TagRef> tags = List.of(
                        new TagRef(10, "Fandom A", "Fandom"), new TagRef(600 + id % 4, "tag " + id % 4, "Freeform"));
                works.add(withTags(
                        doc(id, "work " + id),
                        tags,
                        tags.stream().map(TagRef::id).toList()));
            }
            engine.upsert(works);
            engine.refresh();
            var all = engine.search(query(types, 1, 70));
            assertThat(all.total()).isEqualTo(70);
            assertThat(all.ids()).hasSize(70).startsWith(70L, 69L);

            // the same query again, and its pages, answered with the counts kept for this reader
            assertThat(engine.search(query(types, 1, 70))).isEqualTo(all);
            List<Long> paged = new java.util.ArrayList<>();
            for (int page = 1; page <= 4; page++) {
                var hits = engine.search(query(types, page, 20));
                assertThat(hits.total()).isEqualTo(70);
                assertThat(hits.facets()).isEqualTo(all.facets());
                paged.addAll(hits.ids());
            }
            assertThat(paged).isEqualTo(all.ids());
            assertThat(all.facets().get("Freeform"))
                    .containsExactly(
                            new FacetCount(601, 18),
                            new FacetCount(602, 18),
                            new FacetCount(600, 17),
                            new FacetCount(603, 17));

            // a write and a refresh make a new reader, which counts again
            List<TagRef> tags = List.of(new TagRef(10, "Fandom A", "Fandom"), new TagRef(700, "new tag", "Freeform"));
            engine.upsert(List.of(withTags(doc(71, "work 71"), tags, List.of(10L, 700L))));
            engine.refresh();
            var after = engine.search(query(types, 1, 20));
            assertThat(after.total()).isEqualTo(71);
            assertThat(after.ids()).startsWith(71L, 70L);
            assertThat(after.facets().get("Freeform")).contains(new FacetCount(700, 1));
        }
    }

    @Test
    void aRefreshCountsTheQueriesAskedMostBeforeItsSearcherServes(@TempDir Path other) {
        List<String> types = List.of("Fandom", "Freeform");
        try (var engine = new LuceneSearchEngine(other.resolve("index"))) {
            List<WorkDocument> works = new java.util.ArrayList<>();
            for (long id = 1; id <= 30; id++) {
                List<TagRef> tags = List.of(new TagRef(10, "Fandom A", "Fandom"), new TagRef(600, "tag", "Freeform"));
                works.add(withTags(doc(id, "work " + id), tags, List.of(10L, 600L)));
            }
            engine.upsert(works);
            engine.refresh();
            WorkQuery popular = query(types, 1, 20);
            WorkQuery onceOnly = WorkQuery.builder(SearchVisibility.PUBLIC)
                    .include(10L)
                    .excludeWork(3)
                    .facets(types, 10)
                    .build();
            engine.search(popular);
            engine.search(query(types, 2, 20)); // page 2 asks for the same counts
            engine.search(onceOnly);

            List<TagRef> tags = List.of(new TagRef(10, "Fandom A", "Fandom"), new TagRef(600, "tag", "Freeform"));
            engine.upsert(List.of(withTags(doc(31, "work 31"), tags, List.of(10L, 600L))));
            engine.refresh();

            assertThat(engine.holdsCounts(popular)).isTrue();
            assertThat(engine.holdsCounts(onceOnly)).isFalse();
            var hits = engine.search(popular);
            assertThat(hits.total()).isEqualTo(31);
            assertThat(hits.ids()).startsWith(31L);
            assertThat(hits.facets().get("Freeform")).containsExactly(new FacetCount(600, 31));
        }
    }

    @Test
    void aRebuildsBufferIs512MbOrAnEighthOfASmallerHeap() {
        long mb = 1 << 20;
        assertThat(LuceneSearchEngine.rebuildRamBufferMb(6144 * mb)).isEqualTo(512);
        assertThat(LuceneSearchEngine.rebuildRamBufferMb(2048 * mb)).isEqualTo(256);
        assertThat(LuceneSearchEngine.rebuildRamBufferMb(64 * mb)).isEqualTo(16);
    }

    @Test
    void slicesAreRunsOfSegmentsByAgeWithEqualSharesOfTheDocuments(@TempDir Path other) throws IOException {
        sixSegments(other);
        try (var dir = FSDirectory.open(other.resolve("index"));
                var reader = org.apache.lucene.index.DirectoryReader.open(dir)) {
            assertThat(reader.leaves()).hasSize(6);
            var two = WorkSearcher.byAge(reader.leaves(), 2, 100);
            assertThat(two).hasSize(2);
            // the oldest segments first: 30 + 10 + 20 reach half of the 100 documents
            assertThat(docs(two[0])).containsExactly(30, 10, 20);
            assertThat(docs(two[1])).containsExactly(20, 15, 5);
            var three = WorkSearcher.byAge(reader.leaves(), 3, 100);
            assertThat(three).hasSize(3);
            assertThat(docs(three[0])).containsExactly(30, 10);
            assertThat(docs(three[1])).containsExactly(20, 20);
            assertThat(docs(three[2])).containsExactly(15, 5);
            assertThat(WorkSearcher.byAge(reader.leaves(), 1, 100)).hasSize(1);
            var many = WorkSearcher.byAge(reader.leaves(), 16, 100);
            assertThat(java.util.Arrays.stream(many)
                            .mapToInt(s -> s.partitions.length)
                            .sum())
                    .isEqualTo(6);
        }
    }

    @Test
    void aSegmentCrossingASlicesShareIsSplitThere(@TempDir Path other) throws IOException {
        sixSegments(other);
        try (var dir = FSDirectory.open(other.resolve("index"));
                var reader = org.apache.lucene.index.DirectoryReader.open(dir)) {
            // half is 50: the third segment (documents 40-59 of the index) is split 10 / 10
            var two = WorkSearcher.byAge(reader.leaves(), 2, 5);
            assertThat(docs(two[0])).containsExactly(30, 10, 10);
            assertThat(docs(two[1])).containsExactly(10, 20, 15, 5);
            assertThat(two[0].partitions[2].maxDocId).isEqualTo(10);
            assertThat(two[1].partitions[0].minDocId).isEqualTo(10);
            // a part would be smaller than 11 documents: the segment goes whole, as before
            assertThat(docs(WorkSearcher.byAge(reader.leaves(), 2, 11)[0])).containsExactly(30, 10, 20);
            // four slices of 25: the 30 split 25 / 5, then 5 + 10 + 10 of the first 20, then its other 10 + 15 of the
            // second 20, then its last 5 + 15 + 5
            var four = WorkSearcher.byAge(reader.leaves(), 4, 5);
            assertThat(java.util.Arrays.stream(four).map(LuceneSearchEngineTest::docs))
                    .containsExactly(List.of(25), List.of(5, 10, 10), List.of(10, 15), List.of(5, 15, 5));
        }
    }

    @Test
    void aSearchSplitInsideASegmentCountsAndPagesAsAWholeOne(@TempDir Path other) {
        // one segment of 20,000 works: on two cores or more its slices are parts of it
        List<String> types = List.of("Fandom", "Freeform");
        try (var engine = new LuceneSearchEngine(other.resolve("index"))) {
            List<WorkDocument> works = new java.util.ArrayList<>();
            for (long id = 1; id <= 20_000; id++) {
                long fandom = 100 + id % 3;
                long freeform = 200 + id % 7;
                works.add(withTags(
                        doc(id, "work " + id),
                        List.of(
                                new TagRef(fandom, "F" + fandom, "Fandom"),
                                new TagRef(freeform, "T" + freeform, "Freeform")),
                        List.of(fandom, freeform)));
            }
            engine.addAll(works);
            engine.refresh();
            if (Runtime.getRuntime().availableProcessors() > 1) {
                assertThat(java.util.Arrays.stream(engine.slices())
                                .flatMap(slice -> java.util.Arrays.stream(slice.partitions)))
                        .anySatisfy(part -> assertThat(part.minDocId).isPositive());
            }
            for (int page : new int[] {1, 150, 1}) {
                var hits = engine.search(WorkQuery.builder(SearchVisibility.PUBLIC)
                        .include(100L)
                        .facets(types, 10)
                        .page(page, 20)
                        .build());
                // ids divisible by 3, newest (highest) first
                long first = 19_998 - 3L * 20 * (page - 1);
                assertThat(hits.ids()).as("page %d", page).hasSize(20).startsWith(first);
                assertThat(hits.ids().getLast()).isEqualTo(first - 3 * 19);
                assertThat(hits.total()).isEqualTo(6_666);
                assertThat(hits.facets().get("Fandom")).containsExactly(new FacetCount(100, 6_666));
                // the multiples of 3 by their remainder mod 7, counted here
                var expected = new java.util.TreeMap<Long, Long>();
                for (long id = 3; id <= 20_000; id += 3) expected.merge(200 + id % 7, 1L, Long::sum);
                assertThat(hits.facets().get("Freeform"))
                        .containsExactlyInAnyOrderElementsOf(expected.entrySet().stream()
                                .map(e -> new FacetCount(e.getKey(), e.getValue()))
                                .toList());
            }
        }
    }

    /** An index in {@code dir}/index of six segments written in turn: 30, 10, 20, 20, 15 and 5 works (100). */
    private static void sixSegments(Path dir) {
        try (var engine = new LuceneSearchEngine(dir.resolve("index"))) {
            long id = 1;
            for (int size : new int[] {30, 10, 20, 20, 15, 5}) {
                List<WorkDocument> works = new java.util.ArrayList<>();
                for (int i = 0; i < size; i++, id++) works.add(doc(id, "work " + id));
                engine.addAll(works);
                engine.refresh();
            }
        }
    }

    /** The documents of each segment (or part of one) of a slice, in the slice's order. */
    private static List<Integer> docs(org.apache.lucene.search.IndexSearcher.LeafSlice slice) {
        return java.util.Arrays.stream(slice.partitions)
                .map(p -> Math.min(p.maxDocId, p.ctx.reader().maxDoc()) - p.minDocId)
                .toList();
    }

    @Test
    void deepPagesOfAListingStartFromPlacesKeptAndMatchTheTopDown(@TempDir Path other) {
        List<String> types = List.of("Fandom");
        try (var engine = new LuceneSearchEngine(other.resolve("index"))) {
            List<WorkDocument> works = new java.util.ArrayList<>();
            for (long id = 1; id <= 2_500; id++) works.add(doc(id, "work " + id));
            engine.upsert(works);
            engine.refresh();
            // by date, newest first: work id = its date, so page p (20 a page) holds ids 2500 - 20(p-1) downwards
            for (int page : new int[] {100, 100, 51, 52, 101, 125, 50, 125}) {
                var hits = engine.search(WorkQuery.builder(SearchVisibility.PUBLIC)
                        .facets(types, 10)
                        .page(page, 20)
                        .build());
                long first = 2_500 - 20L * (page - 1);
                assertThat(hits.ids())
                        .as("page " + page)
                        .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(first - 19, first)
                                .map(i -> first - 19 + first - i)
                                .boxed()
                                .toList());
                assertThat(hits.total()).isEqualTo(2_500);
            }
            var pastTheEnd = engine.search(WorkQuery.builder(SearchVisibility.PUBLIC)
                    .facets(types, 10)
                    .page(400, 20)
                    .build());
            assertThat(pastTheEnd.ids()).isEmpty();
            assertThat(pastTheEnd.total()).isEqualTo(2_500);
        }
    }

    @Test
    void signedInReadersWhoMaySeeNoMoreThanOthersShareTheirCounts(@TempDir Path other) {
        try (var engine = new LuceneSearchEngine(other.resolve("index"))) {
            engine.upsert(List.of(
                    doc(1, "open"),
                    seenBy(doc(2, "hidden, by 7"), 7L, true, false, List.of()),
                    seenBy(doc(3, "unrevealed, by 8, 9 may read it"), 8L, false, true, List.of(9L))));
            engine.refresh();

            assertThat(engine.search(signedIn(5)).ids()).containsExactly(1L);
            assertThat(engine.holdsCounts(signedIn(6))).as("5's counts are 6's").isTrue();
            assertThat(engine.holdsCounts(signedIn(7))).isFalse();
            assertThat(engine.search(signedIn(7)).ids()).containsExactly(2L, 1L);
            assertThat(engine.search(signedIn(8)).ids()).containsExactly(3L, 1L);
            assertThat(engine.search(signedIn(9)).ids()).containsExactly(3L, 1L);
            assertThat(engine.search(signedIn(6)).total()).isEqualTo(1);

            // a new reader: 6's own hidden work is theirs alone from then on
            engine.upsert(List.of(seenBy(doc(4, "hidden, by 6"), 6L, true, false, List.of())));
            engine.refresh();
            assertThat(engine.search(signedIn(6)).ids()).containsExactly(4L, 1L);
            assertThat(engine.search(signedIn(5)).ids()).containsExactly(1L);
        }
    }

    private static WorkQuery signedIn(long userId) {
        return WorkQuery.builder(new SearchVisibility(true, false, userId))
                .facets(List.of("Fandom"), 10)
                .build();
    }

    private static WorkDocument seenBy(
            WorkDocument d, long creatorUserId, boolean hidden, boolean unrevealed, List<Long> readers) {
        return copy(d, List.of(creatorUserId), d.tags(), d.filterIds(), hidden, unrevealed, readers);
    }

    private static WorkQuery query(List<String> types, int page, int size) {
        return WorkQuery.builder(SearchVisibility.PUBLIC)
                .include(10L)
                .facets(types, 10)
                .page(page, size)
                .build();
    }

    private static WorkDocument withTags(WorkDocument d, List<TagRef> tags, List<Long> filterIds) {
        return copy(d, d.creatorUserIds(), tags, filterIds, d.hidden(), d.unrevealed(), d.unrevealedReaderIds());
    }

    private static WorkDocument copy(
            WorkDocument d,
            List<Long> creatorUserIds,
            List<TagRef> tags,
            List<Long> filterIds,
            boolean hidden,
            boolean unrevealed,
            List<Long> readers) {
        return new WorkDocument(
                d.id(),
                d.title(),
                d.summary(),
                d.notes(),
                d.creators(),
                creatorUserIds,
                d.creatorPseudIds(),
                tags,
                filterIds,
                tags,
                d.language(),
                d.words(),
                d.chapters(),
                d.complete(),
                d.crossover(),
                d.restricted(),
                hidden,
                d.anonymous(),
                unrevealed,
                readers,
                d.collectionIds(),
                d.publishedAt(),
                d.updatedAt(),
                d.hits(),
                d.kudos(),
                d.comments(),
                d.bookmarks(),
                d.body());
    }

    private static WorkDocument doc(long id, String title) {
        List<TagRef> tags = List.of(new TagRef(10, "Fandom A", "Fandom"));
        return new WorkDocument(
                id,
                title,
                "",
                "",
                List.of("anon"),
                List.of(),
                List.of(),
                tags,
                List.of(10L),
                tags,
                "en",
                1,
                1,
                true,
                false,
                false,
                false,
                false,
                false,
                List.of(),
                List.of(),
                id,
                id,
                0,
                0,
                0,
                0,
                "");
    }
}
