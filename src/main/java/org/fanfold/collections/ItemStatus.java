package org.fanfold.collections;

import java.util.Locale;

/**
 * The tabs of the moderation pages, as AO3 names them in {@code ?status=}: items waiting for the collection,
 * waiting for the work's creator (invitations), rejected by either side, and approved by both.
 */
public enum ItemStatus {
    UNREVIEWED_BY_COLLECTION("Awaiting Collection Approval", "i.collection_approval = 0 AND i.user_approval = 1"),
    UNREVIEWED_BY_USER("Awaiting User Approval", "i.user_approval = 0 AND i.collection_approval = 1"),
    REJECTED_BY_COLLECTION("Rejected by Collection", "i.collection_approval = -1"),
    REJECTED_BY_USER("Rejected by User", "i.user_approval = -1 AND i.collection_approval <> -1"),
    APPROVED("Approved", "i.user_approval = 1 AND i.collection_approval = 1");

    private final String label;
    private final String condition;

    ItemStatus(String label, String condition) {
        this.label = label;
        this.condition = condition;
    }

    public String label() {
        return label;
    }

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    String condition() {
        return condition;
    }

    /** The status a {@code ?status=} value names, or {@code fallback}. */
    static ItemStatus of(String param, ItemStatus fallback) {
        for (ItemStatus s : values()) if (s.param().equals(param)) return s;
        return fallback;
    }
}
