package org.fanfold.shared;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How numbers and dates are shown: AO3's "1,234" and "2026-11-23". */
public final class Formats {

    private static final DateTimeFormatter YMD = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private Formats() {}

    public static String number(long n) {
        return NumberFormat.getIntegerInstance(Locale.US).format(n);
    }

    public static String date(long epochMillis) {
        return YMD.format(Instant.ofEpochMilli(epochMillis));
    }
}
