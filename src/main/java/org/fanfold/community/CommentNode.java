package org.fanfold.community;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A comment as one viewer sees it in a thread, with its replies and what the viewer may do with it. Built by
 * {@link CommentThreads}; rendered by {@code community/thread.jte}.
 *
 * @param author the pseud's byline, a guest's name, or "Account Deleted"
 * @param authorUrl the pseud's page, or null for a guest or a deleted account
 * @param byCreator written by one of the work's creators
 * @param chapterLabel "Chapter 2" on chaptered works (AO3's "on Chapter 2"), else null
 * @param posted when it was posted, in the viewer's time zone
 * @param edited when it was last edited, or null
 * @param body sanitized HTML
 * @param muted written by someone the viewer muted: not shown, its replies are
 * @param email a guest's e-mail address, for admins only
 * @param blockLogin the login the viewer could block (or unblock) from here, or null
 * @param blocked whether the viewer already blocked {@code blockLogin}
 * @param moreReplies replies below the depth shown here, reached through the comment's own page
 */
public record CommentNode(
        long id,
        @Nullable Long parentId,
        long threadId,
        String author,
        @Nullable String authorUrl,
        boolean guest,
        boolean byCreator,
        @Nullable String chapterLabel,
        @Nullable String chapterUrl,
        String posted,
        @Nullable String edited,
        String body,
        boolean deleted,
        boolean unreviewed,
        boolean frozen,
        boolean muted,
        @Nullable String email,
        boolean canReply,
        boolean canEdit,
        boolean canDelete,
        boolean canFreeze,
        boolean canApprove,
        @Nullable String blockLogin,
        boolean blocked,
        List<CommentNode> replies,
        int moreReplies) {

    public String url() {
        return "/comments/" + id;
    }

    /** The element id AO3 gives a comment ({@code li#comment_123}), for links to it. */
    public String anchor() {
        return "comment_" + id;
    }

    public boolean reply() {
        return parentId != null;
    }
}
