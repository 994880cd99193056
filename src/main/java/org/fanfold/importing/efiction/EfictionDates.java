package org.fanfold.importing.efiction;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * eFiction's dates: MySQL {@code DATETIME} text ("2006-02-09 22:21:35"), read as UTC since the dump does not say
 * which zone the old server kept; a bare date; or, in some archives, Unix seconds. MySQL's zero date
 * ("0000-00-00 00:00:00") and anything unreadable are no date.
 */
final class EfictionDates {

    private EfictionDates() {}

    /** Epoch milliseconds, or null for no date. */
    static @Nullable Long parse(@Nullable String value) {
        if (value == null) return null;
        String v = value.strip();
        if (v.isEmpty() || v.startsWith("0000-00-00")) return null;
        try {
            if (v.chars().allMatch(Character::isDigit)) {
                long seconds = Long.parseLong(v);
                return seconds > 0 ? seconds * 1000 : null;
            }
            if (v.length() == 10)
                return LocalDate.parse(v)
                        .atStartOfDay()
                        .toInstant(ZoneOffset.UTC)
                        .toEpochMilli();
            return LocalDateTime.parse(v.replace(' ', 'T'))
                    .toInstant(ZoneOffset.UTC)
                    .toEpochMilli();
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
    }
}
