package org.fanfold.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The API's budgets, one token bucket per caller and kind of call, refilled evenly over a minute (Bucket4j, as
 * {@code accounts.LoginThrottle} throttles logins). Callers are tokens, users signed in with their session, and
 * addresses for guests; reads and writes have budgets of their own, so a burst of reads never blocks a post. The
 * buckets live in a bounded Caffeine cache: one idle for two minutes has refilled anyway and is dropped, and beyond
 * {@link ApiSettings#rateLimitKeys()} callers the least recently seen go first. Thread-safe.
 */
@Component
class ApiRateLimiter {

    /** Who is calling, for their budget. */
    enum Caller {
        TOKEN,
        USER,
        ADDRESS
    }

    /**
     * What the limiter decided.
     *
     * @param limit the budget a minute (0 when unlimited)
     * @param remaining what is left of it after this call
     * @param retryAfterSeconds when refused: how long until one call is free again
     */
    record Decision(boolean allowed, long limit, long remaining, long retryAfterSeconds) {
        static final Decision UNLIMITED = new Decision(true, 0, 0, 0);
    }

    private final ApiSettings settings;
    private final Cache<String, Bucket> buckets;

    ApiRateLimiter(ApiSettings settings) {
        this.settings = settings;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(settings.rateLimitKeys())
                .expireAfterAccess(Duration.ofMinutes(2))
                .build();
    }

    /** Takes one call of {@code caller}'s (identified by {@code key}) budget for reads or writes. */
    Decision take(Caller caller, String key, boolean write) {
        int perMinute = write
                ? settings.writesPerMinute()
                : caller == Caller.ADDRESS ? settings.anonymousReadsPerMinute() : settings.readsPerMinute();
        if (perMinute == 0) return Decision.UNLIMITED;
        Bucket bucket = buckets.get(
                (write ? "w:" : "r:") + caller.name() + ":" + key,
                k -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(perMinute)
                                .refillGreedy(perMinute, Duration.ofMinutes(1))
                                .build())
                        .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) return new Decision(true, perMinute, probe.getRemainingTokens(), 0);
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        return new Decision(false, perMinute, 0, seconds);
    }
}
