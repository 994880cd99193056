package org.fanfold.importing.efiction;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One row of a dumped table: its values by column name (lower case), as the dump wrote them (numbers as their
 * text, SQL NULL as null).
 *
 * @param line the line of the dump where the row begins
 */
record DumpRow(int line, Map<String, @Nullable String> values) {

    /** The value of {@code column}, or null when it is NULL or the table has no such column. */
    @Nullable
    String get(String column) {
        return values.get(column.toLowerCase(Locale.ROOT));
    }

    /** The value of {@code column}, "" when NULL or missing. */
    String text(String column) {
        String v = get(column);
        return v == null ? "" : v;
    }

    /** The value of {@code column} as a whole number, or null when it is none ("", NULL, "abc"). */
    @Nullable
    Long number(String column) {
        String v = text(column).strip();
        if (v.isEmpty()) return null;
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            try {
                return (long) Double.parseDouble(v);
            } catch (NumberFormatException e2) {
                return null;
            }
        }
    }

    boolean has(String column) {
        return values.containsKey(column.toLowerCase(Locale.ROOT));
    }
}
