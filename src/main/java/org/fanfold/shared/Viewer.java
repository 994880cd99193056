package org.fanfold.shared;

import org.jspecify.annotations.Nullable;

/**
 * Who is looking: a guest, or a signed-in user with their roles. Every visibility decision takes one.
 *
 * @param userId the signed-in user's id, or null for a guest
 * @param login the signed-in user's login, or null for a guest
 */
public record Viewer(@Nullable Long userId, @Nullable String login, boolean admin, boolean wrangler) {

    public static final Viewer GUEST = new Viewer(null, null, false, false);

    public boolean signedIn() {
        return userId != null;
    }

    public boolean is(long otherUserId) {
        return userId != null && userId == otherUserId;
    }
}
