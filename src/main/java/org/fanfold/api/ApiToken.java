package org.fanfold.api;

import org.fanfold.shared.Formats;
import org.jspecify.annotations.Nullable;

/**
 * A personal API token as its owner's token page lists it; the token itself is never kept.
 *
 * @param hint the token's last four characters, so its owner can tell which one a program holds
 * @param lastUsedAt when it last authenticated a request (to the minute), or null when never
 */
public record ApiToken(
        long id,
        String name,
        String hint,
        long createdAt,
        @Nullable Long lastUsedAt) {

    public String lastUsed() {
        return lastUsedAt == null ? "Never" : Formats.dateTime(lastUsedAt);
    }
}
