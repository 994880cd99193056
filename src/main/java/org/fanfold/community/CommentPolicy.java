package org.fanfold.community;

import org.fanfold.shared.Viewer;
import org.fanfold.works.WorkView;
import org.jspecify.annotations.Nullable;

/**
 * What one viewer may do with the comments of one work they can see: AO3's rules in one place, so the work page,
 * the comment pages and the service that writes agree. Refusals come with AO3's wording.
 *
 * @param guestCommentsOff an admin turned guest comments off for the whole archive
 * @param blockedByCreator one of the work's creators blocked the viewer
 */
record CommentPolicy(
        WorkView view, CommentSettings settings, boolean guestCommentsOff, Viewer viewer, boolean blockedByCreator) {

    static final String BLOCKED_BY_CREATOR = "Sorry, you have been blocked by one or more of this work's creators.";
    static final String BLOCKED_BY_COMMENTER = "Sorry, you have been blocked by that user.";

    boolean creator() {
        return view.isCreator(viewer.userId());
    }

    /** Creators and admins approve, freeze and delete any comment on the work. */
    boolean moderator() {
        return creator() || viewer.admin();
    }

    /** Why the viewer may not comment on this work at all, or null when they may. */
    @Nullable
    String refusal() {
        var work = view.work();
        if (!viewer.signedIn() && guestCommentsOff)
            return "Sorry, the Archive doesn't allow guests to comment right now.";
        if (settings.who() == CommentSettings.Who.NONE) return "Sorry, this work doesn't allow comments.";
        if (!viewer.signedIn() && settings.who() == CommentSettings.Who.USERS)
            return "Sorry, this work doesn't allow non-Archive users to comment.";
        if (work.hiddenByAdmin()) return "Sorry, you can't add or edit comments on a hidden work.";
        if (!work.posted()) return "Sorry, you can't comment on a draft.";
        if (blockedByCreator) return BLOCKED_BY_CREATOR;
        return null;
    }

    /** Why the viewer may not reply to {@code parent}, or null when they may. */
    @Nullable
    String replyRefusal(Comment parent, boolean blockedByParentAuthor) {
        String refusal = refusal();
        if (refusal != null) return refusal;
        if (parent.deleted()) return "Sorry, you can't reply to a deleted comment.";
        if (parent.frozen()) return "Sorry, you cannot reply to a frozen comment.";
        if (parent.unreviewed()) return "Sorry, you cannot reply to an unapproved comment.";
        if (blockedByParentAuthor) return BLOCKED_BY_COMMENTER;
        return null;
    }

    /** Whether a comment the viewer posts now waits for approval (never a creator's own). */
    boolean moderatesViewer() {
        return settings.moderated() && !creator();
    }

    /** Unreviewed comments show to the work's creators, admins and whoever wrote them; the rest to everyone. */
    boolean canSee(Comment c) {
        return !c.unreviewed() || moderator() || c.isBy(viewer.userId());
    }

    /** AO3: only the author edits, never a deleted or frozen comment, nor one already replied to. */
    @Nullable
    String editRefusal(Comment c, boolean hasReplies) {
        if (!c.isBy(viewer.userId()) || c.deleted()) return "Sorry, you can only edit your own comments.";
        if (c.frozen()) return "Sorry, you cannot edit a frozen comment.";
        if (hasReplies) return "Comments with replies cannot be edited.";
        if (view.work().hiddenByAdmin()) return "Sorry, you can't add or edit comments on a hidden work.";
        if (blockedByCreator) return BLOCKED_BY_CREATOR;
        return null;
    }

    /** The author, the work's creators and admins may delete a comment. */
    boolean canDelete(Comment c) {
        return !c.deleted() && (c.isBy(viewer.userId()) || moderator());
    }

    boolean canFreeze(Comment c) {
        return moderator() && !c.unreviewed();
    }

    boolean canApprove(Comment c) {
        return moderator() && c.unreviewed();
    }
}
