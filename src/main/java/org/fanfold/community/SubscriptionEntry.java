package org.fanfold.community;

import org.jspecify.annotations.Nullable;

/**
 * A subscription as the subscriptions page shows it.
 *
 * @param type {@code work}, {@code user} or {@code series}, as the unsubscribe form sends it
 * @param id the work's, creator's or series' id
 * @param kind "Work", "Creator" or "Series"
 * @param title the target's name, or null when the reader may no longer see it
 * @param url the target's page, or null with {@code title}
 * @param since when the reader subscribed (epoch milliseconds)
 */
public record SubscriptionEntry(
        String type,
        long id,
        String kind,
        @Nullable String title,
        @Nullable String url,
        long since) {}
