package org.fanfold.importing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.fanfold.shared.SiteSecrets;
import org.springframework.stereotype.Component;

/**
 * The links that confirm a claim of imported works: signed (HMAC-SHA256 with a secret of the archive's) for one
 * account, its e-mail address and the imported creators chosen, valid for {@link #VALID}. Only someone who reads the
 * account's mail has the link, so an account made with someone else's address claims nothing. Thread-safe.
 */
@Component
class ClaimTokens {

    static final Duration VALID = Duration.ofDays(3);

    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private final SiteSecrets secrets;
    private final Clock clock;

    ClaimTokens(SiteSecrets secrets, Clock clock) {
        this.secrets = secrets;
        this.clock = clock;
    }

    /** A link token for {@code userId}, whose address is {@code email}, to claim {@code creatorIds}. */
    String issue(long userId, String email, Collection<Long> creatorIds) {
        List<String> ids =
                creatorIds.stream().distinct().sorted().map(String::valueOf).toList();
        String payload = userId + "." + (clock.millis() + VALID.toMillis()) + "." + String.join("-", ids) + "."
                + addressHash(email);
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODE.encodeToString(bytes) + "." + ENCODE.encodeToString(sign(bytes));
    }

    /**
     * The imported creators {@code token} lets {@code userId} claim, if it is genuine, theirs, for their address
     * {@code email} and not expired; else empty.
     */
    Optional<List<Long>> verify(String token, long userId, String email) {
        try {
            String[] parts = token.split("\\.");
            if (parts.length != 2) return Optional.empty();
            byte[] payload = DECODE.decode(parts[0]);
            if (!MessageDigest.isEqual(sign(payload), DECODE.decode(parts[1]))) return Optional.empty();
            String[] fields = new String(payload, StandardCharsets.UTF_8).split("\\.");
            if (fields.length != 4
                    || Long.parseLong(fields[0]) != userId
                    || Long.parseLong(fields[1]) < clock.millis()
                    || !fields[3].equals(addressHash(email))) {
                return Optional.empty();
            }
            List<Long> ids = new ArrayList<>();
            for (String id : fields[2].split("-")) if (!id.isEmpty()) ids.add(Long.parseLong(id));
            return ids.isEmpty() ? Optional.empty() : Optional.of(ids);
        } catch (IllegalArgumentException e) { // bad base64, bad numbers: not a token of ours
            return Optional.empty();
        }
    }

    private byte[] sign(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.get("claims").getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** The address, not written in the link itself: a short hash of it, case aside. */
    private static String addressHash(String email) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(email.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
