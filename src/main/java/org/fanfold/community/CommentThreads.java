package org.fanfold.community;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fanfold.accounts.Accounts;
import org.fanfold.accounts.Pseud;
import org.fanfold.shared.Paged;
import org.fanfold.shared.Viewer;
import org.fanfold.works.Chapter;
import org.fanfold.works.Exclusions;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Builds the comment threads one viewer sees: a page of top-level comments (20, oldest first, as AO3 pages them)
 * with all their replies nested, or the thread below one comment. Loads each page's comments, pseuds, blocks and
 * mutes in a handful of queries. Replies awaiting approval stay out of threads (their authors and the creators find
 * them on the comment's page and in the queue); a deleted comment stays as a placeholder while replies hang on it.
 * Comments by users the viewer muted are left out in the queries, so pages, totals and "Comments (N)" count only
 * what shows; one with replies by others stays as a placeholder above them, like a deleted one.
 */
@Component
class CommentThreads {

    static final int PER_PAGE = Paged.DEFAULT_SIZE;

    /** AO3's COMMENT_THREAD_MAX_DEPTH: deeper replies are one click away, on the comment's own page. */
    static final int MAX_DEPTH = 5;

    private final CommentStore comments;
    private final Accounts accounts;
    private final Blocks blocks;
    private final Exclusions exclusions;
    private final CommentTimes times;

    CommentThreads(CommentStore comments, Accounts accounts, Blocks blocks, Exclusions exclusions, CommentTimes times) {
        this.comments = comments;
        this.accounts = accounts;
        this.blocks = blocks;
        this.exclusions = exclusions;
        this.times = times;
    }

    /**
     * Page {@code page} (from 1) of the threads on one chapter, or on the whole work when {@code chapterId} is null,
     * and how many comments there the viewer sees; the page's {@link ThreadPage#muted} counts every comment there by
     * users the viewer muted.
     */
    Shown page(CommentAccess.Target target, @Nullable Long chapterId, int page) {
        var scope = new CommentStore.Scope(target.workId(), chapterId);
        Set<Long> muted = mutedBy(target.policy().viewer());
        long total = comments.countTopLevel(scope, muted);
        int last = (int) Math.max(1, (total + PER_PAGE - 1) / PER_PAGE);
        int number = Math.min(Math.max(1, page), last);
        List<Long> roots = comments.topLevelIds(scope, muted, (number - 1) * PER_PAGE, PER_PAGE);
        Builder builder = new Builder(target, comments.inThreads(roots), muted);
        List<CommentNode> nodes = new ArrayList<>();
        for (long id : roots) {
            CommentNode node = builder.node(id, 0);
            if (node != null) nodes.add(node);
        }
        long shown = comments.countVisible(scope, muted);
        long hidden = muted.isEmpty() ? 0 : comments.countVisible(scope) - shown;
        return new Shown(new ThreadPage(new Paged<>(nodes, total, number, PER_PAGE), (int) Math.max(0, hidden)), shown);
    }

    /**
     * A page of the threads on a chapter or a work, and how many comments there the viewer sees ("Comments (N)":
     * every visible one, those by users the viewer muted left out).
     */
    record Shown(ThreadPage page, long comments) {}

    /** The users whose comments {@code viewer} does not want to see. */
    Set<Long> mutedBy(Viewer viewer) {
        Long me = viewer.userId();
        return me == null ? Set.of() : exclusions.mutedUserIds(me);
    }

    /** The thread below {@code root}, root included (shown even while it awaits approval, to who may see it). */
    ThreadPage below(CommentAccess.Target target, Comment root) {
        List<Comment> thread = comments.wholeThread(root.threadId());
        Builder builder = new Builder(
                target,
                thread,
                thread.isEmpty() ? Set.of() : mutedBy(target.policy().viewer()));
        CommentNode node = builder.node(root.id(), 0);
        List<CommentNode> nodes = node == null ? List.of() : List.of(node);
        return new ThreadPage(new Paged<>(nodes, nodes.size(), 1, PER_PAGE), builder.muted);
    }

    /** Just {@code comment}, without its replies (shown above a reply's form). */
    ThreadPage single(CommentAccess.Target target, Comment comment) {
        CommentNode node = new Builder(target, List.of(comment), Set.of()).node(comment.id(), 0);
        List<CommentNode> nodes = node == null ? List.of() : List.of(node);
        return new ThreadPage(new Paged<>(nodes, nodes.size(), 1, PER_PAGE), 0);
    }

    /** One page of the comments on a work that wait for approval, oldest first, for its moderation queue. */
    ThreadPage unreviewed(CommentAccess.Target target, int page) {
        long total = comments.countUnreviewed(target.workId());
        int last = (int) Math.max(1, (total + PER_PAGE - 1) / PER_PAGE);
        int number = Math.min(Math.max(1, page), last);
        List<Comment> waiting = comments.unreviewed(target.workId(), (number - 1) * PER_PAGE, PER_PAGE);
        Builder builder = new Builder(target, waiting, Set.of());
        List<CommentNode> nodes = new ArrayList<>();
        for (Comment c : waiting) {
            CommentNode node = builder.node(c.id(), 0);
            if (node != null) nodes.add(node);
        }
        return new ThreadPage(new Paged<>(nodes, total, number, PER_PAGE), 0);
    }

    /** One page's worth of comments, indexed, with everything their nodes need loaded once. */
    private final class Builder {

        private final CommentAccess.Target target;
        private final CommentPolicy policy;
        private final Viewer viewer;
        private final ZoneId zone;
        private final Map<Long, Comment> byId = new HashMap<>();
        private final Map<Long, List<Comment>> replies = new HashMap<>();
        private final Map<Long, Pseud> pseuds;
        private final Map<Long, Pseud> defaultPseuds = new HashMap<>();
        private final Set<Long> mutedUsers;
        private final Set<Long> blockingViewer;
        private final Set<Long> blockedByViewer;
        private final Map<Long, Chapter> chapters = new HashMap<>();
        private final boolean chaptered;
        int muted;

        Builder(CommentAccess.Target target, List<Comment> loaded, Set<Long> mutedUsers) {
            this.target = target;
            this.policy = target.policy();
            this.viewer = policy.viewer();
            // Nothing to show (most works): no look-ups for whose comments they would be.
            boolean none = loaded.isEmpty();
            this.zone = none ? ZoneId.of("UTC") : times.zone(viewer);
            Set<Long> pseudIds = new HashSet<>();
            Set<Long> authors = new HashSet<>();
            for (Comment c : loaded) {
                byId.put(c.id(), c);
                if (c.parentId() != null)
                    replies.computeIfAbsent(c.parentId(), k -> new ArrayList<>())
                            .add(c);
                if (c.pseudId() != null) pseudIds.add(c.pseudId());
                if (c.userId() != null) authors.add(c.userId());
            }
            this.pseuds = accounts.pseudsByIds(pseudIds);
            Long me = viewer.userId();
            this.mutedUsers = mutedUsers;
            this.blockingViewer = me == null ? Set.of() : blocks.blockersAmong(authors, me);
            this.blockedByViewer = me == null ? Set.of() : blocks.blockedAmong(me, authors);
            for (Chapter c : target.chapters()) chapters.put(c.id(), c);
            this.chaptered = target.chapters().stream().filter(Chapter::posted).count() > 1;
        }

        /** The node for comment {@code id} at {@code depth} below the page's roots, or null when nothing shows. */
        @Nullable
        CommentNode node(long id, int depth) {
            Comment c = byId.get(id);
            if (c == null || (depth > 0 && c.unreviewed()) || !policy.canSee(c)) return null;
            List<Comment> below = replies.getOrDefault(c.id(), List.of());
            List<CommentNode> children = new ArrayList<>();
            int more = 0;
            if (depth >= MAX_DEPTH && !below.isEmpty()) {
                more = countShown(c.id());
            } else {
                for (Comment r : below) {
                    CommentNode child = node(r.id(), depth + 1);
                    if (child != null) children.add(child);
                }
            }
            boolean isMuted = isMuted(c);
            if (isMuted) muted++;
            if ((c.deleted() || isMuted) && children.isEmpty() && more == 0) return null;
            return toNode(c, !below.isEmpty(), children, more, isMuted);
        }

        private int countShown(long id) {
            int n = 0;
            for (Comment r : replies.getOrDefault(id, List.of())) {
                if (r.unreviewed()) continue;
                n += (r.deleted() || isMuted(r) ? 0 : 1) + countShown(r.id());
            }
            return n;
        }

        private boolean isMuted(Comment c) {
            return c.userId() != null && mutedUsers.contains(c.userId()) && !c.deleted();
        }

        private CommentNode toNode(
                Comment c, boolean hasReplies, List<CommentNode> children, int more, boolean isMuted) {
            Long authorId = c.userId();
            // a work in an anonymous collection hides its creators from this viewer (the view names none): their
            // comments on it say "Anonymous Creator", as on AO3, with no link and nothing to block
            boolean anonymousCreator = authorId != null
                    && target.view().work().anonymous()
                    && target.view().creators().isEmpty()
                    && target.view().creatorUserIds().contains(authorId);
            Pseud pseud = anonymousCreator ? null : pseudOf(c);
            String author = anonymousCreator
                    ? NoticeFanout.ANONYMOUS_CREATOR
                    : pseud != null ? pseud.byline() : c.guestName() != null ? c.guestName() : "Account Deleted";
            boolean blockable = viewer.signedIn() && pseud != null && authorId != null && !viewer.is(authorId);
            Chapter chapter = chapters.get(c.chapterId());
            boolean showChapter = chaptered && chapter != null;
            return new CommentNode(
                    c.id(),
                    c.parentId(),
                    c.threadId(),
                    author,
                    pseud == null ? null : pseud.url(),
                    c.byGuest() && c.guestName() != null,
                    authorId != null && target.view().creatorUserIds().contains(authorId),
                    showChapter ? "Chapter " + chapter.position() : null,
                    showChapter ? chapter.url() : null,
                    CommentTimes.format(c.createdAt(), zone),
                    c.editedAt() == null ? null : CommentTimes.format(c.editedAt(), zone),
                    c.body(),
                    c.deleted(),
                    c.unreviewed(),
                    c.frozen(),
                    isMuted,
                    viewer.admin() ? c.guestEmail() : null,
                    !c.deleted()
                            && policy.replyRefusal(c, authorId != null && blockingViewer.contains(authorId)) == null,
                    !c.deleted() && policy.editRefusal(c, hasReplies) == null,
                    policy.canDelete(c),
                    !c.deleted() && policy.canFreeze(c),
                    policy.canApprove(c),
                    blockable ? pseud.login() : null,
                    authorId != null && blockedByViewer.contains(authorId),
                    children,
                    more);
        }

        private @Nullable Pseud pseudOf(Comment c) {
            if (c.pseudId() != null && pseuds.containsKey(c.pseudId())) return pseuds.get(c.pseudId());
            Long userId = c.userId();
            if (userId == null) return null;
            return defaultPseuds.computeIfAbsent(userId, accounts::defaultPseud);
        }
    }
}
