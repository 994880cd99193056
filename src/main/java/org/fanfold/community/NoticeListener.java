package org.fanfold.community;

import org.fanfold.works.WorkEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Notes what may notify someone in the {@link NoticeOutbox}, on the publisher's thread: inside the transaction
 * that posted the work or chapter, gave a gift or invited a co-creator (so the row commits with it), and after a
 * comment's commit. Nothing else happens
 * on the request: who hears of it, inbox rows and e-mail come later, in the background.
 */
@Component
class NoticeListener {

    private final NoticeOutbox outbox;

    NoticeListener(NoticeOutbox outbox) {
        this.outbox = outbox;
    }

    @EventListener
    void on(WorkEvents.ChapterPosted e) {
        outbox.chapterPosted(e.workId(), e.chapterId());
    }

    @EventListener
    void on(WorkEvents.WorkPosted e) {
        outbox.workPosted(e.workId());
    }

    @EventListener
    void on(WorkEvents.GiftsGiven e) {
        for (long recipient : e.recipientUserIds()) outbox.giftGiven(e.workId(), recipient, e.giverUserId());
    }

    @EventListener
    void on(WorkEvents.CoCreatorsInvited e) {
        for (long invitee : e.inviteeUserIds()) outbox.coCreatorInvited(e.workId(), invitee, e.invitedByUserId());
    }

    @EventListener
    void on(CommentPosted e) {
        outbox.commentPosted(
                e.workId(),
                e.chapterId(),
                e.commentId(),
                e.authorUserId(),
                e.authorName(),
                e.repliedToUserId(),
                e.html());
    }
}
