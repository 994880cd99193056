package org.fanfold.community;

/** What a notice is about; {@link #code} is stored in {@code notices.kind}. */
enum NoticeKind {
    /** A new chapter of a work the recipient subscribed to. */
    CHAPTER("chapter"),
    /** A new work by a creator the recipient subscribed to. */
    WORK("work"),
    /** A new work in a series the recipient subscribed to. */
    SERIES("series"),
    /** A comment on one of the recipient's works. */
    COMMENT("comment"),
    /** A reply to one of the recipient's comments. */
    REPLY("reply"),
    /** A work given to the recipient as a gift. */
    GIFT("gift"),
    /** An invitation to be listed as a co-creator of a work (posted or a draft). */
    INVITATION("invitation");

    final String code;

    NoticeKind(String code) {
        this.code = code;
    }

    static NoticeKind of(String code) {
        for (NoticeKind k : values()) if (k.code.equals(code)) return k;
        throw new IllegalArgumentException("unknown notice kind " + code);
    }

    /** Subscription notices may wait for the daily digest; comment notices are sent at once or not at all. */
    boolean fromSubscription() {
        return this == CHAPTER || this == WORK || this == SERIES;
    }

    /** Notices about the recipient themself (a gift, an invitation): always in the inbox and by e-mail at once. */
    boolean personal() {
        return this == GIFT || this == INVITATION;
    }
}
