package org.fanfold.community;

import java.util.List;
import org.fanfold.shared.NotFoundException;
import org.fanfold.shared.Viewer;
import org.fanfold.works.Chapter;
import org.fanfold.works.WorkReader;
import org.fanfold.works.WorkView;
import org.springframework.stereotype.Component;

/**
 * Loads what a comment page or action is about, always through the works module's visibility predicate: a work the
 * viewer can't see, a chapter they can't see or a comment awaiting someone else's approval is absent (404), exactly
 * as if it did not exist.
 */
@Component
class CommentAccess {

    private final WorkReader reader;
    private final CommentStore comments;
    private final CommentSettingsStore settings;
    private final Blocks blocks;

    CommentAccess(WorkReader reader, CommentStore comments, CommentSettingsStore settings, Blocks blocks) {
        this.reader = reader;
        this.comments = comments;
        this.settings = settings;
        this.blocks = blocks;
    }

    /** A work the viewer can see, its chapters they see, and what they may do with its comments. */
    record Target(WorkView view, List<Chapter> chapters, CommentPolicy policy) {

        Chapter chapter(long chapterId) {
            return chapters.stream()
                    .filter(c -> c.id() == chapterId)
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException("chapter " + chapterId));
        }

        /** Where a comment on the whole work goes, as on AO3: its last posted chapter. */
        Chapter lastPosted() {
            return chapters.stream()
                    .filter(Chapter::posted)
                    .reduce((a, b) -> b)
                    .orElseThrow(() -> new NotFoundException(
                            "chapter of work " + view.work().id()));
        }

        long workId() {
            return view.work().id();
        }
    }

    /** The work for this viewer. @throws NotFoundException when they can't see it */
    Target work(long workId, Viewer viewer) {
        WorkView view = reader.view(workId, viewer).orElseThrow(() -> new NotFoundException("work " + workId));
        return new Target(view, reader.chapters(view, viewer), policy(view, viewer));
    }

    /** A comment with its work, as the viewer sees them. */
    record Found(Target target, Comment comment) {}

    /** A comment and its work. @throws NotFoundException when the viewer can't see either */
    Found comment(long commentId, Viewer viewer) {
        Comment comment = row(commentId);
        Target target = work(comment.workId(), viewer);
        target.chapter(comment.chapterId());
        if (!target.policy().canSee(comment)) throw new NotFoundException("comment " + commentId);
        return new Found(target, comment);
    }

    /** The comment's row whoever asks, to learn which work it is on. @throws NotFoundException when missing */
    Comment row(long commentId) {
        return comments.find(commentId).orElseThrow(() -> new NotFoundException("comment " + commentId));
    }

    /** Whether the viewer can't see this work now but would after logging in (a guest, a restricted work). */
    boolean requiresLogin(long workId, Viewer viewer) {
        return reader.view(workId, viewer).isEmpty() && reader.requiresLogin(workId, viewer);
    }

    CommentPolicy policy(WorkView view, Viewer viewer) {
        Long userId = viewer.userId();
        boolean blocked = userId != null && blocks.isBlockedByAny(view.creatorUserIds(), userId);
        return new CommentPolicy(
                view,
                settings.of(view.work().id()),
                !viewer.signedIn() && settings.guestCommentsOff(),
                viewer,
                blocked);
    }
}
