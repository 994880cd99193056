package org.fanfold.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.PreferencesStore;
import org.fanfold.accounts.User;
import org.fanfold.shared.Viewer;
import org.fanfold.works.CoCreators;
import org.fanfold.works.CollectionFlags;
import org.fanfold.works.Credits;
import org.fanfold.works.Gifts;
import org.fanfold.works.SeriesChoice;
import org.fanfold.works.WorkEvents;
import org.fanfold.works.WorkInput;
import org.fanfold.works.WorkReader;
import org.fanfold.works.WorkRejected;
import org.fanfold.works.WorkService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Notices about a person rather than a subscription, and what works in anonymous collections tell, on every
 * database: gifts and co-creator invitations reach their one recipient (in the inbox and by e-mail) while they still
 * hold; a user who blocked a creator accepts no gift from them; subscription notices of a work in an anonymous
 * collection name nobody. Run against SQLite and PostgreSQL by its subclasses.
 */
abstract class PersonalNoticeContract {

    @Autowired
    Accounts accounts;

    @Autowired
    WorkService works;

    @Autowired
    WorkReader reader;

    @Autowired
    PreferencesStore preferences;

    @Autowired
    SubscriptionStore subscriptions;

    @Autowired
    InboxStore inbox;

    @Autowired
    NoticeFanout fanout;

    @Autowired
    Blocks blocks;

    @Autowired
    Gifts gifts;

    @Autowired
    CoCreators coCreators;

    @Autowired
    CollectionFlags flags;

    @Autowired
    MailDelivery mail;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcClient jdbc;

    NoticeTestData data;
    User author;
    User friend;

    @BeforeEach
    void people() {
        data = new NoticeTestData(accounts, works, reader, preferences);
        author = data.user();
        friend = data.user();
    }

    private List<Notice> notices(User user) {
        fanout.drain();
        return inbox.of(user.id());
    }

    private long giftTo(String title, WorkService.Mode mode, User... recipients) {
        return data.create(author, gifted(title, recipients), 1, mode);
    }

    private static WorkInput gifted(String title, User... recipients) {
        WorkInput w = NoticeTestData.input(title, 1, false, SeriesChoice.NONE);
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
                null,
                w.series(),
                java.util.Arrays.stream(recipients).map(User::login).toList());
    }

    @Test
    void aGiftIsNoticedToItsRecipientInTheInboxAndByEmail() {
        synchronized (mail) { // e-mail stays queued, to be read, until the test is done
            long work = giftTo("For a friend", WorkService.Mode.POST, friend);

            assertThat(notices(friend)).singleElement().satisfies(n -> {
                assertThat(n.kind()).isEqualTo(NoticeKind.GIFT);
                assertThat(n.workId()).isEqualTo(work);
                assertThat(n.actorName()).isEqualTo(author.login());
                InboxEntry entry = InboxEntry.of(n, "For a friend", friend.url(), n.createdAt());
                assertThat(entry.lead()).isEqualTo(author.login() + " posted a gift for you:");
                assertThat(entry.detailUrl()).isEqualTo(friend.url() + "/gifts");
            });
            assertThat(mailSubjects(friend)).containsExactly("[Fanfold] A gift work for you: For a friend");
            assertThat(notices(author)).isEmpty();
        }
    }

    @Test
    void aDraftsGiftIsNoticedWhenPostedAndAnEditTellsOnlyTheRecipientsItAdds() {
        User third = data.user();
        long draft = giftTo("Not yet", WorkService.Mode.DRAFT, friend);
        assertThat(notices(friend)).isEmpty();

        works.post(draft, NoticeTestData.viewer(author));
        assertThat(notices(friend)).extracting(Notice::kind).containsExactly(NoticeKind.GIFT);

        works.update(draft, NoticeTestData.viewer(author), gifted("Not yet", friend, third), null);
        assertThat(notices(friend)).hasSize(1);
        assertThat(notices(third)).extracting(Notice::kind).containsExactly(NoticeKind.GIFT);
    }

    @Test
    void aGiftRefusedBeforeItsNoticeGoesOutNotifiesNobody() {
        long work;
        synchronized (fanout) { // hold the fan-out back until the gift is refused
            work = giftTo("Unwanted", WorkService.Mode.POST, friend);
            gifts.refuse(friend.id(), work);
        }
        assertThat(notices(friend)).isEmpty();
    }

    @Test
    void aGiftOfAWorkInAnAnonymousCollectionComesFromAnonymous() {
        synchronized (mail) { // e-mail stays queued, to be read, until the test is done
            long work = data.post(author, "Secret Santa", 1);
            flags.set(work, true, false);
            fanout.drain();

            works.update(work, NoticeTestData.viewer(author), gifted("Secret Santa", friend), null);

            assertThat(notices(friend)).singleElement().satisfies(n -> {
                assertThat(n.kind()).isEqualTo(NoticeKind.GIFT);
                assertThat(n.actorName()).isEqualTo("Anonymous");
                assertThat(n.actorUserId()).isNull();
            });
            assertThat(mailBodies(friend)).singleElement().asString().doesNotContain(author.login());
        }
    }

    @Test
    void aUserWhoBlockedThePosterAcceptsNoGiftFromThemAndNothingIsWritten() {
        blocks.block(friend.id(), author.id());
        long before = worksCount();

        assertThatThrownBy(() -> giftTo("Not welcome", WorkService.Mode.POST, friend))
                .isInstanceOfSatisfying(
                        WorkRejected.class,
                        e -> assertThat(e.errors())
                                .containsEntry("gifts", friend.login() + " does not accept gifts from you."));
        assertThat(worksCount()).isEqualTo(before);
        assertThat(notices(friend)).isEmpty();
    }

    @Test
    void aGiftGivenBeforeABlockStaysWhenTheWorkIsEdited() {
        long work = giftTo("Given earlier", WorkService.Mode.POST, friend);
        blocks.block(friend.id(), author.id());

        works.update(work, NoticeTestData.viewer(author), gifted("Given earlier, edited", friend), null);

        assertThat(reader.view(work, Viewer.GUEST).orElseThrow().gifts())
                .extracting(g -> g.login())
                .containsExactly(friend.login());
    }

    @Test
    void aUserWhoBlockedACoCreatorAcceptsNoGiftOfTheirWork() {
        User coCreator = data.user();
        long work = works.create(
                NoticeTestData.viewer(author),
                new Credits(List.of(), List.of(coCreator.login())),
                NoticeTestData.input("Together", 1, false, SeriesChoice.NONE),
                List.of(org.fanfold.testing.TestData.chapter("Both of us.")),
                WorkService.Mode.POST);
        coCreators.accept(coCreator.id(), List.of(work));
        blocks.block(friend.id(), coCreator.id());

        assertThatThrownBy(() -> works.update(work, NoticeTestData.viewer(author), gifted("Together", friend), null))
                .isInstanceOfSatisfying(
                        WorkRejected.class,
                        e -> assertThat(e.errors()).containsEntry("gifts", friend.login() + " does not accept gifts."));
    }

    @Test
    void anInvitationToCoCreateADraftReachesTheInviteeWithTheWorksTitle() {
        synchronized (mail) { // e-mail stays queued, to be read, until the test is done
            long draft = works.create(
                    NoticeTestData.viewer(author),
                    new Credits(List.of(), List.of(friend.login())),
                    NoticeTestData.input("Draft for two", 1, false, SeriesChoice.NONE),
                    List.of(org.fanfold.testing.TestData.chapter("Half written.")),
                    WorkService.Mode.DRAFT);

            assertThat(notices(friend)).singleElement().satisfies(n -> {
                assertThat(n.kind()).isEqualTo(NoticeKind.INVITATION);
                assertThat(n.workId()).isEqualTo(draft);
                assertThat(n.actorName()).isEqualTo(author.login());
                // the invitee may not read the draft: the inbox shows the title it was sent with, and the requests page
                InboxEntry entry = InboxEntry.of(n, null, friend.url(), n.createdAt());
                assertThat(entry.available()).isTrue();
                assertThat(entry.lead()).isEqualTo(author.login() + " invited you to be a co-creator of");
                assertThat(entry.workTitle()).isEqualTo("Draft for two");
                assertThat(entry.workUrl()).isEqualTo(friend.url() + "/creatorships");
            });
            assertThat(mailSubjects(friend)).containsExactly("[Fanfold] Co-creator request: Draft for two");
        }
    }

    @Test
    void anInvitationDeclinedBeforeItsNoticeGoesOutNotifiesNobody() {
        synchronized (fanout) {
            long work = works.create(
                    NoticeTestData.viewer(author),
                    new Credits(List.of(), List.of(friend.login())),
                    NoticeTestData.input("Changed my mind", 1, false, SeriesChoice.NONE),
                    List.of(org.fanfold.testing.TestData.chapter("Solo after all.")),
                    WorkService.Mode.POST);
            coCreators.decline(friend.id(), List.of(work));
        }
        assertThat(notices(friend)).isEmpty();
    }

    @Test
    void aNewChapterOfAWorkInAnAnonymousCollectionNamesNoCreator() {
        synchronized (mail) { // e-mail stays queued, to be read, until the test is done
            long work = data.post(author, "Masked", 2);
            flags.set(work, true, false);
            subscriptions.subscribe(friend.id(), SubscriptionTarget.work(work), 1L);

            events.publishEvent(new WorkEvents.ChapterPosted(
                    work, data.chapterIds(work, author).get(1)));

            assertThat(notices(friend))
                    .singleElement()
                    .satisfies(n -> assertThat(n.actorName()).isEqualTo("Anonymous"));
            assertThat(mailSubjects(friend)).singleElement().asString().doesNotContain(author.login());
            assertThat(mailBodies(friend)).singleElement().asString().doesNotContain(author.login());
        }
    }

    @Test
    void aNewWorkInAnAnonymousCollectionTellsNobodyWhoFollowsItsCreatorOrAMixedSeries() {
        long first = data.create(
                author,
                NoticeTestData.input("Named part", 1, false, new SeriesChoice(null, "Mixed", null)),
                1,
                WorkService.Mode.POST);
        long series = data.seriesOf(first, author);
        fanout.drain();
        User seriesReader = data.user();
        subscriptions.subscribe(friend.id(), SubscriptionTarget.user(author.id()), 1L);
        subscriptions.subscribe(seriesReader.id(), SubscriptionTarget.series(series), 1L);

        synchronized (fanout) { // the work joins its anonymous collection in the transaction that posts it, on AO3
            long anonymous = data.create(
                    author,
                    NoticeTestData.input("Anonymous part", 1, false, new SeriesChoice(series, null, null)),
                    1,
                    WorkService.Mode.POST);
            flags.set(anonymous, true, false);
        }

        assertThat(notices(friend)).isEmpty();
        assertThat(notices(seriesReader)).isEmpty();
    }

    @Test
    void aCreatorsReplyOnTheirAnonymousWorkComesFromAnonymousCreator() {
        long work = data.post(author, "Masked reply", 1);
        flags.set(work, true, false);
        long chapter = data.chapterIds(work, author).getFirst();

        events.publishEvent(new CommentPosted(
                987_654_321L, work, chapter, author.id(), author.login(), friend.id(), "<p>Thank you!</p>"));

        assertThat(notices(friend)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NoticeKind.REPLY);
            assertThat(n.actorName()).isEqualTo("Anonymous Creator");
            assertThat(n.actorUserId()).isNull();
        });
    }

    private long worksCount() {
        return jdbc.sql("SELECT COUNT(*) FROM works").query(Long.class).single();
    }

    private List<String> mailSubjects(User user) {
        return jdbc.sql("SELECT subject FROM mail_outbox WHERE user_id = ? ORDER BY id")
                .param(user.id())
                .query(String.class)
                .list();
    }

    private List<String> mailBodies(User user) {
        return jdbc.sql("SELECT body FROM mail_outbox WHERE user_id = ? ORDER BY id")
                .param(user.id())
                .query(String.class)
                .list();
    }
}
