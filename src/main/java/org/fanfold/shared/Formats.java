package org.fanfold.shared;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;

/**
 * How numbers and dates are shown: AO3's "1,234" and "2026-11-23". Dates are in the zone of whoever is looking (the
 * request's time zone, from their preferences; see {@link #zone()}); outside a request, and for guests, in UTC.
 */
public final class Formats {

    private static final DateTimeFormatter YMD = DateTimeFormatter.ISO_LOCAL_DATE;

    /** AO3's comment and inbox times: "Sun 05 Jan 2025 10:22PM CET". */
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("EEE dd MMM yyyy hh:mma z", Locale.ENGLISH);

    private Formats() {}

    public static String number(long n) {
        return NumberFormat.getIntegerInstance(Locale.US).format(n);
    }

    /** The day {@code epochMillis} falls on in the viewer's zone, as YYYY-MM-DD. */
    public static String date(long epochMillis) {
        return YMD.format(Instant.ofEpochMilli(epochMillis).atZone(zone()));
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
