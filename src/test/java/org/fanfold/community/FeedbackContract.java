package org.fanfold.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.User;
import org.fanfold.shared.Viewer;
import org.fanfold.testing.TestData;
import org.fanfold.testing.Web;
import org.fanfold.works.Chapter;
import org.fanfold.works.ChapterInput;
import org.fanfold.works.WorkReader;
import org.fanfold.works.WorkService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalApplicationListener;

/**
 * The rules of comments, kudos and blocks on every database: one suite, run against SQLite and PostgreSQL by its
 * subclasses. Writes go through the services; counts are read back from the work's row.
 */
abstract class FeedbackContract {

    @Autowired
    Accounts accounts;

    @Autowired
    WorkService works;

    @Autowired
    WorkReader reader;

    @Autowired
    CommentAccess access;

    @Autowired
    CommentService comments;

    @Autowired
    CommentSettingsStore settings;

    @Autowired
    KudosService kudos;

    @Autowired
    Blocks blocks;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    ApplicationEventMulticaster multicaster;

    @Autowired
    MockMvc mvc;

    User author;
    User fan;
    Viewer authorView;
    Viewer fanView;

    /** CommentPosted events, with whether the comment was already committed when each arrived. */
    record Seen(CommentPosted event, boolean committed, String how) {}

    final List<Seen> seen = new CopyOnWriteArrayList<>();
    ApplicationListener<?> plain;
    ApplicationListener<?> transactional;

    @BeforeEach
    void people() {
        author = TestData.user(accounts);
        fan = TestData.user(accounts);
        authorView = TestData.viewer(author);
        fanView = TestData.viewer(fan);
        plain = (ApplicationListener<PayloadApplicationEvent<CommentPosted>>)
                e -> seen.add(new Seen(e.getPayload(), committed(e.getPayload().commentId()), "plain"));
        transactional = TransactionalApplicationListener.forPayload(
                TransactionPhase.AFTER_COMMIT,
                (CommentPosted p) -> seen.add(new Seen(p, committed(p.commentId()), "transactional")));
        multicaster.addApplicationListener(plain);
        multicaster.addApplicationListener(transactional);
    }

    @AfterEach
    void stopListening() {
        multicaster.removeApplicationListener(plain);
        multicaster.removeApplicationListener(transactional);
    }

    /** Whether another connection (outside any transaction in progress) sees the comment. */
    boolean committed(long commentId) {
        try (Connection c = dataSource.getConnection();
                var s = c.prepareStatement("SELECT COUNT(*) FROM comments WHERE id = ?")) {
            s.setLong(1, commentId);
            try (var rs = s.executeQuery()) {
                return rs.next() && rs.getLong(1) == 1;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long work(String... chapters) {
        List<ChapterInput> inputs = Arrays.stream(chapters.length == 0 ? new String[] {"Text."} : chapters)
                .map(TestData::chapter)
                .toList();
        return works.create(
                accounts.defaultPseud(author.id()),
                FeedbackWeb.input(TestData.unique("Feedback "), false, inputs.size()),
                inputs,
                WorkService.Mode.POST);
    }

    CommentAccess.Target target(long workId, Viewer viewer) {
        return access.work(workId, viewer);
    }

    CommentService.Posted comment(long workId, Viewer viewer, String body) {
        var t = target(workId, viewer);
        return comments.post(t.policy(), t.lastPosted(), null, new CommentForm(body, "", "", null), "10.9.9.9");
    }

    CommentService.Posted reply(long commentId, Viewer viewer, String body) {
        var found = access.comment(commentId, viewer);
        var t = found.target();
        return comments.post(
                t.policy(),
                t.chapter(found.comment().chapterId()),
                found.comment(),
                new CommentForm(body, "", "", null),
                "10.9.9.9");
    }

    Comment row(long id) {
        return access.row(id);
    }

    long counter(String column, long workId) {
        return jdbc.sql("SELECT " + column + " FROM works WHERE id = ?")
                .param(workId)
                .query(Long.class)
                .single();
    }

    long queued(long workId) {
        return jdbc.sql("SELECT COUNT(*) FROM index_queue WHERE work_id = ?")
                .param(workId)
                .query(Long.class)
                .single();
    }

    @Test
    void kudosCountOncePerUserAndOncePerGuestAddressAndReindexTheWork() {
        long id = work();
        var view = reader.view(id, fanView).orElseThrow();
        long before = queued(id);
        kudos.leave(view, fanView, "10.0.0.1");
        assertThatThrownBy(() -> kudos.leave(view, fanView, "10.0.0.2")).hasMessage(KudosService.ALREADY);
        kudos.leave(view, Viewer.GUEST, "10.0.0.1");
        assertThatThrownBy(() -> kudos.leave(view, Viewer.GUEST, "10.0.0.1")).hasMessage(KudosService.ALREADY);
        kudos.leave(view, Viewer.GUEST, "10.0.0.3");
        assertThat(counter("kudos_count", id)).isEqualTo(3);
        assertThat(queued(id)).isGreaterThan(before);
        assertThat(kudos.list(id)).isEqualTo(new KudosList(id, List.of(fan.login()), 1, 2));
    }

    @Test
    void noKudosOnOnesOwnWorkNorFromSomeoneTheCreatorBlocked() {
        long id = work();
        var own = reader.view(id, authorView).orElseThrow();
        assertThatThrownBy(() -> kudos.leave(own, authorView, "10.0.1.1"))
                .hasMessage("You can't leave kudos on your own work.");
        blocks.block(author.id(), fan.id());
        var view = reader.view(id, fanView).orElseThrow();
        assertThatThrownBy(() -> kudos.leave(view, fanView, "10.0.1.2")).hasMessage(CommentPolicy.BLOCKED_BY_CREATOR);
        assertThat(counter("kudos_count", id)).isZero();
    }

    @Test
    void theCommentsCountFollowsPostingModerationApprovalAndDeletion() {
        long id = work();
        long first = comment(id, fanView, "One").id();
        reply(first, authorView, "Two");
        assertThat(counter("comments_count", id)).isEqualTo(2);

        settings.save(id, new CommentSettings(CommentSettings.Who.EVERYONE, true));
        var waiting = comment(id, fanView, "Three");
        assertThat(waiting.unreviewed()).isTrue();
        assertThat(comment(id, authorView, "The creator is never moderated").unreviewed())
                .isFalse();
        assertThat(counter("comments_count", id)).isEqualTo(3);
        comments.approve(target(id, authorView).policy(), row(waiting.id()));
        assertThat(counter("comments_count", id)).isEqualTo(4);

        comments.delete(target(id, authorView).policy(), row(first));
        assertThat(row(first).deleted()).as("kept for its reply").isTrue();
        assertThat(counter("comments_count", id)).isEqualTo(3);
        assertThat(counter("comments_count", id))
                .isEqualTo(new CommentStore(jdbc).countVisible(new CommentStore.Scope(id, null)));
    }

    @Test
    void mutedUsersCommentsAreLeftOutOfPagesAndCountsButKeptAboveOthersReplies() {
        long id = work();
        User noisy = TestData.user(accounts);
        Viewer noisyView = TestData.viewer(noisy);
        long alone = comment(id, noisyView, "Alone").id();
        long answered = comment(id, noisyView, "Answered").id();
        reply(answered, authorView, "The answer");
        long signal = comment(id, fanView, "Signal").id();
        reply(signal, noisyView, "A noisy reply");
        var store = new CommentStore(jdbc);
        var scope = new CommentStore.Scope(id, null);
        var muted = List.of(noisy.id());

        assertThat(store.countVisible(scope)).isEqualTo(5);
        assertThat(store.countVisible(scope, muted)).isEqualTo(2);
        assertThat(store.topLevelIds(scope, List.of(), 0, 20)).containsExactly(alone, answered, signal);
        assertThat(store.topLevelIds(scope, muted, 0, 20)).containsExactly(answered, signal);
        assertThat(store.countTopLevel(scope, muted)).isEqualTo(2);
        assertThat(store.topLevelIds(scope, muted, 1, 20)).containsExactly(signal);
        assertThat(store.countTopLevelUpTo(scope, muted, signal)).isEqualTo(2);
        assertThat(store.countTopLevelUpTo(scope, List.of(), signal)).isEqualTo(3);
    }

    @Test
    void anEditThatChangesMoreThanTenCharactersOnAModeratedWorkGoesBackForApproval() {
        long id = work();
        settings.save(id, new CommentSettings(CommentSettings.Who.EVERYONE, true));
        long c = comment(id, fanView, "A perfectly pleasant comment.").id();
        comments.approve(target(id, authorView).policy(), row(c));
        var policy = target(id, fanView).policy();
        comments.edit(policy, row(c), new CommentForm("A perfectly pleasant comment!", "", "", null));
        assertThat(row(c).unreviewed()).as("a small fix stays approved").isFalse();
        assertThat(row(c).editedAt()).isNotNull();
        comments.edit(policy, row(c), new CommentForm("Something else entirely, and much longer.", "", "", null));
        assertThat(row(c).unreviewed()).isTrue();
        assertThat(counter("comments_count", id)).isZero();
    }

    @Test
    void deletingAChapterTakesItsCommentsAndRecountsTheWork() throws Exception {
        long id = work("One.", "Two.");
        List<Chapter> chapters = reader.chapters(reader.view(id, authorView).orElseThrow(), authorView);
        var t = target(id, fanView);
        var form = new CommentForm("On the last chapter", "", "", null);
        comments.post(t.policy(), chapters.get(1), null, form, "10.0.2.1");
        comments.post(t.policy(), chapters.get(0), null, new CommentForm("On the first", "", "", null), "10.0.2.1");
        assertThat(counter("comments_count", id)).isEqualTo(2);
        deleteChapter(id, chapters.get(1).id());
        assertThat(counter("comments_count", id)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM comments WHERE work_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aDeletedCommentsPlaceholderGoesWithItsLastReply() {
        long id = work();
        long top = comment(id, fanView, "Top").id();
        long middle = reply(top, authorView, "Middle").id();
        long bottom = reply(middle, fanView, "Bottom").id();
        var moderator = target(id, authorView).policy();
        comments.delete(moderator, row(top));
        comments.delete(moderator, row(middle));
        assertThat(row(top).deleted()).isTrue();
        assertThat(row(middle).deleted()).isTrue();
        assertThat(row(middle).body()).isEmpty();
        comments.delete(moderator, row(bottom));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM comments WHERE work_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(counter("comments_count", id)).isZero();
    }

    @Test
    void freezingAThreadFreezesTheCommentAndEveryReplyBelowItOnly() {
        long id = work();
        long top = comment(id, fanView, "Top").id();
        long a = reply(top, authorView, "A").id();
        long a1 = reply(a, fanView, "A1").id();
        long b = reply(top, fanView, "B").id();
        comments.setFrozen(target(id, authorView).policy(), row(a), true);
        assertThat(List.of(row(top).frozen(), row(a).frozen(), row(a1).frozen(), row(b).frozen()))
                .containsExactly(false, true, true, false);
        assertThatThrownBy(() -> reply(a1, fanView, "Thaw?")).isInstanceOf(CommentRejected.class);
        assertThatThrownBy(() -> comments.setFrozen(target(id, fanView).policy(), row(top), true))
                .isInstanceOf(CommentRejected.class);
    }

    @Test
    void blocksGoOneWayAndNobodyBlocksThemselves() {
        assertThat(blocks.isBlocked(author.id(), fan.id())).isFalse();
        blocks.block(author.id(), fan.id());
        blocks.block(author.id(), fan.id());
        assertThat(blocks.isBlocked(author.id(), fan.id())).isTrue();
        assertThat(blocks.isBlocked(fan.id(), author.id())).isFalse();
        assertThat(blocks.isBlockedByAny(List.of(fan.id(), author.id()), fan.id()))
                .isTrue();
        assertThat(blocks.isBlockedByAny(List.of(), fan.id())).isFalse();
        assertThat(blocks.count(author.id())).isEqualTo(1);
        assertThatThrownBy(() -> blocks.block(fan.id(), fan.id())).hasMessage("Sorry, you can't block yourself.");
        blocks.unblock(author.id(), fan.id());
        assertThat(blocks.isBlocked(author.id(), fan.id())).isFalse();
    }

    @Test
    void aBlockedUserCannotCommentOnTheBlockersWorkNorReplyToTheBlocker() {
        long id = work();
        long other = works.create(
                accounts.defaultPseud(fan.id()),
                FeedbackWeb.input(TestData.unique("Elsewhere "), false, 1),
                List.of(TestData.chapter("x")),
                WorkService.Mode.POST);
        User troll = TestData.user(accounts);
        Viewer trollView = TestData.viewer(troll);
        long authorsComment = comment(other, authorView, "By the author").id();
        blocks.block(author.id(), troll.id());
        assertThatThrownBy(() -> comment(id, trollView, "Hi")).hasMessage(CommentPolicy.BLOCKED_BY_CREATOR);
        assertThatThrownBy(() -> reply(authorsComment, trollView, "Hi")).hasMessage(CommentPolicy.BLOCKED_BY_COMMENTER);
        assertThat(comment(other, trollView, "Fine here").unreviewed()).isFalse();
    }

    @Test
    void commentPostedIsPublishedAfterCommitWhenACommentBecomesVisible() {
        long id = work();
        long c = comment(id, fanView, "Hello").id();
        assertThat(seen).extracting(Seen::how).containsExactlyInAnyOrder("plain", "transactional");
        assertThat(seen).allMatch(Seen::committed);
        CommentPosted event = seen.getFirst().event();
        assertThat(event.commentId()).isEqualTo(c);
        assertThat(event.workId()).isEqualTo(id);
        assertThat(event.chapterId()).isEqualTo(row(c).chapterId());
        assertThat(event.authorUserId()).isEqualTo(fan.id());
        assertThat(event.authorName()).isEqualTo(fan.login());
        assertThat(event.repliedToUserId()).isNull();
        assertThat(event.html()).isEqualTo("<p>Hello</p>");

        seen.clear();
        reply(c, authorView, "Thanks");
        assertThat(seen).extracting(s -> s.event().repliedToUserId()).containsOnly(fan.id());

        seen.clear();
        settings.save(id, new CommentSettings(CommentSettings.Who.EVERYONE, true));
        long waiting = comment(id, fanView, "Moderated").id();
        assertThat(seen).as("not while it waits").isEmpty();
        comments.approve(target(id, authorView).policy(), row(waiting));
        assertThat(seen).hasSize(2).allMatch(s -> s.event().commentId() == waiting && s.committed());

        seen.clear();
        assertThatThrownBy(() -> comment(id, fanView, "")).isInstanceOf(CommentRejected.class);
        assertThat(seen).isEmpty();
    }

    @Test
    void aGuestCommentKeepsItsNameAndAddressAndDuplicatesAreRefused() {
        long id = work();
        var t = target(id, Viewer.GUEST);
        var form = new CommentForm("Lovely", "Wren", "wren@example.org", null);
        long c = comments.post(t.policy(), t.lastPosted(), null, form, "10.0.3.1")
                .id();
        assertThat(row(c).guestName()).isEqualTo("Wren");
        assertThat(row(c).guestEmail()).isEqualTo("wren@example.org");
        assertThat(row(c).userId()).isNull();
        assertThatThrownBy(() -> comments.post(t.policy(), t.lastPosted(), null, form, "10.0.3.1"))
                .isInstanceOf(CommentRejected.class)
                .hasMessageContaining("already left this comment");
        assertThat(counter("comments_count", id)).isEqualTo(1);
    }

    /** Deletes a chapter as its author would, through the chapter's delete form. */
    void deleteChapter(long workId, long chapterId) throws Exception {
        var session = new MockHttpSession();
        mvc.perform(post("/users/login")
                        .with(Web.csrf(mvc, session))
                        .with(Web.freshAddress())
                        .param("user[login]", author.login())
                        .param("user[password]", Web.PASSWORD))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/works/" + workId + "/chapters/" + chapterId + "/delete")
                        .with(Web.csrf(mvc, session)))
                .andExpect(status().is3xxRedirection());
    }
}
