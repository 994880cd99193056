package org.fanfold.shared;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;

/**
 * How numbers and dates are shown: AO3's "1,234" and "2026-11-23" (and "23 Nov 2026" in listings' blurbs). Dates are
 * in the zone of whoever is looking (the request's time zone, from their preferences; see {@link #zone()}); outside a
 * request, and for guests, in UTC.
 */
public final class Formats {

    private static final DateTimeFormatter YMD = DateTimeFormatter.ISO_LOCAL_DATE;

    /** AO3's dates in listings' blurbs: "05 Jan 2025" (English month names, whatever the browser's language). */
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.ENGLISH);

    /** AO3's comment and inbox times: "Sun 05 Jan 2025 10:22PM CET". */
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("EEE dd MMM yyyy hh:mma z", Locale.ENGLISH);

    private Formats() {}

    /** "1,234,567": digits in threes with commas (what {@code NumberFormat} gives for US English, without making one). */
    public static String number(long n) {
        String digits = Long.toString(n);
        int sign = n < 0 ? 1 : 0;
        int count = digits.length() - sign;
        if (count <= 3) return digits;
        StringBuilder out = new StringBuilder(digits.length() + count / 3);
        int first = count % 3 == 0 ? 3 : count % 3;
        out.append(digits, 0, sign + first);
        for (int i = sign + first; i < digits.length(); i += 3) out.append(',').append(digits, i, i + 3);
        return out.toString();
    }

    /** The day {@code epochMillis} falls on in the viewer's zone, as YYYY-MM-DD. */
    public static String date(long epochMillis) {
        return YMD.format(Instant.ofEpochMilli(epochMillis).atZone(zone()));
    }

    /**
     * The day {@code epochMillis} falls on in the viewer's zone, as AO3's blurbs show it: "24 Nov 2026". Depends on
     * nothing but the instant and {@link #zone()}, so pieces keyed by both ({@link Fragments}) may show it.
     */
    public static String blurbDate(long epochMillis) {
        return DAY_MONTH_YEAR.format(Instant.ofEpochMilli(epochMillis).atZone(zone()));
    }

    /** The day in UTC, whoever looks: for values that round-trip through forms and URLs (date filters). */
    public static String utcDate(long epochMillis) {
        return YMD.format(Instant.ofEpochMilli(epochMillis).atZone(ZoneOffset.UTC));
    }

    /** Date and time in the viewer's zone, with the zone: "Sun 05 Jan 2025 10:22PM CET". */
    public static String dateTime(long epochMillis) {
        return DATE_TIME.format(Instant.ofEpochMilli(epochMillis).atZone(zone()));
    }

    /** The zone dates are shown in: the current request's (the viewer's preference), else UTC. */
    public static ZoneId zone() {
        if (LocaleContextHolder.getLocaleContext() instanceof TimeZoneAwareLocaleContext context
                && context.getTimeZone() != null) {
            return context.getTimeZone().toZoneId();
        }
        return ZoneOffset.UTC;
    }
}
