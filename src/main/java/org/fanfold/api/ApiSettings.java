package org.fanfold.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The API's rate limits ({@code fanfold.api.*}, {@code FANFOLD_API_*}), checked at start. Each budget refills
 * evenly over a minute; 0 turns that limit off (for a private archive or a benchmark).
 *
 * @param readsPerMinute GET requests a minute per token, or per signed-in user calling with their session
 * @param writesPerMinute POST requests a minute per token or signed-in user
 * @param anonymousReadsPerMinute GET requests a minute per address for callers without a token
 * @param rateLimitKeys how many tokens, users and addresses the limiter remembers at once (the least recently seen
 *     are forgotten first, with a full budget when they come back), which bounds its memory
 */
@ConfigurationProperties("fanfold.api")
record ApiSettings(
        @DefaultValue("600") int readsPerMinute,
        @DefaultValue("60") int writesPerMinute,
        @DefaultValue("120") int anonymousReadsPerMinute,
        @DefaultValue("100000") int rateLimitKeys) {

    ApiSettings {
        check("reads-per-minute", "READS_PER_MINUTE", readsPerMinute);
        check("writes-per-minute", "WRITES_PER_MINUTE", writesPerMinute);
        check("anonymous-reads-per-minute", "ANONYMOUS_READS_PER_MINUTE", anonymousReadsPerMinute);
        if (rateLimitKeys < 100) {
            throw new IllegalStateException("fanfold.api.rate-limit-keys (FANFOLD_API_RATE_LIMIT_KEYS) must be at"
                    + " least 100, but it is " + rateLimitKeys);
        }
    }

    private static void check(String name, String variable, int value) {
        if (value < 0) {
            throw new IllegalStateException("fanfold.api." + name + " (FANFOLD_API_" + variable + ") must be 0 (no"
                    + " limit) or a positive number of requests a minute, but it is " + value);
        }
    }
}
