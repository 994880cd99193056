package org.fanfold.community;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Guests may post at most {@link #COMMENTS} comments in {@link #WINDOW} from one address, so a comment box open to
 * everyone can't be flooded; only comments actually posted count, not forms sent back with mistakes. Signed-in users
 * are not limited. In memory, per process; thread-safe.
 */
@Component
class GuestCommentThrottle {

    static final int COMMENTS = 10;
    static final Duration WINDOW = Duration.ofMinutes(10);

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(WINDOW.multipliedBy(2))
            .maximumSize(100_000)
            .build();

    /** 0 when a guest at {@code address} may comment now, else how many seconds until they may. */
    long secondsToWait(String address) {
        long nanos = bucket(address).estimateAbilityToConsume(1).getNanosToWaitForRefill();
        return nanos <= 0 ? 0 : Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }

    /** Counts a comment posted by a guest at {@code address}. */
    void posted(String address) {
        bucket(address).tryConsume(1);
    }

    private Bucket bucket(String address) {
        return buckets.get(
                address,
                k -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(COMMENTS)
                                .refillGreedy(COMMENTS, WINDOW)
                                .build())
                        .build());
    }
}
