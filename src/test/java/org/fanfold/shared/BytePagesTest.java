package org.fanfold.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which browsers get pages gzipped: those whose {@code Accept-Encoding} lists gzip at a quality above zero. */
class BytePagesTest {

    private static boolean accepts(String... headers) {
        return BytePages.acceptsGzip(Collections.enumeration(List.of(headers)));
    }

    @Test
    void gzipListedAnywhereWithAnyQualityAboveZero() {
        assertThat(accepts("gzip")).isTrue();
        assertThat(accepts("gzip, deflate, br, zstd")).isTrue();
        assertThat(accepts("br;q=1.0, GZIP;q=0.8")).isTrue();
        assertThat(accepts("deflate", "gzip; q=0.5")).isTrue();
    }

    @Test
    void notListedOrRefused() {
        assertThat(accepts()).isFalse();
        assertThat(accepts("identity")).isFalse();
        assertThat(accepts("br, deflate")).isFalse();
        assertThat(accepts("gzip;q=0")).isFalse();
        assertThat(accepts("gzip; q=0.000, br")).isFalse();
        assertThat(accepts("x-gzip")).isFalse();
    }
}
