package org.fanfold.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.fanfold.shared.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: made, listed, revoked and checked. A token is {@value #PREFIX} and 43 characters of 32
 * random bytes (base64url); only its SHA-256 is stored, with a name and the last four characters as a hint, so a
 * copy of the database gives nobody a working token. Thread-safe.
 */
@Component
class ApiTokens {

    static final String PREFIX = "fft_";
    static final int NAME_MAX = 100;
    static final int PER_USER_MAX = 50;

    /** How stale "last used" may get: a token used all day is written once a minute, not on every request. */
    static final long LAST_USED_PRECISION_MS = 60_000;

    private static final Pattern FORMAT = Pattern.compile(PREFIX + "[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Who a token belongs to, as a request authenticated with it sees them. */
    record Holder(long tokenId, Viewer viewer) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What is wrong with making a token called {@code name} for {@code userId}, by field; empty when nothing. */
    Map<String, String> problems(long userId, String name) {
        Map<String, String> errors = new LinkedHashMap<>();
        String n = name.strip();
        if (n.isEmpty()) errors.put("name", "Please name the token, e.g. after the program that will use it.");
        else if (n.length() > NAME_MAX)
            errors.put("name", "A token's name must be at most " + NAME_MAX + " characters long.");
        if (count(userId) >= PER_USER_MAX) {
            errors.put(
                    "name",
                    "You have " + PER_USER_MAX + " tokens, the most one can have. Revoke one you no longer use.");
        }
        return errors;
    }

    /**
     * Makes a token for {@code userId}.
     *
     * @throws IllegalArgumentException when {@link #problems} finds any
     */
    @Transactional
    NewApiToken create(long userId, String name) {
        Map<String, String> errors = problems(userId, name);
        if (!errors.isEmpty()) throw new IllegalArgumentException(String.join(" ", errors.values()));
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String hint = secret.substring(secret.length() - 4);
        long now = clock.millis();
        long id = jdbc.sql("INSERT INTO api_tokens (user_id, name, token_hash, hint, created_at) VALUES (?, ?, ?, ?, ?)"
                        + " RETURNING id")
                .params(userId, name.strip(), hash(secret), hint, now)
                .query(Long.class)
                .single();
        return new NewApiToken(new ApiToken(id, name.strip(), hint, now, null), secret);
    }

    /** The user's tokens, newest first. */
    List<ApiToken> of(long userId) {
        return jdbc.sql("SELECT id, name, hint, created_at, last_used_at FROM api_tokens WHERE user_id = ?"
                        + " ORDER BY created_at DESC, id DESC")
                .param(userId)
                .query((rs, n) -> {
                    long used = rs.getLong(5);
                    Long lastUsed = rs.wasNull() ? null : used;
                    return new ApiToken(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), lastUsed);
                })
                .list();
    }

    /** Revokes one of the user's tokens at once; false when they have no such token. */
    boolean revoke(long userId, long tokenId) {
        return jdbc.sql("DELETE FROM api_tokens WHERE id = ? AND user_id = ?")
                        .params(tokenId, userId)
                        .update()
                > 0;
    }

    /**
     * The holder of {@code secret} with their current roles, or empty when it is no token (malformed, unknown or
     * revoked). Notes the use, at most once a minute per token.
     */
    Optional<Holder> authenticate(String secret) {
        if (!FORMAT.matcher(secret).matches()) return Optional.empty();
        record Row(long tokenId, Long lastUsedAt, Viewer viewer) {}
        Optional<Row> row = jdbc.sql("SELECT t.id, t.last_used_at, u.id, u.login, u.admin, u.wrangler FROM api_tokens t"
                        + " JOIN users u ON u.id = t.user_id WHERE t.token_hash = ?")
                .param(hash(secret))
                .query((rs, n) -> {
                    long used = rs.getLong(2);
                    Long lastUsed = rs.wasNull() ? null : used;
                    return new Row(
                            rs.getLong(1),
                            lastUsed,
                            new Viewer(rs.getLong(3), rs.getString(4), rs.getInt(5) == 1, rs.getInt(6) == 1));
                })
                .optional();
        row.ifPresent(r -> {
            long now = clock.millis();
            if (r.lastUsedAt() == null || now - r.lastUsedAt() >= LAST_USED_PRECISION_MS) {
                jdbc.sql("UPDATE api_tokens SET last_used_at = ? WHERE id = ?")
                        .params(now, r.tokenId())
                        .update();
            }
        });
        return row.map(r -> new Holder(r.tokenId(), r.viewer()));
    }

    private long count(long userId) {
        return jdbc.sql("SELECT COUNT(*) FROM api_tokens WHERE user_id = ?")
                .param(userId)
                .query(Long.class)
                .single();
    }

    /** The stored form of a token: its SHA-256, in hex. */
    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
