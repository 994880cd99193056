package org.fanfold.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.User;
import org.fanfold.search.WorkIndexer;
import org.fanfold.shared.ForbiddenException;
import org.fanfold.shared.Viewer;
import org.fanfold.tags.TagService;
import org.fanfold.testing.TestData;
import org.fanfold.works.WorkFilter;
import org.fanfold.works.WorkListings;
import org.fanfold.works.WorkReader;
import org.fanfold.works.WorkService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Collection rules on every database, written through the services and read back through the works module's reader
 * and listings and the search index. The suite is a chain: this class has the fixtures, which works a collection
 * takes and when they are listed (open, moderated, closed, invitations) and its participants;
 * {@link CollectionVisibilityContract} adds what anonymous and unrevealed collections hide, and
 * {@link CollectionMembershipContract} joining and deleting collections. The database tests extend the last.
 */
abstract class CollectionsContract {

    @Autowired
    Accounts accounts;

    @Autowired
    WorkService works;

    @Autowired
    WorkReader reader;

    @Autowired
    WorkListings listings;

    @Autowired
    WorkIndexer indexer;

    @Autowired
    TagService tags;

    @Autowired
    CollectionService collections;

    @Autowired
    CollectionItemService items;

    @Autowired
    JdbcClient jdbc;

    User author;
    Viewer authorView;
    User owner;
    Viewer ownerView;
    Viewer stranger;

    @BeforeEach
    void people() {
        author = TestData.user(accounts);
        authorView = TestData.viewer(author);
        owner = TestData.user(accounts);
        ownerView = TestData.viewer(owner);
        stranger = TestData.viewer(TestData.user(accounts));
    }

    ArchiveCollection collection(boolean moderated, boolean closed, boolean anonymous, boolean unrevealed) {
        String name = TestData.unique("coll_");
        return collections.create(
                new CollectionForm(name, "Title " + name, "<p>About</p>", moderated, closed, anonymous, unrevealed),
                ownerView);
    }

    long post(String title, String fandom) {
        return works.create(
                accounts.defaultPseud(author.id()),
                TestData.work(title, fandom, "Fluff"),
                List.of(TestData.chapter("Once upon a time " + title)),
                WorkService.Mode.POST);
    }

    WorkListings.Listing listing(WorkListings.Scope scope, String query, Viewer viewer) {
        indexer.drain();
        WorkFilter filter = query.isEmpty()
                ? WorkFilter.NONE
                : WorkFilter.parse(Map.of("work_search[query]", new String[] {query}));
        return listings.list(scope, filter, viewer, 10);
    }

    List<Long> inCollection(ArchiveCollection c, Viewer viewer) {
        return ids(listing(WorkListings.Scope.collection(c.id()), "", viewer));
    }

    static List<Long> ids(WorkListings.Listing listing) {
        return listing.works().items().stream().map(v -> v.work().id()).toList();
    }

    // which works a collection takes, and when they are listed

    @Test
    void anOpenCollectionListsAWorkAsSoonAsItsCreatorAddsIt() {
        ArchiveCollection open = collection(false, false, false, false);
        long work = post("Open Door", TestData.unique("F"));

        CollectionItem item = items.add(open, work, authorView);

        assertThat(item.listed()).isTrue();
        assertThat(inCollection(open, Viewer.GUEST)).containsExactly(work);
    }

    @Test
    void aModeratedCollectionHoldsOutsidersWorksUntilAMaintainerApproves() {
        ArchiveCollection moderated = collection(true, false, false, false);
        long work = post("Waiting Room", TestData.unique("F"));

        CollectionItem item = items.add(moderated, work, authorView);
        assertThat(item.collectionApproval()).isEqualTo(Approval.UNREVIEWED);
        assertThat(inCollection(moderated, Viewer.GUEST)).isEmpty();
        assertThat(inCollection(moderated, ownerView)).isEmpty();
        assertThatThrownBy(() -> items.moderate(item, authorView, Approval.APPROVED))
                .isInstanceOf(ForbiddenException.class);

        items.moderate(item, ownerView, Approval.APPROVED);
        assertThat(inCollection(moderated, Viewer.GUEST)).containsExactly(work);
    }

    @Test
    void membersWorksAreApprovedAtOnceInAModeratedCollection() {
        ArchiveCollection moderated = collection(true, false, false, false);
        collections.setParticipant(moderated, ownerView, author.login(), "member");
        long work = post("Member's Piece", TestData.unique("F"));

        assertThat(items.add(moderated, work, authorView).listed()).isTrue();
        assertThat(inCollection(moderated, Viewer.GUEST)).containsExactly(work);
    }

    @Test
    void aRejectedWorkIsNotListedAndCannotBeSentAgain() {
        ArchiveCollection moderated = collection(true, false, false, false);
        long work = post("Not This One", TestData.unique("F"));
        CollectionItem item = items.add(moderated, work, authorView);

        items.moderate(item, ownerView, Approval.REJECTED);

        assertThat(inCollection(moderated, ownerView)).isEmpty();
        assertThatThrownBy(() -> items.add(moderated, work, authorView))
                .isInstanceOfSatisfying(
                        CollectionRejected.class,
                        e -> assertThat(e.errors().get("collection")).contains("was rejected"));
    }

    @Test
    void aClosedCollectionTakesNewWorksFromItsMaintainersOnly() {
        ArchiveCollection closed = collection(false, true, false, false);
        long work = post("Too Late", TestData.unique("F"));
        long itemsBefore = count();

        assertThatThrownBy(() -> items.add(closed, work, authorView))
                .isInstanceOfSatisfying(
                        CollectionRejected.class,
                        e -> assertThat(e.getMessage()).contains("is closed"));
        assertThat(count()).isEqualTo(itemsBefore);

        long ownersWork = works.create(
                accounts.defaultPseud(owner.id()),
                TestData.work("Owner's Own", TestData.unique("F"), "Fluff"),
                List.of(TestData.chapter("text")),
                WorkService.Mode.POST);
        assertThat(items.add(closed, ownersWork, ownerView).listed()).isTrue();
    }

    @Test
    void onlyAWorksCreatorsAddItAndOnlyPostedWorks() {
        ArchiveCollection open = collection(false, false, false, false);
        long work = post("Mine", TestData.unique("F"));
        long draft = works.create(
                accounts.defaultPseud(author.id()),
                TestData.work("Draft", TestData.unique("F"), "Fluff"),
                List.of(TestData.chapter("text")),
                WorkService.Mode.DRAFT);

        assertThatThrownBy(() -> items.add(open, work, stranger)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> items.add(open, draft, authorView))
                .isInstanceOfSatisfying(
                        CollectionRejected.class,
                        e -> assertThat(e.getMessage()).contains("posted works"));
    }

    @Test
    void addingToSeveralCollectionsIsAllOrNothing() {
        ArchiveCollection open = collection(false, false, false, false);
        ArchiveCollection closed = collection(false, true, false, false);
        long work = post("Both Or Neither", TestData.unique("F"));

        assertThatThrownBy(() -> items.addToAll(work, List.of(open.name(), closed.name()), authorView))
                .isInstanceOf(CollectionRejected.class);
        assertThatThrownBy(() -> items.addToAll(work, List.of(open.name(), "no_such_collection_x"), authorView))
                .isInstanceOfSatisfying(
                        CollectionRejected.class,
                        e -> assertThat(e.getMessage()).contains("\"no_such_collection_x\""));
        assertThat(inCollection(open, Viewer.GUEST)).isEmpty();

        assertThat(items.addToAll(work, List.of(open.name()), authorView)).hasSize(1);
        assertThat(inCollection(open, Viewer.GUEST)).containsExactly(work);
    }

    @Test
    void anInvitedWorkIsListedOnceItsCreatorAccepts() {
        ArchiveCollection open = collection(false, true, false, false);
        long work = post("Invited", TestData.unique("F"));

        assertThatThrownBy(() -> items.invite(open, work, stranger)).isInstanceOf(ForbiddenException.class);
        CollectionItem item = items.invite(open, work, ownerView);
        assertThat(item.userApproval()).isEqualTo(Approval.UNREVIEWED);
        assertThat(inCollection(open, Viewer.GUEST)).isEmpty();

        assertThatThrownBy(() -> items.respond(item, ownerView, Approval.APPROVED))
                .isInstanceOf(ForbiddenException.class);
        items.respond(item, authorView, Approval.APPROVED);
        assertThat(inCollection(open, Viewer.GUEST)).containsExactly(work);
    }

    // the collection itself

    @Test
    void aTakenNameIsRefusedWhateverItsCaseAndNothingIsWritten() {
        ArchiveCollection c = collection(false, false, false, false);
        long before =
                jdbc.sql("SELECT COUNT(*) FROM collections").query(Long.class).single();

        assertThatThrownBy(() -> collections.create(
                        new CollectionForm(c.name().toUpperCase(), "Another", "", false, false, false, false),
                        stranger))
                .isInstanceOfSatisfying(
                        CollectionRejected.class, e -> assertThat(e.errors()).containsKey("name"));
        assertThatThrownBy(() -> collections.create(
                        new CollectionForm("bad name!", "", "", false, false, false, false), stranger))
                .isInstanceOfSatisfying(
                        CollectionRejected.class, e -> assertThat(e.errors()).containsKeys("name", "title"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM collections")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void theLastOwnerStaysAndModeratorsManageMembersOnly() {
        ArchiveCollection c = collection(false, false, false, false);
        User mod = TestData.user(accounts);
        User member = TestData.user(accounts);
        collections.setParticipant(c, ownerView, mod.login(), "moderator");
        Viewer modView = TestData.viewer(mod);

        collections.setParticipant(c, modView, member.login(), "member");
        assertThatThrownBy(() -> collections.setParticipant(c, modView, member.login(), "owner"))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> collections.setParticipant(c, stranger, member.login(), "member"))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> collections.removeParticipant(c, ownerView, owner.id()))
                .isInstanceOf(CollectionRejected.class);
        assertThatThrownBy(() -> collections.setParticipant(c, ownerView, owner.login(), "member"))
                .isInstanceOf(CollectionRejected.class);
        assertThatThrownBy(() -> collections.setParticipant(c, ownerView, "nobody_here_x", "member"))
                .isInstanceOfSatisfying(
                        CollectionRejected.class, e -> assertThat(e.errors()).containsKey("login"));

        collections.removeParticipant(c, TestData.viewer(member), member.id());
        assertThat(collections.role(c, TestData.viewer(member))).isEmpty();
        assertThat(collections.role(c, modView)).contains(CollectionRole.MODERATOR);
    }

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM collection_items")
                .query(Long.class)
                .single();
    }
}
