package org.fanfold.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;

/**
 * How numbers and dates are shown: AO3's "1,234", and its days as "23 Nov 2026" in listings' blurbs, on the statistics
 * page and in one's own lists (history, subscriptions, co-creator requests, collection items, blocked users: the
 * {@code tag/day} template), "3 days ago" in the inbox, and "2026-11-23" where AO3 prints ISO days and tools read them
 * (a work's stats, {@code /navigate}, a profile's join date; feeds, the API and downloads too). Dates are in the zone
 * of whoever is looking (the request's time zone, from their preferences; see {@link #zone()}); outside a request,
 * and for guests, in UTC.
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

    /** A calendar day that is one already (no zone to apply), as AO3's blurbs show a day: "24 Nov 2026". */
    public static String blurbDate(LocalDate day) {
        return DAY_MONTH_YEAR.format(day);
    }

    /**
     * How long before {@code now} the instant {@code epochMillis} was, in AO3's inbox's words (its own {@code
     * time_ago_in_words}): "less than 1 minute ago", "1 minute ago", "12 minutes ago" (to 45), "1 hour ago" (to 90
     * minutes), "3 hours ago" (to a day), "1 day ago" (to two), then "12 days ago", however many. An instant after
     * {@code now} (another server's clock) is now. The same in every zone.
     */
    public static String ago(long epochMillis, long now) {
        long minutes = Math.round(Math.max(0, now - epochMillis) / 60_000.0);
        if (minutes == 0) return "less than 1 minute ago";
        if (minutes == 1) return "1 minute ago";
        if (minutes <= 45) return minutes + " minutes ago";
        if (minutes <= 90) return "1 hour ago";
        if (minutes <= 1440) return Math.round(minutes / 60.0) + " hours ago";
        if (minutes <= 2880) return "1 day ago";
        return minutes / 1440 + " days ago";
    }

    /** The instant itself, for machines ({@code <time datetime>}): "2026-11-24T22:05:00Z", to the second. */
    public static String instant(long epochMillis) {
        return DateTimeFormatter.ISO_INSTANT.format(
                Instant.ofEpochMilli(epochMillis).truncatedTo(ChronoUnit.SECONDS));
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
