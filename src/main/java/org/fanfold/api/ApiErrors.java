package org.fanfold.api;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.fanfold.community.BookmarkRejected;
import org.fanfold.shared.ForbiddenException;
import org.fanfold.shared.NotFoundException;
import org.fanfold.works.WorkRejected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The API's errors as JSON ({@link ApiErrorBody}) with the right status, for its controllers only (the site's pages
 * keep their HTML error pages): 400 for a body or parameter that cannot be read, 403 for what the caller may see
 * but not do, 404 for what does not exist or they may not see (the two are never told apart), 422 with each
 * problem by field for a work, chapter or bookmark that breaks the rules.
 */
@RestControllerAdvice(assignableTypes = ApiEndpoint.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private final ApiJson json;

    ApiErrors(ApiJson json) {
        this.json = json;
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<byte[]> api(ApiException e) {
        return answer(e.status(), e.body());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<byte[]> notFound(NotFoundException e) {
        return answer(
                404, new ApiErrorBody("not_found", "There is no " + e.getMessage() + ", or it is not visible to you."));
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<byte[]> forbidden(ForbiddenException e) {
        return answer(
                403, new ApiErrorBody("forbidden", "Sorry, you don't have permission to " + e.getMessage() + "."));
    }

    @ExceptionHandler(WorkRejected.class)
    ResponseEntity<byte[]> workRejected(WorkRejected e) {
        return rejected(e.errors());
    }

    @ExceptionHandler(BookmarkRejected.class)
    ResponseEntity<byte[]> bookmarkRejected(BookmarkRejected e) {
        return rejected(e.errors());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<byte[]> typeMismatch(MethodArgumentTypeMismatchException e) {
        return answer(
                400, new ApiErrorBody("bad_request", "\"" + e.getValue() + "\" is not a valid " + e.getName() + "."));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<byte[]> missing(MissingServletRequestParameterException e) {
        return answer(
                400, new ApiErrorBody("bad_request", "The parameter \"" + e.getParameterName() + "\" is missing."));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<byte[]> unreadable(HttpMessageNotReadableException e) {
        return answer(400, new ApiErrorBody("bad_request", "The request body could not be read."));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<byte[]> mediaType(HttpMediaTypeNotSupportedException e) {
        return answer(
                415,
                new ApiErrorBody("unsupported_media_type", "Send the body as JSON (Content-Type: application/json)."));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<byte[]> method(HttpRequestMethodNotSupportedException e) {
        return answer(
                405,
                new ApiErrorBody(
                        "method_not_allowed",
                        "This address takes "
                                + String.join(
                                        ", ", e.getSupportedMethods() == null ? new String[0] : e.getSupportedMethods())
                                + ", not " + e.getMethod() + "."));
    }

    /** Spring's own web errors keep their status; anything else is a fault of ours, logged and answered 500. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<byte[]> other(Exception e) {
        if (e instanceof ErrorResponse known) {
            int status = known.getStatusCode().value();
            return answer(status, new ApiErrorBody(status == 404 ? "not_found" : "bad_request", e.getMessage()));
        }
        log.error("API call failed", e);
        return answer(
                500,
                new ApiErrorBody("internal_error", "Sorry, the archive couldn't answer this. Please try again later."));
    }

    /** 422 with the problems by field, the fields named as the JSON body names them ({@code end_notes}…). */
    private ResponseEntity<byte[]> rejected(Map<String, String> errors) {
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach((field, message) -> byField.put(jsonName(field), message));
        return answer(
                422,
                new ApiErrorBody(
                        "unprocessable",
                        "Sorry! We couldn't save this because: " + String.join(" ", byField.values()),
                        byField));
    }

    /** A form field's name as the API's JSON spells it: {@code endNotes} is {@code end_notes}. */
    static String jsonName(String field) {
        if (field.equals("pseuds") || field.equals("pseud")) return field.equals("pseuds") ? "pseud_ids" : "pseud_id";
        if (field.equals("chapter")) return "body";
        StringBuilder out = new StringBuilder();
        for (char c : field.toCharArray()) {
            if (Character.isUpperCase(c)) out.append('_').append(Character.toLowerCase(c));
            else out.append(c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private ResponseEntity<byte[]> answer(int status, ApiErrorBody body) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .cacheControl(CacheControl.noStore())
                .body(json.write(body));
    }
}
