package org.fanfold.community;

import java.util.Locale;
import java.util.Optional;

/**
 * What a subscription follows: a work (its new chapters), a creator (their new works) or a series (its new parts).
 *
 * @param id the work's, the creator's account's or the series' id
 */
record SubscriptionTarget(Type type, long id) {

    enum Type {
        WORK("work", "work_id"),
        USER("user", "creator_user_id"),
        SERIES("series", "series_id");

        /** The form and URL value ({@code type=work}). */
        final String param;
        /** The {@code subscriptions} column that holds the target's id (a constant, safe to put in SQL). */
        final String column;

        Type(String param, String column) {
            this.param = param;
            this.column = column;
        }

        String param() {
            return param;
        }
    }

    static SubscriptionTarget work(long workId) {
        return new SubscriptionTarget(Type.WORK, workId);
    }

    static SubscriptionTarget user(long userId) {
        return new SubscriptionTarget(Type.USER, userId);
    }

    static SubscriptionTarget series(long seriesId) {
        return new SubscriptionTarget(Type.SERIES, seriesId);
    }

    /** Reads {@code type=work|user|series} and an id from a form; empty for anything else. */
    static Optional<SubscriptionTarget> parse(String type, String id) {
        long n;
        try {
            n = Long.parseLong(id.strip());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (n <= 0) return Optional.empty();
        String t = type.strip().toLowerCase(Locale.ROOT);
        for (Type candidate : Type.values()) {
            if (candidate.param.equals(t)) return Optional.of(new SubscriptionTarget(candidate, n));
        }
        return Optional.empty();
    }
}
