package org.fanfold.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Random;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;

class FormatsTest {

    @Test
    void numbersInThreesWithCommasAsNumberFormatWritesThem() {
        NumberFormat us = NumberFormat.getIntegerInstance(Locale.US);
        long[] edges = {
            0, 7, -7, 999, -999, 1000, -1000, 12_345, 999_999, 1_000_000, -1_234_567, Long.MAX_VALUE, Long.MIN_VALUE
        };
        for (long n : edges) assertThat(Formats.number(n)).as("%d", n).isEqualTo(us.format(n));
        Random random = new Random(3);
        for (int i = 0; i < 10_000; i++) {
            long n = random.nextLong() >> random.nextInt(64);
            assertThat(Formats.number(n)).as("%d", n).isEqualTo(us.format(n));
        }
        assertThat(Formats.number(1234567)).isEqualTo("1,234,567");
    }

    @Test
    void blurbDatesAreAo3sDayMonthYearInTheViewersZoneWhateverTheirLanguage() {
        long septemberEvening = java.time.Instant.parse("2025-09-05T20:00:00Z").toEpochMilli();
        try {
            assertThat(Formats.blurbDate(septemberEvening)).isEqualTo("05 Sep 2025");
            LocaleContextHolder.setLocaleContext(
                    new SimpleTimeZoneAwareLocaleContext(Locale.FRENCH, TimeZone.getTimeZone("Asia/Tokyo")));
            assertThat(Formats.blurbDate(septemberEvening)).isEqualTo("06 Sep 2025");
            assertThat(Formats.date(septemberEvening)).isEqualTo("2025-09-06");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void ao3sInboxSaysHowLongAgoInItsOwnSteps() {
        long now = java.time.Instant.parse("2026-11-24T12:00:00Z").toEpochMilli();
        long minute = 60_000;
        assertThat(Formats.ago(now - 20_000, now)).isEqualTo("less than 1 minute ago");
        assertThat(Formats.ago(now + 5 * minute, now)).as("another clock ahead").isEqualTo("less than 1 minute ago");
        assertThat(Formats.ago(now - minute, now)).isEqualTo("1 minute ago");
        assertThat(Formats.ago(now - 2 * minute, now)).isEqualTo("2 minutes ago");
        assertThat(Formats.ago(now - 45 * minute, now)).isEqualTo("45 minutes ago");
        assertThat(Formats.ago(now - 46 * minute, now)).isEqualTo("1 hour ago");
        assertThat(Formats.ago(now - 90 * minute, now)).isEqualTo("1 hour ago");
        assertThat(Formats.ago(now - 91 * minute, now)).isEqualTo("2 hours ago");
        assertThat(Formats.ago(now - 1440 * minute, now)).isEqualTo("24 hours ago");
        assertThat(Formats.ago(now - 1441 * minute, now)).isEqualTo("1 day ago");
        assertThat(Formats.ago(now - 2880 * minute, now)).isEqualTo("1 day ago");
        assertThat(Formats.ago(now - 2881 * minute, now)).isEqualTo("2 days ago");
        assertThat(Formats.ago(now - 400L * 1440 * minute, now)).isEqualTo("400 days ago");
    }

    @Test
    void instantsForMachinesAreIsoInUtcToTheSecond() {
        long t = java.time.Instant.parse("2026-11-24T22:05:07.345Z").toEpochMilli();
        try {
            LocaleContextHolder.setLocaleContext(
                    new SimpleTimeZoneAwareLocaleContext(Locale.ENGLISH, TimeZone.getTimeZone("Asia/Tokyo")));
            assertThat(Formats.instant(t)).isEqualTo("2026-11-24T22:05:07Z");
            assertThat(Formats.blurbDate(java.time.LocalDate.of(2026, 1, 5)))
                    .as("a day already, whatever the zone")
                    .isEqualTo("05 Jan 2026");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }
}
