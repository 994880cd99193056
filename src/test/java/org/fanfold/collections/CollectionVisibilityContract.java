package org.fanfold.collections;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fanfold.shared.Viewer;
import org.fanfold.tags.TagType;
import org.fanfold.testing.TestData;
import org.fanfold.works.SeriesChoice;
import org.fanfold.works.WorkInput;
import org.fanfold.works.WorkListings;
import org.fanfold.works.WorkService;
import org.fanfold.works.WorkView;
import org.junit.jupiter.api.Test;

/**
 * What anonymous and unrevealed collections hide — creators, or the works themselves — on work pages, in listings,
 * in search, in totals and in facet counts, and how revealing (or leaving) shows them again.
 */
abstract class CollectionVisibilityContract extends CollectionsContract {

    // anonymous collections

    @Test
    void anAnonymousCollectionHidesItsWorksCreatorsEverywhereUntilRevealed() {
        ArchiveCollection anonymous = collection(false, false, true, false);
        String word = TestData.unique("Masquerade");
        long work = post(word, TestData.unique("F"));
        items.add(anonymous, work, authorView);

        WorkView asGuest = reader.view(work, Viewer.GUEST).orElseThrow();
        assertThat(asGuest.work().anonymous()).isTrue();
        assertThat(asGuest.creators()).isEmpty();
        assertThat(reader.view(work, stranger).orElseThrow().creators()).isEmpty();
        assertThat(reader.view(work, authorView).orElseThrow().creators())
                .extracting(p -> p.name())
                .containsExactly(author.login());

        assertThat(ids(listing(WorkListings.Scope.ALL, word + " " + author.login(), Viewer.GUEST)))
                .as("the creator's name does not find it")
                .isEmpty();
        assertThat(ids(listing(WorkListings.Scope.ALL, word + " anonymous", Viewer.GUEST)))
                .containsExactly(work);
        var byAuthor = new WorkListings.Scope(null, author.id());
        assertThat(ids(listing(byAuthor, "", stranger))).doesNotContain(work);
        assertThat(listing(byAuthor, "", stranger).works().total()).isZero();
        assertThat(ids(listing(byAuthor, "", authorView))).contains(work);

        collections.reveal(anonymous, ownerView, false, true);

        assertThat(reader.view(work, Viewer.GUEST).orElseThrow().creators())
                .extracting(p -> p.name())
                .containsExactly(author.login());
        assertThat(ids(listing(WorkListings.Scope.ALL, word + " " + author.login(), Viewer.GUEST)))
                .containsExactly(work);
        assertThat(ids(listing(byAuthor, "", stranger))).contains(work);
    }

    // unrevealed collections

    @Test
    void anUnrevealedCollectionHidesItsWorksFromAllButCreatorsAndMaintainersInCountsAndFacetsToo() {
        ArchiveCollection unrevealed = collection(true, false, false, true);
        String fandom = TestData.unique("Secret Fandom ");
        long work = post(TestData.unique("Surprise"), fandom);
        var fandomScope = new WorkListings.Scope(tags.find(fandom).orElseThrow(), null);

        CollectionItem item = items.add(unrevealed, work, authorView);
        assertThat(item.collectionApproval())
                .as("still waiting for the moderator")
                .isEqualTo(Approval.UNREVIEWED);

        for (Viewer v : List.of(Viewer.GUEST, stranger)) {
            assertThat(reader.view(work, v)).as("page for %s", v).isEmpty();
            assertThat(reader.requiresLogin(work, v)).isFalse();
            var tagListing = listing(fandomScope, "", v);
            assertThat(tagListing.works().total()).isZero();
            assertThat(tagListing.facets()).as("no facet counts it").isEmpty();
        }
        assertThat(reader.view(work, authorView)).isPresent();
        assertThat(reader.view(work, ownerView))
                .as("maintainers see what waits for them")
                .isPresent();
        var ownersListing = listing(fandomScope, "", ownerView);
        assertThat(ownersListing.works().total()).isEqualTo(1);
        assertThat(ownersListing.facets().get(TagType.RATING))
                .singleElement()
                .satisfies(f -> assertThat(f.count()).isEqualTo(1));

        items.moderate(item, ownerView, Approval.APPROVED);
        assertThat(inCollection(unrevealed, ownerView)).containsExactly(work);
        assertThat(inCollection(unrevealed, authorView)).containsExactly(work);
        for (Viewer v : List.of(Viewer.GUEST, stranger)) {
            var collectionListing = listing(WorkListings.Scope.collection(unrevealed.id()), "", v);
            assertThat(collectionListing.works().total()).isZero();
            assertThat(collectionListing.facets()).isEmpty();
        }

        collections.setParticipant(unrevealed, ownerView, stranger.login(), "moderator");
        assertThat(reader.view(work, stranger)).as("a new moderator sees it").isPresent();
        assertThat(inCollection(unrevealed, stranger)).containsExactly(work);

        collections.reveal(unrevealed, ownerView, true, false);

        var revealed = listing(WorkListings.Scope.collection(unrevealed.id()), "", Viewer.GUEST);
        assertThat(ids(revealed)).containsExactly(work);
        assertThat(revealed.facets().get(TagType.RATING)).singleElement().satisfies(f -> {
            assertThat(f.tag().name()).isEqualTo("General Audiences");
            assertThat(f.count()).isEqualTo(1);
        });
        assertThat(reader.view(work, Viewer.GUEST)).isPresent();
    }

    @Test
    void takingAWorkOutOfItsUnrevealedCollectionShowsItAgain() {
        ArchiveCollection unrevealed = collection(false, false, true, true);
        long work = post(TestData.unique("Back Out"), TestData.unique("F"));
        CollectionItem item = items.add(unrevealed, work, authorView);
        assertThat(reader.view(work, Viewer.GUEST)).isEmpty();

        items.remove(item, authorView);

        WorkView view = reader.view(work, Viewer.GUEST).orElseThrow();
        assertThat(view.work().unrevealed()).isFalse();
        assertThat(view.work().anonymous()).isFalse();
        assertThat(view.creators()).isNotEmpty();
    }

    @Test
    void aCollectionThatBecomesUnrevealedHidesItsWorksAtOnce() {
        ArchiveCollection c = collection(false, false, false, false);
        long work = post(TestData.unique("Later Hidden"), TestData.unique("F"));
        items.add(c, work, authorView);
        assertThat(inCollection(c, Viewer.GUEST)).containsExactly(work);

        collections.update(c, new CollectionForm(c.name(), c.title(), "", false, false, false, true), ownerView);

        assertThat(inCollection(c, Viewer.GUEST)).isEmpty();
        assertThat(reader.view(work, Viewer.GUEST)).isEmpty();
        assertThat(inCollection(c, ownerView)).containsExactly(work);
    }

    @Test
    void anAnonymousWorkIsNotTiedToItsCreatorsNamedSeriesForReaders() {
        ArchiveCollection anonymous = collection(false, false, true, false);
        long named = works.create(
                accounts.defaultPseud(author.id()),
                inSeries(TestData.work(TestData.unique("Named Part"), "F", "Fluff"), null),
                List.of(TestData.chapter("text")),
                WorkService.Mode.POST);
        long seriesId =
                reader.view(named, authorView).orElseThrow().series().getFirst().seriesId();
        long hidden = works.create(
                accounts.defaultPseud(author.id()),
                inSeries(TestData.work(TestData.unique("Hidden Part"), "F", "Fluff"), seriesId),
                List.of(TestData.chapter("text")),
                WorkService.Mode.POST);
        items.add(anonymous, hidden, authorView);

        assertThat(reader.view(hidden, stranger).orElseThrow().series())
                .as("no way from the anonymous work to its creator's series")
                .isEmpty();
        assertThat(reader.view(named, stranger)
                        .orElseThrow()
                        .series()
                        .getFirst()
                        .nextWorkId())
                .isNull();
        assertThat(reader.view(hidden, authorView)
                        .orElseThrow()
                        .series()
                        .getFirst()
                        .position())
                .isEqualTo(2);

        collections.reveal(anonymous, ownerView, false, true);
        assertThat(reader.view(hidden, stranger)
                        .orElseThrow()
                        .series()
                        .getFirst()
                        .previousWorkId())
                .isEqualTo(named);
    }

    /** {@code base} in the series {@code seriesId}, or in a new one when null. */
    private static WorkInput inSeries(WorkInput base, Long seriesId) {
        return new WorkInput(
                base.title(),
                base.fandoms(),
                base.rating(),
                base.warnings(),
                base.categories(),
                base.relationships(),
                base.characters(),
                base.freeforms(),
                base.language(),
                base.summary(),
                base.notes(),
                base.endNotes(),
                base.expectedChapters(),
                base.restricted(),
                base.importedAuthor(),
                seriesId == null
                        ? new SeriesChoice(null, TestData.unique("Saga "), null)
                        : new SeriesChoice(seriesId, null, null),
                base.giftRecipients());
    }
}
