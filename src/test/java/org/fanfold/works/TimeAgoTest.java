package org.fanfold.works;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.fanfold.search.Range;
import org.junit.jupiter.api.Test;

/** AO3's "how long ago" dates (work_search[revised_at]), read as otwarchive's SearchRange reads them. */
class TimeAgoTest {

    /** A Wednesday afternoon. */
    private static final Instant NOW = Instant.parse("2026-11-25T15:30:00Z");

    private static long at(String instant) {
        return Instant.parse(instant).toEpochMilli();
    }

    private static Range read(String text) {
        return TimeAgo.parse(text, NOW);
    }

    @Test
    void lessThanIsSinceThenAndMoreThanIsBefore() {
        assertThat(read("< 2 weeks")).isEqualTo(new Range(at("2026-11-11T15:30:00Z") + 1, null));
        assertThat(read("<2 weeks")).isEqualTo(read("< 2 weeks"));
        assertThat(read(">1 month")).isEqualTo(new Range(null, at("2026-10-25T15:30:00Z") - 1));
        assertThat(read("> 1 month ago")).isEqualTo(read(">1 month"));
        assertThat(read("< 1 year")).isEqualTo(new Range(at("2025-11-25T15:30:00Z") + 1, null));
        assertThat(read("<3 hours")).isEqualTo(new Range(at("2026-11-25T12:30:00Z") + 1, null));
        assertThat(read("&lt;2 weeks")).as("as pasted from AO3's pages").isEqualTo(read("< 2 weeks"));
        assertThat(read("< 2 WEEKS")).isEqualTo(read("< 2 weeks"));
    }

    @Test
    void aRangeIsBetweenTheTwoTimesAgoEitherWayRound() {
        Range between = new Range(at("2026-10-28T15:30:00Z"), at("2026-11-11T15:30:00Z"));
        assertThat(read("2-4 weeks")).isEqualTo(between);
        assertThat(read("2 - 4 weeks")).isEqualTo(between);
        assertThat(read("4-2 weeks")).isEqualTo(between);
    }

    @Test
    void aNumberAloneIsTheWholeDayWeekMonthOrYearThatWasThatLongAgo() {
        assertThat(read("7 days")).isEqualTo(new Range(at("2026-11-18T00:00:00Z"), at("2026-11-19T00:00:00Z") - 1));
        assertThat(read("1 day")).isEqualTo(new Range(at("2026-11-24T00:00:00Z"), at("2026-11-25T00:00:00Z") - 1));
        assertThat(read("1 week"))
                .as("Monday to Sunday, as Rails' beginning_of_week")
                .isEqualTo(new Range(at("2026-11-16T00:00:00Z"), at("2026-11-23T00:00:00Z") - 1));
        assertThat(read("1 month")).isEqualTo(new Range(at("2026-10-01T00:00:00Z"), at("2026-11-01T00:00:00Z") - 1));
        assertThat(read("2 years")).isEqualTo(new Range(at("2024-01-01T00:00:00Z"), at("2025-01-01T00:00:00Z") - 1));
        assertThat(read("1 hour")).isEqualTo(new Range(at("2026-11-25T14:00:00Z"), at("2026-11-25T15:00:00Z") - 1));
    }

    @Test
    void whatIsNoTimeAgoIsNotRead() {
        assertThat(read("last week")).isNull();
        assertThat(read("2 fortnights")).isNull();
        assertThat(read("7")).as("a number alone is no time").isNull();
        assertThat(read("< 2-4 weeks")).isNull();
        assertThat(read("<< 2 weeks")).isNull();
        assertThat(read("9999999 years")).as("more digits than any date needs").isNull();
        assertThat(read("")).isNull();
        assertThat(read("999999 years").from()).as("far back, but a date").isNotNull();
    }
}
