package org.fanfold.works;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.Pseud;
import org.fanfold.accounts.PseudEditor;
import org.fanfold.accounts.PseudForm;
import org.fanfold.accounts.User;
import org.fanfold.search.WorkIndexer;
import org.fanfold.shared.ForbiddenException;
import org.fanfold.shared.Viewer;
import org.fanfold.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who works are credited to, on every database: pseuds chosen when posting, co-creators credited only once they
 * accept, deleted pseuds' works passing to the default pseud, and gifts their recipients may refuse.
 */
abstract class CreditsContract {

    @Autowired
    Accounts accounts;

    @Autowired
    PseudEditor pseuds;

    @Autowired
    WorkService works;

    @Autowired
    WorkReader reader;

    @Autowired
    WorkListings listings;

    @Autowired
    CoCreators coCreators;

    @Autowired
    Gifts gifts;

    @Autowired
    WorkIndexer indexer;

    @Autowired
    JdbcClient jdbc;

    User author;
    Viewer authorView;
    User friend;
    Viewer friendView;

    @BeforeEach
    void people() {
        author = TestData.user(accounts);
        authorView = TestData.viewer(author);
        friend = TestData.user(accounts);
        friendView = TestData.viewer(friend);
    }

    Pseud pseud(User user, String name) {
        return pseuds.create(user, new PseudForm(name, "", false, "", "", false), null);
    }

    long post(Viewer viewer, Credits credits, String title) {
        return works.create(
                viewer,
                credits,
                TestData.work(title, "Credits Fandom", "Fluff"),
                List.of(TestData.chapter("Text of " + title)),
                WorkService.Mode.POST);
    }

    List<String> bylines(long workId, Viewer viewer) {
        return reader.view(workId, viewer).orElseThrow().creators().stream()
                .map(Pseud::byline)
                .toList();
    }

    List<Long> listed(WorkListings.Scope scope) {
        indexer.drain();
        return listings.list(scope, Viewer.GUEST).items().stream()
                .map(v -> v.work().id())
                .toList();
    }

    @Test
    void aWorkPostedUnderASecondPseudIsCreditedToItAndListedOnItsPage() {
        Pseud second = pseud(author, TestData.unique("Second"));
        long byDefault = post(authorView, Credits.DEFAULT, "Plain");
        long bySecond = post(authorView, new Credits(List.of(second.id()), List.of()), "Masked");

        assertThat(bylines(byDefault, Viewer.GUEST)).containsExactly(author.login());
        assertThat(bylines(bySecond, Viewer.GUEST)).containsExactly(second.byline());
        assertThat(listed(WorkListings.Scope.pseud(author.id(), second.id()))).containsExactly(bySecond);
        assertThat(listed(new WorkListings.Scope(null, author.id()))).containsExactlyInAnyOrder(byDefault, bySecond);

        var refused = catchRejected(() -> post(
                authorView,
                new Credits(List.of(accounts.defaultPseud(friend.id()).id()), List.of()),
                "Stolen"));
        assertThat(refused).containsKey("pseuds");
    }

    @Test
    void anInvitedCoCreatorIsCreditedAndMayEditOnlyAfterAccepting() {
        long id = post(authorView, new Credits(List.of(), List.of(friend.login())), "Together");

        assertThat(bylines(id, Viewer.GUEST)).containsExactly(author.login());
        assertThat(coCreators.invited(id)).extracting(Pseud::userId).containsExactly(friend.id());
        assertThat(coCreators.invitationsFor(friend.id()))
                .extracting(CoCreators.Invitation::workTitle)
                .containsExactly("Together");
        assertThatThrownBy(() -> works.update(id, friendView, TestData.work("Hijacked", "F", "x"), null))
                .isInstanceOf(ForbiddenException.class);
        assertThat(listed(new WorkListings.Scope(null, friend.id()))).doesNotContain(id);

        assertThat(coCreators.accept(friend.id(), List.of(id, 999_999_999L))).containsExactly(id);

        assertThat(bylines(id, Viewer.GUEST)).containsExactly(author.login(), friend.login());
        assertThat(coCreators.invitationsFor(friend.id())).isEmpty();
        assertThat(coCreators.invited(id)).isEmpty();
        assertThat(listed(new WorkListings.Scope(null, friend.id()))).contains(id);
        works.update(id, friendView, TestData.work("Together, Revised", "Credits Fandom", "Fluff"), null);
        assertThat(reader.view(id, Viewer.GUEST).orElseThrow().work().title()).isEqualTo("Together, Revised");
        assertThat(bylines(id, Viewer.GUEST)).containsExactly(author.login(), friend.login());
    }

    @Test
    void aDeclinedRequestLeavesTheWorkAsItWas() {
        long id = post(authorView, new Credits(List.of(), List.of(friend.login())), "Alone After All");
        assertThat(coCreators.decline(friend.id(), List.of(id))).isEqualTo(1);
        assertThat(coCreators.invited(id)).isEmpty();
        assertThat(bylines(id, Viewer.GUEST)).containsExactly(author.login());
        assertThat(coCreators.accept(friend.id(), List.of(id))).isEmpty();
        assertThat(bylines(id, Viewer.GUEST)).containsExactly(author.login());
    }

    @Test
    void unknownOrAmbiguousCoCreatorsRejectTheWholeWork() {
        String twin = TestData.unique("Twin");
        pseud(friend, twin);
        pseud(TestData.user(accounts), twin);
        long before = count();

        var errors = catchRejected(() -> post(authorView, new Credits(List.of(), List.of("nobody_" + twin)), "Lost"));
        assertThat(errors.get("coCreators")).isEqualTo("Could not find a pseud nobody_" + twin + ".");
        errors = catchRejected(() -> post(authorView, new Credits(List.of(), List.of(twin)), "Lost"));
        assertThat(errors.get("coCreators")).startsWith("The pseud " + twin + " is ambiguous");
        assertThat(count()).isEqualTo(before);

        long id = post(authorView, new Credits(List.of(), List.of(twin + " (" + friend.login() + ")")), "Found");
        assertThat(coCreators.invited(id)).extracting(Pseud::name).containsExactly(twin);
        assertThat(coCreators.invited(id)).extracting(Pseud::userId).containsExactly(friend.id());
    }

    @Test
    void aCoCreatorMayRemoveThemselvesButTheLastCreatorMayNot() {
        long id = post(authorView, new Credits(List.of(), List.of(friend.login())), "Parting");
        assertThat(catchRejected(() -> coCreators.removeCreator(id, authorView)))
                .containsKey("creators");
        coCreators.accept(friend.id(), List.of(id));

        coCreators.removeCreator(id, friendView);
        assertThat(bylines(id, Viewer.GUEST)).containsExactly(author.login());
        assertThatThrownBy(() -> works.update(id, friendView, TestData.work("Mine now", "F", "x"), null))
                .isInstanceOf(ForbiddenException.class);
        assertThat(catchRejected(() -> coCreators.removeCreator(id, authorView)))
                .containsKey("creators");
    }

    @Test
    void editingChangesOnlyTheEditorsOwnPseudsAndKeepsOtherCreatorsInPlace() {
        Pseud second = pseud(author, TestData.unique("Alias"));
        long id = post(authorView, new Credits(List.of(), List.of(friend.login())), "Swap");
        coCreators.accept(friend.id(), List.of(id));

        works.update(
                id,
                authorView,
                TestData.work("Swap", "Credits Fandom", "Fluff"),
                null,
                new Credits(List.of(second.id()), List.of()));
        assertThat(bylines(id, Viewer.GUEST)).containsExactly(second.byline(), friend.login());
        indexer.drain();
        assertThat(listed(WorkListings.Scope.pseud(author.id(), second.id()))).containsExactly(id);
    }

    @Test
    void deletingAPseudCreditsItsWorksToTheDefaultPseud() {
        Pseud doomed = pseud(author, TestData.unique("Doomed"));
        Pseud main = accounts.defaultPseud(author.id());
        long alone = post(authorView, new Credits(List.of(doomed.id()), List.of()), "Orphan");
        long both = post(authorView, new Credits(List.of(main.id(), doomed.id()), List.of()), "Twice");
        long invited = post(friendView, new Credits(List.of(), List.of(doomed.byline())), "Invitation");

        pseuds.delete(accounts.pseudsByIds(List.of(doomed.id())).get(doomed.id()));

        assertThat(bylines(alone, Viewer.GUEST)).containsExactly(author.login());
        assertThat(bylines(both, Viewer.GUEST)).containsExactly(author.login());
        assertThat(coCreators.invited(invited)).extracting(Pseud::id).containsExactly(main.id());
        assertThat(listed(WorkListings.Scope.pseud(author.id(), main.id()))).contains(alone, both);
    }

    @Test
    void aRefusedGiftNoLongerNamesItsRecipientEvenAfterTheWorkIsEdited() {
        WorkInput gifted = withGifts(
                TestData.work("Present", "Credits Fandom", "Fluff"),
                friend.login(),
                "Someone Without An Account",
                friend.login().toUpperCase());
        long id = works.create(
                accounts.defaultPseud(author.id()),
                gifted,
                List.of(TestData.chapter("For you")),
                WorkService.Mode.POST);
        assertThat(reader.view(id, Viewer.GUEST).orElseThrow().gifts())
                .containsExactly(
                        new Gift(friend.login(), friend.login()), new Gift("Someone Without An Account", null));
        assertThat(gifts.received(friend.id(), false, Viewer.GUEST, 1).items())
                .extracting(v -> v.work().id())
                .containsExactly(id);

        assertThat(gifts.refuse(friend.id(), id)).isTrue();
        assertThat(gifts.refuse(friend.id(), id)).isFalse();
        assertThat(reader.view(id, Viewer.GUEST).orElseThrow().gifts())
                .containsExactly(new Gift("Someone Without An Account", null));
        assertThat(gifts.received(friend.id(), false, Viewer.GUEST, 1).items()).isEmpty();
        assertThat(gifts.received(friend.id(), true, friendView, 1).items()).hasSize(1);

        works.update(id, authorView, gifted, null);
        assertThat(reader.view(id, Viewer.GUEST).orElseThrow().gifts())
                .containsExactly(new Gift("Someone Without An Account", null));

        assertThat(gifts.accept(friend.id(), id)).isTrue();
        assertThat(reader.view(id, Viewer.GUEST).orElseThrow().gifts())
                .extracting(Gift::login)
                .contains(friend.login());
    }

    @Test
    void giftsListOnlyWorksTheViewerMaySee() {
        WorkInput restricted = withGifts(TestData.work("Members Only", "Credits Fandom", "Fluff"), friend.login());
        restricted = new WorkInput(
                restricted.title(),
                restricted.fandoms(),
                restricted.rating(),
                restricted.warnings(),
                restricted.categories(),
                restricted.relationships(),
                restricted.characters(),
                restricted.freeforms(),
                restricted.language(),
                restricted.summary(),
                restricted.notes(),
                restricted.endNotes(),
                restricted.expectedChapters(),
                true,
                null,
                restricted.series(),
                restricted.giftRecipients());
        long id = works.create(
                accounts.defaultPseud(author.id()),
                restricted,
                List.of(TestData.chapter("Shh")),
                WorkService.Mode.POST);
        assertThat(gifts.received(friend.id(), false, Viewer.GUEST, 1).total()).isZero();
        assertThat(gifts.received(friend.id(), false, friendView, 1).items())
                .extracting(v -> v.work().id())
                .containsExactly(id);
    }

    private static WorkInput withGifts(WorkInput w, String... recipients) {
        return new WorkInput(
                w.title(),
                w.fandoms(),
                w.rating(),
                w.warnings(),
                w.categories(),
                w.relationships(),
                w.characters(),
                w.freeforms(),
                w.language(),
                w.summary(),
                w.notes(),
                w.endNotes(),
                w.expectedChapters(),
                w.restricted(),
                w.importedAuthor(),
                w.series(),
                List.of(recipients));
    }

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM works").query(Long.class).single();
    }

    private static Map<String, String> catchRejected(Runnable action) {
        try {
            action.run();
        } catch (WorkRejected e) {
            return e.errors();
        }
        throw new AssertionError("expected the work to be rejected");
    }
}
