package org.fanfold.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.PreferencesStore;
import org.fanfold.accounts.User;
import org.fanfold.works.SeriesChoice;
import org.fanfold.works.WorkEvents;
import org.fanfold.works.WorkReader;
import org.fanfold.works.WorkService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Subscriptions on every database: the store, and who hears of a new chapter or a new work through the fan-out.
 * Run against SQLite and PostgreSQL by its subclasses.
 */
abstract class SubscriptionContract {

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
    MailDigest digest;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcClient jdbc;

    NoticeTestData data;
    User author;
    User reader1;

    @BeforeEach
    void people() {
        data = new NoticeTestData(accounts, works, reader, preferences);
        author = data.user();
        reader1 = data.user();
    }

    private List<Notice> notices(User user) {
        fanout.drain();
        return inbox.of(user.id());
    }

    @Test
    void subscribingTwiceKeepsOneSubscriptionAndUnsubscribingEndsIt() {
        long work = data.post(author, "Twice", 1);
        var target = SubscriptionTarget.work(work);
        assertThat(subscriptions.subscribe(reader1.id(), target, 1L)).isTrue();
        assertThat(subscriptions.subscribe(reader1.id(), target, 2L)).isFalse();
        assertThat(subscriptions.subscribe(reader1.id(), SubscriptionTarget.user(author.id()), 3L))
                .isTrue();
        assertThat(subscriptions.of(reader1.id()))
                .extracting(Subscription::target)
                .containsExactly(SubscriptionTarget.user(author.id()), target);
        assertThat(subscriptions.isSubscribed(reader1.id(), target)).isTrue();
        assertThat(subscriptions.subscribers(target)).containsExactly(reader1.id());
        assertThat(subscriptions.countsByWork(java.util.List.of(work, -1L)))
                .as("the creator's follower is no subscriber of the work")
                .containsExactly(java.util.Map.entry(work, 1L));

        assertThat(subscriptions.unsubscribe(reader1.id(), target)).isTrue();
        assertThat(subscriptions.unsubscribe(reader1.id(), target)).isFalse();
        assertThat(subscriptions.isSubscribed(reader1.id(), target)).isFalse();
    }

    @Test
    void aNewChapterNoticesTheWorksSubscribersButNeverItsCreator() {
        long work = data.post(author, "Lanterns", 2);
        User reader2 = data.user();
        subscriptions.subscribe(reader1.id(), SubscriptionTarget.work(work), 1L);
        subscriptions.subscribe(reader2.id(), SubscriptionTarget.work(work), 1L);
        subscriptions.subscribe(author.id(), SubscriptionTarget.work(work), 1L);
        long second = data.chapterIds(work, author).get(1);

        events.publishEvent(new WorkEvents.ChapterPosted(work, second));

        for (User r : List.of(reader1, reader2)) {
            assertThat(notices(r)).singleElement().satisfies(n -> {
                assertThat(n.kind()).isEqualTo(NoticeKind.CHAPTER);
                assertThat(n.workId()).isEqualTo(work);
                assertThat(n.chapterId()).isEqualTo(second);
                assertThat(n.detail()).isEqualTo("Chapter 2");
                assertThat(n.actorName()).isEqualTo(author.login());
                assertThat(n.unread()).isTrue();
                assertThat(n.url()).isEqualTo("/works/" + work + "/chapters/" + second);
            });
        }
        assertThat(notices(author)).isEmpty();
    }

    @Test
    void aNewWorkNoticesSubscribersOfItsCreatorAndOfItsSeriesOnceEach() {
        long first = data.create(
                author,
                NoticeTestData.input("Tides, part one", 1, false, new SeriesChoice(null, "Tides", null)),
                1,
                WorkService.Mode.POST);
        long series = data.seriesOf(first, author);
        fanout.drain(); // the first part's notices go out before anyone subscribes
        User seriesReader = data.user();
        User both = data.user();
        subscriptions.subscribe(reader1.id(), SubscriptionTarget.user(author.id()), 1L);
        subscriptions.subscribe(seriesReader.id(), SubscriptionTarget.series(series), 1L);
        subscriptions.subscribe(both.id(), SubscriptionTarget.user(author.id()), 1L);
        subscriptions.subscribe(both.id(), SubscriptionTarget.series(series), 1L);

        long second = data.create(
                author,
                NoticeTestData.input("Tides, part two", 1, false, new SeriesChoice(series, null, null)),
                1,
                WorkService.Mode.POST);

        assertThat(notices(reader1)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NoticeKind.WORK);
            assertThat(n.workId()).isEqualTo(second);
        });
        assertThat(notices(seriesReader)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NoticeKind.SERIES);
            assertThat(n.seriesId()).isEqualTo(series);
            assertThat(n.detail()).isEqualTo("Part 2 of Tides");
        });
        assertThat(notices(both)).hasSize(1);
        assertThat(notices(author)).isEmpty();
    }

    @Test
    void draftsNotifyNobodyUntilTheyArePosted() {
        subscriptions.subscribe(reader1.id(), SubscriptionTarget.user(author.id()), 1L);
        long draft = data.create(
                author, NoticeTestData.input("Still drafting", 1, false, SeriesChoice.NONE), 1, WorkService.Mode.DRAFT);
        assertThat(notices(reader1)).isEmpty();

        works.post(draft, NoticeTestData.viewer(author));
        assertThat(notices(reader1)).extracting(Notice::workId).containsExactly(draft);
    }

    @Test
    void restrictedWorksNotifySubscribersWhoAreAllSignedIn() {
        subscriptions.subscribe(reader1.id(), SubscriptionTarget.user(author.id()), 1L);
        long work = data.create(
                author, NoticeTestData.input("Members only", 1, true, SeriesChoice.NONE), 1, WorkService.Mode.POST);
        assertThat(notices(reader1)).extracting(Notice::workId).containsExactly(work);
    }

    @Test
    void aWorkHiddenByAnAdminNotifiesNoOneWhoCannotSeeIt() {
        long work = data.post(author, "Hidden", 2);
        User admin = data.user();
        accounts.setAdmin(admin.id(), true);
        subscriptions.subscribe(reader1.id(), SubscriptionTarget.work(work), 1L);
        subscriptions.subscribe(admin.id(), SubscriptionTarget.work(work), 1L);
        works.setHidden(work, NoticeTestData.viewer(accounts.byId(admin.id()).orElseThrow()), true);

        events.publishEvent(
                new WorkEvents.ChapterPosted(work, data.chapterIds(work, author).get(1)));

        assertThat(notices(reader1)).isEmpty();
        assertThat(notices(admin)).hasSize(1);
    }

    @Test
    void aDigestReaderGetsTheNoticeInTheInboxAndOneDigestLaterInsteadOfAnEmailEach() {
        data.prefer(reader1, NoticeTestData::digest);
        subscriptions.subscribe(reader1.id(), SubscriptionTarget.user(author.id()), 1L);
        data.post(author, "Digest one", 1);
        data.post(author, "Digest two", 1);

        assertThat(notices(reader1)).hasSize(2);
        assertThat(digestItems(reader1))
                .satisfiesExactly(
                        t -> assertThat(t).contains("posted a new work:\nDigest one"),
                        t -> assertThat(t).contains("posted a new work:\nDigest two"));

        digest.sendDigests();
        assertThat(digestItems(reader1)).isEmpty();
    }

    @Test
    void deletingAWorkEndsItsSubscriptionsAndNotices() {
        long work = data.post(author, "Short-lived", 2);
        subscriptions.subscribe(reader1.id(), SubscriptionTarget.work(work), 1L);
        events.publishEvent(
                new WorkEvents.ChapterPosted(work, data.chapterIds(work, author).get(1)));
        assertThat(notices(reader1)).hasSize(1);

        works.delete(work, NoticeTestData.viewer(author));
        assertThat(subscriptions.of(reader1.id())).isEmpty();
        assertThat(inbox.of(reader1.id())).isEmpty();
    }

    @Test
    void aChapterOfAWorkDeletedBeforeTheFanOutNotifiesNobody() {
        long work = data.post(author, "Gone quickly", 2);
        subscriptions.subscribe(reader1.id(), SubscriptionTarget.work(work), 1L);
        long second = data.chapterIds(work, author).get(1);
        synchronized (fanout) { // hold the fan-out back until the work is gone
            events.publishEvent(new WorkEvents.ChapterPosted(work, second));
            works.delete(work, NoticeTestData.viewer(author));
        }
        assertThat(notices(reader1)).isEmpty();
    }

    private List<String> digestItems(User user) {
        return jdbc.sql("SELECT text FROM mail_digest_items WHERE user_id = ?")
                .param(user.id())
                .query(String.class)
                .list();
    }
}
