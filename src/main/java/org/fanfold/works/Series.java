package org.fanfold.works;

/** A series of works, in part order. HTML fields are sanitized. */
public record Series(long id, String title, String summary, String notes, boolean complete, long updatedAt) {

    public String url() {
        return "/series/" + id;
    }
}
