package org.fanfold.accounts;

/** What happens to pseuds; other modules listen (works re-credit and re-index what a pseud is named on). */
public final class PseudEvents {

    private PseudEvents() {}

    /** A pseud's name changed; published after the change, in its transaction. */
    public record PseudRenamed(long pseudId) {}

    /**
     * A pseud is about to be deleted: published in the deleting transaction while its row still exists. Listeners
     * move what the pseud is credited with (works, bookmarks…) to {@code defaultPseudId} with a plain
     * {@code @EventListener}, so it all happens in one transaction or not at all.
     */
    public record PseudDeleting(long pseudId, long userId, long defaultPseudId) {}
}
