package org.fanfold.community;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.Pseud;
import org.fanfold.shared.Viewer;
import org.fanfold.works.Chapter;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes comments: post and reply, edit, delete, freeze, approve. Each call is one transaction that keeps the work's
 * {@code comments_count} in step (through {@link FeedbackCounters}); when a comment becomes visible,
 * {@link CommentPosted} is published after the commit. Callers pass the {@link CommentPolicy} of a work the viewer
 * can see; the rules are checked here again, so nothing is written that the policy refuses. Thread-safe.
 */
@Service
class CommentService {

    /** A saved comment and whether it waits for approval. */
    record Posted(long id, boolean unreviewed) {}

    private final CommentStore comments;
    private final Blocks blocks;
    private final Accounts accounts;
    private final FeedbackCounters counters;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommentService(
            CommentStore comments,
            Blocks blocks,
            Accounts accounts,
            FeedbackCounters counters,
            ApplicationEventPublisher events,
            Clock clock) {
        this.comments = comments;
        this.blocks = blocks;
        this.accounts = accounts;
        this.counters = counters;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Posts a comment on {@code chapter}, or a reply to {@code parent} (then on the parent's chapter).
     *
     * @throws CommentRejected with the form's mistakes (422) or why the viewer may not comment here (403)
     */
    @Transactional
    Posted post(CommentPolicy policy, Chapter chapter, @Nullable Comment parent, CommentForm form, String ipAddress) {
        Viewer viewer = policy.viewer();
        String refusal = parent == null ? policy.refusal() : policy.replyRefusal(parent, blockedBy(parent, viewer));
        if (refusal != null) throw CommentRejected.refused(refusal);
        if (!chapter.posted()) throw CommentRejected.refused("Sorry, you can't comment on a draft.");

        Map<String, String> errors = new LinkedHashMap<>();
        Pseud pseud = null;
        if (viewer.userId() != null) {
            pseud = pseudFor(viewer.userId(), form.pseudId());
            if (pseud == null) errors.put("pseudId", "You can't comment with that pseud.");
        } else {
            errors.putAll(CommentText.checkGuest(form.name(), form.email()));
        }
        errors.putAll(CommentText.check(form.body()));
        if (!errors.isEmpty()) throw new CommentRejected(errors, 422);

        boolean unreviewed = policy.moderatesViewer();
        var draft = new CommentStore.NewComment(
                chapter.workId(),
                chapter.id(),
                parent,
                viewer.userId(),
                pseud == null ? null : pseud.id(),
                pseud == null ? form.name() : null,
                pseud == null ? form.email() : null,
                CommentText.toHtml(form.body(), pseud == null),
                ipAddress,
                unreviewed,
                clock.millis());
        if (comments.duplicate(draft)) {
            throw new CommentRejected(Map.of("body", "You've already left this comment here."), 422);
        }
        long id = comments.insert(draft);
        if (!unreviewed) {
            counters.commentsChanged(chapter.workId(), 1);
            publishAfterCommit(comments.find(id).orElseThrow(), pseud, parent);
        }
        return new Posted(id, unreviewed);
    }

    /**
     * Replaces a comment's text, marking it edited. On a moderated work, an edit that changes more than a few
     * characters sends the comment back for approval (as AO3 does), so an approved comment can't become another.
     */
    @Transactional
    void edit(CommentPolicy policy, Comment comment, CommentForm form) {
        String refusal = policy.editRefusal(comment, comments.hasReplies(comment.id()));
        if (refusal != null) throw CommentRejected.refused(refusal);
        Map<String, String> errors = CommentText.check(form.body());
        if (!errors.isEmpty()) throw new CommentRejected(errors, 422);
        String html = CommentText.toHtml(form.body(), comment.byGuest());
        if (html.equals(comment.body())) return;
        boolean unreviewed = comment.unreviewed()
                || (policy.moderatesViewer()
                        && EditDistance.exceeds(comment.body(), html, EditDistance.MODERATION_LIMIT));
        comments.updateBody(comment.id(), html, clock.millis(), unreviewed);
        if (unreviewed && !comment.unreviewed()) counters.commentsChanged(comment.workId(), -1);
    }

    /**
     * Deletes a comment. One with replies stays as "(Previous comment deleted.)" so the thread holds together; a
     * placeholder left without replies goes too.
     */
    @Transactional
    void delete(CommentPolicy policy, Comment comment) {
        if (!policy.canDelete(comment)) throw CommentRejected.refused("Sorry, you can't delete that comment.");
        int removed = comment.visible() ? 1 : 0;
        if (comments.hasReplies(comment.id())) {
            comments.markDeleted(comment.id());
        } else {
            comments.delete(comment.id());
            Long parentId = comment.parentId();
            while (parentId != null) {
                Comment parent = comments.find(parentId).orElse(null);
                if (parent == null || !parent.deleted() || comments.hasReplies(parent.id())) break;
                comments.delete(parent.id());
                parentId = parent.parentId();
            }
        }
        counters.commentsChanged(comment.workId(), -removed);
    }

    /** Freezes (or unfreezes) a comment and every reply below it: no more replies, no more edits. */
    @Transactional
    void setFrozen(CommentPolicy policy, Comment comment, boolean frozen) {
        if (!policy.canFreeze(comment)) {
            throw CommentRejected.refused("Sorry, you don't have permission to " + (frozen ? "freeze" : "unfreeze")
                    + " that comment thread.");
        }
        comments.setFrozen(subtree(comment), frozen);
    }

    /** Approves a comment waiting in a moderated work's queue; it shows and counts from now on. */
    @Transactional
    void approve(CommentPolicy policy, Comment comment) {
        if (!policy.canApprove(comment)) throw CommentRejected.refused("Sorry, you can't approve that comment.");
        approveOne(comment);
    }

    /** Approves every comment waiting on the work; returns how many. */
    @Transactional
    int approveAll(CommentPolicy policy) {
        if (!policy.moderator()) throw CommentRejected.refused("Sorry, you can't approve comments on this work.");
        int n = 0;
        for (long id : comments.unreviewedIds(policy.view().work().id())) {
            Comment c = comments.find(id).orElse(null);
            if (c != null && c.unreviewed()) {
                approveOne(c);
                n++;
            }
        }
        return n;
    }

    private void approveOne(Comment comment) {
        comments.approve(comment.id());
        counters.commentsChanged(comment.workId(), 1);
        Long pseudId = comment.pseudId();
        Pseud pseud =
                pseudId == null ? null : accounts.pseudsByIds(List.of(pseudId)).get(pseudId);
        Long parentId = comment.parentId();
        Comment parent = parentId == null ? null : comments.find(parentId).orElse(null);
        publishAfterCommit(comment, pseud, parent);
    }

    boolean hasReplies(Comment comment) {
        return comments.hasReplies(comment.id());
    }

    /** Whether the author of {@code parent} blocked the viewer, who may then not reply to it. */
    boolean blockedBy(Comment parent, Viewer viewer) {
        Long author = parent.userId();
        return author != null && isBlocked(author, viewer);
    }

    /** The comment's id and all its replies' (at any depth). */
    List<Long> subtree(Comment root) {
        List<Comment> thread = comments.wholeThread(root.threadId());
        Set<Long> ids = new LinkedHashSet<>(List.of(root.id()));
        for (Comment c : thread) { // oldest first: a reply always comes after its parent
            if (c.parentId() != null && ids.contains(c.parentId())) ids.add(c.id());
        }
        return List.copyOf(ids);
    }

    private boolean isBlocked(long blockerId, Viewer viewer) {
        return viewer.userId() != null && blocks.isBlocked(blockerId, viewer.userId());
    }

    private @Nullable Pseud pseudFor(long userId, @Nullable Long pseudId) {
        if (pseudId == null) return accounts.defaultPseud(userId);
        return accounts.pseuds(userId).stream()
                .filter(p -> p.id() == pseudId)
                .findFirst()
                .orElse(null);
    }

    private void publishAfterCommit(Comment c, @Nullable Pseud pseud, @Nullable Comment parent) {
        var event = new CommentPosted(
                c.id(),
                c.workId(),
                c.chapterId(),
                c.userId(),
                pseud != null ? pseud.byline() : c.guestName() == null ? "" : c.guestName(),
                parent == null ? null : parent.userId(),
                c.body());
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            events.publishEvent(event);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                events.publishEvent(event);
            }
        });
    }
}
