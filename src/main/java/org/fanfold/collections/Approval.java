package org.fanfold.collections;

/**
 * One side's say on a work in a collection, as AO3 keeps it twice per item (the work's creator's and the
 * collection's); a work is listed in the collection when both approved it. Stored as -1, 0, 1.
 */
public enum Approval {
    REJECTED(-1),
    UNREVIEWED(0),
    APPROVED(1);

    private final int code;

    Approval(int code) {
        this.code = code;
    }

    int code() {
        return code;
    }

    static Approval of(int code) {
        return code > 0 ? APPROVED : code < 0 ? REJECTED : UNREVIEWED;
    }
}
