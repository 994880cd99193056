package org.fanfold.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fanfold.search.TestWork.work;

import java.util.List;
import org.fanfold.search.SearchHits.FacetCount;
import org.junit.jupiter.api.Test;

/**
 * Collections in the index: the collection filter, anonymous works (never found under their creators, whether by
 * filter or by muting) and unrevealed works (seen only by their creators and their unrevealed readers, in hits,
 * totals and facet counts alike, whoever else asks, admins included).
 */
public abstract class CollectionContract extends FilterContract {

    private static final List<String> FANDOMS = List.of("Fandom");

    @Test
    void collectionFilterKeepsWorksInAnyOfTheCollectionsWithExactTotalsAndFacets() {
        index(
                work(1).inCollection(50).tag(10, "Fandom"),
                work(2).inCollection(50).inCollection(51).tag(11, "Fandom"),
                work(3).inCollection(51).tag(10, "Fandom"),
                work(4).tag(10, "Fandom"));

        SearchHits one = search(query().collection(50).facets(FANDOMS, 5));
        assertThat(one.ids()).containsExactly(2L, 1L);
        assertThat(one.total()).isEqualTo(2);
        assertThat(one.facets().get("Fandom")).containsExactly(new FacetCount(10, 1), new FacetCount(11, 1));

        assertThat(ids(query().collection(51))).containsExactly(3L, 2L);
        assertThat(ids(query().collection(50).collection(51))).containsExactly(3L, 2L, 1L);
        assertThat(ids(query().collection(50).include(10))).containsExactly(1L);
        assertThat(ids(query().collection(99))).isEmpty();
        assertThat(ids(query())).containsExactly(4L, 3L, 2L, 1L);
    }

    @Test
    void anonymousWorksAreFoundAsAnonymousButNeverUnderTheirCreators() {
        index(
                work(1).creators("Rowan").creatorUser(7).title("lanterns"),
                work(2).creatorUser(7).anonymous().title("lanterns"),
                work(3).creatorUser(8).anonymous().title("lanterns"));

        assertThat(matching("Rowan")).containsExactly(1L);
        assertThat(matching("anonymous")).containsExactly(3L, 2L);
        assertThat(ids(query().creator(7L)))
                .as("others see the named work only")
                .containsExactly(1L);
        assertThat(ids(WorkQuery.builder(SIGNED_IN).creator(7L))).containsExactly(1L);
        assertThat(ids(WorkQuery.builder(ADMIN).creator(7L))).containsExactly(1L);
        assertThat(total(query().creator(7L))).isEqualTo(1);
        assertThat(ids(WorkQuery.builder(new SearchVisibility(true, false, 7L)).creator(7L)))
                .as("the creator sees their own anonymous work on their page")
                .containsExactly(2L, 1L);
        assertThat(ids(WorkQuery.builder(new SearchVisibility(true, false, 8L)).creator(7L)))
                .containsExactly(1L);
    }

    @Test
    void mutingACreatorLeavesTheirAnonymousWorksInPlace() {
        index(
                work(1).creatorUser(7).tag(10, "Fandom"),
                work(2).creatorUser(7).anonymous().tag(10, "Fandom"),
                work(3).creatorUser(8).tag(11, "Fandom"));

        SearchHits hits = search(query().excludeCreator(7).facets(FANDOMS, 5));
        assertThat(hits.ids()).containsExactly(3L, 2L);
        assertThat(hits.total()).isEqualTo(2);
        assertThat(hits.facets().get("Fandom")).containsExactly(new FacetCount(10, 1), new FacetCount(11, 1));
    }

    @Test
    void unrevealedWorksAreSeenOnlyByTheirCreatorsAndReadersInHitsTotalsAndFacets() {
        index(
                work(1).creatorUser(7).inCollection(50).tag(10, "Fandom"),
                work(2).creatorUser(7).inCollection(50).unrevealed(20L).tag(11, "Fandom"),
                work(3).creatorUser(8).inCollection(50).unrevealed(20L, 21L).tag(11, "Fandom"),
                work(4).creatorUser(8).unrevealed().restricted().tag(12, "Fandom"));

        for (var v : List.of(SearchVisibility.PUBLIC, SIGNED_IN, ADMIN, new SearchVisibility(true, true, 9L))) {
            SearchHits hits = search(WorkQuery.builder(v).collection(50).facets(FANDOMS, 5));
            assertThat(hits.ids()).as("seen with %s", v).containsExactly(1L);
            assertThat(hits.total()).isEqualTo(1);
            assertThat(hits.facets().get("Fandom")).containsExactly(new FacetCount(10, 1));
            assertThat(total(WorkQuery.builder(v))).isEqualTo(1);
        }

        SearchHits creator =
                search(WorkQuery.builder(new SearchVisibility(true, false, 7L)).facets(FANDOMS, 5));
        assertThat(creator.ids()).containsExactly(2L, 1L);
        assertThat(creator.facets().get("Fandom")).containsExactly(new FacetCount(10, 1), new FacetCount(11, 1));

        SearchHits maintainer = search(WorkQuery.builder(new SearchVisibility(true, false, 20L))
                .collection(50)
                .facets(FANDOMS, 5));
        assertThat(maintainer.ids()).containsExactly(3L, 2L, 1L);
        assertThat(maintainer.total()).isEqualTo(3);
        assertThat(maintainer.facets().get("Fandom")).containsExactly(new FacetCount(11, 2), new FacetCount(10, 1));

        assertThat(ids(WorkQuery.builder(new SearchVisibility(true, false, 21L))))
                .containsExactly(3L, 1L);
        assertThat(ids(WorkQuery.builder(new SearchVisibility(false, false, 8L))))
                .as("their own unrevealed work, but still not a restricted one while signed out")
                .containsExactly(3L, 1L);
        assertThat(ids(WorkQuery.builder(new SearchVisibility(true, false, 8L))))
                .containsExactly(4L, 3L, 1L);
    }

    @Test
    void revealingAWorkIsAnUpsertWithoutTheFlags() {
        index(work(1).creatorUser(7).anonymous().unrevealed().inCollection(50));
        assertThat(ids(query().collection(50))).isEmpty();

        index(work(1).creatorUser(7).creators("Rowan").inCollection(50));
        assertThat(ids(query().collection(50))).containsExactly(1L);
        assertThat(ids(query().creator(7L))).containsExactly(1L);
        assertThat(matching("Rowan")).containsExactly(1L);
    }
}
