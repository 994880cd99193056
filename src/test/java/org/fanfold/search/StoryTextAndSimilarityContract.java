package org.fanfold.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fanfold.search.TestWork.work;

import java.util.List;
import org.fanfold.search.SearchHits.FacetCount;
import org.junit.jupiter.api.Test;

/**
 * The story-text query (the chapters' own text, a filter that never scores), "more like this" (works carrying at
 * least one of some weighted filter ids, scored exactly by the sum of the weights they carry), and every filter
 * of the contract applied to facet counts. Engines extend this class, the last of the contract chain.
 */
public abstract class StoryTextAndSimilarityContract extends CollectionContract {

    // story text

    @Test
    void storyTextQueryFindsWordsAndPhrasesInTheChaptersText() {
        index(
                work(1).body("the red dragon sleeps"),
                work(2).body("the dragon is red"),
                work(3).title("red dragon"),
                work(4).body("Pokémon and 火影忍者"));

        assertThat(ids(query().bodyText("\"red dragon\""))).containsExactly(1L);
        assertThat(ids(query().bodyText("red dragon"))).containsExactly(2L, 1L);
        assertThat(ids(query().bodyText("dragon -sleeps"))).containsExactly(2L);
        assertThat(ids(query().bodyText("sleeps | is"))).containsExactly(2L, 1L);
        assertThat(ids(query().bodyText("pokemon"))).containsExactly(4L);
        assertThat(ids(query().bodyText("火影"))).containsExactly(4L);
        assertThat(total(query().bodyText("dragon"))).isEqualTo(2);
    }

    @Test
    void storyTextIsNotMatchedByTheTextQueryNorTitlesByTheStoryTextQuery() {
        index(
                work(1).body("a dragon sleeps"),
                work(2).title("dragon"),
                work(3).summary("dragon").body("wolf"));

        assertThat(matching("dragon")).containsExactly(3L, 2L);
        assertThat(ids(query().bodyText("dragon"))).containsExactly(1L);
        assertThat(ids(query().bodyText("  "))).containsExactly(3L, 2L, 1L);
    }

    @Test
    void textAndStoryTextMustBothMatch() {
        index(
                work(1).title("wolf").body("dragon"),
                work(2).title("wolf").body("cat"),
                work(3).title("cat").body("dragon"));

        assertThat(ids(query().text("wolf").bodyText("dragon"))).containsExactly(1L);
        assertThat(ids(query().text("wolf").bodyText("dragon").sort(SearchSort.BEST_MATCH)))
                .containsExactly(1L);
    }

    // more like this

    @Test
    void similarWorksScoreTheSumOfTheWeightsOfTheIdsTheyCarry() {
        index(
                work(1).tag(10, "Fandom").updatedAt(10),
                work(2).tag(20, "Character").tag(30, "Freeform").updatedAt(20),
                work(3).tag(10, "Fandom")
                        .tag(20, "Character")
                        .tag(30, "Freeform")
                        .tag(40, "Freeform")
                        .updatedAt(5),
                work(4).tag(40, "Freeform").updatedAt(1000),
                work(5).tag(50, "Freeform").updatedAt(2000),
                work(6).tag(30, "Freeform").tag(40, "Freeform").updatedAt(30),
                work(7).tag(20, "Character").tag(40, "Freeform").updatedAt(40));

        SearchHits hits = search(query().similar(10, 4f)
                .similar(20, 2f)
                .similar(30, 1f)
                .similar(40, 0.5f)
                .sort(SearchSort.BEST_MATCH));

        // 3: 7.5, 1: 4, 2: 3, 7: 2.5, 6: 1.5, 4: 0.5; 5 carries none
        assertThat(hits.ids()).containsExactly(3L, 1L, 2L, 7L, 6L, 4L);
        assertThat(hits.total()).isEqualTo(6);
    }

    @Test
    void similarWorksOfEqualWeightBreakTiesByNewestUpdateThenId() {
        index(
                work(1).tag(10, "Fandom").updatedAt(50),
                work(2).tag(20, "Fandom").updatedAt(70),
                work(3).tag(10, "Fandom").tag(20, "Fandom").updatedAt(10),
                work(4).tag(10, "Fandom").updatedAt(70),
                work(5).tag(20, "Fandom").updatedAt(50));

        assertThat(ids(query().similar(10, 1f).similar(20, 1f).sort(SearchSort.BEST_MATCH)))
                .containsExactly(3L, 4L, 2L, 5L, 1L);
    }

    @Test
    void similarWorksMustCarryAtLeastOneIdEvenOfWeightZero() {
        index(work(1).tag(10, "Fandom"), work(2).tag(20, "Fandom"), work(3).tag(30, "Fandom"), work(4));

        assertThat(ids(query().similar(10, 0f).similar(20, 1f).sort(SearchSort.BEST_MATCH)))
                .containsExactly(2L, 1L);
        assertThat(total(query().similar(10, 0f).similar(20, 1f))).isEqualTo(2);
    }

    @Test
    void otherSortsOrderSimilarWorksByTheirFieldAndIgnoreTheWeights() {
        index(
                work(1).tag(10, "Fandom").tag(20, "Fandom").stats(0, 5, 0, 0),
                work(2).tag(20, "Fandom").stats(0, 9, 0, 0),
                work(3).tag(10, "Fandom").stats(0, 1, 0, 0),
                work(4).stats(0, 100, 0, 0));

        assertThat(ids(query().similar(10, 5f).similar(20, 1f))).containsExactly(3L, 2L, 1L);
        assertThat(ids(query().similar(10, 5f).similar(20, 1f).sort(SearchSort.KUDOS)))
                .containsExactly(2L, 1L, 3L);
    }

    @Test
    void moreLikeThisLeavesOutTheWorkItselfAndCountsFacetsOfTheSimilarOnes() {
        index(
                work(1).tag(10, "Fandom").tag(100, "Character").tag(200, "Freeform"),
                work(2).tag(10, "Fandom").tag(100, "Character"),
                work(3).tag(10, "Fandom").tag(200, "Freeform"),
                work(4).tag(11, "Fandom").tag(100, "Character"),
                work(5).tag(11, "Fandom").tag(201, "Freeform"),
                work(6).crossover()
                        .tag(10, "Fandom")
                        .tag(12, "Fandom")
                        .tag(100, "Character")
                        .tag(200, "Freeform"));

        SearchHits hits = search(query().similar(10, 1f)
                .similar(100, 2f)
                .similar(200, 0.5f)
                .excludeWork(1)
                .crossover(Crossover.EXCLUDE)
                .sort(SearchSort.BEST_MATCH)
                .facets(List.of("Fandom", "Character", "Freeform"), 10));

        // 2: 3, 4: 2, 3: 1.5
        assertThat(hits.ids()).containsExactly(2L, 4L, 3L);
        assertThat(hits.total()).isEqualTo(3);
        assertThat(hits.facets().get("Fandom")).containsExactly(new FacetCount(10, 2), new FacetCount(11, 1));
        assertThat(hits.facets().get("Character")).containsExactly(new FacetCount(100, 2));
        assertThat(hits.facets().get("Freeform")).containsExactly(new FacetCount(200, 1));
    }

    @Test
    void storyTextAndOtherFiltersAddNothingToTheSimilarityScore() {
        index(
                work(1).tag(10, "Fandom").body("dragon dragon dragon dragon").words(5000),
                work(2).tag(10, "Fandom").tag(20, "Fandom").body("dragon"),
                work(3).tag(10, "Fandom").body("a dragon here").words(10),
                work(4).tag(20, "Fandom").body("wolf"));

        assertThat(ids(query().similar(10, 1f)
                        .similar(20, 1f)
                        .bodyText("dragon")
                        .words(new Range(1L, null))
                        .sort(SearchSort.BEST_MATCH)))
                .containsExactly(2L, 3L, 1L);
    }

    @Test
    void textAndSimilarityMustBothMatch() {
        index(
                work(1).title("dragon").tag(10, "Fandom"),
                work(2).title("dragon"),
                work(3).title("wolf").tag(10, "Fandom"));

        assertThat(ids(query().text("dragon").similar(10, 1f).sort(SearchSort.BEST_MATCH)))
                .containsExactly(1L);
    }

    // every filter, on facets

    private record Case(String name, WorkQuery.Builder query, List<Long> expected) {}

    @Test
    void everyFilterAlsoAppliesToTheFacetCounts() {
        index(
                work(1).words(100)
                        .stats(10, 1, 0, 0)
                        .crossover()
                        .language("en")
                        .creatorUser(7)
                        .body("the red dragon sleeps")
                        .tag(10, "Fandom")
                        .tag(101, "Freeform"),
                work(2).words(2000)
                        .stats(50, 5, 2, 1)
                        .inProgress()
                        .chapters(3)
                        .language("fr")
                        .creatorUser(8)
                        .body("a blue whale")
                        .tag(10, "Fandom")
                        .tag(102, "Freeform"),
                work(3).words(5000)
                        .stats(200, 20, 9, 4)
                        .crossover()
                        .inProgress()
                        .language("de")
                        .creatorUser(9)
                        .tag(10, "Fandom")
                        .tag(103, "Freeform"),
                work(4).words(800)
                        .stats(0, 0, 1, 0)
                        .chapters(2)
                        .language("en")
                        .creatorUser(8)
                        .creatorUser(7)
                        .body("red dragon")
                        .tag(10, "Fandom")
                        .tag(104, "Freeform"));

        List<Case> cases = List.of(
                new Case("words", query().words(new Range(1000L, null)), List.of(3L, 2L)),
                new Case("hits", query().hits(new Range(null, 50L)), List.of(4L, 2L, 1L)),
                new Case("kudos", query().kudos(new Range(5L, 20L)), List.of(3L, 2L)),
                new Case("comments", query().comments(new Range(1L, null)), List.of(4L, 3L, 2L)),
                new Case("bookmarks", query().bookmarks(new Range(1L, 1L)), List.of(2L)),
                new Case("updatedAt", query().updatedAt(new Range(2L, 3L)), List.of(3L, 2L)),
                new Case("publishedAt", query().publishedAt(new Range(null, 1L)), List.of(1L)),
                new Case("only crossovers", query().crossover(Crossover.ONLY), List.of(3L, 1L)),
                new Case("no crossovers", query().crossover(Crossover.EXCLUDE), List.of(4L, 2L)),
                new Case("complete", query().complete(true), List.of(4L, 1L)),
                new Case("in progress", query().complete(false), List.of(3L, 2L)),
                new Case("single chapter", query().singleChapter(true), List.of(3L, 1L)),
                new Case("languages", query().language("fr").language("de"), List.of(3L, 2L)),
                new Case("muted creator", query().excludeCreator(8), List.of(3L, 1L)),
                new Case("excluded works", query().excludeWork(1).excludeWork(3), List.of(4L, 2L)),
                new Case("excluded filter id", query().exclude(101), List.of(4L, 3L, 2L)),
                new Case("story text", query().bodyText("\"red dragon\""), List.of(4L, 1L)),
                new Case("similar", query().similar(101, 1f).similar(103, 2f), List.of(3L, 1L)));

        for (Case c : cases) {
            SearchHits hits = search(c.query().facets(List.of("Fandom", "Freeform"), 10));
            List<FacetCount> freeforms = c.expected().stream()
                    .sorted()
                    .map(id -> new FacetCount(100 + id, 1))
                    .toList();
            assertThat(hits.ids()).as(c.name()).containsExactlyElementsOf(c.expected());
            assertThat(hits.total()).as(c.name()).isEqualTo(c.expected().size());
            assertThat(hits.facets().get("Fandom"))
                    .as(c.name())
                    .containsExactly(new FacetCount(10, c.expected().size()));
            assertThat(hits.facets().get("Freeform")).as(c.name()).containsExactlyElementsOf(freeforms);
        }
    }
}
