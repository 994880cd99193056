package org.fanfold.api;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** An API call that cannot be answered as asked: rendered as {@link ApiErrorBody} with {@code status}. */
class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final @Nullable Map<String, String> errors;

    ApiException(int status, String code, String message) {
        this(status, code, message, null);
    }

    ApiException(int status, String code, String message, @Nullable Map<String, String> errors) {
        super(message);
        this.status = status;
        this.code = code;
        this.errors = errors;
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, "bad_request", message);
    }

    static ApiException notFound(String message) {
        return new ApiException(404, "not_found", message);
    }

    int status() {
        return status;
    }

    ApiErrorBody body() {
        return new ApiErrorBody(code, getMessage(), errors);
    }
}
