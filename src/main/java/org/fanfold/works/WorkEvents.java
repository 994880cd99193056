package org.fanfold.works;

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

    /** A work was deleted. */
    public record WorkDeleted(long workId) {}
}
