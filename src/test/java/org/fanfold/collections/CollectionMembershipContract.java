package org.fanfold.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fanfold.accounts.User;
import org.fanfold.shared.ForbiddenException;
import org.fanfold.shared.NotFoundException;
import org.fanfold.shared.Viewer;
import org.fanfold.testing.TestData;
import org.fanfold.works.WorkListings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Asking to join a collection and its maintainers' answer, and deleting a collection: its works stay, and whatever
 * it hid (creators, the works themselves) shows again in pages, listings and search.
 */
abstract class CollectionMembershipContract extends CollectionVisibilityContract {

    @Autowired
    CollectionMembership membership;

    /**
     * A collection titled to sort after the other tests' ones: the collections index pages by title, and other tests
     * sharing the database look for theirs on its first page.
     */
    ArchiveCollection late(boolean moderated, boolean anonymous, boolean unrevealed) {
        String name = TestData.unique("late_");
        return collections.create(
                new CollectionForm(name, "Zephyr " + name, "", moderated, false, anonymous, unrevealed), ownerView);
    }

    // joining

    @Test
    void aRequestToJoinAModeratedCollectionWaitsForAMaintainerWhoMakesAMember() {
        ArchiveCollection moderated = late(true, false, false);

        assertThat(membership.join(moderated, authorView)).isEqualTo(CollectionMembership.Outcome.APPLIED);
        assertThat(membership.join(moderated, authorView)).isEqualTo(CollectionMembership.Outcome.ALREADY_APPLIED);
        assertThat(collections.role(moderated, authorView)).isEmpty();
        assertThat(membership.applied(moderated, authorView)).isTrue();
        assertThat(membership.waiting(moderated, ownerView))
                .extracting(JoinRequest::login)
                .containsExactly(author.login());
        assertThat(membership.waitingCount(moderated, CollectionRole.OWNER)).isEqualTo(1);
        assertThat(membership.waitingCount(moderated, null)).isZero();
        assertThatThrownBy(() -> membership.waiting(moderated, stranger)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> membership.approve(moderated, authorView, author.id()))
                .isInstanceOf(ForbiddenException.class);

        membership.approve(moderated, ownerView, author.id());

        assertThat(collections.role(moderated, authorView)).contains(CollectionRole.MEMBER);
        assertThat(membership.applied(moderated, authorView)).isFalse();
        assertThat(membership.waiting(moderated, ownerView)).isEmpty();
        long work = post("Now a Member", TestData.unique("F"));
        assertThat(items.add(moderated, work, authorView).listed())
                .as("a member's work needs no approval")
                .isTrue();
        assertThat(membership.join(moderated, authorView)).isEqualTo(CollectionMembership.Outcome.ALREADY_PARTICIPANT);
    }

    @Test
    void aDeclinedOrWithdrawnRequestLeavesNothingBehind() {
        ArchiveCollection moderated = late(true, false, false);
        membership.join(moderated, authorView);
        membership.decline(moderated, ownerView, author.id());
        assertThat(membership.applied(moderated, authorView)).isFalse();
        assertThat(collections.role(moderated, authorView)).isEmpty();
        assertThatThrownBy(() -> membership.decline(moderated, ownerView, author.id()))
                .isInstanceOf(NotFoundException.class);

        membership.join(moderated, authorView);
        assertThat(membership.withdraw(moderated, authorView)).isTrue();
        assertThat(membership.withdraw(moderated, authorView)).isFalse();
        assertThat(membership.waiting(moderated, ownerView)).isEmpty();
    }

    @Test
    void joiningAnUnmoderatedCollectionNeedsNoApproval() {
        ArchiveCollection open = late(false, false, false);
        assertThat(membership.join(open, authorView)).isEqualTo(CollectionMembership.Outcome.JOINED);
        assertThat(collections.role(open, authorView)).contains(CollectionRole.MEMBER);
        assertThatThrownBy(() -> membership.join(open, Viewer.GUEST)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void addingSomeoneWhoAskedToJoinAnswersTheirRequest() {
        ArchiveCollection moderated = late(true, false, false);
        membership.join(moderated, authorView);
        collections.setParticipant(moderated, ownerView, author.login(), "moderator");
        assertThat(membership.applied(moderated, authorView)).isFalse();
        assertThat(collections.role(moderated, authorView)).contains(CollectionRole.MODERATOR);
    }

    // deleting

    @Test
    void deletingACollectionKeepsItsWorksAndShowsWhatItHid() {
        ArchiveCollection hiding = late(false, true, true);
        String word = TestData.unique("Lifted");
        long work = post(word, TestData.unique("F"));
        items.add(hiding, work, authorView);
        assertThat(reader.view(work, Viewer.GUEST)).isEmpty();

        collections.delete(hiding, ownerView);

        assertThatThrownBy(() -> collections.byName(hiding.name())).isInstanceOf(NotFoundException.class);
        var seen = reader.view(work, Viewer.GUEST).orElseThrow();
        assertThat(seen.work().anonymous()).isFalse();
        assertThat(seen.work().unrevealed()).isFalse();
        assertThat(seen.creators()).extracting(p -> p.name()).containsExactly(author.login());
        assertThat(ids(listing(WorkListings.Scope.ALL, word + " " + author.login(), Viewer.GUEST)))
                .containsExactly(work);
        assertThat(ids(listing(WorkListings.Scope.collection(hiding.id()), "", ownerView)))
                .isEmpty();
    }

    @Test
    void aWorkInAnotherAnonymousCollectionStaysAnonymousWhenOneIsDeleted() {
        ArchiveCollection anonymous = late(false, true, false);
        ArchiveCollection open = late(false, false, false);
        long work = post("Still Masked", TestData.unique("F"));
        items.add(anonymous, work, authorView);
        items.add(open, work, authorView);

        collections.delete(open, ownerView);

        assertThat(reader.view(work, Viewer.GUEST).orElseThrow().creators()).isEmpty();
        assertThat(inCollection(anonymous, Viewer.GUEST)).containsExactly(work);
    }

    @Test
    void onlyOwnersDeleteACollection() {
        ArchiveCollection c = late(false, false, false);
        User moderator = TestData.user(accounts);
        collections.setParticipant(c, ownerView, moderator.login(), "moderator");
        assertThatThrownBy(() -> collections.delete(c, TestData.viewer(moderator)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> collections.delete(c, stranger)).isInstanceOf(ForbiddenException.class);
        assertThat(collections.byName(c.name())).isEqualTo(c);
    }
}
