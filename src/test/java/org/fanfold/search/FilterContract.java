package org.fanfold.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fanfold.search.TestWork.work;

import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;
import org.fanfold.search.SearchHits.FacetCount;
import org.junit.jupiter.api.Test;

/**
 * The filters beyond tags: inclusive numeric and date ranges with open ends, crossovers, completeness, single
 * chapters, languages, muted creators and excluded works. Every filter leaves out works from the hits, the total
 * and the facet counts alike. Hits come in the default order (newest update first), so expected ids are exact.
 */
public abstract class FilterContract extends SearchEngineContract {

    private static Range between(long from, long to) {
        return new Range(from, to);
    }

    private static Range atLeast(long from) {
        return new Range(from, null);
    }

    private static Range atMost(long to) {
        return new Range(null, to);
    }

    private static long millis(String instant) {
        return Instant.parse(instant).toEpochMilli();
    }

    // ranges

    @Test
    void wordRangeIncludesBothEnds() {
        index(work(1).words(99), work(2).words(100), work(3).words(500), work(4).words(1000), work(5).words(1001));

        assertThat(ids(query().words(between(100, 1000)))).containsExactly(4L, 3L, 2L);
        assertThat(ids(query().words(between(500, 500)))).containsExactly(3L);
        assertThat(total(query().words(between(100, 1000)))).isEqualTo(3);
    }

    @Test
    void wordRangeMayBeOpenAtEitherEnd() {
        index(work(1).words(99), work(2).words(100), work(3).words(500), work(4).words(1000), work(5).words(1001));

        assertThat(ids(query().words(atLeast(1000)))).containsExactly(5L, 4L);
        assertThat(ids(query().words(atMost(100)))).containsExactly(2L, 1L);
        assertThat(ids(query().words(atLeast(0)))).containsExactly(5L, 4L, 3L, 2L, 1L);
        assertThat(ids(query().words(Range.ANY))).containsExactly(5L, 4L, 3L, 2L, 1L);
    }

    @Test
    void anEmptyRangeMatchesNothing() {
        index(work(1).words(100), work(2).words(200));

        SearchHits none = search(query().words(between(200, 100)).facets(List.of("Fandom"), 5));
        assertThat(none.ids()).isEmpty();
        assertThat(none.total()).isZero();
        assertThat(none.facets().get("Fandom")).isEmpty();
    }

    @Test
    void hitsKudosCommentsAndBookmarksRangesEachFilterTheirOwnCount() {
        index(work(1).stats(10, 1, 0, 5), work(2).stats(20, 2, 3, 0), work(3).stats(30, 3, 6, 10));

        assertThat(ids(query().hits(atLeast(20)))).containsExactly(3L, 2L);
        assertThat(ids(query().hits(between(10, 10)))).containsExactly(1L);
        assertThat(ids(query().kudos(atMost(2)))).containsExactly(2L, 1L);
        assertThat(ids(query().kudos(between(3, 3)))).containsExactly(3L);
        assertThat(ids(query().comments(between(3, 6)))).containsExactly(3L, 2L);
        assertThat(ids(query().comments(atMost(0)))).containsExactly(1L);
        assertThat(ids(query().bookmarks(between(5, 5)))).containsExactly(1L);
        assertThat(ids(query().bookmarks(atLeast(1)))).containsExactly(3L, 1L);
        assertThat(ids(query().hits(atLeast(15)).bookmarks(atMost(5)))).containsExactly(2L);
    }

    @Test
    void dateRangesAreInclusiveEpochMillisecondsOpenAtEitherEnd() {
        long jan = millis("2024-01-01T00:00:00Z");
        long feb = millis("2024-02-01T00:00:00Z");
        long mar = millis("2024-03-01T00:00:00Z");
        long apr = millis("2024-04-01T00:00:00Z");
        index(
                work(1).publishedAt(jan).updatedAt(mar),
                work(2).publishedAt(feb).updatedAt(feb),
                work(3).publishedAt(mar).updatedAt(apr));

        assertThat(ids(query().updatedAt(between(feb, mar)))).containsExactly(1L, 2L);
        assertThat(ids(query().updatedAt(between(feb + 1, mar - 1)))).isEmpty();
        assertThat(ids(query().updatedAt(atLeast(mar)))).containsExactly(3L, 1L);
        assertThat(ids(query().publishedAt(atLeast(feb)))).containsExactly(3L, 2L);
        assertThat(ids(query().publishedAt(atMost(jan)))).containsExactly(1L);
        assertThat(ids(query().publishedAt(atMost(feb - 1)))).containsExactly(1L);
        assertThat(ids(query().publishedAt(between(jan, feb)).updatedAt(atLeast(mar))))
                .containsExactly(1L);
    }

    // crossovers, completeness, chapters, languages

    @Test
    void crossoverFilterKeepsAnyNoneOrOnlyCrossovers() {
        index(work(1).crossover(), work(2), work(3).crossover(), work(4));

        assertThat(ids(query().crossover(Crossover.ANY))).containsExactly(4L, 3L, 2L, 1L);
        assertThat(ids(query().crossover(Crossover.EXCLUDE))).containsExactly(4L, 2L);
        assertThat(ids(query().crossover(Crossover.ONLY))).containsExactly(3L, 1L);
        assertThat(total(query().crossover(Crossover.ONLY))).isEqualTo(2);
    }

    @Test
    void completeFilterKeepsCompleteOrInProgressOrEither() {
        index(work(1), work(2).inProgress(), work(3), work(4).inProgress().chapters(2));

        assertThat(ids(query().complete(true))).containsExactly(3L, 1L);
        assertThat(ids(query().complete(false))).containsExactly(4L, 2L);
        assertThat(ids(query().complete(null))).containsExactly(4L, 3L, 2L, 1L);
    }

    @Test
    void singleChapterKeepsOnlyWorksOfOneChapter() {
        index(
                work(1),
                work(2).chapters(3),
                work(3).chapters(1).inProgress(),
                work(4).chapters(2).inProgress());

        assertThat(ids(query().singleChapter(true))).containsExactly(3L, 1L);
        assertThat(ids(query().singleChapter(true).complete(true))).containsExactly(1L);
        assertThat(ids(query().singleChapter(false))).containsExactly(4L, 3L, 2L, 1L);
    }

    @Test
    void languagesKeepWorksInAnyOfThem() {
        index(work(1).language("en"), work(2).language("fr"), work(3).language("de"), work(4).language("zh"));

        assertThat(ids(query().language("en").language("fr"))).containsExactly(2L, 1L);
        assertThat(ids(query().language("de"))).containsExactly(3L);
        assertThat(ids(query().language("zh").language("de").language("fr"))).containsExactly(4L, 3L, 2L);
        assertThat(ids(query().language("es"))).isEmpty();
        assertThat(ids(query())).containsExactly(4L, 3L, 2L, 1L);
    }

    // exclusions

    @Test
    void mutedCreatorsAreLeftOutOfHitsTotalsAndFacets() {
        index(
                work(1).creatorUser(7).tag(10, "Fandom"),
                work(2).creatorUser(8).tag(10, "Fandom"),
                work(3).creatorUser(9).creatorUser(8).tag(11, "Fandom"),
                work(4).creatorUser(9).tag(10, "Fandom"),
                work(5).tag(11, "Fandom"));
        var fandoms = List.of("Fandom");

        SearchHits oneMuted = search(query().excludeCreator(8).facets(fandoms, 5));
        assertThat(oneMuted.ids()).containsExactly(5L, 4L, 1L);
        assertThat(oneMuted.total()).isEqualTo(3);
        assertThat(oneMuted.facets().get("Fandom")).containsExactly(new FacetCount(10, 2), new FacetCount(11, 1));

        SearchHits twoMuted = search(query().excludeCreator(8).excludeCreator(9).facets(fandoms, 5));
        assertThat(twoMuted.ids()).containsExactly(5L, 1L);
        assertThat(twoMuted.total()).isEqualTo(2);
        assertThat(twoMuted.facets().get("Fandom")).containsExactly(new FacetCount(10, 1), new FacetCount(11, 1));

        assertThat(ids(query().creator(9L).excludeCreator(8))).containsExactly(4L);
        assertThat(ids(query().excludeCreator(99))).containsExactly(5L, 4L, 3L, 2L, 1L);
    }

    @Test
    void excludedWorkIdsAreLeftOutOfHitsTotalsAndFacets() {
        index(
                work(1).tag(10, "Fandom"),
                work(2).tag(11, "Fandom"),
                work(3).tag(10, "Fandom"),
                work(4).tag(11, "Fandom"));

        SearchHits hits = search(query().excludeWork(2).excludeWork(3).facets(List.of("Fandom"), 5));
        assertThat(hits.ids()).containsExactly(4L, 1L);
        assertThat(hits.total()).isEqualTo(2);
        assertThat(hits.facets().get("Fandom")).containsExactly(new FacetCount(10, 1), new FacetCount(11, 1));
        assertThat(ids(query().excludeWork(99))).containsExactly(4L, 3L, 2L, 1L);
    }

    @Test
    void exclusionsAloneWithoutAnyInclusionCombineAndShapeTheFacets() {
        index(
                work(1).creatorUser(7).tag(10, "Fandom").tag(100, "Character"),
                work(2).creatorUser(8).tag(10, "Fandom").tag(101, "Character"),
                work(3).creatorUser(7)
                        .crossover()
                        .tag(10, "Fandom")
                        .tag(11, "Fandom")
                        .tag(100, "Character"),
                work(4).creatorUser(7).tag(11, "Fandom").tag(101, "Character").tag(200, "Freeform"),
                work(5).creatorUser(9).tag(11, "Fandom").tag(100, "Character"),
                work(6).creatorUser(7).tag(12, "Fandom").tag(100, "Character"));

        SearchHits hits = search(query().exclude(200)
                .excludeCreator(8)
                .excludeWork(6)
                .crossover(Crossover.EXCLUDE)
                .facets(List.of("Fandom", "Character", "Freeform"), 10));

        assertThat(hits.ids()).containsExactly(5L, 1L);
        assertThat(hits.total()).isEqualTo(2);
        assertThat(hits.facets().get("Fandom")).containsExactly(new FacetCount(10, 1), new FacetCount(11, 1));
        assertThat(hits.facets().get("Character")).containsExactly(new FacetCount(100, 2));
        assertThat(hits.facets().get("Freeform")).isEmpty();
    }

    @Test
    void filtersApplyToEveryPageAndTheTotalAlike() {
        // words 10, 20, …, 300: the range [105, 255] keeps works 11..25, of which the even ones are in English
        index(LongStream.rangeClosed(1, 30)
                .mapToObj(id -> work(id).words((int) id * 10).language(id % 2 == 0 ? "en" : "fr"))
                .toArray(TestWork[]::new));

        WorkQuery.Builder q = query().words(between(105, 255)).language("en");
        SearchHits first = search(q.page(1, 3));
        assertThat(first.ids()).containsExactly(24L, 22L, 20L);
        assertThat(first.total()).isEqualTo(7);
        assertThat(ids(query().words(between(105, 255)).language("en").page(3, 3)))
                .containsExactly(12L);
    }
}
