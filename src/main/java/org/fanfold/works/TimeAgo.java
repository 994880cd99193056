package org.fanfold.works;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fanfold.search.Range;
import org.jspecify.annotations.Nullable;

/**
 * AO3's "how long ago" dates ({@code work_search[revised_at]}, its search form's Date field), read as otwarchive's
 * {@code SearchRange} reads them: a number of hours, days, weeks, months or years (singular or plural, "ago"
 * optional), and
 *
 * <ul>
 *   <li>{@code < 2 weeks}: less than two weeks ago, so since then;
 *   <li>{@code > 1 month}: more than a month ago, so before then;
 *   <li>{@code 2-4 weeks}: between four and two weeks ago;
 *   <li>{@code 7 days}: on the day seven days ago — and {@code 1 week}, {@code 1 month}, {@code 1 year} the whole
 *       calendar week (Monday to Sunday), month or year that was one ago.
 * </ul>
 *
 * Days, weeks, months and years are UTC's, as the date filters' days are. AO3's {@code &gt;}/{@code &lt;} as pasted
 * from its pages read as {@code >}/{@code <}.
 */
final class TimeAgo {

    private static final Pattern AGO = Pattern.compile(
            "([<>]?)\\s*(\\d{1,6})(?:\\s*-\\s*(\\d{1,6}))?\\s*(hour|day|week|month|year)s?(?:\\s+ago)?");

    private TimeAgo() {}

    /** The instants {@code text} means, seen at {@code now}; null when it cannot be read (or is blank). */
    static @Nullable Range parse(String text, Instant now) {
        String s = text.replace("&gt;", ">").replace("&lt;", "<").strip().toLowerCase(Locale.ROOT);
        Matcher m = AGO.matcher(s);
        if (!m.matches()) return null;
        String operator = m.group(1);
        long amount = Long.parseLong(m.group(2));
        ChronoUnit unit = unit(m.group(4));
        ZonedDateTime at = now.atZone(ZoneOffset.UTC);
        if (m.group(3) != null) {
            if (!operator.isEmpty()) return null; // "< 2-4 weeks" says two things at once
            long other = Long.parseLong(m.group(3));
            return new Range(
                    millis(at.minus(Math.max(amount, other), unit)), millis(at.minus(Math.min(amount, other), unit)));
        }
        long then = millis(at.minus(amount, unit));
        return switch (operator) {
            case "<" -> new Range(then + 1, null);
            case ">" -> new Range(null, then - 1);
            default -> whole(at.minus(amount, unit), unit);
        };
    }

    /** The calendar hour, day, week (from Monday), month or year {@code at} falls in, first to last millisecond. */
    private static Range whole(ZonedDateTime at, ChronoUnit unit) {
        ZonedDateTime start = switch (unit) {
            case HOURS -> at.truncatedTo(ChronoUnit.HOURS);
            case DAYS -> at.truncatedTo(ChronoUnit.DAYS);
            case WEEKS -> at.truncatedTo(ChronoUnit.DAYS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTHS -> at.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
            default -> at.truncatedTo(ChronoUnit.DAYS).withDayOfYear(1);
        };
        return new Range(millis(start), millis(start.plus(1, unit)) - 1);
    }

    private static ChronoUnit unit(String name) {
        return switch (name) {
            case "hour" -> ChronoUnit.HOURS;
            case "day" -> ChronoUnit.DAYS;
            case "week" -> ChronoUnit.WEEKS;
            case "month" -> ChronoUnit.MONTHS;
            default -> ChronoUnit.YEARS;
        };
    }

    private static long millis(ZonedDateTime t) {
        return t.toInstant().toEpochMilli();
    }
}
