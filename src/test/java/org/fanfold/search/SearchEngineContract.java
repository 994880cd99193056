package org.fanfold.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fanfold.search.TestWork.work;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.fanfold.search.SearchHits.FacetCount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link SearchEngine} must do, with exact results, totals and facet counts so that engines are
 * interchangeable. The contract is a chain of classes, each adding tests to the one before:
 *
 * <ol>
 *   <li>{@code SearchEngineContract}: the engine factory, helpers, and text, tag filters, visibility, sorting,
 *       paging, facets and writes;
 *   <li>{@link FilterContract}: ranges, dates, crossovers, completeness, chapters, languages, muted creators and
 *       excluded works;
 *   <li>{@link CollectionContract}: the collection filter, anonymous works and unrevealed works;
 *   <li>{@link StoryTextAndSimilarityContract}: the story-text query, "more like this" weights, and every filter
 *       applied to facet counts.
 * </ol>
 *
 * An engine's test extends the last, {@link StoryTextAndSimilarityContract}, and says how to make an empty engine.
 */
public abstract class SearchEngineContract {

    protected static final SearchVisibility SIGNED_IN = new SearchVisibility(true, false, null);
    protected static final SearchVisibility ADMIN = new SearchVisibility(true, true, null);

    @TempDir
    protected Path dir;

    protected SearchEngine engine;

    /** A new engine over an empty index; {@code dir} is a fresh temporary directory it may use. */
    protected abstract SearchEngine newEngine(Path dir);

    @BeforeEach
    void openEngine() {
        engine = newEngine(dir);
        engine.deleteAll();
        engine.refresh();
    }

    @AfterEach
    void closeEngine() {
        engine.close();
    }

    protected void index(TestWork... works) {
        engine.upsert(Arrays.stream(works).map(TestWork::build).toList());
        engine.refresh();
    }

    protected static WorkQuery.Builder query() {
        return WorkQuery.builder(SearchVisibility.PUBLIC);
    }

    protected List<Long> ids(WorkQuery.Builder query) {
        return engine.search(query.build()).ids();
    }

    protected List<Long> matching(String text) {
        return ids(query().text(text).page(1, 1000));
    }

    protected SearchHits search(WorkQuery.Builder query) {
        return engine.search(query.build());
    }

    protected long total(WorkQuery.Builder query) {
        return engine.search(query.build()).total();
    }

    // text

    @Test
    void textMatchesTitleSummaryNotesTagsAndCreators() {
        index(
                work(1).title("Dragon Days"),
                work(2).summary("a dragon appears"),
                work(3).notes("thanks to the dragon"),
                work(4).tag(40, "Dragon Riders", "Freeform"),
                work(5).creators("DragonWriter", "dragon"),
                work(6).title("Nothing here"));

        assertThat(matching("dragon")).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void titleAndCreatorQueriesSearchTheirFieldAlone() {
        index(
                work(1).title("Dragon Days").creators("Quill"),
                work(2).summary("a dragon appears").creators("Dragonfly"),
                work(3).title("Quiet Dragon").creators("dragon"),
                work(4).title("Nothing here").creators("Quill"));

        assertThat(ids(query().fieldText(WorkQuery.Field.TITLE, "dragon"))).containsExactlyInAnyOrder(1L, 3L);
        assertThat(ids(query().fieldText(WorkQuery.Field.CREATORS, "dragon"))).containsExactly(3L);
        assertThat(ids(query().fieldText(WorkQuery.Field.CREATORS, "quill").fieldText(WorkQuery.Field.TITLE, "days")))
                .containsExactly(1L);
        assertThat(ids(query().text("dragon").fieldText(WorkQuery.Field.CREATORS, "quill | dragonfly")))
                .containsExactlyInAnyOrder(1L, 2L);
        assertThat(ids(query().fieldText(WorkQuery.Field.TITLE, "dragon NOT quiet")))
                .containsExactly(1L);
        assertThat(total(query().fieldText(WorkQuery.Field.TITLE, " "))).isEqualTo(4);
    }

    @Test
    void everyTermMustMatch() {
        index(
                work(1).title("red fox"),
                work(2).title("red wolf"),
                work(3).title("fox").summary("red sky"));

        assertThat(matching("red fox")).containsExactlyInAnyOrder(1L, 3L);
    }

    @Test
    void quotedPhraseMatchesOnlyAdjacentWordsInOrder() {
        index(work(1).title("the red fox"), work(2).title("the fox is red"), work(3).summary("red, fox"));

        assertThat(matching("\"red fox\"")).containsExactlyInAnyOrder(1L, 3L);
    }

    @Test
    void minusExcludesAndPipeMeansEither() {
        index(work(1).title("red fox"), work(2).title("red wolf"), work(3).title("blue wolf"));

        assertThat(matching("red -wolf")).containsExactly(1L);
        assertThat(matching("-wolf")).containsExactly(1L);
        assertThat(matching("fox | blue")).containsExactlyInAnyOrder(1L, 3L);
    }

    @Test
    void accentsAndCaseAreFolded() {
        index(work(1).title("Pokémon Journeys"), work(2).title("POKEMON League"), work(3).title("Digimon"));

        assertThat(matching("pokemon")).containsExactlyInAnyOrder(1L, 2L);
        assertThat(matching("Pokémon")).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void twoCharacterChineseQueryFindsChineseText() {
        index(work(1).title("我喜欢火影忍者的故事"), work(2).summary("忍者神龟"), work(3).title("海贼王"));

        assertThat(matching("火影")).containsExactly(1L);
        assertThat(matching("忍者")).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void storyBodyIsNotPartOfTheDefaultTextQuery() {
        index(work(1).body("a dragon sleeps"), work(2).title("dragon"));

        assertThat(matching("dragon")).containsExactly(2L);
    }

    @Test
    void blankTextMatchesEverything() {
        index(work(1), work(2), work(3));

        assertThat(engine.search(query().text("  ").build()).total()).isEqualTo(3);
        assertThat(engine.search(query().text(null).build()).total()).isEqualTo(3);
    }

    // filters

    @Test
    void includedFilterIdsMustAllBeCarried() {
        index(work(1).tag(10, "Fandom").tag(20, "Character"), work(2).tag(10, "Fandom"), work(3).tag(20, "Character"));

        assertThat(ids(query().include(10))).containsExactlyInAnyOrder(1L, 2L);
        assertThat(ids(query().include(10).include(20))).containsExactly(1L);
    }

    @Test
    void excludedFilterIdsRemoveWorksEvenWithoutInclusions() {
        index(
                work(1).tag(10, "Fandom").tag(20, "Character"),
                work(2).tag(10, "Fandom"),
                work(3).tag(30, "Character"),
                work(4));

        assertThat(ids(query().exclude(20))).containsExactlyInAnyOrder(2L, 3L, 4L);
        assertThat(ids(query().exclude(20).exclude(30))).containsExactlyInAnyOrder(2L, 4L);
        assertThat(ids(query().include(10).exclude(20))).containsExactly(2L);
        assertThat(engine.search(query().exclude(20).build()).total()).isEqualTo(3);
    }

    @Test
    void creatorFilterReturnsOnlyThatUsersWorks() {
        index(
                work(1).creatorUser(7),
                work(2).creatorUser(8),
                work(3).creatorUser(8).creatorUser(7),
                work(4));

        assertThat(ids(query().creator(7L))).containsExactlyInAnyOrder(1L, 3L);
    }

    @Test
    void pseudFilterReturnsOnlyTheWorksCreditedToThatPseud() {
        index(
                work(1).creatorUser(7).creatorPseud(70),
                work(2).creatorUser(7).creatorPseud(71),
                work(3).creatorUser(8).creatorPseud(80).creatorUser(7).creatorPseud(71),
                work(4));

        assertThat(ids(query().pseud(71L))).containsExactlyInAnyOrder(2L, 3L);
        assertThat(ids(query().creator(7L).pseud(70L))).containsExactly(1L);
    }

    // visibility

    @Test
    void guestsNeverSeeRestrictedWorksInSearch() {
        index(
                work(1).title("dragon").tag(10, "Fandom"),
                work(2).title("dragon").tag(10, "Fandom").restricted(),
                work(3).title("dragon").tag(11, "Fandom").restricted());

        SearchHits guest = engine.search(
                query().text("dragon").facets(List.of("Fandom"), 10).build());
        assertThat(guest.ids()).containsExactly(1L);
        assertThat(guest.total()).isEqualTo(1);
        assertThat(guest.facets().get("Fandom")).containsExactly(new FacetCount(10, 1));

        SearchHits member = engine.search(WorkQuery.builder(SIGNED_IN)
                .text("dragon")
                .facets(List.of("Fandom"), 10)
                .build());
        assertThat(member.ids()).containsExactly(3L, 2L, 1L);
        assertThat(member.facets().get("Fandom")).containsExactly(new FacetCount(10, 2), new FacetCount(11, 1));
    }

    @Test
    void hiddenWorksAreSeenOnlyByAdminsAndTheirOwnCreators() {
        index(
                work(1).creatorUser(7).tag(10, "Fandom"),
                work(2).creatorUser(7).hidden().tag(10, "Fandom"),
                work(3).creatorUser(8).hidden().tag(10, "Fandom"),
                work(4).creatorUser(7).hidden().restricted());
        var facets = List.of("Fandom");

        SearchHits guest = engine.search(query().facets(facets, 5).build());
        assertThat(guest.ids()).containsExactly(1L);
        assertThat(guest.facets().get("Fandom")).containsExactly(new FacetCount(10, 1));

        SearchHits admin =
                engine.search(WorkQuery.builder(ADMIN).facets(facets, 5).build());
        assertThat(admin.ids()).containsExactly(4L, 3L, 2L, 1L);
        assertThat(admin.facets().get("Fandom")).containsExactly(new FacetCount(10, 3));

        SearchHits ownerAsGuest = engine.search(WorkQuery.builder(new SearchVisibility(false, false, 7L))
                .facets(facets, 5)
                .build());
        assertThat(ownerAsGuest.ids()).containsExactly(2L, 1L);
        assertThat(ownerAsGuest.total()).isEqualTo(2);
        assertThat(ownerAsGuest.facets().get("Fandom")).containsExactly(new FacetCount(10, 2));

        assertThat(ids(WorkQuery.builder(new SearchVisibility(true, false, 7L))))
                .containsExactly(4L, 2L, 1L);
        assertThat(ids(WorkQuery.builder(new SearchVisibility(true, false, 9L))))
                .containsExactly(1L);
    }

    // sorting

    @Test
    void bestMatchOrdersByScoreThenNewestUpdateThenId() {
        index(
                work(1).title("other").summary("dragon tale").updatedAt(100),
                work(2).title("dragon").updatedAt(50),
                work(3).title("dragon").updatedAt(60),
                work(4).title("dragon").updatedAt(60));

        assertThat(ids(query().text("dragon").sort(SearchSort.BEST_MATCH))).containsExactly(4L, 3L, 2L, 1L);
    }

    @Test
    void withoutTextBestMatchOrdersByNewestUpdate() {
        index(work(1).updatedAt(20), work(2).updatedAt(30), work(3).updatedAt(10));

        assertThat(ids(query().sort(SearchSort.BEST_MATCH))).containsExactly(2L, 1L, 3L);
    }

    @Test
    void numericSortsOrderByTheirFieldBothWaysAndBreakTiesByUpdateThenId() {
        index(
                work(1).words(500).publishedAt(3).updatedAt(10).stats(5, 50, 1, 9),
                work(2).words(100).publishedAt(1).updatedAt(30).stats(9, 10, 3, 7),
                work(3).words(900).publishedAt(2).updatedAt(20).stats(1, 30, 2, 8),
                work(4).words(500).publishedAt(3).updatedAt(20).stats(5, 30, 2, 7),
                work(5).words(500).publishedAt(3).updatedAt(20).stats(5, 30, 2, 7));

        assertThat(sorted(SearchSort.WORDS, false)).containsExactly(3L, 5L, 4L, 1L, 2L);
        assertThat(sorted(SearchSort.WORDS, true)).containsExactly(2L, 5L, 4L, 1L, 3L);
        assertThat(sorted(SearchSort.DATE_POSTED, false)).containsExactly(5L, 4L, 1L, 3L, 2L);
        assertThat(sorted(SearchSort.DATE_POSTED, true)).containsExactly(2L, 3L, 5L, 4L, 1L);
        assertThat(sorted(SearchSort.DATE_UPDATED, false)).containsExactly(2L, 5L, 4L, 3L, 1L);
        assertThat(sorted(SearchSort.DATE_UPDATED, true)).containsExactly(1L, 5L, 4L, 3L, 2L);
        assertThat(sorted(SearchSort.HITS, false)).containsExactly(2L, 5L, 4L, 1L, 3L);
        assertThat(sorted(SearchSort.KUDOS, false)).containsExactly(1L, 5L, 4L, 3L, 2L);
        assertThat(sorted(SearchSort.KUDOS, true)).containsExactly(2L, 5L, 4L, 3L, 1L);
        assertThat(sorted(SearchSort.COMMENTS, false)).containsExactly(2L, 5L, 4L, 3L, 1L);
        assertThat(sorted(SearchSort.BOOKMARKS, false)).containsExactly(1L, 3L, 2L, 5L, 4L);
        assertThat(sorted(SearchSort.BOOKMARKS, true)).containsExactly(2L, 5L, 4L, 3L, 1L);
    }

    @Test
    void titleSortIgnoresCaseAndAccentsAndRunsAToZByDefault() {
        index(
                work(1).title("beta"),
                work(2).title("Élan"),
                work(3).title("Gamma"),
                work(4).title("alpha").updatedAt(1),
                work(5).title("Alpha").updatedAt(9));

        assertThat(ids(query().sort(SearchSort.TITLE))).containsExactly(5L, 4L, 1L, 2L, 3L);
        assertThat(sorted(SearchSort.TITLE, false)).containsExactly(3L, 2L, 1L, 5L, 4L);
    }

    @Test
    void creatorSortUsesTheFirstCreator() {
        index(
                work(1).creators("zed", "aaron"),
                work(2).creators("Mia"),
                work(3).creators("Ánna"),
                work(4).creators("mia"));

        assertThat(ids(query().sort(SearchSort.CREATOR))).containsExactly(3L, 4L, 2L, 1L);
        assertThat(sorted(SearchSort.CREATOR, false)).containsExactly(1L, 4L, 2L, 3L);
    }

    protected List<Long> sorted(SearchSort sort, boolean ascending) {
        return ids(query().sort(sort).ascending(ascending));
    }

    // paging

    @Test
    void pagesFollowEachOtherAndCarryTheTotal() {
        index(LongStream.rangeClosed(1, 7).mapToObj(TestWork::work).toArray(TestWork[]::new));

        SearchHits first = engine.search(query().page(1, 3).build());
        assertThat(first.ids()).containsExactly(7L, 6L, 5L);
        assertThat(first.total()).isEqualTo(7);
        assertThat(ids(query().page(2, 3))).containsExactly(4L, 3L, 2L);
        assertThat(ids(query().page(3, 3))).containsExactly(1L);
        SearchHits beyond = engine.search(query().page(4, 3).build());
        assertThat(beyond.ids()).isEmpty();
        assertThat(beyond.total()).isEqualTo(7);
    }

    @Test
    void totalIsExactBeyondTenThousandAndDeepPagesWork() {
        int n = 12_000;
        List<WorkDocument> batch = new ArrayList<>();
        for (long id = 1; id <= n; id++) {
            batch.add(work(id).tag(id % 2 == 0 ? 2 : 1, "Rating").build());
            if (batch.size() == 1_000) {
                engine.upsert(batch);
                batch.clear();
            }
        }
        engine.refresh();

        SearchHits deep =
                engine.search(query().page(500, 20).facets(List.of("Rating"), 5).build());
        assertThat(deep.total()).isEqualTo(n);
        assertThat(deep.ids())
                .containsExactlyElementsOf(LongStream.rangeClosed(0, 19)
                        .map(k -> 2_020 - k)
                        .boxed()
                        .toList());
        assertThat(deep.facets().get("Rating")).containsExactly(new FacetCount(1, 6_000), new FacetCount(2, 6_000));
        assertThat(ids(query().page(600, 20)))
                .containsExactlyElementsOf(
                        LongStream.rangeClosed(1, 20).map(i -> 21 - i).boxed().toList());
        assertThat(engine.search(query().include(2).page(1, 1).build()).total()).isEqualTo(6_000);
        assertThat(engine.count()).isEqualTo(n);
    }

    // facets

    @Test
    void facetCountsCoverAllMatchesNotOnlyThePage() {
        index(
                work(1).title("dragon").tag(10, "Fandom").tag(100, "Character").tag(101, "Character"),
                work(2).title("dragon").tag(10, "Fandom").tag(101, "Character"),
                work(3).title("dragon").tag(11, "Fandom").tag(101, "Character"),
                work(4).title("wolf").tag(11, "Fandom").tag(100, "Character"));

        SearchHits hits = engine.search(query().text("dragon")
                .page(1, 1)
                .facets(List.of("Fandom", "Character", "Freeform"), 10)
                .build());

        assertThat(hits.ids()).hasSize(1);
        assertThat(hits.facets().get("Fandom")).containsExactly(new FacetCount(10, 2), new FacetCount(11, 1));
        assertThat(hits.facets().get("Character")).containsExactly(new FacetCount(101, 3), new FacetCount(100, 1));
        assertThat(hits.facets().get("Freeform")).isEmpty();
    }

    @Test
    void facetsKeepTheMostFrequentThenLowestIdsUpToTheLimit() {
        index(
                work(1).tag(9, "Freeform").tag(10, "Freeform").tag(30, "Freeform"),
                work(2).tag(9, "Freeform").tag(10, "Freeform").tag(30, "Freeform"),
                work(3).tag(10, "Freeform")
                        .tag(9, "Freeform")
                        .tag(2, "Freeform")
                        .tag(30, "Freeform"),
                work(4).tag(100, "Freeform").tag(2, "Freeform"));

        SearchHits hits = engine.search(query().facets(List.of("Freeform"), 3).build());

        assertThat(hits.facets().get("Freeform"))
                .containsExactly(new FacetCount(9, 3), new FacetCount(10, 3), new FacetCount(30, 3));
        assertThat(engine.search(query().exclude(30)
                                .facets(List.of("Freeform"), 3)
                                .build())
                        .facets()
                        .get("Freeform"))
                .containsExactly(new FacetCount(2, 1), new FacetCount(100, 1));
        assertThat(engine.search(query().build()).facets()).isEmpty();
    }

    @Test
    void everyFacetValueIsCountedWhenAllAreAskedFor() {
        // more works than a top few are ranked from their own tags, more fandoms than any sidebar shows, and works a
        // guest may not see: the list of every fandom with its count (the media pages') is one request
        int n = 6_000, fandoms = 1_500;
        Map<Long, Long> guestCounts = new HashMap<>();
        Map<Long, Long> memberCounts = new HashMap<>();
        List<WorkDocument> batch = new ArrayList<>();
        for (long id = 1; id <= n; id++) {
            long fandom = 1_000 + (id * id) % fandoms; // uneven counts
            boolean restricted = id % 7 == 0;
            TestWork w = work(id).tag(fandom, "Fandom").tag(1, "Rating");
            batch.add((restricted ? w.restricted() : w).build());
            memberCounts.merge(fandom, 1L, Long::sum);
            if (!restricted) guestCounts.merge(fandom, 1L, Long::sum);
        }
        engine.upsert(batch);
        engine.refresh();

        SearchHits guest = engine.search(query().page(1, 1)
                .facets(List.of("Fandom", "Rating"), WorkQuery.ALL_FACET_VALUES)
                .build());
        assertThat(guest.facets().get("Fandom")).containsExactlyElementsOf(mostFrequentFirst(guestCounts));
        assertThat(guest.facets().get("Rating")).containsExactly(new FacetCount(1, guest.total()));
        SearchHits member = engine.search(WorkQuery.builder(SIGNED_IN)
                .page(1, 1)
                .facets(List.of("Fandom"), WorkQuery.ALL_FACET_VALUES)
                .build());
        assertThat(member.facets().get("Fandom")).containsExactlyElementsOf(mostFrequentFirst(memberCounts));
        assertThat(engine.search(query().include(1_000)
                                .facets(List.of("Fandom"), WorkQuery.ALL_FACET_VALUES)
                                .build())
                        .facets()
                        .get("Fandom"))
                .as("few matches")
                .containsExactly(new FacetCount(1_000, guestCounts.get(1_000L)));
    }

    @Test
    void theTagsAskedForAloneAreCountedOverAllMatches() {
        index(
                work(1).title("dragon").tag(10, "Fandom").tag(100, "Character").tag(101, "Character"),
                work(2).title("dragon").tag(10, "Fandom").tag(101, "Character").tag(102, "Character"),
                work(3).title("dragon").tag(11, "Fandom").tag(101, "Character").restricted(),
                work(4).title("wolf").tag(11, "Fandom").tag(100, "Character"));

        SearchHits hits = engine.search(query().page(1, 1)
                .facetsOf(List.of("Fandom", "Character"), List.of(11L, 100L, 101L, 555L))
                .build());
        assertThat(hits.facets().get("Fandom")).containsExactly(new FacetCount(11, 1));
        assertThat(hits.facets().get("Character")).containsExactly(new FacetCount(100, 2), new FacetCount(101, 2));
        SearchHits dragons = engine.search(WorkQuery.builder(SIGNED_IN)
                .text("dragon")
                .facetsOf(List.of("Character"), List.of(100L, 101L))
                .build());
        assertThat(dragons.facets().get("Character")).containsExactly(new FacetCount(101, 3), new FacetCount(100, 1));
        assertThat(engine.search(query().facets(List.of("Character"), 10).build())
                        .facets()
                        .get("Character"))
                .as("the same query counting every tag")
                .containsExactly(new FacetCount(100, 2), new FacetCount(101, 2), new FacetCount(102, 1));
    }

    private static List<FacetCount> mostFrequentFirst(Map<Long, Long> counts) {
        return counts.entrySet().stream()
                .map(e -> new FacetCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(FacetCount::count).reversed().thenComparingLong(FacetCount::tagId))
                .toList();
    }

    // writes

    @Test
    void upsertReplacesTheWholeDocument() {
        index(work(1).title("dragon").tag(10, "Fandom"));
        index(work(1).title("wolf").tag(11, "Fandom"));

        assertThat(matching("dragon")).isEmpty();
        assertThat(matching("wolf")).containsExactly(1L);
        assertThat(ids(query().include(10))).isEmpty();
        assertThat(engine.count()).isEqualTo(1);
    }

    @Test
    void deleteRemovesWorksAndIgnoresUnknownIds() {
        index(work(1), work(2), work(3));

        engine.delete(List.of(2L, 99L));
        engine.refresh();

        assertThat(ids(query())).containsExactly(3L, 1L);
        assertThat(engine.count()).isEqualTo(2);
    }

    @Test
    void deleteAllEmptiesTheIndex() {
        index(work(1), work(2));

        engine.deleteAll();
        engine.refresh();

        assertThat(engine.count()).isZero();
        assertThat(engine.search(query().facets(List.of("Fandom"), 5).build()))
                .isEqualTo(new SearchHits(List.of(), 0, java.util.Map.of("Fandom", List.of())));
    }

    @Test
    void concurrentWritesAndSearchesAreSafe() throws Exception {
        int threads = 4;
        int perThread = 250;
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                long base = t * perThread;
                futures.add(pool.submit(() -> {
                    for (long id = base + 1; id <= base + perThread; id++) {
                        engine.upsert(List.of(work(id).title("dragon").build()));
                        if (id % 50 == 0) {
                            engine.refresh();
                            engine.search(query().text("dragon").build());
                        }
                    }
                }));
            }
            for (Future<?> f : futures) f.get();
        }
        engine.refresh();

        assertThat(engine.search(query().text("dragon").build()).total()).isEqualTo(threads * perThread);
        assertThat(engine.count()).isEqualTo(threads * perThread);
    }

    @Test
    void countIsTheNumberOfIndexedWorks() {
        assertThat(engine.count()).isZero();
        index(work(1), work(2), work(3).hidden().restricted());
        assertThat(engine.count()).isEqualTo(3);
    }
}
