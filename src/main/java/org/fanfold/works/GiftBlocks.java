package org.fanfold.works;

import java.util.Collection;

/**
 * Whether a user refuses gifts from some creators, as AO3's blocks say: someone who blocked a user accepts no gift
 * works from them. Answered by the community module, which keeps the blocks and implements this port (the works
 * module never depends on it); asked when posting or editing a work names new gift recipients. Implementations are
 * thread-safe and read within the caller's transaction, if any.
 */
public interface GiftBlocks {

    /** Nobody blocks anybody: what the works module assumes when no module implements this port. */
    GiftBlocks NONE = (recipientUserId, creatorUserIds) -> false;

    /** Whether {@code recipientUserId} blocked any of {@code creatorUserIds}. */
    boolean refuses(long recipientUserId, Collection<Long> creatorUserIds);
}
