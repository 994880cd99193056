package org.fanfold.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The rate-limit settings are checked at start, with messages that name the setting and the bad value. */
class ApiSettingsTest {

    @Test
    void zeroTurnsALimitOffAndNegativeNumbersStopTheStart() {
        assertThat(new ApiSettings(0, 0, 0, 100).readsPerMinute()).isZero();
        assertThatThrownBy(() -> new ApiSettings(-5, 60, 120, 100_000))
                .hasMessageContaining("fanfold.api.reads-per-minute (FANFOLD_API_READS_PER_MINUTE)")
                .hasMessageContaining("-5");
        assertThatThrownBy(() -> new ApiSettings(600, 60, -1, 100_000))
                .hasMessageContaining("fanfold.api.anonymous-reads-per-minute");
        assertThatThrownBy(() -> new ApiSettings(600, 60, 120, 10)).hasMessageContaining("rate-limit-keys");
    }

    @Test
    void aLimitOfZeroLetsEveryCallThrough() {
        var limiter = new ApiRateLimiter(new ApiSettings(0, 1, 0, 100));
        for (int i = 0; i < 1_000; i++) {
            assertThat(limiter.take(ApiRateLimiter.Caller.ADDRESS, "192.0.2.1", false)
                            .allowed())
                    .isTrue();
        }
        assertThat(limiter.take(ApiRateLimiter.Caller.TOKEN, "1", true).allowed())
                .isTrue();
        assertThat(limiter.take(ApiRateLimiter.Caller.TOKEN, "1", true).allowed())
                .isFalse();
        assertThat(limiter.take(ApiRateLimiter.Caller.TOKEN, "2", true).allowed())
                .isTrue();
    }
}
