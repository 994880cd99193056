package org.fanfold.works;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What happens to works, published after the change is written; other modules listen. */
public final class WorkEvents {

    private WorkEvents() {}

    /** A work became visible to readers for the first time. */
    public record WorkPosted(long workId) {}

    /** A posted work's metadata or text changed. */
    public record WorkUpdated(long workId) {}

    /** A new chapter of a posted work was posted. */
    public record ChapterPosted(long workId, long chapterId) {}

    /**
     * A chapter was deleted, with everything attached to it; published inside the deleting transaction, so a
     * listener's writes (e.g. recounting what the work counts) commit or roll back with it.
     */
    public record ChapterDeleted(long workId, long chapterId) {}

    /**
     * Accounts were given a posted work as a gift: all its recipients when it is posted, those an edit adds later.
     * Published inside the transaction that gave it, so a listener's writes commit with it.
     *
     * @param giverUserId who posted or edited the work
     */
    public record GiftsGiven(long workId, List<Long> recipientUserIds, long giverUserId) {
        public GiftsGiven {
            recipientUserIds = List.copyOf(recipientUserIds);
        }
    }

    /**
     * Users were invited to co-create a work (posted or a draft); published inside the inviting transaction.
     *
     * @param invitedByUserId the creator who invited them
     */
    public record CoCreatorsInvited(long workId, List<Long> inviteeUserIds, long invitedByUserId) {
        public CoCreatorsInvited {
            inviteeUserIds = List.copyOf(inviteeUserIds);
        }
    }

    /** A work was deleted. */
    public record WorkDeleted(long workId) {}

    /**
     * A signed-in reader who is not one of its creators opened a posted work's text (reading history listens).
     * Published on the request thread; listeners must not slow the page.
     *
     * @param chapterId the chapter shown alone, or null when the page showed the whole work (or its only chapter)
     * @param chapterPosition that chapter's position, from 1, or null with {@code chapterId}
     */
    public record WorkRead(
            long workId, @Nullable Long chapterId, @Nullable Integer chapterPosition, long userId) {}
}
