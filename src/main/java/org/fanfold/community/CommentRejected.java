package org.fanfold.community;

import java.util.Map;

/**
 * A comment was not saved: mistakes in the form (HTTP 422, by field) or a refusal (403: comments closed, frozen,
 * blocked…, under {@code "base"}). Nothing was written.
 */
class CommentRejected extends RuntimeException {

    static final String BASE = "base";

    private final Map<String, String> errors;
    private final int status;

    CommentRejected(Map<String, String> errors, int status) {
        super(String.join(" ", errors.values()));
        this.errors = Map.copyOf(errors);
        this.status = status;
    }

    static CommentRejected refused(String message) {
        return new CommentRejected(Map.of(BASE, message), 403);
    }

    Map<String, String> errors() {
        return errors;
    }

    int status() {
        return status;
    }
}
