package org.fanfold.tags;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How a fandom's unwrangled tags are sorted, as AO3 lets wranglers sort them: by name, date created or uses (works
 * carrying the tag), ascending or descending. Read from AO3's {@code sort_column} and {@code sort_direction}
 * parameters; anything unknown is by name.
 *
 * @param column what the tags are sorted by
 * @param descending whether the largest (or latest, or last by name) comes first
 */
public record UnwrangledOrder(Column column, boolean descending) {

    /** A sortable column: its parameter value, heading, the SQL it orders by, and which way it goes unless told. */
    public enum Column {
        NAME("name", "Tag", "t.name_key", false),
        CREATED("created_at", "Created", "t.created_at", true),
        USES("uses", "Works", "n", true);

        private final String param;
        private final String label;
        private final String sql;
        private final boolean descendingFirst;

        Column(String param, String label, String sql, boolean descendingFirst) {
            this.param = param;
            this.label = label;
            this.sql = sql;
            this.descendingFirst = descendingFirst;
        }

        /** The value of {@code sort_column} that asks for this column. */
        public String param() {
            return param;
        }

        /** The heading of the column the tags are sorted by. */
        public String label() {
            return label;
        }
    }

    public static final UnwrangledOrder BY_NAME = new UnwrangledOrder(Column.NAME, false);

    /** Reads the parameters; an unknown column is by name, a missing direction the column's usual one. */
    public static UnwrangledOrder parse(@Nullable String column, @Nullable String direction) {
        for (Column c : Column.values()) {
            if (c.param.equals(column)) {
                String d = direction == null ? "" : direction.toLowerCase(Locale.ROOT);
                return new UnwrangledOrder(c, d.equals("desc") || (!d.equals("asc") && c.descendingFirst));
            }
        }
        return BY_NAME;
    }

    /** The ORDER BY clause: only the columns' own SQL, never the request's text. */
    String sql() {
        String dir = descending ? " DESC" : " ASC";
        return column.sql + dir + ", t.name_key, t.id";
    }

    /** The query parameters asking for this order: {@code sort_column=uses&sort_direction=desc}. */
    public String params() {
        return "sort_column=" + column.param + "&sort_direction=" + (descending ? "desc" : "asc");
    }

    /** The order a click on {@code c}'s heading asks for: the other direction when sorted by it, else its usual. */
    public UnwrangledOrder toggle(Column c) {
        return c == column ? new UnwrangledOrder(c, !descending) : new UnwrangledOrder(c, c.descendingFirst);
    }

    /** The heading's {@code aria-sort} value for {@code c}: ascending, descending, or null when not sorted by it. */
    public @Nullable String ariaSort(Column c) {
        return c != column ? null : descending ? "descending" : "ascending";
    }
}
