package org.fanfold.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.PreferencesStore;
import org.fanfold.accounts.User;
import org.fanfold.works.WorkReader;
import org.fanfold.works.WorkService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The inbox on every database: comment and reply notices as the preferences say, unread counts, marking and
 * deleting (only one's own), paging. Run against SQLite and PostgreSQL by its subclasses.
 */
abstract class InboxContract {

    @Autowired
    Accounts accounts;

    @Autowired
    WorkService works;

    @Autowired
    WorkReader reader;

    @Autowired
    PreferencesStore preferences;

    @Autowired
    InboxStore inbox;

    @Autowired
    NoticeFanout fanout;

    @Autowired
    ApplicationEventPublisher events;

    NoticeTestData data;
    User author;
    User commenter;
    long work;

    private static long comments = 1_000;

    @BeforeEach
    void people() {
        data = new NoticeTestData(accounts, works, reader, preferences);
        author = data.user();
        commenter = data.user();
        work = data.post(author, "Comment me", 2);
    }

    private List<Notice> notices(User user) {
        fanout.drain();
        return inbox.of(user.id());
    }

    private long comment(User by, Long chapterId, User repliedTo, String html) {
        long id = ++comments;
        events.publishEvent(new CommentPosted(
                id,
                work,
                chapterId,
                by == null ? null : by.id(),
                by == null ? "A guest" : by.login(),
                repliedTo == null ? null : repliedTo.id(),
                html));
        return id;
    }

    @Test
    void aCommentNoticesTheWorksCreatorWithTheCommentAndWhereItIs() {
        long chapter = data.chapterIds(work, author).get(1);
        long id = comment(commenter, chapter, null, "<p>Loved the <em>storm</em>.</p>");

        assertThat(notices(author)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NoticeKind.COMMENT);
            assertThat(n.commentId()).isEqualTo(id);
            assertThat(n.actorUserId()).isEqualTo(commenter.id());
            assertThat(n.actorName()).isEqualTo(commenter.login());
            assertThat(n.detail()).isEqualTo("Chapter 2");
            assertThat(n.body()).isEqualTo("<p>Loved the <em>storm</em>.</p>");
            assertThat(n.url())
                    .isEqualTo("/works/" + work + "/chapters/" + chapter + "?show_comments=true#comment_" + id);
        });
        assertThat(notices(commenter)).isEmpty();
    }

    @Test
    void aReplyNoticesTheRepliedToButNeverTheReplierThemself() {
        comment(author, null, commenter, "<p>Thank you!</p>");
        assertThat(notices(commenter)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NoticeKind.REPLY);
            assertThat(n.detail()).isEmpty();
        });
        assertThat(notices(author)).isEmpty();
    }

    @Test
    void aGuestsCommentNoticesTheCreatorAndItsHtmlIsSanitizedAgain() {
        comment(null, null, null, "<p>Hi<script>alert(1)</script></p>");
        assertThat(notices(author)).singleElement().satisfies(n -> {
            assertThat(n.actorUserId()).isNull();
            assertThat(n.actorName()).isEqualTo("A guest");
            assertThat(n.body()).doesNotContain("script").contains("Hi");
        });
    }

    @Test
    void commentsStayOutOfTheInboxWhenTheCreatorTurnedThatOff() {
        data.prefer(author, NoticeTestData::noCommentInbox);
        comment(commenter, null, null, "<p>Hello</p>");
        assertThat(notices(author)).isEmpty();
    }

    @Test
    void unreadCountsFollowMarkingReadAndUnread() {
        for (int i = 0; i < 3; i++) comment(commenter, null, null, "<p>Comment " + i + "</p>");
        List<Long> ids = notices(author).stream().map(Notice::id).toList();
        assertThat(inbox.unread(author.id())).isEqualTo(3);

        assertThat(inbox.mark(author.id(), ids.subList(0, 2), true, 5L)).isEqualTo(2);
        assertThat(inbox.unread(author.id())).isEqualTo(1);
        assertThat(inbox.unreadByKind(author.id())).containsExactly(java.util.Map.entry(NoticeKind.COMMENT, 1L));
        assertThat(inbox.mark(author.id(), ids.subList(0, 2), true, 6L)).isZero();
        assertThat(inbox.page(author.id(), InboxFilter.UNREAD, 1, 20).items())
                .extracting(Notice::id)
                .containsExactly(ids.get(2));
        assertThat(inbox.page(author.id(), InboxFilter.READ, 1, 20).total()).isEqualTo(2);

        assertThat(inbox.mark(author.id(), List.of(ids.get(0)), false, 7L)).isEqualTo(1);
        assertThat(inbox.unread(author.id())).isEqualTo(2);
    }

    @Test
    void nobodyChangesOrDeletesAnotherReadersNotices() {
        comment(commenter, null, null, "<p>Mine</p>");
        long id = notices(author).getFirst().id();

        assertThat(inbox.mark(commenter.id(), List.of(id), true, 5L)).isZero();
        assertThat(inbox.delete(commenter.id(), List.of(id))).isZero();
        assertThat(inbox.unread(author.id())).isEqualTo(1);

        assertThat(inbox.delete(author.id(), List.of(id))).isEqualTo(1);
        assertThat(inbox.of(author.id())).isEmpty();
    }

    @Test
    void theInboxPagesNewestFirst() {
        for (int i = 0; i < 5; i++) comment(commenter, null, null, "<p>Number " + i + "</p>");
        fanout.drain();
        var first = inbox.page(author.id(), InboxFilter.ALL, 1, 2);
        var last = inbox.page(author.id(), InboxFilter.ALL, 3, 2);
        assertThat(first.total()).isEqualTo(5);
        assertThat(first.items()).extracting(Notice::body).containsExactly("<p>Number 4</p>", "<p>Number 3</p>");
        assertThat(last.items()).extracting(Notice::body).containsExactly("<p>Number 0</p>");
    }
}
