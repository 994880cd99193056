package org.fanfold.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The API's errors as JSON: {@code {"error": "not_found", "message": "…"}}, with {@code "errors": {field: message}}
 * when a body had mistakes. {@code error} is a stable code for programs, {@code message} a sentence for people.
 */
record ApiErrorBody(
        String error,
        String message,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Map<String, String> errors) {

    ApiErrorBody(String error, String message) {
        this(error, message, null);
    }

    /** Writes the error straight to a response, for filters that answer before any controller runs. */
    static void write(HttpServletResponse response, int status, String error, String message, ApiJson json)
            throws IOException {
        byte[] body = json.write(new ApiErrorBody(error, message));
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
