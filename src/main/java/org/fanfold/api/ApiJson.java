package org.fanfold.api;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.fanfold.shared.Viewer;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's JSON: snake_case names throughout (records' {@code endNotes} is {@code end_notes}), bodies read
 * strictly (an unknown field is an error, so a typo is never silently dropped), and read responses made cheap to
 * poll — a weak {@code ETag} from the bytes themselves (a request with a matching {@code If-None-Match} is answered
 * 304 without a body), {@code Cache-Control: public, max-age=60} for guests and {@code private, no-cache} for
 * anyone signed in, with {@code Vary} so no shared cache gives one caller's view to another. Thread-safe.
 */
@Component
class ApiJson {

    static final Duration GUEST_MAX_AGE = Duration.ofSeconds(60);

    private final JsonMapper mapper = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    byte[] write(Object value) {
        return mapper.writeValueAsBytes(value);
    }

    /**
     * Reads a request body.
     *
     * @throws ApiException (400) naming what is wrong when the body is not such JSON
     */
    <T> T read(byte[] body, Class<T> type) {
        if (body.length == 0) throw ApiException.badRequest("The request needs a JSON body.");
        try {
            T value = mapper.readValue(body, type);
            if (value == null) throw ApiException.badRequest("The request needs a JSON object, not null.");
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw ApiException.badRequest("Unknown field \"" + e.getPropertyName() + "\". Known fields: "
                    + String.join(
                            ", ",
                            e.getKnownPropertyIds().stream()
                                    .map(String::valueOf)
                                    .sorted()
                                    .toList())
                    + ".");
        } catch (JacksonException e) {
            throw ApiException.badRequest("The body is not the JSON this call takes: " + e.getOriginalMessage());
        }
    }

    /** A read's answer, with its ETag and caching headers ({@code 304} when the caller has these bytes). */
    ResponseEntity<byte[]> ok(Object body, Viewer viewer) {
        byte[] bytes = write(body);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .eTag(weakETag(bytes))
                .cacheControl(cacheControl(viewer))
                .varyBy(HttpHeaders.AUTHORIZATION, HttpHeaders.COOKIE)
                .body(bytes);
    }

    /** A write's answer: {@code 201 Created} (or 200 when it changed something that was there) and where it is. */
    ResponseEntity<byte[]> created(Object body, String location, boolean created) {
        return ResponseEntity.status(created ? 201 : 200)
                .contentType(MediaType.APPLICATION_JSON)
                .location(java.net.URI.create(location))
                .cacheControl(CacheControl.noStore())
                .body(write(body));
    }

    static CacheControl cacheControl(Viewer viewer) {
        return viewer.signedIn()
                ? CacheControl.noCache().cachePrivate()
                : CacheControl.maxAge(GUEST_MAX_AGE).cachePublic();
    }

    static String weakETag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "W/\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
