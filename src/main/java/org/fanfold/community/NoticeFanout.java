package org.fanfold.community;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fanfold.accounts.Pseud;
import org.fanfold.shared.BackgroundWorker;
import org.fanfold.shared.UserHtml;
import org.fanfold.shared.Viewer;
import org.fanfold.works.Chapter;
import org.fanfold.works.SeriesPart;
import org.fanfold.works.WorkReader;
import org.fanfold.works.WorkView;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns the {@link NoticeOutbox} into notices, on a background thread (woken when an outbox row commits, polling
 * every second for other processes' rows), one row per transaction:
 *
 * <ul>
 *   <li>a new chapter: the work's subscribers;
 *   <li>a new work: the subscribers of each of its creators, then those of each series it is in (one notice each);
 *   <li>a comment: a reply notice to the account replied to, a comment notice to each of the work's creators;
 *   <li>a gift or a co-creator invitation: a notice to the one person concerned ({@link PersonalNotices}).
 * </ul>
 *
 * Nobody hears of their own doing (a work's creators never get its subscription notices; a commenter never hears of
 * their own comment), and each recipient must be able to see the work ({@link NoticeDelivery}). Drafts never
 * notify (but for invitations): their events are not published, and the work is read here as a signed-in admin
 * sees posted works. Works in an anonymous collection are told as by "Anonymous", and not to those who follow
 * their creators.
 */
@Component
class NoticeFanout implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NoticeFanout.class);

    /**
     * Reads works for the fan-out: every posted work (hidden and restricted ones too; drafts never), so each
     * recipient can then be checked on their own.
     */
    static final Viewer POSTED_WORKS = new Viewer(-1L, "", true, false);

    /**
     * Reads works as any signed-in reader who is neither a creator nor an admin: which series show a work in an
     * anonymous collection to its readers (a series that would tell who wrote it leaves it out).
     */
    private static final Viewer A_READER = new Viewer(-2L, "", false, false);

    /** How a work in an anonymous collection names its creators in notices. */
    static final String ANONYMOUS = "Anonymous";

    /** How the creator of a work in an anonymous collection is named as a commenter on it (AO3). */
    static final String ANONYMOUS_CREATOR = "Anonymous Creator";

    private static final int BATCH = 50;

    private final NoticeOutbox outbox;
    private final SubscriptionStore subscriptions;
    private final WorkReader reader;
    private final NoticeDelivery delivery;
    private final PersonalNotices personal;
    private final TransactionTemplate tx;
    private final BackgroundWorker worker;

    NoticeFanout(
            NoticeOutbox outbox,
            SubscriptionStore subscriptions,
            WorkReader reader,
            NoticeDelivery delivery,
            PersonalNotices personal,
            TransactionTemplate tx,
            NoticeSignal signal) {
        this.personal = personal;
        this.outbox = outbox;
        this.subscriptions = subscriptions;
        this.reader = reader;
        this.delivery = delivery;
        this.tx = tx;
        this.worker = new BackgroundWorker("notice-fanout", signal, this::drain);
    }

    /**
     * Fans out every waiting outbox row; returns how many notices were delivered. Safe from any thread; tests call
     * it to run the fan-out now. A row that fails is retried on the next round, and dropped with an error after
     * {@link NoticeOutbox#MAX_ATTEMPTS} failures so it cannot hold up the rows behind it.
     */
    public synchronized int drain() {
        int delivered = 0;
        while (true) {
            List<NoticeOutbox.Entry> next = outbox.next(BATCH);
            if (next.isEmpty()) return delivered;
            boolean progress = false;
            for (NoticeOutbox.Entry entry : next) {
                try {
                    // Who hears of it is read first; the writes then take one short transaction (SQLite has one
                    // writer), which also takes the row, so no other process fans it out again.
                    List<NoticeDelivery.Planned> planned = plan(entry);
                    Integer n = tx.execute(status -> {
                        if (!outbox.claim(entry.id())) return 0;
                        planned.forEach(delivery::write);
                        return planned.size();
                    });
                    delivered += n == null ? 0 : n;
                    progress = true;
                } catch (RuntimeException e) {
                    if (entry.attempts() + 1 >= NoticeOutbox.MAX_ATTEMPTS) {
                        log.error(
                                "Dropping notice outbox row {} after {} failures", entry.id(), entry.attempts() + 1, e);
                        outbox.claim(entry.id());
                    } else {
                        log.warn("Notice outbox row {} failed; it is retried", entry.id(), e);
                        outbox.failed(entry.id());
                    }
                }
            }
            if (!progress) return delivered;
        }
    }

    /** The deliveries an outbox row makes; none for a work deleted (or unposted) since, or an unknown kind. */
    private List<NoticeDelivery.Planned> plan(NoticeOutbox.Entry e) {
        if (e.kind() == null) {
            log.warn("Dropping notice outbox row {} of a kind this version does not know", e.id());
            return List.of();
        }
        if (e.kind() == NoticeOutbox.Kind.GIFT_GIVEN || e.kind() == NoticeOutbox.Kind.COCREATOR_INVITED)
            return personal.plan(e);
        Optional<WorkView> found = reader.view(e.workId(), POSTED_WORKS);
        if (found.isEmpty()) return List.of();
        WorkView work = found.get();
        Map<Long, Notice.New> notices = switch (e.kind()) {
            case CHAPTER_POSTED -> chapterPosted(e, work);
            case WORK_POSTED -> workPosted(work);
            case COMMENT_POSTED -> commentPosted(e, work);
            case GIFT_GIVEN, COCREATOR_INVITED -> Map.of();
        };
        List<NoticeDelivery.Planned> planned = new ArrayList<>();
        for (Notice.New n : notices.values()) delivery.plan(n, work).ifPresent(planned::add);
        return planned;
    }

    private Map<Long, Notice.New> chapterPosted(NoticeOutbox.Entry e, WorkView work) {
        Map<Long, Notice.New> out = new LinkedHashMap<>();
        List<Long> subscribers =
                subscriptions.subscribers(SubscriptionTarget.work(work.work().id()));
        if (subscribers.isEmpty()) return out;
        Optional<Chapter> chapter = chapter(work, e.chapterId());
        if (chapter.isEmpty()) return out;
        for (long userId : subscribers) {
            if (work.isCreator(userId)) continue;
            out.put(
                    userId,
                    subscriptionNotice(
                            userId,
                            NoticeKind.CHAPTER,
                            work,
                            chapter.get().id(),
                            null,
                            chapter.get().heading()));
        }
        return out;
    }

    /**
     * A work in an anonymous collection tells nobody who follows its creators (that would name them, as AO3 knows),
     * and tells a series' subscribers only when the series shows it to readers.
     */
    private Map<Long, Notice.New> workPosted(WorkView work) {
        Map<Long, Notice.New> out = new LinkedHashMap<>();
        boolean anonymous = work.work().anonymous();
        for (long creator : anonymous ? List.<Long>of() : work.creatorUserIds()) {
            for (long userId : subscriptions.subscribers(SubscriptionTarget.user(creator))) {
                if (!work.isCreator(userId)) {
                    out.putIfAbsent(userId, subscriptionNotice(userId, NoticeKind.WORK, work, null, null, ""));
                }
            }
        }
        List<SeriesPart> series = anonymous
                ? reader.view(work.work().id(), A_READER).map(WorkView::series).orElse(List.of())
                : work.series();
        for (SeriesPart part : series) {
            for (long userId : subscriptions.subscribers(SubscriptionTarget.series(part.seriesId()))) {
                if (!work.isCreator(userId)) {
                    out.putIfAbsent(
                            userId,
                            subscriptionNotice(
                                    userId,
                                    NoticeKind.SERIES,
                                    work,
                                    null,
                                    part.seriesId(),
                                    "Part " + part.position() + " of " + part.title()));
                }
            }
        }
        return out;
    }

    private Map<Long, Notice.New> commentPosted(NoticeOutbox.Entry e, WorkView work) {
        Map<Long, Notice.New> out = new LinkedHashMap<>();
        String where = "";
        if (e.chapterId() != null && work.work().chapterCount() > 1) {
            where = chapter(work, e.chapterId())
                    .map(c -> "Chapter " + c.position())
                    .orElse("");
        }
        String body = UserHtml.sanitize(e.body());
        // a creator commenting on their own anonymous work is "Anonymous Creator" to all but their co-creators
        boolean anonymousCreator = work.work().anonymous() && work.isCreator(e.actorUserId());
        if (e.repliedToUserId() != null) {
            long to = e.repliedToUserId();
            out.put(to, commentNotice(to, NoticeKind.REPLY, e, where, body, anonymousCreator && !work.isCreator(to)));
        }
        for (long creator : work.creatorUserIds()) {
            out.putIfAbsent(creator, commentNotice(creator, NoticeKind.COMMENT, e, where, body, false));
        }
        if (e.actorUserId() != null) out.remove(e.actorUserId());
        return out;
    }

    private Optional<Chapter> chapter(WorkView work, @Nullable Long chapterId) {
        if (chapterId == null) return Optional.empty();
        return reader.chapters(work, POSTED_WORKS).stream()
                .filter(c -> c.id() == chapterId)
                .findFirst();
    }

    private static Notice.New subscriptionNotice(
            long userId,
            NoticeKind kind,
            WorkView work,
            @Nullable Long chapterId,
            @Nullable Long seriesId,
            String detail) {
        // the work is read as an admin reads it, creators included: an anonymous one must not name them
        String creators = work.work().anonymous()
                ? ANONYMOUS
                : String.join(", ", work.creators().stream().map(Pseud::byline).toList());
        return new Notice.New(userId, kind, work.work().id(), chapterId, seriesId, null, null, creators, detail, "");
    }

    private static Notice.New commentNotice(
            long userId, NoticeKind kind, NoticeOutbox.Entry e, String where, String body, boolean anonymous) {
        return new Notice.New(
                userId,
                kind,
                e.workId(),
                e.chapterId(),
                null,
                e.commentId(),
                anonymous ? null : e.actorUserId(),
                anonymous ? ANONYMOUS_CREATOR : e.actorName(),
                where,
                body);
    }

    @Override
    public void start() {
        worker.start();
    }

    @Override
    public void stop() {
        worker.stop();
    }

    @Override
    public boolean isRunning() {
        return worker.running();
    }
}
